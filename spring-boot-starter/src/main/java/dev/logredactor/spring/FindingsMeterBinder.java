package dev.logredactor.spring;

import dev.logredactor.core.FindingCounts;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link FindingCounts} as Micrometer counters: {@code log.redactor.findings} tagged {@code type} and
 * {@code logger}, and {@code log.redactor.failures}. The logger tag is bounded: the first
 * {@code logredactor.metrics.max-loggers} loggers with findings (20 by default) are named, the others
 * count under {@code other}, and text redacted outside a logging event under {@code none}. A counter is
 * added when its first finding is counted; each reads the counts when the registry asks.
 */
public class FindingsMeterBinder implements MeterBinder, FindingCounts.Listener {
    /** The meter of findings. */
    public static final String FINDINGS = "log.redactor.findings";
    /** The meter of failed redactions. */
    public static final String FAILURES = "log.redactor.failures";
    static final String NONE = "none";

    private final FindingCounts counts = FindingCounts.global();
    private final int maxLoggers;
    private final Set<String> named = ConcurrentHashMap.newKeySet();
    private final Set<String> registered = ConcurrentHashMap.newKeySet();
    private volatile MeterRegistry registry;

    /** @param maxLoggers how many logger names become tags; the rest are {@code other} */
    public FindingsMeterBinder(int maxLoggers) {
        this.maxLoggers = maxLoggers;
    }

    @Override
    public void bindTo(MeterRegistry r) {
        registry = r;
        FunctionCounter.builder(FAILURES, counts, FindingCounts::failures)
                .description("Redactions that failed; their text was written as [REDACTED_ON_ERROR]").register(r);
        counts.addListener(this);
        counts.byType().keySet().forEach(type -> counterAdded(null, type));
        counts.byLogger().forEach((logger, types) -> types.keySet().forEach(type -> counterAdded(logger, type)));
    }

    /** Stops listening to the counts (the application closes). */
    public void close() {
        counts.removeListener(this);
    }

    @Override
    public void counterAdded(String logger, String type) {
        MeterRegistry r = registry;
        if (r == null) {
            return;
        }
        String tag = tagOf(logger);
        if (registered.add(type + '\u0000' + tag)) {
            FunctionCounter.builder(FINDINGS, counts, c -> value(c, type, tag))
                    .description("Logged events that held a finding of the type, by logger; never a value")
                    .tags("type", type, "logger", tag).register(r);
        }
    }

    private String tagOf(String logger) {
        if (logger == null) {
            return NONE;
        }
        if (named.contains(logger)) {
            return logger;
        }
        synchronized (named) {
            if (!logger.equals(FindingCounts.OTHER) && named.size() < maxLoggers) {
                named.add(logger);
                return logger;
            }
        }
        return FindingCounts.OTHER;
    }

    /** The count a meter shows: its logger's, the sum of the loggers not named, or what no event holds. */
    private double value(FindingCounts c, String type, String tag) {
        if (tag.equals(NONE)) {
            return c.countOutsideEvents(type);
        }
        if (!tag.equals(FindingCounts.OTHER)) {
            return c.count(tag, type);
        }
        long others = 0; // only grows: a logger is named before its first count, and stays named
        for (Map.Entry<String, Map<String, Long>> e : c.byLogger().entrySet()) {
            if (!named.contains(e.getKey())) {
                others += e.getValue().getOrDefault(type, 0L);
            }
        }
        return others;
    }
}
