package dev.logredactor.core;

import dev.logredactor.core.internal.ReferenceEngine;

/**
 * Redactors whose built-in detectors run on the reference scanner (the per-char scanner that the current
 * one replaced): what tests compare the current one with, and the core benchmarks' baseline.
 */
public final class ReferenceRedactor {
    private ReferenceRedactor() {
    }

    /** As {@link Redactor#defaults()}, on the reference scanner. */
    public static Redactor defaults() {
        return of(Redactor.builder());
    }

    /** What {@code builder} builds, on the reference scanner. */
    public static Redactor of(Redactor.Builder builder) {
        return builder.build(ReferenceEngine::create);
    }
}
