package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.check.IbanCheck;
import dev.logredactor.core.internal.keys.KeyValueDetector;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * Phone numbers by shape. Bare digit runs are never taken here (epoch seconds look like ten-digit
 * numbers); those are found only after a phone-like key, by {@link KeyValueDetector}.
 * <ul>
 *   <li>E.164 with a {@code +}: {@code +4915112345678}, {@code +1 (555) 123-4567}, {@code +44 20 7946 0958},
 *       {@code +81 90-1234-5678} (spaces and dashes mixed);
 *       10-15 digits, or 8-15 when written with separators.</li>
 *   <li>North American: {@code (555) 123-4567}, {@code 555-123-4567}, {@code 555.123.4567},
 *       {@code 1-800-555-0199}; area code and exchange start with 2-9.</li>
 *   <li>National with a trunk 0, in groups: {@code 020 7946 0958}, {@code (020) 7946 0958},
 *       {@code 06 12 34 56 78}, {@code 030-12345678}; 10-12 digits.</li>
 * </ul>
 */
public final class PhoneDetector extends BuiltInDetector {
    @Override
    protected int wordShapes() {
        return NUM_3_SEP | NUM_1_SEP | NUM_TRUNK;
    }

    @Override
    protected String[] prefixes() {
        return new String[] {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "+1", "+2", "+3", "+4", "+5", "+6",
            "+7", "+8", "+9", "(0", "(2", "(3", "(4", "(5", "(6", "(7", "(8", "(9"};
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        char c = s.charAt(at);
        if (c != '+' && IbanCheck.inIbanGroups(s, at)) {
            return null; // the groups of an IBAN whose check failed (BE71 0961 2345 6760): no phone number either
        }
        int end;
        if (c == '+') {
            end = e164(s, at);
        } else if (c == '0' && Chars.regionMatches(s, at, "001") && at + 4 < s.length()
                && (s.charAt(at + 3) == '-' || s.charAt(at + 3) == '.')) {
            end = northAmerican(s, at);
        } else if (c == '0' || c == '(' && at + 1 < s.length() && s.charAt(at + 1) == '0') {
            end = national(s, at);
        } else {
            end = northAmerican(s, at);
        }
        return end < 0 ? null : emit(out, at, end, SensitiveType.PHONE);
    }

    private static int e164(CharSequence s, int at) {
        int n = s.length();
        if (at > 0 && (Chars.gluesToWord(s.charAt(at - 1)) && !Chars.escapeBefore(s, at) || s.charAt(at - 1) == '+')) {
            return -1;
        }
        int i = at + 1;
        if (i >= n || !Chars.isDigit(s.charAt(i)) || s.charAt(i) == '0') {
            return -1;
        }
        int digits = 0;
        int seps = 0;
        int end = -1;
        while (i < n) {
            char c = s.charAt(i);
            if (Chars.isDigit(c)) {
                if (++digits > 15) {
                    return -1;
                }
                end = ++i;
            } else if ((c == ' ' || c == '-' || c == '.') && i + 1 < n
                    && (Chars.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '(') && seps < 8
                    && !(c == ' ' && (seps == 0 && digits >= 10 || startsOtherToken(s, i + 1)))) {
                // after a space: not a group when the number so far is a whole phone without separators
                // (+4915112345678 0815), nor when the digits are a token of their own (a date, a decimal);
                // groups joined by dashes after a space are the number's (+81 90-1234-5678, +7 916 123-45-67)
                seps++;
                i++;
            } else if (c == '(' && i + 1 < n && Chars.isDigit(s.charAt(i + 1)) && seps < 8) {
                if (seps > 1) {
                    break; // an area code in parentheses follows the country code, or starts another number
                }
                int close = Chars.digits(s, i + 1);
                if (close >= n || s.charAt(close) != ')' || close - i > 5) {
                    break; // no area code in parentheses: the number ended before it (+44 20 6147 1831 (7777...)
                }
                digits += close - i - 1;
                seps++;
                i = close + 1;
                end = i;
                if (i < n && s.charAt(i) == ' ') {
                    i++;
                }
            } else {
                break;
            }
        }
        if (digits < (seps > 0 ? 8 : 10) || digits > 15) {
            return -1;
        }
        end = extensionEnd(s, end);
        return Chars.numberEndsAt(s, end) ? end : -1;
    }

    /**
     * Where an extension written right after a number ends ({@code 415-555-0123x456}, as Faker and many forms
     * write it: {@code x} or {@code X} and 1-5 digits), or {@code e} when there is none.
     */
    public static int extensionEnd(CharSequence s, int e) {
        if (e + 1 >= s.length() || (s.charAt(e) | 0x20) != 'x' || !Chars.isDigit(s.charAt(e + 1))) {
            return e;
        }
        int x = Chars.digits(s, e + 1);
        return x - e - 1 <= 5 ? x : e;
    }

    /**
     * {@code (NXX) NXX-XXXX}, {@code NXX-NXX-XXXX}, {@code NXX.NXX.XXXX}, {@code 1-NXX-NXX-XXXX},
     * {@code 001-NXX-NXX-XXXX}, each with an extension ({@code x123}) or without.
     */
    private static int northAmerican(CharSequence s, int at) {
        int n = s.length();
        int i = at;
        if (s.charAt(i) == '(') {
            if (at > 0 && Chars.gluesToWord(s.charAt(at - 1)) || i + 5 >= n || !isNxx(s, i + 1)
                    || s.charAt(i + 4) != ')') {
                return -1;
            }
            i += 5;
            if (s.charAt(i) == ' ') {
                i++;
            }
            return subscriber(s, i, '-');
        }
        if (!Chars.standaloneNumberAt(s, at)) {
            return -1;
        }
        if (s.charAt(i) == '1' && i + 1 < n && (s.charAt(i + 1) == '-' || s.charAt(i + 1) == '.')) {
            i += 2;
        } else if (Chars.regionMatches(s, i, "001") && i + 3 < n && (s.charAt(i + 3) == '-' || s.charAt(i + 3) == '.')) {
            i += 4; // the international prefix dialled from many countries: 001-415-555-0123
        }
        if (i + 4 >= n || !isNxx(s, i)) {
            return -1;
        }
        char sep = s.charAt(i + 3);
        if (sep != '-' && sep != '.' || continuesDigitGroups(s, at, sep)) {
            return -1;
        }
        if (i != at && s.charAt(i - 1) != sep) {
            return -1;
        }
        return subscriber(s, i + 4, sep);
    }

