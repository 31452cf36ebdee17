package dev.logredactor.core.internal.check;

import dev.logredactor.core.internal.scan.Chars;

/** The Luhn mod-10 check digit algorithm (ISO/IEC 7812-1), over the digits of a char range. */
public final class LuhnCheck {
    private LuhnCheck() {
    }

    /** Whether the digits in {@code [start, end)}, non-digits skipped, pass the Luhn check. */
    public static boolean isValid(CharSequence s, int start, int end) {
        int sum = 0;
        boolean dbl = false;
        for (int i = end - 1; i >= start; i--) {
            char c = s.charAt(i);
            if (!Chars.isDigit(c)) {
                continue;
            }
            int d = c - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }
}
