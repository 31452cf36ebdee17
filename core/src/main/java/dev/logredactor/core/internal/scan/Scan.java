package dev.logredactor.core.internal.scan;

/** Finds what the built-in detectors find in a text: {@link Scanner}, or in tests the scanner it replaced. */
public interface Scan {
    /** The findings in {@code s}, in order and without overlaps, or {@code null} when there are none. */
    Findings scan(CharSequence s);
}
