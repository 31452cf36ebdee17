package dev.logredactor.core.internal;

import dev.logredactor.core.internal.scan.ReferenceScanner;
import dev.logredactor.core.internal.settings.Spec;

/** An {@link Engine} whose built-in detectors run on the {@link ReferenceScanner}: for tests and benchmarks. */
public final class ReferenceEngine {
    private ReferenceEngine() {
    }

    /** As {@link Engine#Engine(Spec)}, on the reference scanner. */
    public static Engine create(Spec spec) {
        return new Engine(ReferenceScanner::new, spec);
    }
}
