package dev.logredactor.core.internal.keys;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A password written in prose: a password word, one space, and the password, with no separator that
 * would make it a key ({@code connecting with password Xy7pQ2rT9vLm}, {@code keystore opened with
 * storepass Xy7...}, keytool's words without their dash). Without a separator any word may follow
 * ({@code password reset for user}, {@code password expired}), so the value goes only when it looks
 * random: 8 to 128 chars up to a blank (a full stop, comma, semicolon, closing bracket or quote at its
 * end is left; a quoted value is {@link QuotedAfterKeyDetector}'s); letters and digits; three of lower case, upper case, digits and other
 * chars; a Shannon entropy of at least 3 bits per char (a short one: half a bit less than its length
 * allows); no {@code =}, {@code :} or {@code /} (a key, a URL, a path follows); not a mask. Trigger: the
 * word at the start of a word, in lower, upper or capitalized case.
 */
public final class ProsePasswordDetector extends BuiltInDetector {
    private static final String[] WORDS = {"password", "passwd", "passphrase", "pwd", "storepass", "keypass",
        "srcstorepass", "deststorepass", "srckeypass", "destkeypass"};
    private static final int MIN = 8;
    private static final int MAX = 128;
    private static final double MIN_ENTROPY = 3.0;

    @Override
    protected String[] prefixes() {
        List<String> pairs = new ArrayList<>();
        for (String w : WORDS) {
            String p = w.substring(0, 2);
            for (String form : new String[] {p, p.toUpperCase(Locale.ROOT), Character.toUpperCase(p.charAt(0)) + p.substring(1)}) {
                if (!pairs.contains(form)) {
                    pairs.add(form);
                }
            }
        }
        return pairs.toArray(new String[0]);
    }

    @Override
    protected boolean[] thirdChars(String prefix) {
        StringBuilder chars = new StringBuilder();
        for (String w : WORDS) {
            if (w.regionMatches(true, 0, prefix, 0, 2)) {
                chars.append(w.charAt(2));
            }
        }
        return thirdChars(chars.toString(), true);
    }

    @Override
    protected long wordLengths(String prefix) {
        long bits = 0;
        for (String w : WORDS) {
            if (w.regionMatches(true, 0, prefix, 0, 2)) {
                bits |= 1L << w.length();
            }
        }
        return bits;
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        int n = s.length();
        int w = at;
        while (w < n && Chars.isLetter(s.charAt(w))) {
            w++;
        }
        if (w + 1 >= n || s.charAt(w) != ' ' || !isPasswordWord(s, at, w)) {
            return null;
        }
        int start = w + 1;
        char open = s.charAt(start);
        if (open == '\'' || open == '"') {
            return null; // a quoted value: QuotedAfterKeyDetector's and the SQL literals' (quotes doubled inside)
        }
        int end = start;
        while (end < n && end - start <= MAX && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        while (end > start && isClosing(s.charAt(end - 1))) {
            end--;
        }
        return looksRandom(s, start, end) ? emit(out, start, end, SensitiveType.SECRET) : null;
    }

    private static boolean isPasswordWord(CharSequence s, int start, int end) {
        for (String w : WORDS) {
            if (end - start == w.length() && Chars.regionMatchesIgnoreCase(s, start, w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isClosing(char c) {
        return c == '.' || c == ',' || c == ';' || c == ')' || c == ']' || c == '}' || c == '\'' || c == '"';
    }

    /** The test of the class comment: long, mixed and random enough, no structure after a key. */
    static boolean looksRandom(CharSequence s, int start, int end) {
        int len = end - start;
        if (len < MIN || len > MAX || HarmlessValues.isHarmless(s, start, end, false)) {
            return false;
        }
        int lower = 0;
        int upper = 0;
        int digit = 0;
        int other = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '=' || c == ':' || c == '/' || c < ' ') {
                return false;
            }
            if (Chars.isLower(c)) {
                lower = 1;
            } else if (Chars.isUpper(c)) {
                upper = 1;
            } else if (Chars.isDigit(c)) {
                digit = 1;
            } else {
                other = 1;
            }
        }
        double needed = Math.min(MIN_ENTROPY, Math.log(len) / Math.log(2) - 0.5); // 8 chars hold at most 3 bits per char
        return (lower | upper) != 0 && digit != 0 && lower + upper + digit + other >= 3 && Chars.entropy(s, start, end) >= needed;
    }
}
