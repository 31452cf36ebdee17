package dev.logredactor.core.internal.scan;

/**
 * One detector: a cheap trigger, a hand-written validator, a type. The {@link Scanner} calls a detector
 * only at its triggers ({@link #prefixes()}): at the start of a word of a shape it can match
 * ({@link #wordShapes()}), or at a non-word char. Implementations are immutable and thread-safe.
 */
public abstract class BuiltInDetector {
    /** Any word. */
    protected static final int ANY_WORD = 1;
    /** Up to 3 digits followed by {@code .}: an IPv4 octet. */
    protected static final int NUM_DOT = 2;
    /** 3 digits followed by {@code -} or {@code .}: {@code 123-45-6789}, {@code 555-123-4567}, {@code 555.123.4567}. */
    protected static final int NUM_3_SEP = 4;
    /** {@code 1} followed by {@code -} or {@code .}: the country code of {@code 1-800-555-0199}. */
    protected static final int NUM_1_SEP = 8;
    /** 4 digits followed by a space or {@code -}: the first group of {@code 4111 1111 ...}, {@code 3782-822463-...}. */
    protected static final int NUM_4_GROUP = 16;
    /** {@code 0} and 1-4 more digits followed by a space or {@code -}: {@code 020 7946 0958}, {@code 030-12345678}. */
    protected static final int NUM_TRUNK = 32;
    /** 12 to 19 digits: a plain card number. */
    protected static final int NUM_LONG = 64;
    /** At most four hex digits followed by {@code :}, not inside a colon or dotted run: an IPv6 group. */
    protected static final int HEX_GROUP = 128;
    /** Two letters of one case and two digits: an IBAN's country and check digits. */
    protected static final int IBAN_HEAD = 256;
    /** 3 digits followed by a space and exactly 2 digits: {@code 123 45 6789}. */
    protected static final int NUM_3_SPACE = 512;

    /**
     * The shapes of word this detector can start a finding at; the {@link Scanner} computes a word's
     * shape once and skips detectors that cannot match it. Numbers count only at a number boundary
     * ({@link Chars#numberStartsAt}). A shape must cover every word the detector can start a finding at:
     * {@code ScannerEquivalenceTest} checks that the filters change no finding.
     */
    protected int wordShapes() {
        return ANY_WORD;
    }

    /**
     * Whether a trigger of this detector that is no word char can start a finding right after
     * {@code prev}: an ASCII char, or {@code 128} for the start of the text or a char outside ASCII. The
     * {@link Scanner} skips the detector after any other char. It must answer {@code true} for every
     * char a finding can follow.
     */
    protected boolean mayFollow(int prev) {
        return true;
    }

    /**
     * The lengths that the word a finding starts with may have, where the finding starts at the word
     * trigger {@code prefix} (one of {@link #prefixes()}): the word is the run of word chars
     * ({@code [A-Za-z0-9_]}) from the trigger on. Bit {@code i} (0-62) allows length {@code i}, bit 63 every
     * length from 63 on; the {@link Scanner} skips words of other lengths. It must allow the word of every
     * finding; -1 (all bits) for no bound.
     */
    protected long wordLengths(String prefix) {
        return -1L;
    }

    /**
     * The chars a finding that starts at the word trigger {@code prefix} (one of {@link #prefixes()}) may
     * have after the trigger's two, indexed by char (128 for the end of the text or a char outside ASCII),
     * or {@code null} for any. The {@link Scanner} skips a word whose third char no detector of its trigger
     * allows. It must allow the third char of every finding. The scanner keeps the array: return one that is
     * never written again.
     */
    protected boolean[] thirdChars(String prefix) {
        return null;
    }

    /** A {@link #thirdChars} array that allows the chars of {@code chars}, in any case when {@code anyCase}. */
    public static boolean[] thirdChars(String chars, boolean anyCase) {
        boolean[] allowed = new boolean[129];
        for (char c : chars.toCharArray()) {
            allowed[c] = true;
            if (anyCase) {
                allowed[Character.toUpperCase(c)] = true;
                allowed[Character.toLowerCase(c)] = true;
            }
        }
        return allowed;
    }

    /** The {@link #wordLengths} bits of the lengths from {@code min} to {@code max} ({@link Integer#MAX_VALUE} for no end). */
    public static long lengths(int min, int max) {
        long bits = 0;
        for (int i = Math.min(min, 63); i <= Math.min(max, 63); i++) {
            bits |= 1L << i;
        }
        return bits;
    }

    /**
     * The triggers: one or two ASCII chars each. A trigger that starts with a word char
     * ({@code [A-Za-z0-9_]}) fires at the start of a word, one that starts with another char wherever that
     * char stands. With a second char, the detector is called only when that char follows.
     */
    protected abstract String[] prefixes();

    /** One-char triggers, one for each char of {@code chars}. */
    public static String[] each(String chars) {
        String[] r = new String[chars.length()];
        for (int i = 0; i < r.length; i++) {
            r[i] = chars.substring(i, i + 1);
        }
        return r;
    }

    /**
     * Looks for a finding at the trigger {@code at}.
     *
     * @param s the text
     * @param at index of the trigger char
     * @param from lowest index a finding may start at (the end of the previous finding)
     * @param out where a finding goes; {@code null} until the scan's first finding
     * @return the {@link Findings} (created if it was {@code null}) when something was added, with
     *     {@link Scanner} resuming after the last finding; {@code null} when nothing was found
     */
    protected abstract Findings detect(CharSequence s, int at, int from, Findings out);

    public static Findings emit(Findings out, int start, int end, int type) {
        Findings f = out == null ? new Findings() : out;
        f.add(start, end, type);
        return f;
    }

    public static Findings emit(Findings out, int start, int end, dev.logredactor.core.SensitiveType type) {
        return emit(out, start, end, type.ordinal());
    }
}
