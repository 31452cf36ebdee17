package dev.logredactor.core;

/**
 * The chars {@code neutralize-newlines} escapes: those that end a line or move the cursor in a log
 * viewer or terminal. CR and LF, every other C0 control but tab, DEL, the C1 controls (NEL, U+0085,
 * among them), and the Unicode line and paragraph separators.
 */
final class ControlChars {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ControlChars() {
    }

    static boolean isEscaped(char c) {
        return c < 0x20 ? c != '\t' : c >= 0x7f && (c <= 0x9f || c == '\u2028' || c == '\u2029');
    }

    static boolean any(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if ((c < 0x20 || c >= 0x7f) && isEscaped(c)) {
                return true;
            }
        }
        return false;
    }

    /** Appends {@code s} with CR as {@code \r}, LF as {@code \n} and the other escaped chars as <code>&#92;uXXXX</code>. */
    static void appendEscaped(CharSequence s, StringBuilder out) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (!isEscaped(c)) {
                out.append(c);
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\n') {
                out.append("\\n");
            } else {
                out.append("\\u").append(HEX[c >> 12 & 15]).append(HEX[c >> 8 & 15]).append(HEX[c >> 4 & 15]).append(HEX[c & 15]);
            }
        }
    }
}
