package dev.logredactor.core.internal;

/**
 * The seam for fault-injection tests: an {@link Engine} built while a fault is set here carries it for
 * its whole life, one built without carries nothing. Only the core's test jar sets these (through a
 * class of this package); production code never does, and the clean path never reads them.
 */
final class Faults {
    /** A detector tried before the built-in ones, or {@code null}. */
    static volatile Detector detector;
    /** Run before each replacement is written, or {@code null}: a strategy that fails. */
    static volatile Runnable replacement;

    private Faults() {
    }
}
