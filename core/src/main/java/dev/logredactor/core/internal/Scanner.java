package dev.logredactor.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass over the text that calls each detector only at its triggers.
 *
 * <p>Design: a table of 128 entries maps an ASCII char to the detectors it can trigger, each with the
 * set of chars that may follow it (a trigger is one or two chars: {@code e} then {@code y} for
 * {@code eyJ}, {@code :} then {@code /} for {@code ://}) and, for triggers at the start of a word, the
 * word shapes it can match (a short digit run before {@code .}, a hex group before {@code :}, ...). The
 * loop reads a word's first char, then skips the rest of the word, so the inside of words, the bulk of
 * any log line, costs one class lookup per char; a word's shape is computed once, and only when a
 * detector needs it. Detectors are called only where they can match, which keeps the megamorphic
 * calls rare. A detector that finds something reports where its finding ends and the scan resumes
 * there, so findings never overlap and no char is matched twice.
 *
 * <p>Immutable and thread-safe.
 */
final class Scanner {
    private final Detector[][] detectors = new Detector[128][];
    /** Per first char and detector: bit {@code c} set when second char {@code c < 64} may follow. */
    private final long[][] secondLow = new long[128][];
    /** Likewise for second chars 64..127. */
    private final long[][] secondHigh = new long[128][];
    /** Whether any second char (also none, or one above 127) may follow. */
    private final boolean[][] anySecond = new boolean[128][];
    private final int[][] shapes = new int[128][];

    /** @param list in priority order: at a trigger, the first that finds something wins */
    Scanner(List<Detector> list) {
        for (char c = 0; c < 128; c++) {
            List<Detector> ds = new ArrayList<>();
            List<long[]> masks = new ArrayList<>();
            List<Boolean> any = new ArrayList<>();
            for (Detector d : list) {
                long low = 0;
                long high = 0;
                boolean all = false;
                boolean has = false;
                for (String p : d.prefixes()) {
                    if (p.isEmpty() || p.length() > 2 || p.charAt(0) != c) {
                        continue;
                    }
                    has = true;
                    if (p.length() == 1) {
                        all = true;
                    } else if (p.charAt(1) < 64) {
                        low |= 1L << p.charAt(1);
                    } else if (p.charAt(1) < 128) {
                        high |= 1L << (p.charAt(1) - 64);
                    }
                }
                if (has) {
                    ds.add(d);
                    masks.add(new long[] {all ? -1L : low, all ? -1L : high});
                    any.add(all);
                }
            }
            if (ds.isEmpty()) {
                continue;
            }
            int k = ds.size();
            detectors[c] = ds.toArray(new Detector[0]);
            secondLow[c] = new long[k];
            secondHigh[c] = new long[k];
            anySecond[c] = new boolean[k];
            shapes[c] = new int[k];
            for (int j = 0; j < k; j++) {
                secondLow[c][j] = masks.get(j)[0];
                secondHigh[c][j] = masks.get(j)[1];
                anySecond[c][j] = any.get(j);
                shapes[c][j] = Chars.isWord(c) ? ds.get(j).wordShapes() : Detector.ANY_WORD;
            }
        }
    }

    /** The findings of the built-in detectors, or {@code null} when there are none. */
    Findings scan(CharSequence s) {
        Findings out = null;
        int n = s.length();
        int from = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 128) {
                i++;
                continue;
            }
            boolean word = Chars.isWord(c);
            int next = i + 1;
            if (word) {
                while (next < n && Chars.isWord(s.charAt(next))) {
                    next++;
                }
            }
            Detector[] ds = detectors[c];
            if (ds != null && (!word || i == 0 || !Chars.gluesToWord(s.charAt(i - 1)))) {
                char second = i + 1 < n ? s.charAt(i + 1) : '\uffff';
                int[] wants = shapes[c];
                int shape = 0;
                for (int k = 0; k < ds.length; k++) {
                    if (!follows(c, k, second)) {
                        continue;
                    }
                    if (wants[k] != Detector.ANY_WORD) {
                        if (shape == 0) {
                            shape = shape(s, i, next, c);
                        }
                        if ((wants[k] & shape) == 0) {
                            continue;
                        }
                    }
                    Findings r = ds[k].detect(s, i, from, out);
                    if (r != null) {
                        out = r;
                        if (out.endsInOpenPrivateKey()) {
                            return out;
                        }
                        from = out.end(out.size() - 1);
                        next = Math.max(from, i + 1);
                        break;
                    }
                }
            }
            i = next;
        }
        return out;
    }

    private boolean follows(char first, int k, char second) {
        if (second < 64) {
            return (secondLow[first][k] >>> second & 1L) != 0;
        }
        if (second < 128) {
            return (secondHigh[first][k] >>> (second - 64) & 1L) != 0;
        }
        return anySecond[first][k];
    }

    /** The {@link Detector} word shapes of the word {@code [start, end)} that starts with {@code first}. */
    private static int shape(CharSequence s, int start, int end, char first) {
        int shape = Detector.ANY_WORD;
        int len = end - start;
        char next = end < s.length() ? s.charAt(end) : '\n';
        if (Chars.isUpper(first) && len >= 4 && Chars.isUpper(s.charAt(start + 1)) && Chars.isDigit(s.charAt(start + 2))
                && Chars.isDigit(s.charAt(start + 3))) {
            shape |= Detector.IBAN_HEAD;
        }
        if (len <= 4 && next == ':' && Chars.isHex(first) && all(s, start, end, Chars.HEX)) {
            char prev = start > 0 ? s.charAt(start - 1) : ' ';
            if (prev != ':' && prev != '.') {
                shape |= Detector.HEX_GROUP;
            }
        }
        if (Chars.isDigit(first)) {
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
            if (bit != 0 && all(s, start, end, Chars.DIGIT) && Chars.numberStartsAt(s, start)) {
                shape |= bit;
            }
        }
        return shape;
    }

    private static boolean all(CharSequence s, int start, int end, int cls) {
        for (int k = start; k < end; k++) {
            if (!Chars.is(s.charAt(k), cls)) {
                return false;
            }
        }
        return true;
    }
}
