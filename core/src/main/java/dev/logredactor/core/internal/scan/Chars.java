package dev.logredactor.core.internal.scan;

/**
 * Character classes as one table lookup each, and the boundary rules every detector shares.
 * ASCII only: any char at or above 128 is in no class (it ends words and never starts a token).
 */
public final class Chars {
    public static final int WORD = 1;      // [A-Za-z0-9_]
    public static final int DIGIT = 2;     // [0-9]
    public static final int UPPER = 4;     // [A-Z]
    public static final int LOWER = 8;     // [a-z]
    public static final int HEX = 16;      // [0-9A-Fa-f]
    public static final int B64URL = 32;   // [A-Za-z0-9_-]
    public static final int KEY = 64;      // [A-Za-z0-9_.-]: chars of a key name

    private static final int[] FLAGS = new int[128];

    static {
        for (char c = '0'; c <= '9'; c++) {
            FLAGS[c] |= WORD | DIGIT | HEX | B64URL | KEY;
        }
        for (char c = 'A'; c <= 'Z'; c++) {
            FLAGS[c] |= WORD | UPPER | B64URL | KEY;
            FLAGS[Character.toLowerCase(c)] |= WORD | LOWER | B64URL | KEY;
        }
        for (char c = 'A'; c <= 'F'; c++) {
            FLAGS[c] |= HEX;
            FLAGS[Character.toLowerCase(c)] |= HEX;
        }
        FLAGS['_'] |= WORD | B64URL | KEY;
        FLAGS['-'] |= B64URL | KEY;
        FLAGS['.'] |= KEY;
    }

    private Chars() {
    }

    /** The classes of {@code c}: a bit set of the constants above; 0 for any char at or above 128. */
    public static int flags(char c) {
        return c < 128 ? FLAGS[c] : 0;
    }

    public static boolean is(char c, int cls) {
        return c < 128 && (FLAGS[c] & cls) != 0;
    }

    public static boolean isWord(char c) {
        return c < 128 && (FLAGS[c] & WORD) != 0;
    }

    public static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    public static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    public static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    public static boolean isLetter(char c) {
        return isUpper(c) || isLower(c);
    }

    public static boolean isAlnum(char c) {
        return isLetter(c) || isDigit(c);
    }

    public static boolean isHex(char c) {
        return c < 128 && (FLAGS[c] & HEX) != 0;
    }

    /** A word char, or a letter or digit outside ASCII: something a token may not be glued to. */
    public static boolean gluesToWord(char c) {
        return c < 128 ? (FLAGS[c] & WORD) != 0 : Character.isLetterOrDigit(c);
    }

    /**
     * Whether a URL-encoded separator ends just before {@code i}: {@code %} and two hex digits that stand
     * for an ASCII char that no token glues to ({@code %22}, {@code %3D}, {@code %2C}, {@code %20}, ...), so
     * that a token may start at {@code i} ({@code pan%3D4111...}, {@code %22ghp_...%22}). An escaped letter,
     * digit or {@code _} ({@code %41}, {@code %5F}) and the bytes of a char outside ASCII ({@code %C3}) do not
     * separate.
     */
    public static boolean escapeBefore(CharSequence s, int i) {
        return escapedBefore(s, i) >= 0;
    }

    /** Whether a URL-encoded separator ({@link #escapeBefore}) starts at {@code i}. */
    public static boolean escapeAt(CharSequence s, int i) {
        return i + 3 <= s.length() && escapeBefore(s, i + 3);
    }

    /** The separator that the URL-encoded separator before {@code i} stands for ({@link #escapeBefore}), or -1. */
    public static int escapedBefore(CharSequence s, int i) {
        if (i < 3 || s.charAt(i - 3) != '%') {
            return -1;
        }
        int hi = hexValue(s.charAt(i - 2));
        int lo = hexValue(s.charAt(i - 1));
        int c = hi << 4 | lo;
        return hi >= 0 && hi < 8 && lo >= 0 && !gluesToWord((char) c) ? c : -1;
    }

    /** The value of a hex digit, or -1. */
    public static int hexValue(char c) {
        if (isDigit(c)) {
            return c - '0';
        }
        char lower = (char) (c | 0x20);
        return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
    }

    /**
     * Whether a number may start at {@code i}: the char before is no word char, and no {@code .},
     * {@code -} or {@code :} that continues a longer number, time or identifier ({@code 10.0.0.1},
     * {@code 2024-01-15}, {@code 10:15:30}, {@code blk_-4...}).
     */
    public static boolean numberStartsAt(CharSequence s, int i) {
        if (i == 0 || escapeBefore(s, i)) {
            return true;
        }
        char p = s.charAt(i - 1);
        if (gluesToWord(p)) {
            return false;
        }
        if (i >= 2 && (p == '.' || p == '-' || p == ':')) {
            char pp = s.charAt(i - 2);
            return !(isDigit(pp) || pp == '_');
        }
        return true;
    }

