package dev.logredactor.core.internal.detect;

import dev.logredactor.core.internal.catalog.TokenCatalog;
import dev.logredactor.core.internal.catalog.TokenFormat;
import dev.logredactor.core.internal.catalog.Types;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Vendor API tokens recognised by their published prefix, alphabet, length and check: the rows of
 * {@link TokenCatalog}. The scanner calls it where a word starts with the first two chars of a prefix
 * and is long enough for one of that pair's formats; the formats of a pair are tried longest prefix first
 * ({@code sk-ant-} before {@code sk-}), the first that matches wins.
 */
final class VendorTokenDetector extends BuiltInDetector {
    /** No lambda: this runs while the redactor is built, often before any lambda has been linked in the JVM. */
    private static final Comparator<TokenFormat> LONGEST_PREFIX_FIRST = new Comparator<>() {
        @Override
        public int compare(TokenFormat a, TokenFormat b) {
            return Integer.compare(b.prefix().length(), a.prefix().length());
        }
    };

    /** The fewest chars of a prefix whose token is also found glued by {@code _} to a word before it. */
    static final int GLUED_PREFIX = 4;

    /** [first char * 128 + second char]: the formats whose prefix starts with that pair, or null. */
    private final TokenFormat[][] byPair = new TokenFormat[128 * 128][];
    /** Likewise: each format's type id. */
    private final int[][] typesByPair = new int[128 * 128][];
    /** Likewise, the formats of {@link #GLUED_PREFIX} or more chars, which are also found glued by {@code _}. */
    private final TokenFormat[][] gluedByPair = new TokenFormat[128 * 128][];
    private final int[][] gluedTypesByPair = new int[128 * 128][];
    /** The pairs, and the lengths of the word a token of one of the pair's formats starts with ({@link #wordLengths}). */
    private final Map<String, Long> pairs = new TreeMap<>();
    private boolean anyGlued;
    /**
     * The literals of the anchored formats (a literal anywhere, {@link TokenFormat#before}). One with a char
     * that is no word char ({@code -us}, {@code :AA}, {@code Q~}) is found by the scan, at that char
     * ({@link #triggerAt}); one without ({@code NRAL}) after the scan, by a search for its rarest char.
     */
    private final String[] literals;
    /** Per literal: the index of its first char that is no word char, where the scan calls this detector; -1 for none. */
    private final int[] triggerAt;
    /** The scan's triggers of the literals: their chars from {@link #triggerAt}, one or two. */
    private final Set<String> literalTriggers = new TreeSet<>();
    /**
     * Per literal found after the scan, the char searched for ({@link #rareChar}) and its index in the literal:
     * each search is a pass over the line (about a sixth of a clean line's time for five), so a literal the
     * scan can find is not searched.
     */
    private final char[] keys;
    private final int[] keyAt;
    private final boolean anySearched;
    /** Per literal: its anchored formats and their type ids. */
    private final TokenFormat[][] anchored;
    private final int[][] anchoredTypes;
    /** The pairs, and the third chars their prefixes have ([128] for none); absent when one has two chars only. */
    private final Map<String, boolean[]> thirds = new TreeMap<>();

