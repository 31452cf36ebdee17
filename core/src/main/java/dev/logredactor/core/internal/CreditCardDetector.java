package dev.logredactor.core.internal;

import dev.logredactor.core.SensitiveType;

/**
 * Payment card numbers: 13-19 digits, plain or in groups of 3-6 separated by one space or dash
 * ({@code 4111 1111 1111 1111}, {@code 3782-822463-10005}), with a known issuer prefix and a valid Luhn
 * check digit. Trigger: a digit 2-6 that starts a number; a number glued to a longer digit run or
 * identifier ({@code blk_-4...}, {@code 10.4111...}) is not one.
 */
final class CreditCardDetector extends Detector {
    private static final int MIN = 13;
    private static final int MAX = 19;

    @Override
    int wordShapes() {
        return NUMBER;
    }

    @Override
    String wordStarts() {
        return "23456";
    }

    @Override
    Findings detect(CharSequence s, int at, int from, Findings out) {
        if (!Chars.numberStartsAt(s, at)) {
            return null;
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
        if (sep != ' ' && sep != '-') {
            return null;
        }
        // Group ends, so that a card followed by more digits (a CVV, an amount) is still found.
        int[] ends = new int[5];
        int groups = 0;
        int total = 4;
        int pos = e;
        int n = s.length();
        while (groups < ends.length && pos + 1 < n && s.charAt(pos) == sep && Chars.isDigit(s.charAt(pos + 1))) {
            int ge = Chars.digits(s, pos + 1);
            int gl = ge - pos - 1;
            if (gl < 3 || gl > 6 || total + gl > MAX) {
                break;
            }
            total += gl;
            pos = ge;
            ends[groups++] = pos;
        }
        for (int g = groups - 1; g >= 0; g--) {
            int end = ends[g];
            if (end < n && Chars.gluesToWord(s.charAt(end))) {
                continue;
            }
            if (isCard(s, at, end)) {
                return emit(out, at, end, SensitiveType.CREDIT_CARD);
            }
        }
        return null;
    }

    /** Luhn and a known issuer, over the digits of {@code [start, end)}. */
    static boolean isCard(CharSequence s, int start, int end) {
        StringBuilder digits = new StringBuilder(MAX);
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (Chars.isDigit(c)) {
                digits.append(c);
            }
        }
        int len = digits.length();
        return len >= MIN && len <= MAX && CardIssuers.isKnown(digits) && LuhnCheck.isValid(digits, 0, len);
    }
}
