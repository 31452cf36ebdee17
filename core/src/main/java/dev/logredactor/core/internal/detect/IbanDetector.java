package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.check.IbanCheck;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
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
        int n = s.length();
        if (at + 4 > n || !Chars.isDigit(s.charAt(at + 2)) || !Chars.isDigit(s.charAt(at + 3))) {
            return null;
        }
        int len = IbanCheck.length(s.charAt(at), s.charAt(at + 1));
        if (len == 0) {
            return null;
        }
        int e = at + 4;
        while (e < n && e - at < len && (Chars.isUpper(s.charAt(e)) || Chars.isDigit(s.charAt(e)))) {
            e++;
        }
        if (e - at == len) {
            return endsHere(s, e) && IbanCheck.isValid(s, at, e) ? emit(out, at, e, SensitiveType.IBAN) : null;
        }
        if (e - at != 4) {
            return null;
        }
        int count = 4;
        while (count < len && e + 1 < n && s.charAt(e) == ' ') {
            int g = e + 1;
            int ge = g;
            while (ge < n && ge - g < 4 && (Chars.isUpper(s.charAt(ge)) || Chars.isDigit(s.charAt(ge)))) {
                ge++;
            }
            int gl = ge - g;
            if (gl == 0 || gl < 4 && count + gl != len) {
                return null;
            }
            count += gl;
            e = ge;
        }
        return count == len && endsHere(s, e) && IbanCheck.isValid(s, at, e)
                ? emit(out, at, e, SensitiveType.IBAN) : null;
    }

    private static boolean endsHere(CharSequence s, int e) {
        return e >= s.length() || !Chars.gluesToWord(s.charAt(e));
    }
}
