package dev.logredactor.core.internal;

/**
 * Values of sensitive keys in {@code k=v}, {@code k: v}, {@code k = v}, {@code k -> v}, {@code "k":"v"}, escaped
 * {@code \"k\":\"v\"}, {@code -Dk=v}, URL query and fragment parameters, and URL-encoded
 * {@code k%3Dv}. Trigger: the separator; the key is looked up backwards from it.
 */
final class KeyValueDetector extends Detector {
    private final SensitiveKeys keys;
    private final KeyedValue values;

    KeyValueDetector(SensitiveKeys keys, KeyedValue values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    String[] prefixes() {
        return new String[] {"=", ":", "%3", "->"};
    }

    /**
     * The char before the separator ends the key, or is a space, quote or backslash that {@link #keyEnd}
     * skips ({@code ;} ends {@code &quot;}, {@code 2} ends {@code %22}), or {@code _}, which the key lookup
     * skips.
     */
    @Override
    boolean mayFollow(int prev) {
        return prev == ' ' || prev == '\t' || prev == '"' || prev == '\'' || prev == '\\' || prev == ';' || prev == '2'
                || prev == '_' || prev < 128 && keys.mayEndWith((char) prev);
    }

    @Override
    Findings detect(CharSequence s, int at, int from, Findings out) {
        int n = s.length();
        char c = s.charAt(at);
        int valueStart = at + 1;
        boolean encoded = false;
        if (c == '-') {
            valueStart = at + 2; // password -> value
        } else if (c == '%') {
            if (at + 2 >= n || !(s.charAt(at + 1) == '3')) {
                return null;
            }
            char d = (char) (s.charAt(at + 2) | 0x20);
            if (d != 'd' && d != 'a') {
                return null;
            }
            encoded = true;
            valueStart = at + 3;
        } else if (valueStart < n) {
            char next = s.charAt(valueStart);
            if (next == c || c == ':' && next == '/' || c == '=' && next == '=') {
                return null; // ::, ://, ==
            }
            if (c == ':' && next == '=') {
                valueStart++;
            }
        }
        if (at > 0) {
            char prev = s.charAt(at - 1);
            if (prev == c || prev == '!' || prev == '<' || prev == '>') {
                return null;
            }
        }
        int keyEnd = keyEnd(s, at, from, encoded);
        if (keyEnd < 0) {
            return null;
        }
        SensitiveKeys.Entry e = keys.lookup(s, keyEnd, from);
        if (e == null) {
            return null;
        }
        char before = at > 0 ? s.charAt(at - 1) : ' ';
        boolean spaced = c != '=' || before == ' ' || before == '\t' || keyEnd < at - 1 && before != '"';
        return values.emit(s, valueStart, spaced, encoded, e, out);
    }

    /** Index after the key that ends before the separator at {@code sep}: spaces and quotes skipped. */
    private static int keyEnd(CharSequence s, int sep, int from, boolean encoded) {
        int j = sep - 1;
        int spaces = 0;
        while (j >= from && spaces < 3 && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j--;
            spaces++;
        }
        int quotes = 0;
        while (j >= from && quotes < 8) {
            char c = s.charAt(j);
            if (c == '"' || c == '\'' || c == '\\') {
                j--;
                quotes++;
            } else if (c == ';' && j - 5 >= from && Chars.regionMatchesIgnoreCase(s, j - 5, "&quot;")) {
                j -= 6;
                quotes++;
            } else if (encoded && j - 2 >= from && c == '2' && s.charAt(j - 1) == '2' && s.charAt(j - 2) == '%') {
                j -= 3;
                quotes++;
            } else {
                break;
            }
        }
        return j >= from && Chars.isWord(s.charAt(j)) ? j + 1 : -1;
    }
}
