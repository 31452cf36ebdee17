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
            boolean word = Chars.isWord(c);
            Detector[] ds;
            if (word) {
                ds = i == 0 || !Chars.gluesToWord(s.charAt(i - 1)) ? atWordStart[c] : null;
            } else {
                ds = atChar[c];
            }
            if (ds != null) {
                int count = out == null ? 0 : out.size();
                for (Detector d : ds) {
                    Findings r = d.detect(s, i, from, out);
                    if (r != null) {
                        out = r;
                        break;
                    }
                }
                if (out != null && out.size() > count) {
                    if (out.endsInOpenPrivateKey()) {
                        return out;
                    }
                    from = out.end(out.size() - 1);
                    i = Math.max(from, i + 1);
                    continue;
                }
            }
            i++;
            if (word) {
                while (i < n && Chars.isWord(s.charAt(i))) {
                    i++;
                }
            }
        }
        return out;
    }
}
