package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * US social security numbers written {@code AAA-GG-SSSS}, {@code AAA.GG.SSSS} or {@code AAA GG SSSS}, within the ranges
 * the SSA issues: area not 000, 666 or 900-999; group not 00; serial not 0000. With spaces, only where no other number
 * stands one space before or after it: a row of numbers ({@code 12 123 45 6789 0}) is a table, no SSN. Trigger: a digit
 * that starts a number.
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
                || sep == ' ' && (numberBefore(s, at) || numberAfter(s, end))) {
            return null;
        }
        return isIssuable(number(s, at, 3), number(s, at + 4, 2), number(s, at + 7, 4))
                ? emit(out, at, end, SensitiveType.SSN) : null;
    }

    /**
     * Whether a plain number ends one space before {@code at}: digits that end a word ({@code d9}), a time, a
     * date, a version or a decimal ({@code 10:15:30}, {@code 2024-03-21}) are no column of a table.
     */
    private static boolean numberBefore(CharSequence s, int at) {
        if (at < 2 || s.charAt(at - 1) != ' ' || !Chars.isDigit(s.charAt(at - 2))) {
            return false;
        }
        int k = at - 2;
        while (k > 0 && Chars.isDigit(s.charAt(k - 1))) {
            k--;
        }
        return k == 0 || !Chars.gluesToWord(s.charAt(k - 1)) && !isJoiner(s.charAt(k - 1));
    }

    /** Whether a plain number starts one space after {@code end} ({@link #numberBefore}'s rule). */
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
