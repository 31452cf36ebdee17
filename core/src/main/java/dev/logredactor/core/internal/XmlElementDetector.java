package dev.logredactor.core.internal;

/**
 * XML named like a sensitive key: the content of {@code <password>v</password>} and
 * {@code <ns:ClientSecret>v</ns:ClientSecret>} (and of a CDATA section in it), and key-value elements whose key is an attribute:
 * {@code <entry key="password">v</entry>}, {@code <property name="password" value="v"/>} (the
 * {@code value} attribute goes, or the content when there is none). Trigger: the {@code >} that closes
 * a start tag.
 */
final class XmlElementDetector extends Detector {
    private static final int MAX_NAME = 64;
    private static final int MAX_TAG = 512;

    private final SensitiveKeys keys;
    private final KeyedValue values;

    XmlElementDetector(SensitiveKeys keys, KeyedValue values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    String[] prefixes() {
        return new String[] {">"};
    }

    @Override
    Findings detect(CharSequence s, int at, int from, Findings out) {
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
        int j = at - 1;
        int nameStart = -1;
        while (j >= lo) {
            char c = s.charAt(j);
            if (c == '<') {
                break;
            }
            if (c == ':' && nameStart < 0) {
                nameStart = j + 1;
            } else if (!Chars.is(c, Chars.KEY)) {
                return null;
            }
            j--;
        }
        if (j < lo || s.charAt(j) != '<' || j + 1 == at) {
            return null;
        }
        SensitiveKeys.Entry e = keys.lookup(s, at, nameStart < 0 ? j + 1 : nameStart);
        return e == null ? null : content(s, at, e, out);
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
        int close = start;
        while (close < n && s.charAt(close) != '<' && s.charAt(close) != '\n' && s.charAt(close) != '\r') {
            close++; // one loop, not the line's end first: that would be quadratic on a line of many elements
        }
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
        int localName = tagEnd;
        while (tagEnd < at && (Chars.is(s.charAt(tagEnd), Chars.KEY) || s.charAt(tagEnd) == ':')) {
            if (s.charAt(tagEnd) == ':') {
                localName = tagEnd + 1;
            }
            tagEnd++;
        }
        // An element named like a key, with attributes: <wsse:Password Type="...#PasswordText">v</wsse:Password>
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
