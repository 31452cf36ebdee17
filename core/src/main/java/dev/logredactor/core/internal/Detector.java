package dev.logredactor.core.internal;

/**
 * One detector: a cheap trigger, a hand-written validator, a type. The {@link Scanner} calls a detector
 * only at its triggers: at the start of a word whose first char is in {@link #wordStarts()}, or at a
 * non-word char in {@link #triggers()}. Implementations are immutable and thread-safe.
 */
abstract class Detector {
    /** Any word. */
    static final int ANY_WORD = 1;
    /**
     * A word that can start a number worth validating: digits only, at a number boundary, and either
     * 13-19 long or at most 5 long and followed by one of {@code . - : ) } or a space.
     */
    static final int NUMBER = 2;
    /** At most four hex digits followed by {@code :}, not inside a colon or dotted run: an IPv6 group. */
    static final int HEX_GROUP = 4;

    /**
     * The shapes of word ({@link #ANY_WORD}, {@link #NUMBER}, {@link #HEX_GROUP}) this detector can start a
     * finding at; the {@link Scanner} computes a word's shape once and skips detectors that cannot match.
     */
    int wordShapes() {
        return ANY_WORD;
    }

    /** ASCII word chars ({@code [A-Za-z0-9_]}) that trigger this detector at the start of a word. */
    String wordStarts() {
        return "";
    }

    /** ASCII non-word chars that trigger this detector wherever they stand. */
    String triggers() {
        return "";
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
    abstract Findings detect(CharSequence s, int at, int from, Findings out);

    static Findings emit(Findings out, int start, int end, int type) {
        Findings f = out == null ? new Findings() : out;
        f.add(start, end, type);
        return f;
    }

    static Findings emit(Findings out, int start, int end, dev.logredactor.core.SensitiveType type) {
        return emit(out, start, end, type.ordinal());
    }
}
