package dev.logredactor.core.internal;

/**
 * The content of an XML element named like a sensitive key: {@code <password>v</password>},
 * {@code <ns:ClientSecret>v</ns:ClientSecret>}. Trigger: the {@code >} that closes the start tag.
 */
final class XmlElementDetector extends Detector {
    private static final int MAX_NAME = 64;

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
        if (at == 0 || !Chars.isAlnum(s.charAt(at - 1))) {
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
        if (e == null) {
            return null;
        }
        int start = at + 1;
        int eol = KeyedValue.lineEnd(s, start);
        int close = start;
        while (close < eol && s.charAt(close) != '<') {
            close++;
        }
        return close == start ? null : values.emitSpan(s, start, close, true, e, out);
    }
}
