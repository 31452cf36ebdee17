package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.keys.KeyValueDetector;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * AWS access key ids: {@code AKIA} (long-term), {@code ASIA} (temporary), {@code ABIA}, {@code ACCA},
 * then 16 upper-case letters or digits, as a whole word. (The secret access key has no prefix; it is
 * found next to an AWS-named key by {@link KeyValueDetector}.)
 */
final class AwsAccessKeyDetector extends BuiltInDetector {
    private static final String[] PREFIXES = {"AKIA", "ASIA", "ABIA", "ACCA"};
    private static final int LENGTH = 20;

    @Override
    protected String[] prefixes() {
        return new String[] {"AK", "AS", "AB", "AC"};
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
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
