package dev.logredactor.core.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One pass over the text that calls each detector only at its triggers.
 *
 * <p>Design: two tables of 128 entries map an ASCII char to the detectors it can trigger, one for chars
 * that start a word ({@code [A-Za-z0-9_]} after a non-word char), one for the non-word chars detectors
 * care about ({@code @ = : - + % ( >}). The loop looks at a word's first char and then skips the rest of
 * the word, so the inside of words, the bulk of any log line, costs one class lookup per char and
 * nothing else. A detector that finds something reports where its finding ends and the scan resumes
 * there, so findings never overlap and no char is matched twice.
 *
 * <p>Immutable and thread-safe.
 */
final class Scanner {
    private final Detector[][] atWordStart = new Detector[128][];
    private final int[][] shapesAtWordStart = new int[128][];
    private final Detector[][] atChar = new Detector[128][];

    /** @param detectors in priority order: at a trigger, the first that finds something wins */
    Scanner(List<Detector> detectors) {
        for (char c = 0; c < 128; c++) {
            List<Detector> word = new ArrayList<>();
            List<Detector> other = new ArrayList<>();
            for (Detector d : detectors) {
                if (d.wordStarts().indexOf(c) >= 0) {
                    word.add(d);
                }
                if (d.triggers().indexOf(c) >= 0) {
                    other.add(d);
                }
            }
            if (Chars.isWord(c) && !other.isEmpty() || !Chars.isWord(c) && !word.isEmpty()) {
                throw new IllegalStateException("trigger '" + c + "' registered in the wrong table");
            }
            atWordStart[c] = word.isEmpty() ? null : word.toArray(new Detector[0]);
            shapesAtWordStart[c] = word.stream().mapToInt(Detector::wordShapes).toArray();
            atChar[c] = other.isEmpty() ? null : other.toArray(new Detector[0]);
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
            Detector[] ds;
            if (Chars.isWord(c)) {
                int wordEnd = i + 1;
                while (wordEnd < n && Chars.isWord(s.charAt(wordEnd))) {
                    wordEnd++;
                }
                ds = i == 0 || !Chars.gluesToWord(s.charAt(i - 1)) ? atWordStart[c] : null;
                if (ds != null) {
                    int shape = shape(s, i, wordEnd, c);
                    int[] wants = shapesAtWordStart[c];
                    for (int k = 0; k < ds.length; k++) {
                        if ((wants[k] & shape) != 0) {
                            Findings r = ds[k].detect(s, i, from, out);
                            if (r != null) {
                                out = r;
                                if (out.endsInOpenPrivateKey()) {
                                    return out;
                                }
                                from = out.end(out.size() - 1);
                                wordEnd = Math.max(from, i + 1);
                                break;
                            }
                        }
                    }
                }
                i = wordEnd;
                continue;
            }
            ds = atChar[c];
            if (ds != null) {
                for (Detector d : ds) {
                    Findings r = d.detect(s, i, from, out);
                    if (r != null) {
                        out = r;
                        if (out.endsInOpenPrivateKey()) {
                            return out;
                        }
                        from = out.end(out.size() - 1);
                        i = Math.max(from, i + 1) - 1;
                        break;
                    }
                }
            }
            i++;
        }
        return out;
    }

    /** The {@link Detector} word shapes of the word {@code [start, end)}. */
    private static int shape(CharSequence s, int start, int end, char first) {
        int shape = Detector.ANY_WORD;
        int len = end - start;
        if (!Chars.isHex(first) || len > 19) {
            return shape;
        }
        boolean digits = true;
        boolean hex = true;
        for (int k = start; k < end && hex; k++) {
            char c = s.charAt(k);
            digits &= Chars.isDigit(c);
            hex = Chars.isHex(c);
        }
        char next = end < s.length() ? s.charAt(end) : ' ';
        if (digits && (len >= 13 || len <= 5 && (next == '.' || next == '-' || next == ' ' || next == ':' || next == ')'))
                && Chars.numberStartsAt(s, start)) {
            shape |= Detector.NUMBER;
        }
        if (hex && len <= 4 && next == ':') {
            char prev = start > 0 ? s.charAt(start - 1) : ' ';
            if (prev != ':' && prev != '.') {
                shape |= Detector.HEX_GROUP;
            }
        }
        return shape;
    }
}
