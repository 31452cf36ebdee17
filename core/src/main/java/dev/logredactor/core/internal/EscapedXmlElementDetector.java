package dev.logredactor.core.internal;

/**
 * An XML element named like a sensitive key whose markup is HTML-escaped, as in a page or a message that
 * quotes XML: the content of {@code &lt;password&gt;v&lt;/password&gt;} goes. Trigger: the {@code ;} of
 * {@code &gt;}.
 */
final class EscapedXmlElementDetector extends Detector {
    private final SensitiveKeys keys;
    private final KeyedValue values;

    EscapedXmlElementDetector(SensitiveKeys keys, KeyedValue values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    String[] prefixes() {
        return new String[] {";"};
    }

    @Override
    boolean mayFollow(int prev) {
        return prev == 't' || prev == 'T';
    }

    /** The content runs to the next {@code &} or {@code <}, or the end of the line. */
    @Override
    Findings detect(CharSequence s, int at, int from, Findings out) {
        int gt = at - 3;
        if (gt - 5 < from || !Chars.regionMatchesIgnoreCase(s, gt, "&gt;")) {
            return null;
        }
        int nameStart = XmlElementDetector.nameStart(s, gt, Math.max(from, gt - XmlElementDetector.MAX_NAME));
        if (nameStart == gt || nameStart - 4 < from || !Chars.regionMatchesIgnoreCase(s, nameStart - 4, "&lt;")) {
            return null;
        }
        SensitiveKeys.Entry e = keys.lookup(s, gt, XmlElementDetector.localName(s, nameStart, gt));
        if (e == null) {
            return null;
        }
        int start = at + 1;
        int close = XmlElementDetector.contentEnd(s, start, '&');
        return close == start ? null : values.emitSpan(s, start, close, true, e, out);
    }
}