    /**
     * Whether the number at {@code at} continues a run of digit groups with its own separator
     * ({@code 3699 0372 6688 17}), so it is the tail of a longer number, not a phone. Digits that end a
     * word ({@code d9 026 9436 6259}) are not a group.
     */
    private static boolean continuesDigitGroups(CharSequence s, int at, char sep) {
        if (at < 2 || s.charAt(at - 1) != sep || !Chars.isDigit(s.charAt(at - 2))) {
            return false;
        }
        int k = at - 2;
        while (k > 0 && Chars.isDigit(s.charAt(k - 1))) {
            k--;
        }
        return k == 0 || !Chars.gluesToWord(s.charAt(k - 1));
    }

    /**
     * Whether the digits before {@code e} go on with {@code -}, {@code .}, {@code :} or {@code /} and a
     * digit: after a space, that is a token of its own (a date, a time, a version, a decimal), not one
     * more group of a number written with spaces, as in {@code 020 7946 0958 2024-03-21}.
     */
    private static boolean startsOtherNumber(CharSequence s, int e) {
        if (e + 1 >= s.length()) {
            return false;
        }
        char c = s.charAt(e);
        return (c == '-' || c == '.' || c == ':' || c == '/') && Chars.isDigit(s.charAt(e + 1));
    }

    /**
     * Whether the digits at {@code i}, after a space in an E.164 number, are a token of their own: a decimal,
     * a time or a date ({@link #startsOtherNumber}), but for dashes only a date ({@code 2024-03-21},
     * {@code 21-03-2024}); other digit groups joined by dashes go on with the number.
     */
    private static boolean startsOtherToken(CharSequence s, int i) {
        int e = Chars.digits(s, i);
        if (!startsOtherNumber(s, e)) {
            return false;
        }
        if (s.charAt(e) != '-') {
            return true;
        }
        int e2 = Chars.digits(s, e + 1);
        if (e2 >= s.length() || s.charAt(e2) != '-' || e2 + 1 >= s.length() || !Chars.isDigit(s.charAt(e2 + 1))) {
            return false;
        }
        int e3 = Chars.digits(s, e2 + 1);
        int a = e - i;
        int b = e2 - e - 1;
        int c = e3 - e2 - 1;
        return a == 4 && b <= 2 && c <= 2 || a <= 2 && b <= 2 && c == 4;
    }

    /** {@code NXX<sep>XXXX} at {@code i}; returns its end or -1. */
    private static int subscriber(CharSequence s, int i, char sep) {
        int end = i + 8;
        if (end > s.length() || !isNxx(s, i) || s.charAt(i + 3) != sep) {
            return -1;
        }
        for (int k = i + 4; k < end; k++) {
            if (!Chars.isDigit(s.charAt(k))) {
                return -1;
            }
        }
        end = extensionEnd(s, end);
        return Chars.numberEndsAt(s, end) ? end : -1;
    }

    private static boolean isNxx(CharSequence s, int i) {
        return s.charAt(i) >= '2' && s.charAt(i) <= '9' && Chars.isDigit(s.charAt(i + 1))
                && Chars.isDigit(s.charAt(i + 2));
    }

    /**
     * A trunk-0 number in two or more groups with one consistent separator; the first group may stand in
     * parentheses, followed by a space ({@code (020) 7946 0958}).
     */
    private static int national(CharSequence s, int at) {
        int n = s.length();
        boolean paren = s.charAt(at) == '(';
        int d = paren ? at + 1 : at;
        if (paren ? at > 0 && Chars.gluesToWord(s.charAt(at - 1)) : !Chars.standaloneNumberAt(s, at)) {
            return -1;
        }
        if (d + 1 >= n || s.charAt(d + 1) == '0') {
            return -1;
        }
        int e = Chars.digits(s, d);
        int first = e - d;
        if (first < 2 || first > 5 || e + 1 >= n) {
            return -1;
        }
        if (paren) {
            if (s.charAt(e) != ')' || e + 2 >= n || s.charAt(e + 1) != ' ') {
                return -1;
            }
            e++; // the groups after it are separated by spaces, as the one after the parenthesis
        }
        char sep = s.charAt(e);
        if (sep != ' ' && sep != '-' || !paren && continuesDigitGroups(s, at, sep)) {
            return -1;
        }
        int digits = first;
        int groups = 1;
        while (e + 1 < n && s.charAt(e) == sep && Chars.isDigit(s.charAt(e + 1))) {
            int ge = Chars.digits(s, e + 1);
            if (sep == ' ' && startsOtherNumber(s, ge)) {
                break;
            }
            int gl = ge - e - 1;
            if (gl < 2 || gl > 8 || digits + gl > 12) {
                return -1;
            }
            digits += gl;
            groups++;
            e = ge;
        }
        int x = extensionEnd(s, e);
        return groups >= 2 && digits >= 10 && Chars.numberEndsAt(s, x) ? x : -1;
    }
}
