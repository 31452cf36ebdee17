package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * US social security numbers written {@code AAA-GG-SSSS} or {@code AAA.GG.SSSS}, within the ranges the SSA issues: area not
 * 000, 666 or 900-999; group not 00; serial not 0000. Trigger: a digit that starts a number.
 */
public final class SsnDetector extends BuiltInDetector {
    @Override
    protected int wordShapes() {
        return NUM_3_SEP;
    }

    @Override
    protected String[] prefixes() {
        return each("0123456789");
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        int end = at + 11;
        if (end > s.length() || s.charAt(at + 3) != '-' && s.charAt(at + 3) != '.' || s.charAt(at + 6) != s.charAt(at + 3)
                || !digits(s, at, 3) || !digits(s, at + 4, 2) || !digits(s, at + 7, 4)
                || !Chars.numberStartsAt(s, at) || !Chars.numberEndsAt(s, end)) {
            return null;
        }
        return isIssuable(number(s, at, 3), number(s, at + 4, 2), number(s, at + 7, 4))
                ? emit(out, at, end, SensitiveType.SSN) : null;
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
