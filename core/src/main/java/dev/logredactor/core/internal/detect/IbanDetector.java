package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.check.IbanCheck;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;
import java.util.Arrays;
import java.util.Locale;

/**
 * IBANs, plain ({@code DE89370400440532013000}) or in groups of four ({@code DE89 3704 0044 0532 0130 00}),
 * with the registered length of their country and a valid mod-97 check; in lower case too when typed as by hand
 * ({@link IbanCheck#isTypedLowerCase}). Trigger: an upper-case letter that starts a word, followed by another and
 * two digits, or a lower-case country code followed by two digits.
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

    /** Upper-case letters; in lower case only the country codes, so {@code co} in {@code connection} is no trigger. */
    @Override
    protected String[] prefixes() {
        String[] upper = each("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
        String[] countries = IbanCheck.countries();
        String[] all = Arrays.copyOf(upper, upper.length + countries.length);
        for (int k = 0; k < countries.length; k++) {
            all[upper.length + k] = countries[k].toLowerCase(Locale.ROOT);
        }
        return all;
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        if (Chars.isLower(s.charAt(at))) {
            int e = IbanCheck.end(s, at, true);
            return e < 0 || !IbanCheck.isTypedLowerCase(s, at, e) ? null : emit(out, at, e, SensitiveType.IBAN);
        }
        int e = IbanCheck.end(s, at, false);
        return e < 0 ? null : emit(out, at, e, SensitiveType.IBAN);
    }
}
