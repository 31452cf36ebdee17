package dev.logredactor.core.internal;

import dev.logredactor.core.SensitiveType;

/**
 * AWS access key ids: {@code AKIA} (long-term), {@code ASIA} (temporary), {@code ABIA}, {@code ACCA},
 * then 16 upper-case letters or digits, as a whole word. (The secret access key has no prefix; it is
 * found next to an AWS-named key by {@link KeyValueDetector}.)
 */
final class AwsAccessKeyDetector extends Detector {
    private static final String[] PREFIXES = {"AKIA", "ASIA", "ABIA", "ACCA"};
    private static final int LENGTH = 20;

    @Override
    String[] prefixes() {
        return new String[] {"AK", "AS", "AB", "AC"};
    }

    @Override
    Findings detect(CharSequence s, int at, int from, Findings out) {
        int end = at + LENGTH;
        if (end > s.length() || !hasPrefix(s, at)) {
            return null;
        }
        for (int i = at + 4; i < end; i++) {
            char c = s.charAt(i);
            if (!Chars.isUpper(c) && !Chars.isDigit(c)) {
                return null;
            }
        }
        return end < s.length() && Chars.gluesToWord(s.charAt(end)) ? null
                : emit(out, at, end, SensitiveType.AWS_ACCESS_KEY);
    }

    private static boolean hasPrefix(CharSequence s, int at) {
        for (String p : PREFIXES) {
            if (Chars.regionMatches(s, at, p)) {
                return true;
            }
        }
        return false;
    }
}
