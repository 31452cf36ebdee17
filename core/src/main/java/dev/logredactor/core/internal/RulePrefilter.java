package dev.logredactor.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells, in one pass over a text, which user rules (and detectors) can match in it, so that re2j runs
 * only for those: a rule whose pattern starts with a literal that every match must hold
 * ({@code ZQ001-} of {@code ZQ001-[0-9]{6}}, {@code EMP-} of {@code \bEMP-[0-9]{7}\b}) can match only where
 * that literal is. A rule without such a literal is always run. The literals are found by
 * {@link #requiredPrefix}, which gives up (no literal) on anything it does not read for sure: an
 * alternation, flags such as {@code (?i)}, a class or group before the first literal char.
 *
 * <p>Cost: when the literals start with a few distinct chars (as ids of one team do), one vectorised
 * {@link String#indexOf(int)} search per such char; otherwise one table look-up per char. The literals
 * are compared only where their first two chars are; nothing is allocated for a text in which none occurs.
 * Immutable and thread-safe.
 */
final class RulePrefilter {
    /** The shortest literal worth looking for: one char occurs in most lines anyway. */
    static final int MIN_LITERAL = 2;
    /** Up to this many distinct first chars, the text is searched once per char rather than char by char. */
    private static final int INDEX_OF_CHARS = 6;

    private final String[] literals;
    /**
     * Per pair of ASCII chars, the rules whose literal starts with it ({@code byPair[c0][c1]}); {@code null}
     * where none starts with {@code c0}, or with the pair.
     */
    private final int[][][] byPair = new int[128][][];
    /** The rules that always run: no literal. */
    private final long[] always;
    private final boolean any;
    /** The distinct first chars of the literals. */
    private final char[] firstChars;

    /** @param patterns the rules' re2j patterns, in rule order */
    RulePrefilter(List<String> patterns) {
        int n = patterns.size();
        literals = new String[n];
        always = new long[(n + 63) / 64];
        List<List<Integer>> starts = new ArrayList<>(); // per pair c0 * 128 + c1
        for (int c = 0; c < 128 * 128; c++) {
            starts.add(null);
        }
        boolean someLiteral = false;
        for (int r = 0; r < n; r++) {
            String lit = requiredPrefix(patterns.get(r));
            if (lit == null || lit.length() < MIN_LITERAL || lit.charAt(0) >= 128 || lit.charAt(1) >= 128) {
                always[r >>> 6] |= 1L << r;
            } else {
                literals[r] = lit;
                int pair = lit.charAt(0) * 128 + lit.charAt(1);
                if (starts.get(pair) == null) {
                    starts.set(pair, new ArrayList<>());
                }
                starts.get(pair).add(r);
                someLiteral = true;
            }
        }
        StringBuilder first = new StringBuilder();
        for (int pair = 0; pair < 128 * 128; pair++) {
            List<Integer> rules = starts.get(pair);
            if (rules != null) {
                int c0 = pair / 128;
                if (byPair[c0] == null) {
                    byPair[c0] = new int[128][];
                    first.append((char) c0);
                }
                byPair[c0][pair % 128] = rules.stream().mapToInt(Integer::intValue).toArray();
            }
        }
        firstChars = first.toString().toCharArray();
        any = someLiteral;
    }

    /**
     * The rules that can match in {@code s}, as a bit set ({@code null}: only the ones that always run).
     * Allocates only when a literal occurs.
     */
    long[] candidates(CharSequence s) {
        if (!any) {
            return null;
        }
        if (s instanceof String && firstChars.length <= INDEX_OF_CHARS) {
            return candidatesByIndexOf((String) s);
        }
        long[] hits = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int[][] second = c < 128 ? byPair[c] : null;
            if (second != null) {
                hits = matchAt(s, i, second, hits);
            }
        }
        return hits;
    }

    /** Few first chars: {@link String#indexOf(int, int)} per char, a vectorised search in the JDK. */
    private long[] candidatesByIndexOf(String s) {
        long[] hits = null;
        for (char c : firstChars) {
            int[][] second = byPair[c];
            for (int i = s.indexOf(c); i >= 0; i = s.indexOf(c, i + 1)) {
                hits = matchAt(s, i, second, hits);
            }
        }
        return hits;
    }

    /** Adds to {@code hits} the rules whose literal starts at {@code at}, where its first char is. */
    private long[] matchAt(CharSequence s, int at, int[][] bySecondChar, long[] hits) {
        char c1 = at + 1 < s.length() ? s.charAt(at + 1) : 0xFFFF;
        int[] rules = c1 < 128 ? bySecondChar[c1] : null;
        if (rules == null) {
            return hits;
        }
        for (int r : rules) {
            if ((hits == null || (hits[r >>> 6] & 1L << r) == 0) && regionMatches(s, at, literals[r])) {
                if (hits == null) {
                    hits = new long[always.length];
                }
                hits[r >>> 6] |= 1L << r;
            }
        }
        return hits;
    }

    /**
     * The first rule from {@code from} on that is to run, given what {@link #candidates} found, or -1: rules
     * run in their order, skipping those whose literal is not in the text.
     */
    int nextRule(long[] candidates, int from) {
        for (int w = from >>> 6; w < always.length; w++) {
            long bits = always[w] | (candidates == null ? 0 : candidates[w]);
            if (w == from >>> 6) {
                bits &= -1L << from; // the rules before from in this word are done
            }
            if (bits != 0) {
                return (w << 6) + Long.numberOfTrailingZeros(bits);
            }
        }
        return -1;
    }

    private static boolean regionMatches(CharSequence s, int at, String literal) {
        if (at + literal.length() > s.length()) {
            return false;
        }
        for (int k = 2; k < literal.length(); k++) { // the first two are known to match
            if (s.charAt(at + k) != literal.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The literal that every match of the re2j {@code pattern} starts with, or {@code null} when it is not
     * sure there is one. Leading {@code ^} and {@code \b} are skipped (they match no char); escaped
     * punctuation counts as the char; the literal ends at the first other metachar, and loses its last
     * char when a {@code ?}, {@code *} or {@code {} makes that char optional or repeated.
     */
    static String requiredPrefix(String pattern) {
        if (pattern == null || pattern.contains("|") || pattern.contains("(?") || pattern.contains("\\Q")) {
            return null; // an alternation, flags (case-insensitive matching), quoting: not read here
        }
        int i = 0;
        int n = pattern.length();
        while (i < n && (pattern.charAt(i) == '^' || pattern.startsWith("\\b", i))) {
            i += pattern.charAt(i) == '^' ? 1 : 2;
        }
        StringBuilder lit = new StringBuilder();
        while (i < n) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < n && isEscapedLiteral(pattern.charAt(i + 1))) {
                lit.append(pattern.charAt(i + 1));
                i += 2;
            } else if (c >= 0x80) {
                break; // not read here: a quantifier after it would apply to a whole code point
            } else if (".[](){}?*+^$\\".indexOf(c) < 0) {
                lit.append(c);
                i++;
            } else {
                break;
            }
        }
        if (i < n && lit.length() > 0 && "?*{".indexOf(pattern.charAt(i)) >= 0) {
            lit.setLength(lit.length() - 1); // the last char may be absent or repeated
        }
        return lit.length() == 0 ? null : lit.toString();
    }

    /** An escaped char that stands for itself: punctuation, not a class ({@code \d}) or an assertion. */
    private static boolean isEscapedLiteral(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && c != ' ';
    }
}
