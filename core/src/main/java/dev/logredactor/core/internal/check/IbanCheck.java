package dev.logredactor.core.internal.check;

import dev.logredactor.core.internal.scan.Chars;

/**
 * IBAN validation (ISO 13616): the length registered for the country, and the ISO 7064 MOD 97-10
 * check (move the first four chars to the end, letters to 10-35, the number mod 97 must be 1).
 */
public final class IbanCheck {
    private static final byte[] LENGTHS = new byte[26 * 26];
    private static final String[] COUNTRIES;

    static {
        String table = "AD24 AE23 AL28 AT20 AZ28 BA20 BE16 BG22 BH22 BI27 BR29 BY28 CH21 CR22 CY28 CZ24 DE22 DJ27"
                + " DK18 DO28 EE20 EG29 ES24 FI18 FK18 FO18 FR27 GB22 GE22 GI23 GL18 GR27 GT28 HR21 HU28 IE22"
                + " IL23 IQ23 IS26 IT27 JO30 KW30 KZ20 LB28 LC32 LI21 LT20 LU20 LV21 LY25 MC27 MD24 ME22 MK19"
                + " MN20 MR27 MT31 MU30 NI28 NL18 NO15 OM23 PK24 PL28 PS29 PT25 QA29 RO24 RS22 RU33 SA24 SC31"
                + " SD18 SE24 SI19 SK24 SM27 SO23 ST25 SV28 TL23 TN24 TR26 UA29 VA22 VG24 XK20 YE30";
        String[] entries = table.split(" ");
        COUNTRIES = new String[entries.length];
        for (int k = 0; k < entries.length; k++) {
            String e = entries[k];
            LENGTHS[(e.charAt(0) - 'A') * 26 + e.charAt(1) - 'A'] = Byte.parseByte(e.substring(2));
            COUNTRIES[k] = e.substring(0, 2);
        }
    }

    private IbanCheck() {
    }

    /** The country codes that have IBANs, upper case. */
    public static String[] countries() {
        return COUNTRIES.clone();
    }

    /**
     * Whether the IBAN at {@code [start, end)} is written in lower case as one would type it by hand
     * ({@code de89370400440532013000}): no upper-case letter, and its account part (after the country and check
     * digits) up to four letters, a bank code as in GB, NL or IE, then only digits (spaces aside). Without a key
     * that names it, a lower-case IBAN must look like this; a hex or base-36 id of the right length whose
     * check happens to pass does not.
     */
    public static boolean isTypedLowerCase(CharSequence s, int start, int end) {
        int letters = 0;
        boolean digits = false;
        for (int i = start + 4; i < end; i++) {
            char c = s.charAt(i);
            if (Chars.isLower(c)) {
                if (digits || ++letters > 4) {
                    return false;
                }
            } else if (Chars.isDigit(c)) {
                digits = true;
            } else if (c != ' ') {
                return false;
            }
        }
        return Chars.isLower(s.charAt(start)) && Chars.isLower(s.charAt(start + 1));
    }

    /** The IBAN length registered for the country code {@code a b} (upper case), or 0. */
    public static int length(char a, char b) {
        return Chars.isUpper(a) && Chars.isUpper(b) ? LENGTHS[(a - 'A') * 26 + b - 'A'] : 0;
    }

    /**
     * Whether {@code at} starts a group of an IBAN's groups: after an IBAN's country and check digits (a word
     * of its own) and up to eight groups of four upper-case letters or digits, each after one space. The
     * digits there belong to an IBAN, valid or not ({@code BE71 0961 2345 6760}), and are no phone or card
     * number of their own. Upper case only: a lower-case head is a data centre or host name as often
     * ({@code dc=nl01 4111 1111 1111 1111}), and a card after it must still go.
     */
    public static boolean inIbanGroups(CharSequence s, int at) {
        int p = at;
        for (int k = 0; k < 9; k++) {
            int q = p - 5;
            if (q < 0 || s.charAt(p - 1) != ' ') {
                return false;
            }
            for (int i = q; i < q + 4; i++) {
                if (!Chars.isUpper(s.charAt(i)) && !Chars.isDigit(s.charAt(i))) {
                    return false;
                }
            }
            if ((q == 0 || !Chars.gluesToWord(s.charAt(q - 1))) && Chars.isDigit(s.charAt(q + 2)) && Chars.isDigit(s.charAt(q + 3))
                    && length(s.charAt(q), s.charAt(q + 1)) > 0) {
                return true;
            }
            p = q;
        }
        return false;
    }

    /**
     * Where the IBAN that starts at {@code i} ends ({@code DE89370400440532013000}, {@code DE89 3704 0044 0532
     * 0130 00}): its country's registered length, plain or in groups of four split by single spaces (the last
     * group shorter), nothing glued after it, a valid mod-97 check; -1 when there is none. Letters in upper
     * case only, unless {@code anyCase} ({@code de89 3704 ...} after an {@code iban} key).
     */
    public static int end(CharSequence s, int i, boolean anyCase) {
        int n = s.length();
        if (i + 4 > n || !isLetter(s.charAt(i), anyCase) || !isLetter(s.charAt(i + 1), anyCase) || !Chars.isDigit(s.charAt(i + 2))
                || !Chars.isDigit(s.charAt(i + 3))) {
            return -1;
        }
        int len = length(Character.toUpperCase(s.charAt(i)), Character.toUpperCase(s.charAt(i + 1)));
        if (len == 0) {
            return -1;
        }
        int e = i;
        int count = 0;
        int group = 0;
        while (e < n && count < len) {
            char c = s.charAt(e);
            if (Chars.isDigit(c) || isLetter(c, anyCase)) {
                count++;
                group++;
                e++;
            } else if (c == ' ' && group == 4 && e + 1 < n && (Chars.isDigit(s.charAt(e + 1)) || isLetter(s.charAt(e + 1), anyCase))) {
                group = 0;
                e++;
            } else {
                break;
            }
        }
        boolean grouped = e - i > count;
        if (count != len || grouped && group > 4 || e < n && Chars.gluesToWord(s.charAt(e))) {
            return -1;
        }
        return isValid(s, i, e) ? e : -1;
    }

    private static boolean isLetter(char c, boolean anyCase) {
        return anyCase ? Chars.isLetter(c) : Chars.isUpper(c);
    }

    /** MOD 97-10 over the IBAN in {@code [start, end)}; spaces are skipped, other chars must be [A-Za-z0-9]. */
    public static boolean isValid(CharSequence s, int start, int end) {
        int rem = 0;
        int checked = 0;
        for (int pass = 0; pass < 2; pass++) {
            int from = pass == 0 ? start + 4 : start;
            int to = pass == 0 ? end : start + 4;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c == ' ') {
                    continue;
                }
                if (Chars.isDigit(c)) {
                    rem = (rem * 10 + c - '0') % 97;
                } else if (Chars.isUpper(c)) {
                    rem = (rem * 100 + c - 'A' + 10) % 97;
                } else if (Chars.isLower(c)) {
                    rem = (rem * 100 + c - 'a' + 10) % 97;
                } else {
                    return false;
                }
                checked++;
            }
        }
        return checked > 4 && rem == 1;
    }
}
