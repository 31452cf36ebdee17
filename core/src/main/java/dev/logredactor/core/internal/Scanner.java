package dev.logredactor.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One pass over the text that calls each detector only at its triggers.
 *
 * <p>Design: a table maps an ASCII char and the char after it to the detectors that the pair can
 * trigger (a trigger is one or two chars: {@code e} then {@code y} for {@code eyJ}, {@code :} then
 * {@code /} for {@code ://}), each with the word shapes it can match when the trigger starts a word (a
 * short digit run before {@code .}, a hex group before {@code :}, ...). The loop reads a word's first
 * char, then skips the rest of the word, so the inside of words, the bulk of any log line, costs one
 * class lookup per char; a word's shape is computed only when a detector at its first char needs it.
 * That loop ({@link #nextTrigger}) is a method of its own that calls nothing: measured, the JIT
 * compiles it about 10% faster than when it shares a method with the detector calls. Detectors are
 * called only where they can match, which keeps the megamorphic calls rare. A detector that finds
 * something reports where its finding ends and the scan resumes there, so findings never overlap and
 * no char is matched twice.
 *
 * <p>Immutable and thread-safe.
 */
final class Scanner {
    /** Second-char index for no second char, or one at or above 128. */
    private static final int OTHER = 128;
    /** The longest word length {@link #nextTrigger} packs (26 bits). */
    private static final int MAX_PACKED_WORD = (1 << 26) - 1;

    /** [first char][second char or OTHER]: the detectors to try, in priority order, or null. */
    private final Detector[][][] detectors = new Detector[128][][];
    /** Likewise: the word shapes each of those detectors wants ({@link Detector#ANY_WORD} for all). */
    private final int[][][] shapes = new int[128][][];
    /** Per ASCII char: bit 0 when it is a word char, bit 1 when it may trigger a detector. */
    private final byte[] kinds = new byte[128];

    /** @param list in priority order: at a trigger, the first that finds something wins */
    Scanner(List<Detector> list) {
        // Which detectors each cell triggers, as bits over the list: O(prefixes x 129) at build.
        int words = (list.size() + 63) / 64;
        long[][][] bits = new long[128][OTHER + 1][];
        for (int j = 0; j < list.size(); j++) {
            for (String p : list.get(j).prefixes()) {
                if (p.isEmpty() || p.length() > 2 || p.charAt(0) >= 128) {
                    continue;
                }
                char first = p.charAt(0);
                if (p.length() == 2) {
                    mark(bits, first, Math.min(p.charAt(1), OTHER), j, words);
                } else {
                    for (int second = 0; second <= OTHER; second++) {
                        mark(bits, first, second, j, words);
                    }
                }
            }
        }
        for (char first = 0; first < 128; first++) {
            for (int second = 0; second <= OTHER; second++) {
                long[] set = bits[first][second];
                if (set == null) {
                    continue;
                }
                List<Detector> ds = new ArrayList<>();
                for (int j = 0; j < list.size(); j++) {
                    if ((set[j >>> 6] & (1L << j)) != 0) {
                        ds.add(list.get(j));
                    }
                }
                if (detectors[first] == null) {
                    detectors[first] = new Detector[OTHER + 1][];
                    shapes[first] = new int[OTHER + 1][];
                }
                detectors[first][second] = ds.toArray(new Detector[0]);
                int[] wants = new int[ds.size()];
                Arrays.fill(wants, Detector.ANY_WORD);
                if (Chars.isWord(first)) {
                    for (int k = 0; k < wants.length; k++) {
                        wants[k] = ds.get(k).wordShapes();
                    }
                }
                shapes[first][second] = wants;
            }
            kinds[first] = (byte) ((Chars.isWord(first) ? 1 : 0) | (detectors[first] != null ? 2 : 0));
        }
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
    Findings scan(CharSequence s) {
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
            char second = at + 1 < n ? s.charAt(at + 1) : '\uffff';
            int col = second < 128 ? second : OTHER;
            Detector[] ds = detectors[c][col];
            if (ds != null) {
                Findings r = detectAt(s, at, from, out, ds, shapes[c][col], len > 0 ? next : -1, shared);
                if (r != null) {
                    out = r;
                    if (out.endsInOpenPrivateKey()) {
                        return out;
                    }
                    from = out.end(out.size() - 1);
                    next = Math.max(from, at + 1);
                }
            }
            i = next;
        }
        return out;
    }

    /**
     * The next trigger at or after {@code i}: a trigger char that is no word char, or a word that starts
     * with a trigger char. Packed into one long so this loop, where most of the time goes, stays apart
     * from the detector calls: bits 0-30 the trigger's index, bits 31-56 the word's length (0 when the
     * trigger is no word char; {@link #MAX_PACKED_WORD} for that length or more), bits 57-62 the char
     * classes all chars of the word share, shifted right by one ({@link Chars#WORD} is implied). -1
     * when there is none.
     */
    private long nextTrigger(CharSequence s, int i, int n) {
        byte[] kinds = this.kinds;
        int j = i;
        while (j < n) {
            char c = s.charAt(j);
            int k = c < 128 ? kinds[c] : 0;
            if ((k & 1) != 0) {
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
                if ((k & 2) != 0 && (j == 0 || !Chars.gluesToWord(s.charAt(j - 1)))) {
                    long len = Math.min(next - j, MAX_PACKED_WORD);
                    return j | len << 31 | (long) (shared >>> 1) << 57;
                }
                j = next;
            } else if ((k & 2) != 0) {
                return j;
            } else {
                j++;
            }
        }
        return -1;
    }

    /**
     * Tries the detectors of the trigger at {@code i} in order; the first finding wins.
     *
     * @param wordEnd where the word that starts at {@code i} ends, or -1 when the trigger is no word char
     * @param shared the char classes every char of that word has
     */
    private Findings detectAt(CharSequence s, int i, int from, Findings out, Detector[] ds, int[] wants, int wordEnd,
            int shared) {
        int shape = 0;
        for (int k = 0; k < ds.length; k++) {
            if (wants[k] != Detector.ANY_WORD) {
                if (shape == 0) {
                    shape = wordEnd >= 0 ? shape(s, i, wordEnd, shared) : Detector.ANY_WORD;
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

    /** The {@link Detector} word shapes of the word at {@code [start, end)}, whose chars all have the classes {@code shared}. */
    private static int shape(CharSequence s, int start, int end, int shared) {
        int shape = Detector.ANY_WORD;
        int len = end - start;
        char next = end < s.length() ? s.charAt(end) : '\n';
        if (len >= 4 && Chars.isUpper(s.charAt(start)) && Chars.isUpper(s.charAt(start + 1)) && Chars.isDigit(s.charAt(start + 2))
                && Chars.isDigit(s.charAt(start + 3))) {
            shape |= Detector.IBAN_HEAD;
        }
        if (len <= 4 && next == ':' && (shared & Chars.HEX) != 0) {
            char prev = start > 0 ? s.charAt(start - 1) : ' ';
            if (prev != ':' && prev != '.') {
                shape |= Detector.HEX_GROUP;
            }
        }
        if ((shared & Chars.DIGIT) != 0) {
            int bit = 0;
            if (len >= 13 && len <= 19) {
                bit = Detector.NUM_LONG;
            } else if (len <= 3 && next == '.') {
                bit = Detector.NUM_DOT;
            } else if (len <= 5 && next == '-') {
                bit = Detector.NUM_DASH;
            } else if (len <= 5 && next == ' ') {
                bit = Detector.NUM_SPACE;
            }
            if (bit != 0 && Chars.numberStartsAt(s, start)) {
                shape |= bit;
            }
        }
        return shape;
    }
}
