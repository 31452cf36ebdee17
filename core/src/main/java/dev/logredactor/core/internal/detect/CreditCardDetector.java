package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.check.CardIssuers;
import dev.logredactor.core.internal.check.IbanCheck;
import dev.logredactor.core.internal.check.LuhnCheck;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * Payment card numbers: 13-19 digits (12 for Maestro), plain or in the groups cards are printed in, separated by one space
 * or dash ({@code 4111 1111 1111 1111}, {@code 3782-822463-10005}), or 4-4-4-4 with dots ({@code 4111.1111.1111.1111},
 * not followed by another dotted number), with a known issuer prefix and a valid Luhn
 * check digit. Trigger: a digit 2-6 or {@code 18} that starts a number; a number glued to a longer digit run or
 * identifier ({@code blk_-4...}, {@code 10.4111...}) is not one.
 */
final class CreditCardDetector extends BuiltInDetector {
    private static final int MIN = 12;
    private static final int MAX = 19;

    @Override
    protected int wordShapes() {
        return NUM_4_GROUP | NUM_LONG;
    }

    @Override
    protected String[] prefixes() {
        return new String[] {"18", "2", "3", "4", "5", "6"}; // 18: JCB's 1800 range; epoch millis (16..., 17...) are no trigger
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        if (!Chars.numberStartsAt(s, at) || IbanCheck.inIbanGroups(s, at)) {
            return null; // the groups of an IBAN whose check failed are no card number either
        }
        int e = Chars.digits(s, at);
        int len = e - at;
        if (len >= MIN && len <= MAX) {
            return Chars.numberEndsAt(s, e) && isCard(s, at, e) ? emit(out, at, e, SensitiveType.CREDIT_CARD) : null;
        }
        if (len != 4 || e + 1 >= s.length()) {
            return null;
        }
        char sep = s.charAt(e);
        if (sep != ' ' && sep != '-' && sep != '.') {
            return null;
        }
        int n = s.length();
        int total = 4;
        int groups = 0;
        int lengths = 0; // of the groups after the first, 3 bits each
        int pos = e;
        while (groups < 5 && pos + 1 < n && s.charAt(pos) == sep && Chars.isDigit(s.charAt(pos + 1))) {
            int ge = Chars.digits(s, pos + 1);
            int gl = ge - pos - 1;
            if (gl < 3 || gl > 6 || total + gl > MAX) {
                break;
            }
            total += gl;
            lengths |= gl << 3 * groups;
            pos = ge;
            groups++;
        }
        // The longest run of groups first, then shorter ones, so that a card followed by more digits
        // (a CVV, an amount) is still found.
        for (int end = pos; groups > 0; groups--) {
            boolean laidOut = sep == '.' ? groups == 3 && lengths == (4 | 4 << 3 | 4 << 6) : isCardGrouping(lengths, groups);
            if ((end >= n || !Chars.gluesToWord(s.charAt(end)) && !(sep == '.' && s.charAt(end) == '.' && end + 1 < n
                    && Chars.isDigit(s.charAt(end + 1)))) && laidOut && isCard(s, at, end)) {
                return emit(out, at, end, SensitiveType.CREDIT_CARD);
            }
            while (s.charAt(end - 1) != sep) {
                end--;
            }
            end--;
        }
        return null;
    }

    /**
     * Whether the groups after the first four digits are laid out as cards are printed: 4-4-4-4 (and 4-4-4-3,
     * 4-4-4-4-3 for 15 and 19 digits), 4-6-4 and 4-6-5 (Diners, Amex), 4-3-3-3 (13 digits). Numbers
     * grouped otherwise ({@code 5020 150604 240}, a report's columns) are no card even when Luhn passes.
     *
     * @param lengths the lengths of the groups after the first, 3 bits each
     */
    private static boolean isCardGrouping(int lengths, int groups) {
        int second = lengths & 7;
        if (second == 6) {
            int third = lengths >>> 3 & 7;
            return groups == 2 && (third == 4 || third == 5);
        }
        if (second != 4 && second != 3) {
            return false;
        }
        for (int g = 1; g < groups; g++) {
            int len = lengths >>> 3 * g & 7;
            if (len != second && !(second == 4 && g == groups - 1 && len == 3)) {
                return false;
            }
        }
        return true;
    }

    /** Luhn and a known issuer, over the digits of {@code [start, end)}. */
    static boolean isCard(CharSequence s, int start, int end) {
        int len = 0;
        int prefix = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (Chars.isDigit(c)) {
                if (len < 6) {
                    prefix = prefix * 10 + c - '0';
                }
                len++;
            }
        }
        return len >= MIN && len <= MAX && CardIssuers.isKnown(prefix, len) && LuhnCheck.isValid(s, start, end);
    }
}
