package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * US social security numbers written {@code AAA-GG-SSSS}, {@code AAA.GG.SSSS} or {@code AAA GG SSSS}, within the ranges
 * the SSA issues: area not 000, 666 or 900-999; group not 00; serial not 0000. With spaces, only after a word that ends
 * in a letter or {@code :} and a space, or right after another char ({@code (}, {@code =}, a quote), and with no plain
 * number one space after it: columns of numbers ({@code 12 123 45 6789 0}, {@code 0.50 123 45 6789}, {@code | 12 |
 * 123 45 6789}) and an access log's status, bytes and time ({@code "GET / HTTP/1.1" 200 45 6789}) are no SSN.
 * Trigger: a digit that starts a number.
 */
public final class SsnDetector extends BuiltInDetector {
    @Override
    protected int wordShapes() {
        return NUM_3_SEP | NUM_3_SPACE;
    }

    @Override
    protected String[] prefixes() {
        return each("0123456789");
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        int end = at + 11;
        if (end > s.length()) {
            return null;
        }
        char sep = s.charAt(at + 3);
        if (sep != '-' && sep != '.' && sep != ' ' || s.charAt(at + 6) != sep
                || !digits(s, at, 3) || !digits(s, at + 4, 2) || !digits(s, at + 7, 4)
                || !Chars.numberStartsAt(s, at) || !Chars.numberEndsAt(s, end)
                || sep == ' ' && (!wordBefore(s, at) || numberAfter(s, end))) {
            return null;
        }
        return isIssuable(number(s, at, 3), number(s, at + 4, 2), number(s, at + 7, 4))
                ? emit(out, at, end, SensitiveType.SSN) : null;
    }

    /** Whether {@code at} follows no space, or a space after a letter or {@code :} (a word, a label). */
    private static boolean wordBefore(CharSequence s, int at) {
        if (at < 2 || s.charAt(at - 1) != ' ') {
            return true;
        }
        char p = s.charAt(at - 2);
        return Chars.isLetter(p) || p == ':';
    }

    /**
     * Whether a plain number starts one space after {@code end}: digits that a word, a time, a date, a version or a
     * decimal goes on with ({@code 12ms}, {@code 2024-03-21}) are none.
     */
    private static boolean numberAfter(CharSequence s, int end) {
        int n = s.length();
        if (end + 1 >= n || s.charAt(end) != ' ' || !Chars.isDigit(s.charAt(end + 1))) {
            return false;
        }
        int e = Chars.digits(s, end + 1);
        return e >= n || !Chars.gluesToWord(s.charAt(e)) && !(isJoiner(s.charAt(e)) && e + 1 < n && Chars.isDigit(s.charAt(e + 1)));
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == '-' || c == ':' || c == '/';
    }

    /** The SSA's rules for numbers it can issue. */
    public static boolean isIssuable(int area, int group, int serial) {
        return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
    }

    private static boolean digits(CharSequence s, int i, int count) {
        for (int k = 0; k < count; k++) {
            if (!Chars.isDigit(s.charAt(i + k))) {
                return false;
            }
        }
        return true;
    }

    private static int number(CharSequence s, int i, int count) {
        int v = 0;
        for (int k = 0; k < count; k++) {
            v = v * 10 + s.charAt(i + k) - '0';
        }
        return v;
    }
}
