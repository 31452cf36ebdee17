package dev.logredactor.core.internal.catalog;

import dev.logredactor.core.internal.scan.Chars;
import java.util.ArrayList;
import java.util.List;

/**
 * What follows a token's prefix, as the catalog writes it: segments joined directly, each a char class
 * with a length ({@code hex{32}}, {@code b64url{20,255}}) or a literal in single quotes ({@code '-'}).
 * Matched left to right without backtracking: a class takes as many chars as it may, so the catalog's
 * check ({@link #parse}) refuses a variable-length class followed by anything that its chars could also
 * be. Immutable.
 */
public final class TokenBody {
    /** The class names and their chars. */
    private static final String[][] CLASSES = {
        {"alnum", "A-Za-z0-9"}, {"lalnum", "a-z0-9"}, {"ualnum", "A-Z0-9"}, {"hex", "0-9a-f"}, {"HEX", "0-9A-F"},
        {"xhex", "0-9a-fA-F"}, {"digit", "0-9"}, {"upper", "A-Z"}, {"lower", "a-z"}, {"alpha", "A-Za-z"},
        {"b64url", "A-Za-z0-9_-"}, {"b64", "A-Za-z0-9+/"}, {"b64p", "A-Za-z0-9+/="}, {"word", "A-Za-z0-9_"},
        {"dash", "A-Za-z0-9-"}, {"dot", "A-Za-z0-9_.-"}, {"path", "A-Za-z0-9_/-"}, {"b32", "A-Z2-7"},
        {"bech32", "02-9ac-hj-np-zAC-HJ-NP-Z"}, {"tilde", "A-Za-z0-9_.~-"},
    };

    /** The empty body: what follows the literal of an anchored row that ends with it ({@code ...NRAL}). */
    public static final TokenBody NOTHING = new TokenBody("", List.of());

    /** How many {@code .} and {@code /} may follow a token of a trimming class's longest length. */
    private static final int TRAILING = 8;

    private final String text;
    /** Per segment: the literal, or {@code null} for a class. */
    private final String[] literals;
    /** Per segment: the class's chars 0-63 and 64-127 as bits. */
    private final long[] low;
    private final long[] high;
    private final int[] min;
    private final int[] max;
    /** Whether the last segment gives back trailing {@code .} and {@code /} (a sentence's full stop, a URL's slash). */
    private final boolean trims;

    private TokenBody(String text, List<Object[]> segments) {
        this.text = text;
        int k = segments.size();
        literals = new String[k];
        low = new long[k];
        high = new long[k];
        min = new int[k];
        max = new int[k];
        for (int i = 0; i < k; i++) {
            Object[] seg = segments.get(i);
            literals[i] = (String) seg[0];
            if (literals[i] == null) {
                long[] bits = (long[]) seg[1];
                low[i] = bits[0];
                high[i] = bits[1];
                min[i] = (Integer) seg[2];
                max[i] = (Integer) seg[3];
            }
        }
        int last = k - 1;
        trims = k > 0 && literals[last] == null && min[last] < max[last] && (in(last, '.') || in(last, '/'));
    }

    /**
     * Reads a body.
     *
     * @throws IllegalArgumentException naming what is wrong: an unknown class, a bad length, an unclosed
     *     literal, or a segment whose end would be ambiguous
     */
    public static TokenBody parse(String text) {
        List<Object[]> segments = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\'') {
                int close = text.indexOf('\'', i + 1);
                if (close <= i + 1) {
                    throw new IllegalArgumentException("unclosed or empty literal at " + i + " in " + text);
                }
                segments.add(new Object[] {text.substring(i + 1, close)});
                i = close + 1;
                continue;
            }
            int brace = text.indexOf('{', i);
            int close = brace < 0 ? -1 : text.indexOf('}', brace);
            if (close < 0) {
                throw new IllegalArgumentException("expected class{n} or class{min,max} at " + i + " in " + text);
            }
            long[] bits = classBits(text.substring(i, brace));
            String[] range = text.substring(brace + 1, close).split(",", -1);
            int lo;
            int hi;
            try {
                lo = Integer.parseInt(range[0].trim());
                hi = range.length == 1 ? lo : Integer.parseInt(range[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad length {" + text.substring(brace + 1, close) + "} in " + text, e);
            }
            if (range.length > 2 || lo < 1 || hi < lo || hi > 4096) {
                throw new IllegalArgumentException("bad length {" + text.substring(brace + 1, close) + "} in " + text);
            }
            segments.add(new Object[] {null, bits, lo, hi});
            i = close + 1;
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("empty body");
        }
        TokenBody body = new TokenBody(text, segments);
        body.checkUnambiguous();
        return body;
    }

    private static long[] classBits(String name) {
        for (String[] c : CLASSES) {
            if (c[0].equals(name)) {
                long[] bits = new long[2];
                String spec = c[1];
                for (int k = 0; k < spec.length(); k++) {
                    char from = spec.charAt(k);
                    char to = from;
                    if (k + 2 < spec.length() && spec.charAt(k + 1) == '-') {
                        to = spec.charAt(k + 2);
                        k += 2;
                    }
                    for (char x = from; x <= to; x++) {
                        bits[x >>> 6] |= 1L << x;
                    }
                }
                return bits;
            }
        }
        StringBuilder names = new StringBuilder();
        for (String[] c : CLASSES) {
            names.append(names.length() == 0 ? "" : ", ").append(c[0]);
        }
        throw new IllegalArgumentException("unknown class '" + name + "'; known: " + names);
    }

