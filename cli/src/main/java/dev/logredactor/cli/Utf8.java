package dev.logredactor.cli;

/**
 * Encodes chars to UTF-8 into a caller's array, as {@code String.getBytes(UTF_8)} would (a surrogate
 * without its pair becomes {@code ?}), without making a {@code String} or an array per line.
 */
final class Utf8 {
    private Utf8() {
    }

    /**
     * Writes {@code s} at {@code out[at]}, which has room for three bytes per char, and returns where the
     * encoded bytes end.
     */
    static int encode(CharSequence s, byte[] out, int at) {
        int p = at;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                out[p++] = (byte) c;
            } else if (c < 0x800) {
                out[p++] = (byte) (0xC0 | c >> 6);
                out[p++] = (byte) (0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                out[p++] = (byte) (0xE0 | c >> 12);
                out[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[p++] = (byte) (0xF0 | cp >> 18);
                out[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[p++] = (byte) (0x80 | cp & 0x3F);
            } else {
                out[p++] = '?';
            }
        }
        return p;
    }
}
