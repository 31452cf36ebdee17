package dev.logredactor.core.internal.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass over the text that calls each detector only at its triggers.
 *
 * <p>Design: a table maps an ASCII char and the char after it to the detectors that the pair can
 * trigger (a trigger is one or two chars: {@code e} then {@code y} for {@code eyJ}, {@code :} then
 * {@code /} for {@code ://}), each with the word shapes it can match when the trigger starts a word (a
 * short digit run before {@code .}, a hex group before {@code :}, ...); a pair that no such shape can
 * start with ({@code co}, {@code Or}) triggers none of the detectors that want shapes. The loop tests
 * each char once (is it a trigger that is no word char, or a trigger char that starts a word?) with no
 * other branch, so the inside of words and the words that start with no trigger, the bulk of any log
 * line, cost one class lookup per char; a word is measured only where it starts with a trigger that the
 * char after it completes, and its shape computed only when a detector of that trigger needs it. That loop
 * ({@link #nextTrigger}) is a method of its own that calls no detector (measured on an earlier form of
 * the loop, the JIT compiled it about 10% faster than when it shared a method with the detector calls).
 * Detectors are called only where they can match, which keeps the megamorphic calls rare. A detector
 * that finds something reports where its finding ends and the scan resumes there, so findings never
 * overlap and no char is matched twice.
 *
 * <p>Immutable and thread-safe.
 */
public final class Scanner implements Scan {
    /** Second-char index for no second char, or one at or above 128. */
    private static final int OTHER = 128;
    /** The longest word length {@link #nextTrigger} packs (26 bits). */
    private static final int MAX_PACKED_WORD = (1 << 26) - 1;
    /** The word shapes of numbers, whose chars are all digits. */
    private static final int NUMBER_SHAPES = BuiltInDetector.NUM_DOT | BuiltInDetector.NUM_3_SEP | BuiltInDetector.NUM_3_SPACE
            | BuiltInDetector.NUM_1_SEP | BuiltInDetector.NUM_4_GROUP | BuiltInDetector.NUM_TRUNK | BuiltInDetector.NUM_LONG;

    /** [first char][second char or OTHER]: the detectors to try, in priority order, or null. */
    private final BuiltInDetector[][][] detectors = new BuiltInDetector[128][][];
    /** Likewise: the word shapes each of those detectors wants ({@link BuiltInDetector#ANY_WORD} for all). */
    private final int[][][] shapes = new int[128][][];
    /**
     * Likewise, for a trigger that is no word char: per detector, the chars it may follow (index 128 for
     * the start of the text or a char outside ASCII), or {@code null} when it may follow any.
     */
    private final boolean[][][][] follows = new boolean[128][][][];
    /** Per ASCII char: bit 0 when it is a word char, bit 1 when it may trigger a detector. */
    private final byte[] kinds = new byte[128];
    /** [first char * 129 + second char or OTHER]: whether the pair triggers some detector. */
    private final boolean[] cells = new boolean[128 * (OTHER + 1)];
    /** Likewise, for a word cell: the word shapes any of its detectors wants (with {@link BuiltInDetector#ANY_WORD} for all). */
    private final int[] cellShapes = new int[128 * (OTHER + 1)];
    /**
     * Likewise, for a cell of a trigger that is no word char: the chars any of its detectors may follow (as
     * {@link #follows}), or {@code null} when one of them may follow any.
     */
    private final boolean[][] cellFollows = new boolean[128 * (OTHER + 1)][];
    /**
     * Likewise, for a word cell: the lengths the word may have for one of its detectors
     * ({@link BuiltInDetector#wordLengths}).
     */
    private final long[] cellLengths = new long[128 * (OTHER + 1)];
    /**
     * Likewise: the third chars ({@link #OTHER} for none or one outside ASCII) one of the cell's detectors
     * allows ({@link BuiltInDetector#thirdChars}), or {@code null} for any.
     */
    private final boolean[][] cellThirds = new boolean[128 * (OTHER + 1)][];

    /** @param list in priority order: at a trigger, the first that finds something wins */
    public Scanner(List<BuiltInDetector> list) {
        // Which detectors each cell triggers, as bits over the list: O(prefixes x 129) at build.
        int words = (list.size() + 63) / 64;
        long[][][] bits = new long[128][OTHER + 1][];
        boolean[] anyThird = new boolean[128 * (OTHER + 1)]; // per cell: some detector allows any third char
        boolean[] ownThird = new boolean[128 * (OTHER + 1)]; // per cell: cellThirds[at] is a copy of its own
        for (int j = 0; j < list.size(); j++) {
            int wants = list.get(j).wordShapes();
            for (String p : list.get(j).prefixes()) {
                if (p.isEmpty() || p.length() > 2 || p.charAt(0) >= 128) {
                    continue;
                }
                boolean[] third = list.get(j).thirdChars(p);
                char first = p.charAt(0);
                int second = p.length() == 2 ? Math.min(p.charAt(1), OTHER) : 0;
                int last = p.length() == 2 ? second : OTHER;
                for (; second <= last; second++) {
                    if (canStart(wants, first, second)) {
                        mark(bits, first, second, j, words);
                        cellLengths[first * (OTHER + 1) + second] |= list.get(j).wordLengths(p);
                        addThirds(first * (OTHER + 1) + second, third, anyThird, ownThird);
                    }
                }
            }
        }
        // Many cells trigger the same detectors (every digit after a digit, ...): each set is built once.
        Map<BuiltInDetector, boolean[]> followsOf = new IdentityHashMap<>();
        List<Map<BitSet, Cell>> built = List.of(new HashMap<>(), new HashMap<>()); // by trigger: no word char, word char
        for (char first = 0; first < 128; first++) {
            for (int second = 0; second <= OTHER; second++) {
                long[] set = bits[first][second];
                if (set == null) {
                    continue;
                }
                boolean word = Chars.isWord(first);
                Map<BitSet, Cell> same = built.get(word ? 1 : 0);
                BitSet key = BitSet.valueOf(set);
                Cell cell = same.get(key);
                if (cell == null) {
                    cell = new Cell(list, set, word, followsOf);
                    same.put(key, cell);
                }
                if (detectors[first] == null) {
                    detectors[first] = new BuiltInDetector[OTHER + 1][];
                    shapes[first] = new int[OTHER + 1][];
                    follows[first] = new boolean[OTHER + 1][][];
                }
                detectors[first][second] = cell.detectors;
                shapes[first][second] = cell.wants;
                follows[first][second] = cell.after;
                int at = first * (OTHER + 1) + second;
                cells[at] = true;
                cellShapes[at] = cell.anyWants;
                if (anyThird[at]) {
                    cellThirds[at] = null;
                }
                cellFollows[at] = cell.anyAfter;
            }
            kinds[first] = (byte) ((Chars.isWord(first) ? 1 : 0) | (detectors[first] != null ? 2 : 0));
        }
        kinds['%'] |= 2; // whatever its cells: nextTrigger steps past a URL-encoded separator, after which a word may start
    }

    /**
     * The detectors of one cell (the bits {@code set} over the list), the word shapes each wants when the
     * trigger is a word char, or the chars each may follow when it is not, and the unions of both.
     */
    private static final class Cell {
        final BuiltInDetector[] detectors;
        final int[] wants;
        final boolean[][] after;
        /** The union of {@link #wants}. */
        final int anyWants;
        /** The union of {@link #after}: null when one detector may follow any char. */
        final boolean[] anyAfter;

        Cell(List<BuiltInDetector> list, long[] set, boolean word, Map<BuiltInDetector, boolean[]> followsOf) {
            List<BuiltInDetector> ds = new ArrayList<>();
            for (int j = 0; j < list.size(); j++) {
                if ((set[j >>> 6] & (1L << j)) != 0) {
                    ds.add(list.get(j));
                }
            }
            detectors = ds.toArray(new BuiltInDetector[0]);
            wants = new int[ds.size()];
            Arrays.fill(wants, BuiltInDetector.ANY_WORD);
            after = new boolean[ds.size()][];
            int union = 0;
            boolean[] followed = new boolean[OTHER + 1];
            boolean followsAny = false;
            for (int k = 0; k < wants.length; k++) {
                BuiltInDetector d = ds.get(k);
                if (word) {
                    wants[k] = d.wordShapes();
                } else {
                    if (!followsOf.containsKey(d)) {
                        followsOf.put(d, follows(d));
                    }
                    after[k] = followsOf.get(d);
                }
                union |= wants[k];
                if (after[k] == null) {
                    followsAny = true;
                } else {
                    for (int prev = 0; prev <= OTHER; prev++) {
                        followed[prev] |= after[k][prev];
                    }
                }
            }
            anyWants = union;
            anyAfter = followsAny ? null : followed;
        }
    }

    /**
     * Adds the third chars {@code third} ({@code null} for any) that a detector allows to the cell {@code at}:
     * the cell keeps the detector's array while it is the only one, and ORs a copy of its own after.
     */
    private void addThirds(int at, boolean[] third, boolean[] anyThird, boolean[] ownThird) {
        if (anyThird[at]) {
            return;
        }
        if (third == null) {
            anyThird[at] = true;
            return;
        }
        boolean[] cell = cellThirds[at];
        if (cell == null) {
            cellThirds[at] = third;
            return;
        }
        if (!ownThird[at]) {
            cell = cell.clone();
            cellThirds[at] = cell;
            ownThird[at] = true;
        }
        for (int t = 0; t <= OTHER; t++) {
            cell[t] |= third[t];
        }
    }

    /** Where the word that starts at {@code i} ends. */
    private static int wordEnd(CharSequence s, int i, int n) {
        while (i < n && Chars.isWord(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Whether a word of one of the shapes {@code wants} can start with {@code first} and then
     * {@code second} ({@link #OTHER} for none or one outside ASCII): a number is all digits, an IPv6 group
     * all hex digits, an IBAN starts with two letters of one case. So {@code co} in {@code connection} is no
     * trigger of the IPv6 groups that {@code c} starts, and {@code Or} in {@code Order} none of the IBANs.
     * A word of one char, and a trigger that is no word char, can start anything.
     */
    private static boolean canStart(int wants, char first, int second) {
        if ((wants & BuiltInDetector.ANY_WORD) != 0 || !Chars.isWord(first) || second == OTHER || !Chars.isWord((char) second)) {
            return true;
        }
        char c = (char) second;
        return (wants & NUMBER_SHAPES) != 0 && Chars.isDigit(first) && Chars.isDigit(c)
                || (wants & BuiltInDetector.HEX_GROUP) != 0 && Chars.isHex(first) && Chars.isHex(c)
                || (wants & BuiltInDetector.IBAN_HEAD) != 0 && sameCaseLetters(first, c);
    }

    /** The chars {@code d} may follow, or {@code null} when it may follow any. */
    private static boolean[] follows(BuiltInDetector d) {
        boolean[] after = new boolean[OTHER + 1];
        boolean all = true;
        for (int prev = 0; prev <= OTHER; prev++) {
            after[prev] = d.mayFollow(prev);
            all &= after[prev];
        }
        return all ? null : after;
    }

    private static void mark(long[][][] bits, char first, int second, int detector, int words) {
        long[] set = bits[first][second];
        if (set == null) {
            set = new long[words];
            bits[first][second] = set;
        }
        set[detector >>> 6] |= 1L << detector;
    }

    /** The findings of the built-in detectors, or {@code null} when there are none. */
    @Override
    public Findings scan(CharSequence s) {
        Findings out = null;
        int n = s.length();
        int from = 0;
        int i = 0;
        while (i < n) {
            long t = nextTrigger(s, i, n);
            if (t < 0) {
                break;
            }
            int at = (int) t & 0x7fffffff;
            int len = (int) (t >>> 31) & MAX_PACKED_WORD;
            int next = at + Math.max(len, 1);
            int shared = len > 0 ? (int) (t >>> 57) << 1 | Chars.WORD : 0;
            if (len == MAX_PACKED_WORD) {
                while (next < n && Chars.isWord(s.charAt(next))) {
                    next++; // a word too long to pack its length
                }
            }
            char c = s.charAt(at);
            if ((len == 2 ? c <= '9' : len == 0 && c == ':')) {
                int end = timeEnd(s, len == 2 ? at : at - 2, n);
                if (end > 0) {
                    i = end; // a time of day: no detector finds anything that starts inside one
                    continue;
                }
            }
            if (c == '%' && Chars.escapeAt(s, at)) {
                next = at + 3; // as in nextTrigger: the char after a URL-encoded separator may start a word
            }
            char second = at + 1 < n ? s.charAt(at + 1) : '\uffff';
            int col = second < 128 ? second : OTHER;
            BuiltInDetector[] ds = detectors[c][col]; // never null: nextTrigger returns only where a cell has detectors
            Findings r = len > 0 ? detectAt(s, at, from, out, ds, shapes[c][col], next, shared)
                    : detectAfter(s, at, from, out, ds, follows[c][col]);
            if (r != null) {
                out = r;
                if (out.endsInOpenPrivateKey()) {
                    return out;
                }
                from = out.end(out.size() - 1);
                next = Math.max(from, at + 1);
            }
            i = next;
        }
        return out;
    }

    /**
     * The next trigger at or after {@code i}: a trigger char that is no word char, or a word that starts
     * with a trigger char, in both cases only where some detector has that trigger with the char that
     * follows, and only where one of those detectors would be called: a trigger that is no word char only
     * after a char one of them may follow, a word only where it has a shape one of them wants
     * ({@link #wordTrigger}). So each trigger returned reaches at least one detector ({@link #detectAt} and
     * {@link #detectAfter} choose which). Packed into one long so this loop, where most of the time goes,
     * stays apart from the detector calls: bits 0-30 the trigger's index, bits 31-56 the word's length (0 when the
     * trigger is no word char; {@link #MAX_PACKED_WORD} for that length or more), bits 57-62 the char
     * classes all chars of the word share, shifted right by one ({@link Chars#WORD} is implied). -1 when
     * there is none.
     *
     * <p>One flat pass with a single test per char: whether it is a trigger char that is no word char, or
     * one that starts a word (the char before is no word char). That test is an inner loop of its own, with
     * the handling of a char that passes it outside: on realistic lines the core ran ~16% faster (JMH,
     * 2026-12-06) than with both in one loop. Words are measured only where they start
     * with a trigger; the other words' chars cost the same as spaces, and a word measured and turned down
     * is stepped over, not read again. The char at {@code i} counts as starting a word unless the char
     * before glues to it.
     */
    private long nextTrigger(CharSequence s, int i, int n) {
        byte[] kinds = this.kinds;
        boolean[] cells = this.cells;
        int prevWord = 0; // 1 when the char before is a word char
        int j = i;
        while (true) {
            char c = 0;
            int k = 0;
            for (; j < n; j++) { // the inner loop holds only the test of each char (see above)
                c = s.charAt(j);
                k = c < 128 ? kinds[c] : 0;
                if ((k & ~((k & prevWord) << 1) & 2) != 0) { // a trigger char, and no word char inside a word
                    break;
                }
                prevWord = k & 1;
            }
            if (j >= n) {
                return -1;
            }
            int second = j + 1 < n ? Math.min(s.charAt(j + 1), OTHER) : OTHER;
            int at = c * (OTHER + 1) + second;
            if (cells[at]) {
                if ((k & 1) == 0) {
                    boolean[] after = cellFollows[at];
                    if (after == null || after[j == 0 ? OTHER : Math.min(s.charAt(j - 1), OTHER)]) {
                        return j;
                    }
                } else if (j == 0 || !Chars.gluesToWord(s.charAt(j - 1)) || Chars.escapeBefore(s, j)) {
                    boolean[] third = cellThirds[at];
                    long t;
                    if (third != null && !third[j + 2 < n ? Math.min(s.charAt(j + 2), OTHER) : OTHER]) {
                        t = ~(long) wordEnd(s, j, n); // no detector of the trigger allows its third char
                    } else {
                        t = wordTrigger(s, j, n, c, cellShapes[at], cellLengths[at]);
                    }
                    if (t >= 0) {
                        return t;
                    }
                    j = (int) ~t; // past the word, whose chars can trigger nothing inside it
                    prevWord = 1;
                    continue;
                }
            }
            if (c == '%' && Chars.escapeAt(s, j)) {
                j += 2; // past a URL-encoded separator: the char after it may start a word
            }
            prevWord = k & 1;
            j++;
        }
    }

    /**
     * The word that starts at {@code j} with {@code c}, packed as {@link #nextTrigger} returns it, or the
     * complement ({@code ~end}) of where the word ends when its length is none of {@code lengths} (those
     * one of its cell's detectors allows, {@link BuiltInDetector#wordLengths}) or none of the shapes {@code wants} (the union of
     * what its cell's detectors want) is its shape: a quick test first (a number before a separator or of
     * card length, an IPv6 group, an IBAN's head), then {@link #shape}, which decides exactly.
     */
    private static long wordTrigger(CharSequence s, int j, int n, char c, int wants, long lengths) {
        int next = j + 1;
        int shared = Chars.flags(c);
        while (next < n) {
            int f = Chars.flags(s.charAt(next));
            if ((f & Chars.WORD) == 0) {
                break;
            }
            shared &= f;
            next++;
        }
        int len = next - j;
        char after = next < n ? s.charAt(next) : '\n';
        if ((len >= 63 ? lengths < 0 : (lengths >>> len & 1) != 0) && ((wants & BuiltInDetector.ANY_WORD) != 0
                || ((shared & Chars.DIGIT) != 0 && (after == '.' || after == '-' || after == ' ' || len >= 12 && len <= 19)
                || (shared & Chars.HEX) != 0 && len <= 4 && after == ':' || len >= 4 && Chars.isLetter(c))
                && (shape(s, j, next, shared) & wants) != 0)) {
            return j | (long) Math.min(len, MAX_PACKED_WORD) << 31 | (long) (shared >>> 1) << 57;
        }
        return ~(long) next;
    }

    /**
     * Tries the detectors of the trigger that is no word char at {@code i} in order, each only if it may
     * follow the char before; the first finding wins.
     */
    private static Findings detectAfter(CharSequence s, int i, int from, Findings out, BuiltInDetector[] ds, boolean[][] after) {
        int prev = i > 0 ? s.charAt(i - 1) : OTHER;
        if (prev > OTHER) {
            prev = OTHER;
        }
        for (int k = 0; k < ds.length; k++) {
            if (after[k] == null || after[k][prev]) {
                Findings r = ds[k].detect(s, i, from, out);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /**
     * Tries the detectors of the word trigger at {@code i} in order, each only if it can match the word's
     * shape; the first finding wins.
     *
     * @param wordEnd where the word that starts at {@code i} ends
     * @param shared the char classes every char of that word has
     */
    private static Findings detectAt(CharSequence s, int i, int from, Findings out, BuiltInDetector[] ds, int[] wants, int wordEnd,
            int shared) {
        int shape = 0;
        for (int k = 0; k < ds.length; k++) {
            if (wants[k] != BuiltInDetector.ANY_WORD) {
                if (shape == 0) {
                    shape = shape(s, i, wordEnd, shared);
                }
                if ((wants[k] & shape) == 0) {
                    continue;
                }
            }
            Findings r = ds[k].detect(s, i, from, out);
            if (r != null) {
                return r;
            }
        }
        return null;
    }

    /**
     * Where the time of day whose hours start at {@code h} ends, or -1 when there is none: two digits,
     * {@code :}, two digits, {@code :}, two digits, then a fraction ({@code .} or, as Logback and Log4j
     * write it, {@code ,} and 1-9 digits), then a zone ({@code Z}, {@code +02:00}, {@code -0500}, or one
     * after a space as in Apache's {@code [07/Jan/2024:06:50:45 +0000]}), then the end of the text, a space
     * or a closing bracket or quote. Nearly every log line has one, and its colons, digit pairs and zone
     * sign are triggers (a key before {@code :}, an IPv6 group, a phone number after {@code +}) where no
     * detector can start a finding: a key has letters, an IPv6 address that starts with digit pairs goes
     * on with {@code :} or {@code ::} after three groups, and a number glued to a digit by {@code :} or
     * {@code .} starts nothing ({@link Chars#numberStartsAt}). The digits after a comma could start one,
     * so a comma's fraction is taken only when no digit follows after a space ({@code ,020 7946 0958}).
     * The hours stand alone (no digit or letter before them, which could end a key) or follow the
     * {@code T} of an ISO date. {@code ScannerEquivalenceTest} checks that stepping over them changes no
     * finding.
     */
    static int timeEnd(CharSequence s, int h, int n) {
        if (h < 0 || h + 8 > n) {
            return -1;
        }
        if (h > 0) {
            char b = s.charAt(h - 1);
            if (Chars.gluesToWord(b) && !(b == 'T' && h >= 2 && Chars.isDigit(s.charAt(h - 2)))) {
                return -1;
            }
        }
        if (!isPair(s, h) || s.charAt(h + 2) != ':' || !isPair(s, h + 3) || s.charAt(h + 5) != ':' || !isPair(s, h + 6)) {
            return -1;
        }
        int e = h + 8;
        boolean comma = false;
        if (e + 1 < n && (s.charAt(e) == '.' || s.charAt(e) == ',') && Chars.isDigit(s.charAt(e + 1))) {
            comma = s.charAt(e) == ',';
            int f = Chars.digits(s, e + 1);
            if (f - e > 10) {
                return -1;
            }
            e = f;
        }
        if (e < n) {
            char z = s.charAt(e);
            if (z == 'Z') {
                e++;
            } else if (z == '+' || z == '-' || z == ' ' && e + 1 < n && (s.charAt(e + 1) == '+' || s.charAt(e + 1) == '-')) {
                int d = z == ' ' ? e + 2 : e + 1;
                if (d + 4 <= n && isPair(s, d)) {
                    int colon = s.charAt(d + 2) == ':' ? 1 : 0;
                    if (d + 4 + colon <= n && isPair(s, d + 2 + colon)) {
                        e = d + 4 + colon;
                    }
                }
            }
        }
        if (e == n) {
            return e;
        }
        char a = s.charAt(e);
        if (a == ' ' || a == '\t') {
            return comma && e + 1 < n && Chars.isDigit(s.charAt(e + 1)) ? -1 : e;
        }
        return a == ']' || a == ')' || a == '"' || a == '\'' || a == '}' || a == '|' || a == ';' ? e : -1;
    }

    private static boolean isPair(CharSequence s, int i) {
        return Chars.isDigit(s.charAt(i)) && Chars.isDigit(s.charAt(i + 1));
    }

    /**
     * The shapes of a number at {@code [start, end)} followed by the separator {@code sep}: each needs
     * enough digits after the separator to be a group of what it stands for.
     */
    private static int groupShapes(CharSequence s, int start, int end, char sep) {
        int n = s.length();
        int after = 0; // digits after the separator, counted up to 3
        while (after < 3 && end + 1 + after < n && Chars.isDigit(s.charAt(end + 1 + after))) {
            after++;
        }
        int len = end - start;
        int shape = 0;
        if (sep == '.' && len <= 3 && after >= 1) {
            shape |= BuiltInDetector.NUM_DOT; // 10.1.2.3
        }
        if (sep == ' ' && len == 3 && after == 2) {
            shape |= BuiltInDetector.NUM_3_SPACE; // 123 45 6789
        }
        if (sep != ' ') {
            if (len == 3 && after >= 2) {
                shape |= BuiltInDetector.NUM_3_SEP; // 123-45-6789, 555-123-4567
            } else if (len == 1 && after == 3 && s.charAt(start) == '1') {
                shape |= BuiltInDetector.NUM_1_SEP; // 1-800-555-0199
            }
        }
        if (len == 4 && after == 3) {
            shape |= BuiltInDetector.NUM_4_GROUP; // 4111 1111 ..., 3782-822463-..., 4111.1111....
        }
        if (sep != '.') {
            if (len >= 2 && len <= 5 && after >= 2 && s.charAt(start) == '0') {
                shape |= BuiltInDetector.NUM_TRUNK; // 020 7946 0958
            }
        }
        return shape;
    }

    private static boolean sameCaseLetters(char a, char b) {
        return Chars.isUpper(a) && Chars.isUpper(b) || Chars.isLower(a) && Chars.isLower(b);
    }

    /** The {@link BuiltInDetector} word shapes of the word at {@code [start, end)}, whose chars all have the classes {@code shared}. */
    private static int shape(CharSequence s, int start, int end, int shared) {
        int shape = BuiltInDetector.ANY_WORD;
        int len = end - start;
        char next = end < s.length() ? s.charAt(end) : '\n';
        if (len >= 4 && sameCaseLetters(s.charAt(start), s.charAt(start + 1)) && Chars.isDigit(s.charAt(start + 2))
                && Chars.isDigit(s.charAt(start + 3))) {
            shape |= BuiltInDetector.IBAN_HEAD;
        }
        if (len <= 4 && next == ':' && (shared & Chars.HEX) != 0) {
            char prev = start > 0 ? s.charAt(start - 1) : ' ';
            if (prev != ':' && prev != '.') {
                shape |= BuiltInDetector.HEX_GROUP;
            }
        }
        if ((shared & Chars.DIGIT) != 0 && Chars.numberStartsAt(s, start)) {
            if (len >= 12 && len <= 19) {
                shape |= BuiltInDetector.NUM_LONG;
            }
            if (next == '.' || next == '-' || next == ' ') {
                shape |= groupShapes(s, start, end, next);
            }
        }
        return shape;
    }
}