    /**
     * Stricter than {@link #numberStartsAt}: not glued by {@code -} or {@code .} to any letter or digit
     * either, so numbers inside host names ({@code dsl-082-083-227-067}) and ids are not taken. For the
     * loosest shapes (separated phone numbers).
     */
    public static boolean standaloneNumberAt(CharSequence s, int i) {
        if (!numberStartsAt(s, i)) {
            return false;
        }
        if (i >= 2) {
            char p = s.charAt(i - 1);
            return !((p == '-' || p == '.') && gluesToWord(s.charAt(i - 2)));
        }
        return true;
    }

    /** Whether a number may end at {@code e}: no word char follows, and no {@code .} or {@code -} and a digit. */
    public static boolean numberEndsAt(CharSequence s, int e) {
        int n = s.length();
        if (e >= n) {
            return true;
        }
        char c = s.charAt(e);
        if (gluesToWord(c)) {
            return false;
        }
        return !((c == '.' || c == '-') && e + 1 < n && isDigit(s.charAt(e + 1)));
    }

    /** Index after the run of chars of class {@code cls} starting at {@code i}, at most {@code max} long. */
    public static int run(CharSequence s, int i, int cls, int max) {
        int n = max >= s.length() - i ? s.length() : i + max;
        while (i < n && is(s.charAt(i), cls)) {
            i++;
        }
        return i;
    }

    /** Index after the run of ASCII digits starting at {@code i}. */
    public static int digits(CharSequence s, int i) {
        int n = s.length();
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    public static boolean regionMatches(CharSequence s, int i, String what) {
        int n = what.length();
        if (i < 0 || i + n > s.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (s.charAt(i + k) != what.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code [start, end)} is one of {@code lowerWords}, ignoring case. */
    public static boolean isOneOfIgnoreCase(CharSequence s, int start, int end, String[] lowerWords) {
        for (String w : lowerWords) {
            if (end - start == w.length() && regionMatchesIgnoreCase(s, start, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a quote as Gson and JavaScript escape it starts at {@code i}: backslash, {@code u0022} or
     * {@code u0027}, in any case.
     */
    public static boolean isEscapedQuote(CharSequence s, int i) {
        return regionMatchesIgnoreCase(s, i, "\\u0027") || regionMatchesIgnoreCase(s, i, "\\u0022");
    }

    public static boolean regionMatchesIgnoreCase(CharSequence s, int i, String lowerWhat) {
        int n = lowerWhat.length();
        if (i < 0 || i + n > s.length()) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            char c = s.charAt(i + k);
            if (isUpper(c)) {
                c = (char) (c | 0x20);
            }
            if (c != lowerWhat.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the word that ends just before {@code end} is {@code lowerWhat} (ASCII lower case), in any case:
     * it starts at {@code from} or after a char that no word glues to.
     */
    public static boolean isWordBefore(CharSequence s, int end, int from, String lowerWhat) {
        int start = end - lowerWhat.length();
        return start >= from && (start == from || !gluesToWord(s.charAt(start - 1))) && regionMatchesIgnoreCase(s, start, lowerWhat);
    }

    /** First index of {@code what} in {@code s} at or after {@code from}, or -1. */
    public static int indexOf(CharSequence s, String what, int from) {
        if (s instanceof String) {
            return ((String) s).indexOf(what, from);
        }
        int last = s.length() - what.length();
        char first = what.charAt(0);
        for (int i = Math.max(from, 0); i <= last; i++) {
            if (s.charAt(i) == first && regionMatches(s, i, what)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The value (0-63) of the base64 digit {@code c}: of the URL alphabet ({@code -} and {@code _} for 62 and 63)
     * when {@code url}, else of the standard one ({@code +} and {@code /}); -1 for another char.
     */
    public static int base64Value(char c, boolean url) {
        if (c >= 'A' && c <= 'Z') {
            return c - 'A';
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 26;
        }
        if (c >= '0' && c <= '9') {
            return c - '0' + 52;
        }
        if (c == (url ? '-' : '+')) {
            return 62;
        }
        return c == (url ? '_' : '/') ? 63 : -1;
    }

    /** First index of {@code c} in {@code s} at or after {@code from}, or -1. */
    public static int indexOf(CharSequence s, char c, int from) {
        if (s instanceof String) {
            return ((String) s).indexOf(c, from);
        }
        for (int i = Math.max(from, 0), n = s.length(); i < n; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The Shannon entropy of {@code [start, end)} in bits per char, without allocating: each distinct ASCII
     * char counted in turn, so quadratic in the number of distinct chars; callers bound the span.
     */
    public static double entropy(CharSequence s, int start, int end) {
        long seenLow = 0;
        long seenHigh = 0;
        double bits = 0;
        int n = end - start;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                continue;
            }
            long bit = 1L << c;
            if (c < 64 ? (seenLow & bit) != 0 : (seenHigh & bit) != 0) {
                continue;
            }
            if (c < 64) {
                seenLow |= bit;
            } else {
                seenHigh |= bit;
            }
            int count = 0;
            for (int j = i; j < end; j++) {
                if (s.charAt(j) == c) {
                    count++;
                }
            }
            double p = (double) count / n;
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }
}
