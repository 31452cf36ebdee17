package dev.logredactor.core.internal;

import com.google.re2j.Pattern;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.Strategy;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** An {@link Engine} whose built-in detectors run on the {@link ReferenceScanner}: for tests and benchmarks. */
public final class ReferenceEngine {
    private ReferenceEngine() {
    }

    /** As {@link Engine#Engine(Set, Collection, List, List, Collection, String, Strategy[], String)}. */
    public static Engine create(Set<SensitiveType> enabled, Collection<String> sensitiveKeys, List<String> ruleNames,
            List<Pattern> rulePatterns, Collection<String> allow, String placeholder, Strategy[] strategies, String hashKey) {
        return new Engine(ReferenceScanner::new, enabled, sensitiveKeys, ruleNames, rulePatterns, allow, placeholder, strategies,
                hashKey);
    }
}