    /** A detector for the formats whose type id is on in {@code on}. */
    VendorTokenDetector(boolean[] on) {
        Set<String> anyThird = new HashSet<>();
        Map<Integer, List<TokenFormat>> lists = new TreeMap<>();
        List<TokenFormat> anchoredList = new ArrayList<>();
        for (TokenFormat f : TokenCatalog.formats()) {
            if (!on[Types.id(f.type())]) {
                continue;
            }
            if (f.before() != null) {
                anchoredList.add(f);
                continue;
            }
            String p = f.prefix();
            int at = p.charAt(0) * 128 + p.charAt(1);
            List<TokenFormat> list = lists.get(at);
            if (list == null) {
                list = new ArrayList<>();
                lists.put(at, list);
            }
            list.add(f);
            if (p.length() == 2) {
                anyThird.add(p);
                thirds.remove(p);
            } else if (!anyThird.contains(p.substring(0, 2))) {
                boolean[] t = thirds.get(p.substring(0, 2));
                if (t == null) {
                    t = new boolean[129];
                    thirds.put(p.substring(0, 2), t);
                }
                t[Math.min(p.charAt(2), 128)] = true;
            }
            Long before = pairs.get(p.substring(0, 2));
            long lengths = f.body().wordLengths(p);
            pairs.put(p.substring(0, 2), before == null ? lengths : before | lengths);
        }
        Map<String, List<TokenFormat>> byLiteral = new LinkedHashMap<>();
        for (TokenFormat f : anchoredList) {
            byLiteral.computeIfAbsent(f.prefix(), x -> new ArrayList<>()).add(f);
        }
        literals = byLiteral.keySet().toArray(new String[0]);
        anchored = new TokenFormat[literals.length][];
        anchoredTypes = new int[literals.length][];
        keys = new char[literals.length];
        keyAt = new int[literals.length];
        triggerAt = new int[literals.length];
        boolean searched = false;
        for (int k = 0; k < literals.length; k++) {
            String lit = literals[k];
            int t = 0;
            while (t < lit.length() && Chars.isWord(lit.charAt(t))) {
                t++;
            }
            triggerAt[k] = t < lit.length() ? t : -1;
            if (triggerAt[k] >= 0) {
                literalTriggers.add(lit.substring(t, Math.min(t + 2, lit.length())));
            } else {
                searched = true;
                keyAt[k] = rareChar(lit);
                keys[k] = lit.charAt(keyAt[k]);
            }
            anchored[k] = byLiteral.get(literals[k]).toArray(new TokenFormat[0]);
            anchoredTypes[k] = new int[anchored[k].length];
            for (int j = 0; j < anchored[k].length; j++) {
                anchoredTypes[k][j] = Types.id(anchored[k][j].type());
            }
        }
        anySearched = searched;
        for (Map.Entry<Integer, List<TokenFormat>> e : lists.entrySet()) {
            List<TokenFormat> list = e.getValue();
            list.sort(LONGEST_PREFIX_FIRST);
            byPair[e.getKey()] = list.toArray(new TokenFormat[0]);
            int[] ids = new int[list.size()];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = Types.id(list.get(k).type());
            }
            typesByPair[e.getKey()] = ids;
            List<TokenFormat> glued = new ArrayList<>();
            List<Integer> gluedIds = new ArrayList<>();
            for (int k = 0; k < ids.length; k++) {
                if (list.get(k).prefix().length() >= GLUED_PREFIX) {
                    glued.add(list.get(k));
                    gluedIds.add(ids[k]);
                }
            }
            if (!glued.isEmpty()) {
                gluedByPair[e.getKey()] = glued.toArray(new TokenFormat[0]);
                int[] g = new int[gluedIds.size()];
                for (int k = 0; k < g.length; k++) {
                    g[k] = gluedIds.get(k);
                }
                gluedTypesByPair[e.getKey()] = g;
                anyGlued = true;
            }
        }
    }

    /** Whether some enabled format is found after the scan ({@link #afterScan}). */
    boolean anyAfterScan() {
        return anyGlued || anySearched;
    }

    /**
     * Adds to {@code out} the tokens the scan does not reach: those glued by {@code _} to the word before them
     * ({@code x_AKIA...}, {@code Thunderbird_github_pat_...}; only of formats whose prefix has
     * {@link #GLUED_PREFIX} or more chars, distinctive enough inside an identifier), and those of anchored
     * formats that the scan does not find at a char of their literal ({@code NRAL}). Such a token replaces the
     * findings of the scan that lie wholly inside it ({@code xoxp-...} inside {@code x_xoxe.xoxp-...}) and gives way to one that
     * overlaps it only in part. One search for {@code _} and one for a rare char of each anchored literal
     * ({@link Chars#indexOf}, the JDK's on a {@code String}), and one merge, so linear; no allocation unless a
     * token is found.
     */
    Findings afterScan(CharSequence s, Findings out) {
        int n = s.length();
        int[] found = null; // start, end, type of each token, in text order per search
        int count = 0;
        int i = anyGlued ? Chars.indexOf(s, '_', 0) : -1;
        while (i >= 0 && i + 1 + GLUED_PREFIX <= n) {
            char c = s.charAt(i + 1);
            char d = s.charAt(i + 2);
            TokenFormat[] formats = c < 128 && d < 128 ? gluedByPair[c * 128 + d] : null;
            int next = i + 1;
            if (formats != null) {
                for (int k = 0; k < formats.length; k++) {
                    int e = formats[k].end(s, i + 1);
                    if (e >= 0) {
                        found = add(found, count++, i + 1, e, gluedTypesByPair[c * 128 + d][k]);
                        next = e;
                        break;
                    }
                }
            }
            i = Chars.indexOf(s, '_', next);
        }
        int glued = count;
        for (int k = 0; k < literals.length; k++) {
            if (triggerAt[k] >= 0) {
                continue; // the scan found it
            }
            int off = keyAt[k];
            int hit = Chars.indexOf(s, keys[k], off);
            while (hit >= 0) {
                int at = hit - off;
                int e = -1;
                if (Chars.regionMatches(s, at, literals[k])) {
                    for (int j = 0; j < anchored[k].length && e < 0; j++) {
                        int start = anchored[k][j].startBefore(s, at);
                        e = start < 0 ? -1 : anchored[k][j].end(s, start);
                        if (e >= 0) {
                            found = add(found, count++, start, e, anchoredTypes[k][j]);
                        }
                    }
                }
                hit = Chars.indexOf(s, keys[k], e >= 0 ? e + off : hit + 1);
            }
        }
        if (count == 0) {
            return out;
        }
        if (count > glued) {
            count = sortApart(found, count);
        }
        return merge(out, found, count);
    }

    /**
     * The index of the char of {@code literal} that is likely rarest in logs, to search for: a char that is
     * neither a letter, a digit nor common punctuation ({@code ~}); an upper-case letter that no level name
     * has; any upper-case letter; a lower-case letter outside the most frequent ones; then the rest.
     */
    static int rareChar(String literal) {
        int best = 0;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < literal.length(); i++) {
            char c = literal.charAt(i);
            int rank;
            if (!Chars.isAlnum(c) && " .-:/_=,;\"'[](){}".indexOf(c) < 0) {
                rank = 0;
            } else if (Chars.isUpper(c)) {
                rank = "ABCDEGINORTUW".indexOf(c) < 0 ? 1 : 2; // INFO, WARN, ERROR, DEBUG, TRACE
            } else if (Chars.isLower(c)) {
                rank = "etaoinsrhldcu".indexOf(c) < 0 ? 3 : 5;
            } else {
                rank = Chars.isDigit(c) ? 4 : 6;
            }
            if (rank < bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }

    private static int[] add(int[] found, int count, int start, int end, int type) {
        int[] f = found == null ? new int[12] : count * 3 == found.length ? Arrays.copyOf(found, found.length * 2) : found;
        f[count * 3] = start;
        f[count * 3 + 1] = end;
        f[count * 3 + 2] = type;
        return f;
    }

    /**
     * Sorts the tokens of several searches by start (few: an insertion sort) and drops one that overlaps the
     * one before it; returns how many are left.
     */
    private static int sortApart(int[] found, int count) {
        for (int a = 1; a < count; a++) {
            int s0 = found[a * 3];
            int e0 = found[a * 3 + 1];
            int t0 = found[a * 3 + 2];
            int b = a - 1;
            while (b >= 0 && found[b * 3] > s0) {
                System.arraycopy(found, b * 3, found, (b + 1) * 3, 3);
                b--;
            }
            found[(b + 1) * 3] = s0;
            found[(b + 1) * 3 + 1] = e0;
            found[(b + 1) * 3 + 2] = t0;
        }
        int kept = 0;
        for (int a = 0; a < count; a++) {
            if (kept == 0 || found[a * 3] >= found[(kept - 1) * 3 + 1]) {
                System.arraycopy(found, a * 3, found, kept * 3, 3);
                kept++;
            }
        }
        return kept;
    }

    /** The findings of {@code out} and the tokens {@code found}, both in text order, merged in one pass. */
    private static Findings merge(Findings out, int[] found, int count) {
        Findings merged = new Findings();
        int size = out == null ? 0 : out.size();
        int i = 0;
        for (int g = 0; g < count; g++) {
            int gs = found[g * 3];
            int ge = found[g * 3 + 1];
            while (i < size && out.end(i) <= gs) {
                merged.add(out.start(i), out.end(i), out.type(i));
                i++;
            }
            int j = i;
            boolean inside = true;
            while (j < size && out.start(j) < ge) {
                inside &= out.start(j) >= gs && out.end(j) <= ge;
                j++;
            }
            if (inside) {
                merged.add(gs, ge, found[g * 3 + 2]);
                i = j;
            }
        }
        for (; i < size; i++) {
            merged.add(out.start(i), out.end(i), out.type(i));
        }
        return merged;
    }

    /** Whether the catalog has a format of the type {@code id}. */
    static boolean covers(int id) {
        for (TokenFormat f : TokenCatalog.formats()) {
            if (Types.id(f.type()) == id) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected String[] prefixes() {
        Set<String> all = new TreeSet<>(pairs.keySet());
        all.addAll(literalTriggers);
        return all.toArray(new String[0]);
    }

    /** A literal's trigger follows the part of its token before it, or the literal's own word chars ({@code Q} of {@code Q~}). */
    @Override
    protected boolean mayFollow(int prev) {
        return prev < 128 && Chars.isWord((char) prev);
    }

    /** The third chars of the pair's prefixes, or any when one of them has two chars only. */
    @Override
    protected boolean[] thirdChars(String prefix) {
        return thirds.get(prefix);
    }

    @Override
    protected long wordLengths(String prefix) {
        Long lengths = pairs.get(prefix);
        return lengths == null ? -1L : lengths;
    }

    /**
     * The token of an anchored format whose literal's first char that is no word char stands at {@code at}, or
     * {@code null}. Where a finding of the scan already covers the start of the token ({@code Bearer 123456789}
     * of {@code Bearer 123456789:AA...}), the token's finding starts where that one ends, so that its rest
     * goes too.
     */
    private Findings atLiteral(CharSequence s, int at, int from, Findings out) {
        for (int k = 0; k < literals.length; k++) {
            int t = triggerAt[k];
            if (t < 0 || at - t < from || !Chars.regionMatches(s, at - t, literals[k])) {
                continue;
            }
            for (int j = 0; j < anchored[k].length; j++) {
                int start = anchored[k][j].startBefore(s, at - t);
                int e = start < 0 ? -1 : anchored[k][j].end(s, start);
                if (e >= 0) {
                    return emit(out, Math.max(start, from), e, anchoredTypes[k][j]);
                }
            }
        }
        return null;
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        if (at + 1 >= s.length()) {
            return null;
        }
        char c = s.charAt(at);
        if (!Chars.isWord(c)) {
            return atLiteral(s, at, from, out);
        }
        char d = s.charAt(at + 1);
        if (c >= 128 || d >= 128) {
            return null;
        }
        TokenFormat[] formats = byPair[c * 128 + d];
        if (formats == null) {
            return null;
        }
        for (int k = 0; k < formats.length; k++) {
            int e = formats[k].end(s, at);
            if (e >= 0) {
                return emit(out, at, e, typesByPair[c * 128 + d][k]);
            }
        }
        return null;
    }
}
