package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.check.IbanCheck;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Findings;

/**
 * IBANs, plain ({@code DE89370400440532013000}) or in groups of four ({@code DE89 3704 0044 0532 0130 00}),
 * with the registered length of their country and a valid mod-97 check. Trigger: an upper-case letter
 * that starts a word, followed by another and two digits.
 */
final class IbanDetector extends BuiltInDetector {
    @Override
    protected int wordShapes() {
        return IBAN_HEAD;
    }

    /** A plain IBAN is one word of its country's length (15 to 34 chars); a grouped one starts with a word of 4. */
    @Override
    protected long wordLengths(String prefix) {
        return lengths(4, 4) | lengths(15, 34);
    }

    private static final boolean[] DIGITS = thirdChars("0123456789", false);

    /** The third char of an IBAN is the first of its check digits. */
    @Override
    protected boolean[] thirdChars(String prefix) {
        return DIGITS;
    }

    @Override
    protected String[] prefixes() {
        return each("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        int e = IbanCheck.end(s, at, false);
        return e < 0 ? null : emit(out, at, e, SensitiveType.IBAN);
    }
}
