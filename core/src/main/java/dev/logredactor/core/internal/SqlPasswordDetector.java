package dev.logredactor.core.internal;

import dev.logredactor.core.SensitiveType;

/**
 * A password as a SQL string literal after a keyword rather than a key: {@code PASSWORD 'x'} (PostgreSQL
 * {@code CREATE/ALTER ROLE ... [ENCRYPTED] PASSWORD 'x'}), {@code PASSWORD('x')} (MySQL's function),
 * {@code IDENTIFIED BY 'x'} and {@code IDENTIFIED WITH <plugin> BY 'x'} (MySQL, MariaDB). Statement logs
 * of databases and ORMs carry these; the literal's content goes, the quotes and keywords stay. A doubled
 * quote ({@code ''}) stays inside the literal; one that is never closed goes to the end of the line.
 * Trigger: the opening {@code '} after a space or {@code (}.
 */
final class SqlPasswordDetector extends Detector {
    /** The longest word looked at before {@code BY}: {@code identified}, or a plugin such as {@code caching_sha2_password}. */
    private static final int MAX_WORD = 24;

    @Override
    String[] prefixes() {
        return new String[] {"'"};
    }

    @Override
    boolean mayFollow(int prev) {
        return prev == ' ' || prev == '\t' || prev == '(';
    }

    @Override
    Findings detect(CharSequence s, int at, int from, Findings out) {
        if (at == 0) {
            return null;
        }
        int keywordEnd;
        if (s.charAt(at - 1) == '(') {
            keywordEnd = at - 1;
            if (!isWordBefore(s, keywordEnd, "password")) {
                return null;
            }
        } else {
            keywordEnd = spacesBefore(s, at);
            if (keywordEnd == at || !isWordBefore(s, keywordEnd, "password")
                    && !(isWordBefore(s, keywordEnd, "by") && byIdentifies(s, keywordEnd - 2))) {
                return null;
            }
        }
        int start = at + 1;
        int end = literalEnd(s, start);
        if (end == start || KeyedValue.isHarmless(s, start, end, true)) {
            return null;
        }
        return emit(out, start, end, SensitiveType.SECRET);
    }

    /** Index of the first of the spaces or tabs that end just before {@code i}. */
    private static int spacesBefore(CharSequence s, int i) {
        int j = i;
        while (j > 0 && (s.charAt(j - 1) == ' ' || s.charAt(j - 1) == '\t')) {
            j--;
        }
        return j;
    }

    /** Whether the word that ends at {@code end} is {@code word} (ASCII lower case), in any case. */
    private static boolean isWordBefore(CharSequence s, int end, String word) {
        int start = end - word.length();
        return start >= 0 && (start == 0 || !Chars.gluesToWord(s.charAt(start - 1))) && Chars.regionMatchesIgnoreCase(s, start, word);
    }

    /** Whether the {@code BY} that starts at {@code by} follows {@code IDENTIFIED} or an auth plugin ({@code ..._password}). */
    private static boolean byIdentifies(CharSequence s, int by) {
        int end = spacesBefore(s, by);
        if (end == by) {
            return false;
        }
        int start = end;
        while (start > 0 && end - start < MAX_WORD && Chars.isWord(s.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && Chars.gluesToWord(s.charAt(start - 1))) {
            return false;
        }
        return end - start == 10 && Chars.regionMatchesIgnoreCase(s, start, "identified")
                || end - start >= 8 && Chars.regionMatchesIgnoreCase(s, end - 8, "password");
    }

    /** Where the literal that starts at {@code i} ends: its closing quote, or the end of the line when it has none. */
    private static int literalEnd(CharSequence s, int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\'') {
                if (i + 1 < n && s.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i;
            }
            if (c == '\n' || c == '\r') {
                return i;
            }
            i++;
        }
        return n;
    }
}
