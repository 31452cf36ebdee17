package dev.logredactor.core.internal.keys;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * A password as a SQL string literal after a keyword rather than a key: {@code PASSWORD 'x'} (PostgreSQL
 * {@code CREATE/ALTER ROLE ... [ENCRYPTED] PASSWORD 'x'}), {@code PASSWORD('x')} (MySQL's function),
 * {@code IDENTIFIED BY 'x'} and {@code IDENTIFIED WITH <plugin> BY 'x'} (MySQL, MariaDB). Statement logs
 * of databases and ORMs carry these; the literal's content goes, the quotes and keywords stay. A doubled
 * quote ({@code ''}) stays inside the literal; one that is never closed goes to the end of the line.
 * Oracle's bare or double-quoted {@code USER scott IDENTIFIED BY tiger} goes as well. Triggers: the opening {@code '}
 * after a space or {@code (}, and the word {@code BY}.
 */
public final class SqlPasswordDetector extends BuiltInDetector {
    /** The longest word looked at before {@code BY}: {@code identified}, or a plugin such as {@code caching_sha2_password}. */
    private static final int MAX_WORD = 24;
    /** The longest user name looked at before {@code IDENTIFIED}. */
    private static final int MAX_NAME = 128;

    @Override
    protected String[] prefixes() {
        return new String[] {"'", "BY", "By", "by"};
    }

    @Override
    protected boolean mayFollow(int prev) {
        return prev == ' ' || prev == '\t' || prev == '(';
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        if (at == 0) {
            return null;
        }
        if (s.charAt(at) != '\'') {
            return identifiedByWord(s, at, out);
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
        if (end == start || HarmlessValues.isHarmless(s, start, end, true)) {
            return null;
        }
        return emit(out, start, end, SensitiveType.SECRET);
    }

    /**
     * Oracle's {@code USER scott IDENTIFIED BY tiger} and {@code ... IDENTIFIED BY "Tiger#1"} (also after
     * {@code ROLE} and {@code TO}): the password is an identifier, bare or double-quoted, not a string
     * literal. A word followed by a literal is a keyword ({@code BY PASSWORD '*hash'}, {@code BY VALUES 'hash'}),
     * and so is MySQL's {@code BY RANDOM PASSWORD}.
     */
    private static Findings identifiedByWord(CharSequence s, int by, Findings out) {
        int n = s.length();
        if (by + 3 >= n || s.charAt(by + 2) != ' ' && s.charAt(by + 2) != '\t') {
            return null;
        }
        int identifiedEnd = spacesBefore(s, by);
        if (identifiedEnd == by || !isWordBefore(s, identifiedEnd, "identified") || !namesAUser(s, identifiedEnd - 10)) {
            return null;
        }
        int start = spacesAfter(s, by + 2);
        if (start >= n || s.charAt(start) == '\'') {
            return null; // a literal: its own trigger
        }
        int end;
        if (s.charAt(start) == '"') {
            start++;
            end = start;
            while (end < n && s.charAt(end) != '"' && s.charAt(end) != '\n' && s.charAt(end) != '\r') {
                end++;
            }
            if (end == n || s.charAt(end) != '"') {
                // Never closed: no harmless test, which would read to the line's end again from each such opening.
                return end == start ? null : emit(out, start, end, SensitiveType.SECRET);
            }
        } else {
            end = start;
            while (end < n && s.charAt(end) > ' ' && ";,)\"'".indexOf(s.charAt(end)) < 0) {
                end++;
            }
            int next = spacesAfter(s, end);
            if (next < n && s.charAt(next) == '\'' || end - start == 6 && Chars.regionMatchesIgnoreCase(s, start, "random")) {
                return null;
            }
        }
        if (end == start || HarmlessValues.isHarmless(s, start, end, true)) {
            return null;
        }
        return emit(out, start, end, SensitiveType.SECRET);
    }

    /**
     * Whether the {@code IDENTIFIED} at {@code identified} follows {@code USER}, {@code ROLE} or {@code TO}
     * and a name: a statement, not prose such as "client identified by its certificate".
     */
    private static boolean namesAUser(CharSequence s, int identified) {
        int nameEnd = spacesBefore(s, identified);
        if (nameEnd == identified) {
            return false;
        }
        int nameStart = nameEnd;
        while (nameStart > 0 && nameEnd - nameStart < MAX_NAME && s.charAt(nameStart - 1) > ' ') {
            nameStart--;
        }
        int keywordEnd = spacesBefore(s, nameStart);
        return keywordEnd < nameStart && nameStart < nameEnd && (isWordBefore(s, keywordEnd, "user")
                || isWordBefore(s, keywordEnd, "role") || isWordBefore(s, keywordEnd, "to"));
    }

    /** Index of the first char at or after {@code i} that is no space or tab. */
    private static int spacesAfter(CharSequence s, int i) {
        int n = s.length();
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Index of the first of the spaces or tabs that end just before {@code i}. */
    private static int spacesBefore(CharSequence s, int i) {
        int j = i;
        while (j > 0 && (s.charAt(j - 1) == ' ' || s.charAt(j - 1) == '\t')) {
            j--;
        }
        return j;
    }

    private static boolean isWordBefore(CharSequence s, int end, String word) {
        return Chars.isWordBefore(s, end, 0, word);
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
