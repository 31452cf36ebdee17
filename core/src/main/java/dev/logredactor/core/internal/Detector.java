package dev.logredactor.core.internal;

/**
 * One detector: a cheap trigger, a hand-written validator, a type. The {@link Scanner} calls a detector
 * only at its triggers: at the start of a word whose first char is in {@link #wordStarts()}, or at a
 * non-word char in {@link #triggers()}. Implementations are immutable and thread-safe.
 */
abstract class Detector {
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