    /** A variable-length class must be last, or followed by a literal that starts with a char outside it. */
    private void checkUnambiguous() {
        for (int k = 0; k + 1 < literals.length; k++) {
            if (literals[k] == null && min[k] < max[k] && (literals[k + 1] == null || in(k, literals[k + 1].charAt(0)))) {
                throw new IllegalArgumentException("segment " + (k + 1) + " of " + text
                        + " has a variable length and what follows it could be its own chars");
            }
        }
    }

    /** Whether class segment {@code k} holds {@code c}. */
    public boolean holds(int k, char c) {
        return in(k, c);
    }

    /** Whether this is one class of word chars only ({@code digit{8,10}}), of any length range. */
    boolean isOneWordClass() {
        if (literals.length != 1 || literals[0] != null) {
            return false;
        }
        for (char c = 0; c < 128; c++) {
            if (in(0, c) && !Chars.isWord(c)) {
                return false;
            }
        }
        return true;
    }

    private boolean in(int k, char c) {
        return c < 64 ? (low[k] & 1L << c) != 0 : c < 128 && (high[k] & 1L << c) != 0;
    }

    /**
     * Where the body that starts at {@code b} ends, or -1 when there is none. The last class may not go
     * on past its maximum: a longer run of its chars is no such token.
     */
    public int end(CharSequence s, int b) {
        int n = s.length();
        int e = b;
        int last = literals.length - 1;
        for (int k = 0; k <= last; k++) {
            String lit = literals[k];
            if (lit != null) {
                if (!Chars.regionMatches(s, e, lit)) {
                    return -1;
                }
                e += lit.length();
                continue;
            }
            int start = e;
            int limit = Math.min(n, e + max[k]);
            while (e < limit && in(k, s.charAt(e))) {
                e++;
            }
            if (k == last) {
                if (trims) {
                    int more = Math.min(n, start + max[k] + TRAILING);
                    while (e < more && in(k, s.charAt(e))) {
                        e++; // a full stop or slash after a token of the longest length
                    }
                }
                if (e < n && in(k, s.charAt(e))) {
                    return -1; // longer than the format allows
                }
                if (trims) {
                    while (e - start > min[k] && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == '/')) {
                        e--;
                    }
                    if (e - start > max[k]) {
                        return -1;
                    }
                }
            }
            if (e - start < min[k]) {
                return -1;
            }
        }
        return e;
    }

    /** The length of every body when each segment has one length, else -1. */
    public int fixedLength() {
        int len = 0;
        for (int k = 0; k < literals.length; k++) {
            if (literals[k] != null) {
                len += literals[k].length();
            } else if (min[k] == max[k]) {
                len += min[k];
            } else {
                return -1;
            }
        }
        return len;
    }

    /** Whether the last segment is a class that holds {@code c}: then a body cannot end right before {@code c}. */
    boolean endsInClassOf(char c) {
        int last = literals.length - 1;
        return last >= 0 && literals[last] == null && in(last, c);
    }

    /** The shortest body: for the tests' near misses and the scanner's word lengths. */
    public int minLength() {
        int len = 0;
        for (int k = 0; k < literals.length; k++) {
            len += literals[k] != null ? literals[k].length() : min[k];
        }
        return len;
    }

    /** The number of segments. */
    public int segments() {
        return literals.length;
    }

    /** The literal of segment {@code k}, or {@code null} when it is a class. */
    public String literal(int k) {
        return literals[k];
    }

    /** The chars of class segment {@code k}, in ascending order. */
    public String chars(int k) {
        StringBuilder b = new StringBuilder();
        for (char c = 0; c < 128; c++) {
            if (in(k, c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    public int min(int k) {
        return min[k];
    }

    public int max(int k) {
        return max[k];
    }

    /**
     * The lengths of the run of word chars ({@code [A-Za-z0-9_]}) that a token of {@code prefix} and this
     * body starts with, as {@link dev.logredactor.core.internal.scan.BuiltInDetector#wordLengths} bits:
     * the run ends at the first char that is no word char, or with the token (no word char may follow it).
     */
    public long wordLengths(String prefix) {
        int lo = 0;
        int hi = 0;
        for (int i = 0; i < prefix.length(); i++) {
            if (!Chars.isWord(prefix.charAt(i))) {
                return dev.logredactor.core.internal.scan.BuiltInDetector.lengths(lo, hi);
            }
            lo++;
            hi++;
        }
        for (int k = 0; k < literals.length; k++) {
            if (literals[k] != null) {
                for (int j = 0; j < literals[k].length(); j++) {
                    if (!Chars.isWord(literals[k].charAt(j))) {
                        return dev.logredactor.core.internal.scan.BuiltInDetector.lengths(lo, hi);
                    }
                    lo++;
                    hi++;
                }
                continue;
            }
            for (char c = 0; c < 128; c++) {
                if (in(k, c) && !Chars.isWord(c)) {
                    return dev.logredactor.core.internal.scan.BuiltInDetector.lengths(lo, Integer.MAX_VALUE); // may end anywhere on
                }
            }
            lo += min[k];
            hi += max[k];
        }
        return dev.logredactor.core.internal.scan.BuiltInDetector.lengths(lo, hi);
    }

    @Override
    public String toString() {
        return text;
    }
}
