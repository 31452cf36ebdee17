package dev.logredactor.core.internal.keys;

import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * XML named like a sensitive key: the content of {@code <password>v</password>} and
 * {@code <ns:ClientSecret>v</ns:ClientSecret>} (and of a CDATA section in it), and key-value elements whose key is an attribute:
 * {@code <entry key="password">v</entry>}, {@code <property name="password" value="v"/>} (the
 * {@code value} attribute goes, or the content when there is none). Trigger: the {@code >} that closes
 * a start tag.
 */
public final class XmlElementDetector extends BuiltInDetector {
    /** The longest element name looked at. */
    static final int MAX_NAME = 64;
    private static final int MAX_TAG = 512;

    private final SensitiveKeys keys;
    private final KeyedValue values;

    public XmlElementDetector(SensitiveKeys keys, KeyedValue values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    protected String[] prefixes() {
        return new String[] {">"};
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        if (at == 0) {
            return null;
        }
        char last = s.charAt(at - 1);
        if (last == '"' || last == '\'' || last == '/') {
            return keyAttribute(s, at, from, out);
        }
        if (!Chars.isAlnum(last)) {
            return null;
        }
        int lo = Math.max(from, at - MAX_NAME);
        int nameStart = nameStart(s, at, lo);
        if (nameStart == at || nameStart - 1 < lo || s.charAt(nameStart - 1) != '<') {
            return null;
        }
        int localName = localName(s, nameStart, at);
        if (localName > nameStart && localName(s, nameStart, localName - 1) > nameStart) {
            return null; // a second prefix: <a:b:password> is no element name
        }
        SensitiveKeys.Entry e = keys.lookup(s, at, localName);
        if (e == null && isAttribute(s, localName, at, "value")) {
            e = namedBefore(s, nameStart - 1, from);
        }
        return e == null ? null : content(s, at, e, out);
    }

    /**
     * The entry of the key named by the element just before the {@code <value>} at {@code lt}:
     * {@code <name>password</name><value>v</value>} (Hadoop's configuration, JAXB maps) or
     * {@code <key>password</key><value>v</value>}, white space between them allowed. Looks back a bounded way.
     */
    private SensitiveKeys.Entry namedBefore(CharSequence s, int lt, int from) {
        int lo = Math.max(from, lt - MAX_NAME - 16);
        int j = lt - 1;
        while (j >= lo && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j--;
        }
        if (j < lo || s.charAt(j) != '>') {
            return null;
        }
        int closeName = nameStart(s, j, lo);
        int local = localName(s, closeName, j);
        if (closeName < lo + 2 || s.charAt(closeName - 1) != '/' || s.charAt(closeName - 2) != '<'
                || !(isAttribute(s, local, j, "name") || isAttribute(s, local, j, "key"))) {
            return null;
        }
        int keyEnd = closeName - 2;
        int keyStart = keyEnd;
        while (keyStart > lo && Chars.is(s.charAt(keyStart - 1), Chars.KEY)) {
            keyStart--;
        }
        if (keyStart == keyEnd || keyStart - 1 < lo || s.charAt(keyStart - 1) != '>') {
            return null;
        }
        int open = nameStart(s, keyStart - 1, lo);
        if (open - 1 < lo || s.charAt(open - 1) != '<' || !sameChars(s, open, keyStart - 1, closeName, j)) {
            return null; // <name>k</name>: the same element opens and closes the key
        }
        return keys.lookup(s, keyEnd, keyStart);
    }

    private static boolean sameChars(CharSequence s, int a, int aEnd, int b, int bEnd) {
        if (aEnd - a != bEnd - b) {
            return false;
        }
        for (int k = 0; k < aEnd - a; k++) {
            if (s.charAt(a + k) != s.charAt(b + k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameChar(char c) {
        return Chars.is(c, Chars.KEY) || c == ':';
    }

    /** The start of the element name ({@code ns:Name}) that ends at {@code end}, reaching back to {@code lo} at most. */
    static int nameStart(CharSequence s, int end, int lo) {
        int j = end;
        while (j > lo && isNameChar(s.charAt(j - 1))) {
            j--;
        }
        return j;
    }

    /** Where the local part of the element name {@code [start, end)} starts: after its last {@code :}. */
    static int localName(CharSequence s, int start, int end) {
        for (int j = end - 1; j >= start; j--) {
            if (s.charAt(j) == ':') {
                return j + 1;
            }
        }
        return start;
    }

    /**
     * Where element content that starts at {@code i} ends: at {@code <}, {@code stop} or a line break. One loop,
     * not the line's end first: that would be quadratic on a line of many elements.
     */
    static int contentEnd(CharSequence s, int i, char stop) {
        int n = s.length();
        while (i < n && s.charAt(i) != '<' && s.charAt(i) != stop && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private Findings content(CharSequence s, int at, SensitiveKeys.Entry e, Findings out) {
        int start = at + 1;
        int n = s.length();
        if (Chars.regionMatches(s, start, "<![CDATA[")) {
            start += 9;
            int close = cdataEnd(s, start);
            return close < n && s.charAt(close) == ']' ? values.emitSpan(s, start, close, true, e, out)
                    : values.emitUnclosed(s, start, close, e, out);
        }
        int close = contentEnd(s, start, '<');
        return close == start ? null : values.emitSpan(s, start, close, true, e, out);
    }

    /** The {@code ]]>} that ends a CDATA section's content at {@code i}, or the end of the line. */
    private static int cdataEnd(CharSequence s, int i) {
        int n = s.length();
        while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r' && !(s.charAt(i) == ']' && Chars.regionMatches(s, i, "]]>"))) {
            i++;
        }
        return i;
    }

    /**
     * {@code <entry key="password">}, {@code <property name="password" value="..."/>}, and an element named
     * like a key that has attributes: {@code <wsse:Password Type="...">}, {@code <password encrypted="false">}.
     */
    private Findings keyAttribute(CharSequence s, int at, int from, Findings out) {
        int lo = Math.max(from, at - MAX_TAG);
        int lt = at - 1;
        while (lt >= lo && s.charAt(lt) != '<' && s.charAt(lt) != '\n') {
            lt--;
        }
        if (lt < lo || s.charAt(lt) != '<') {
            return null;
        }
        SensitiveKeys.Entry entry = null;
        int valueStart = -1;
        int valueEnd = -1;
        int tagEnd = lt + 1;
        while (tagEnd < at && isNameChar(s.charAt(tagEnd))) {
            tagEnd++;
        }
        // An element named like a key, with attributes: <wsse:Password Type="...#PasswordText">v</wsse:Password>
        int localName = localName(s, lt + 1, tagEnd);
        SensitiveKeys.Entry named = tagEnd > localName && tagEnd < at && s.charAt(tagEnd) == ' '
                ? keys.lookup(s, tagEnd, localName) : null;
        int i = tagEnd;
        while (i < at) {
            int nameStart = i;
            while (i < at && Chars.is(s.charAt(i), Chars.KEY)) {
                i++;
            }
            int nameEnd = i;
            if (i + 1 < at && s.charAt(i) == '=' && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\'')) {
                char q = s.charAt(i + 1);
                int vs = i + 2;
                int ve = vs;
                while (ve < at && s.charAt(ve) != q) {
                    ve++;
                }
                if (isAttribute(s, nameStart, nameEnd, "value")) {
                    valueStart = vs;
                    valueEnd = ve;
                } else if (isAttribute(s, nameStart, nameEnd, "key") || isAttribute(s, nameStart, nameEnd, "name")) {
                    SensitiveKeys.Entry e = ve > vs ? keys.lookup(s, ve, vs) : null;
                    if (e != null && Chars.run(s, vs, Chars.KEY, ve - vs) == ve) {
                        entry = e;
                    }
                }
                i = ve + 1;
            } else {
                i++;
            }
        }
        if (entry == null) {
            entry = named;
        }
        if (entry == null) {
            return null;
        }
        if (valueStart >= 0) {
            return values.emitSpan(s, valueStart, valueEnd, true, entry, out);
        }
        return s.charAt(at - 1) == '/' ? null : content(s, at, entry, out);
    }

    private static boolean isAttribute(CharSequence s, int start, int end, String name) {
        return end - start == name.length() && Chars.regionMatchesIgnoreCase(s, start, name);
    }
}
