package dev.logredactor.core.internal.keys;

import dev.logredactor.core.internal.detect.PhoneDetector;
import dev.logredactor.core.internal.scan.Chars;

/**
 * The shapes of typed values after a key: where a phone number, a postcode, a date, a spaced SSN ends,
 * and whether a value looks like what its key says (a phone, an AWS secret) or like something that is
 * no secret at all (a network address, a sentence, a numeric id, a hex literal).
 */
final class ValueShapes {
    private ValueShapes() {
    }

    /**
     * Hex digits and {@code . : [ ] /} only, up to an IPv6 zone ({@code %eth0}): an IP address, with a port or
     * prefix length, or a MAC address.
     */
    static boolean isNetworkShaped(CharSequence s, int start, int end) {
        boolean colon = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '%' && colon) {
                return true; // an IPv6 zone; a number before an encoded space is a house number (12%20Elm%20St)
            }
            colon |= c == ':';
            if (!Chars.isHex(c) && ".:[]/".indexOf(c) < 0) {
                return false;
            }
        }
        return end > start;
    }

    /**
     * Whether {@code [start, end)} is shaped like an OAuth authorization code: at least 16 chars of a URL
     * parameter, one of them a lower-case letter and one a digit. Status and error codes are short, all
     * digits, or words and constants without a digit ({@code card_declined}, {@code INVALID_GRANT}).
     */
    static boolean isAuthorizationCode(CharSequence s, int start, int end) {
        if (end - start < 16) {
            return false;
        }
        boolean lower = false;
        boolean digit = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '"' || c == '\'') {
                return false;
            }
            lower |= Chars.isLower(c);
            digit |= Chars.isDigit(c);
        }
        return lower && digit && !isHexLiteral(s, start, end);
    }

    /**
     * Whether the unquoted value {@code [start, end)} starts a sentence, not an id: a short word of letters
     * (lower case after its first), then a space and a word of lower-case letters, as OpenSSH and PAM write
     * after {@code session:} ({@code Starting session: shell on pts/0}, {@code Close session: user bob},
     * {@code Cannot create session: Already running in a session}, {@code session: subsystem 'sftp'}). A session
     * id is longer or holds a digit.
     */
    static boolean isSentence(CharSequence s, int start, int end) {
        int len = end - start;
        if (len < 2 || len > 10 || end + 2 >= s.length() || s.charAt(end) != ' ' || !Chars.isLetter(s.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (!Chars.isLower(s.charAt(i))) {
                return false;
            }
        }
        int next = s.charAt(end + 1) == '\'' ? end + 2 : end + 1; // subsystem 'sftp'
        int e = next;
        while (e < s.length() && Chars.isLower(s.charAt(e))) {
            e++;
        }
        return e - next >= 2 && (e == s.length() || !Chars.isWord(s.charAt(e)) && s.charAt(e) != ':');
    }

    /** Digits with single {@code _ - .} between them: {@code 30546173_4261722401}, {@code 42}. */
    static boolean isNumericId(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean separator = c == '_' || c == '-' || c == '.';
            if (!Chars.isDigit(c) && !(separator && i > start && i + 1 < end && Chars.isDigit(s.charAt(i - 1)))) {
                return false;
            }
        }
        return end > start;
    }

    static boolean hasDigit(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Chars.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the value's first word is {@code 0x} and hex digits: a memory address
     * ({@code instruction address: 0x00004ed8 in module x}), no personal data.
     */
    static boolean isHexLiteral(CharSequence s, int start, int end) {
        if (end - start < 3 || s.charAt(start) != '0' || (s.charAt(start + 1) | 0x20) != 'x') {
            return false;
        }
        int i = start + 2;
        while (i < end && Chars.isHex(s.charAt(i))) {
            i++;
        }
        return i > start + 2 && (i == end || s.charAt(i) == ' ');
    }

    static int phoneEnd(CharSequence s, int i) {
        int n = s.length();
        int last = i;
        boolean open = false;
        while (i < n) {
            char c = s.charAt(i);
            if (Chars.isDigit(c) || c == ')' && open) {
                last = i + 1;
                open &= c != ')';
            } else if (c == '(') {
                open = true;
            } else if (!(c == '+' || c == '-' || c == '.' || c == ' ')) {
                break;
            }
            i++;
        }
        return PhoneDetector.extensionEnd(s, last); // 505-931-0743x002
    }

    /**
     * The end of a postal code whose first part is {@code [start, end)}: after the second part when it is
     * written in two ({@code SW1A 1AA}, {@code K1A 0B1}, {@code 1012 AB}: two short runs of upper-case letters
     * and digits), else {@code end}.
     */
    static int postcodeEnd(CharSequence s, int end, int start) {
        int n = s.length();
        int upperAlnum = Chars.UPPER | Chars.DIGIT;
        if (end - start < 2 || end - start > 4 || Chars.run(s, start, upperAlnum, end - start) != end || end + 2 >= n
                || s.charAt(end) != ' ') {
            return end;
        }
        int e = Chars.run(s, end + 1, upperAlnum, 4);
        int len = e - end - 1;
        return len >= 2 && len <= 3 && (e == n || !Chars.gluesToWord(s.charAt(e))) ? e : end;
    }

    static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};

    /**
     * The end of a date whose first word is {@code [start, end)}: after its last part when it is written with a
     * month's name ({@code March 12, 1984}, {@code 12 Mar 1984}: a month or a day, then up to two more words,
     * each a number of at most four digits or a month, with a comma after the day), else {@code end}.
     */
    static int dateEnd(CharSequence s, int end, int start) {
        int n = s.length();
        boolean month = isMonth(s, start, end);
        if (!month && !(end - start <= 2 && Chars.digits(s, start) == end)) {
            return end; // neither a month nor a day: 1984-03-12, 12/03/1984
        }
        int last = end;
        int i = end;
        for (int words = 0; words < 2; words++) {
            int w = i;
            if (w < n && s.charAt(w) == ',') {
                w++;
            }
            if (w + 1 >= n || s.charAt(w) != ' ') {
                break;
            }
            int e = Chars.digits(s, w + 1);
            if (e > w + 1 && e - w - 1 <= 4) {
                i = e;
            } else {
                e = w + 1;
                while (e < n && Chars.isLetter(s.charAt(e))) {
                    e++;
                }
                if (month || !isMonth(s, w + 1, e)) {
                    break;
                }
                month = true;
                i = e;
            }
            last = i;
        }
        return month && (last == n || !Chars.gluesToWord(s.charAt(last))) ? last : end;
    }

    /** Whether {@code [start, end)} is a month's name, its first three letters or {@code Sept}, in any case. */
    static boolean isMonth(CharSequence s, int start, int end) {
        int len = end - start;
        for (String m : MONTHS) {
            if ((len == m.length() || len == 3 || len == 4 && m.startsWith("sept")) && len <= m.length()
                    && Chars.regionMatchesIgnoreCase(s, start, m.substring(0, len))) {
                return true;
            }
        }
        return false;
    }

    /** The end of an SSN written with spaces at {@code i} ({@code 123 45 6789}), or -1. */
    static int spacedSsnEnd(CharSequence s, int i) {
        int n = s.length();
        int a = Chars.digits(s, i);
        if (a - i != 3 || a + 1 >= n || s.charAt(a) != ' ') {
            return -1;
        }
        int b = Chars.digits(s, a + 1);
        if (b - a != 3 || b + 1 >= n || s.charAt(b) != ' ') {
            return -1;
        }
        int c = Chars.digits(s, b + 1);
        return c - b == 5 && (c == n || !Chars.gluesToWord(s.charAt(c))) ? c : -1;
    }

    static boolean isPhoneValue(CharSequence s, int start, int end) {
        int digits = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (Chars.isDigit(c)) {
                digits++;
            } else if (!(c == '+' || c == '(' || c == ')' || c == '-' || c == '.' || c == ' ')) {
                return false;
            }
        }
        return digits >= 7 && digits <= 15;
    }

    static boolean isAwsSecret(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!(Chars.isAlnum(c) || c == '/' || c == '+')) {
                return false;
            }
        }
        return true;
    }
}
