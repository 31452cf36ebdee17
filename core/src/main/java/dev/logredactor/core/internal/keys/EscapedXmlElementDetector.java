package dev.logredactor.core.internal.keys;

import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * An XML element named like a sensitive key whose markup is HTML-escaped, as in a page or a message that
 * quotes XML: the content of {@code &lt;password&gt;v&lt;/password&gt;} and of
 * {@code &lt;entry key=&quot;password&quot;&gt;v&lt;/entry&gt;} goes. Trigger: the {@code ;} of
 * {@code &gt;}.
 */
public final class EscapedXmlElementDetector extends BuiltInDetector {
    private final SensitiveKeys keys;
    private final KeyedValue values;

    public EscapedXmlElementDetector(SensitiveKeys keys, KeyedValue values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    protected String[] prefixes() {
        return new String[] {";"};
    }

    @Override
    protected boolean mayFollow(int prev) {
        return prev == 't' || prev == 'T';
    }

    /** The content runs to the next {@code &} or {@code <}, or the end of the line. */
    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        int gt = at - 3;
        if (gt - 5 < from || !Chars.regionMatchesIgnoreCase(s, gt, "&gt;")) {
            return null;
        }
        if (s.charAt(gt - 1) == ';') {
            return keyAttribute(s, gt, from, at + 1, out);
        }
        int nameStart = XmlElementDetector.nameStart(s, gt, Math.max(from, gt - XmlElementDetector.MAX_NAME));
        if (nameStart == gt || nameStart - 4 < from || !Chars.regionMatchesIgnoreCase(s, nameStart - 4, "&lt;")) {
            return null;
        }
        SensitiveKeys.Entry e = keys.lookup(s, gt, XmlElementDetector.localName(s, nameStart, gt));
        if (e == null) {
            return null;
        }
        return content(s, at + 1, e, out);
    }

    private Findings content(CharSequence s, int start, SensitiveKeys.Entry e, Findings out) {
        int close = XmlElementDetector.contentEnd(s, start, '&');
        return close == start ? null : values.emitSpan(s, start, close, true, e, out);
    }

    /**
     * The content of an element whose key is its last attribute, quoted with {@code &quot;}:
     * {@code &lt;entry key=&quot;password&quot;&gt;v&lt;/entry&gt;}; {@code gt} is where {@code &gt;} starts.
     */
    private Findings keyAttribute(CharSequence s, int gt, int from, int start, Findings out) {
        int nameEnd = gt - 6;
        if (nameEnd - 1 < from || !Chars.regionMatchesIgnoreCase(s, nameEnd, "&quot;")) {
            return null;
        }
        int nameStart = nameEnd;
        while (nameStart > from && nameEnd - nameStart < XmlElementDetector.MAX_NAME && Chars.is(s.charAt(nameStart - 1), Chars.KEY)) {
            nameStart--;
        }
        int eq = nameStart - 7;
        if (nameStart == nameEnd || eq < from || !Chars.regionMatchesIgnoreCase(s, eq + 1, "&quot;") || s.charAt(eq) != '='
                || !(Chars.isWordBefore(s, eq, from, "key") || Chars.isWordBefore(s, eq, from, "name"))) {
            return null;
        }
        SensitiveKeys.Entry e = keys.lookup(s, nameEnd, nameStart);
        return e == null ? null : content(s, start, e, out);
    }
}
