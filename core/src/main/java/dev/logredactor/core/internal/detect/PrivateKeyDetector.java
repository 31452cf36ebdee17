package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * PEM private key blocks, {@code -----BEGIN ... PRIVATE KEY-----} to {@code -----END ... PRIVATE KEY-----}
 * (RSA, EC, DSA, OPENSSH, ENCRYPTED, PKCS#8, PGP), the whole block, also when its line breaks are
 * literal {@code \n} inside a JSON string. A block with no END goes to the end of the text (fail closed),
 * and the scan stops there. Trigger: {@code -}.
 */
public final class PrivateKeyDetector extends BuiltInDetector {
    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";
    private static final int MAX_LABEL = 40;

    @Override
    protected String[] prefixes() {
        return new String[] {"--"};
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        if (!Chars.regionMatches(s, at, BEGIN)) {
            return null;
        }
        int labelStart = at + BEGIN.length();
        int labelEnd = labelStart;
        int n = s.length();
        while (labelEnd < n && labelEnd - labelStart <= MAX_LABEL && (Chars.isUpper(s.charAt(labelEnd))
                || s.charAt(labelEnd) == ' ' || Chars.isDigit(s.charAt(labelEnd)))) {
            labelEnd++;
        }
        if (!Chars.regionMatches(s, labelEnd, DASHES) || !contains(s, labelStart, labelEnd, "PRIVATE KEY")) {
            return null;
        }
        int end = endOfBlock(s, labelEnd + DASHES.length());
        Findings f = emit(out, at, end < 0 ? n : end, SensitiveType.PRIVATE_KEY);
        if (end < 0) {
            f.markOpenPrivateKey();
        }
        return f;
    }

    /** Index after the {@code -----END ...-----} line at or after {@code from}, or -1 when there is none. */
    public static int endOfBlock(CharSequence s, int from) {
        int e = Chars.indexOf(s, END, from);
        if (e < 0) {
            return -1;
        }
        int close = Chars.indexOf(s, DASHES, e + END.length());
        return close < 0 || close - e > END.length() + MAX_LABEL ? -1 : close + DASHES.length();
    }

    private static boolean contains(CharSequence s, int start, int end, String what) {
        for (int i = start; i + what.length() <= end; i++) {
            if (Chars.regionMatches(s, i, what)) {
                return true;
            }
        }
        return false;
    }
}
