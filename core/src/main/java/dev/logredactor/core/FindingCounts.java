package dev.logredactor.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How many logged events held each type of finding, per logger, and how many redactions failed: the
 * JVM's telemetry of every {@link Redactor}, kept without locks, never with a value. The Logback and Log4j2
 * integrations count each event once per type it holds (however many times its parts are scanned), under
 * the event's logger; text redacted outside an event (the API called directly, the CLI) counts each
 * finding, under no logger. Read by the JMX bean, Micrometer and the Spring Boot Actuator endpoint.
 *
 * <p>Loggers are counted by name up to {@value #MAX_LOGGERS} distinct names; the events of loggers seen
 * after that count under {@value #OTHER}, so that a logger per request id cannot exhaust memory.
 *
 * <p>Thread-safe. Counting costs nothing on an event without findings beyond marking its start and end.
 */
public final class FindingCounts {
    /** The logger name that the events of loggers beyond {@link #MAX_LOGGERS} count under. */
    public static final String OTHER = "other";
    /** The most logger names counted one by one. */
    public static final int MAX_LOGGERS = 1000;

    private static final FindingCounts GLOBAL = new FindingCounts();
    private static final ThreadLocal<Tally> TALLY = ThreadLocal.withInitial(Tally::new);

    private final ConcurrentHashMap<String, LongAdder> byType = new ConcurrentHashMap<>();
    /** Per type, the findings in text redacted outside a logging event. */
    private final ConcurrentHashMap<String, LongAdder> outside = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, ConcurrentHashMap<String, LongAdder>> byLogger = new ConcurrentHashMap<>();
    private final LongAdder failures = new LongAdder();
    private final java.util.List<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Told of each new counter, so that a metrics registry can add a meter for it. */
    public interface Listener {
        /**
         * A counter was added: the first finding of {@code type} under {@code logger}.
         *
         * @param logger the logger name ({@value #OTHER} for the loggers beyond the bound), or {@code null}
         *     for text outside a logging event
         * @param type the type name
         */
        void counterAdded(String logger, String type);
    }

    /** Counts of their own, apart from the JVM's: for tests of the bounds. */
    FindingCounts() {
    }

    /**
     * The counts of this JVM (of this copy of log-redactor's classes).
     *
     * @return the counts every redactor adds to
     */
    public static FindingCounts global() {
        return GLOBAL;
    }

    /**
     * Marks the start of a logged event's redaction on this thread, for an integration: until
     * {@link Tally#end(String)}, each type found counts once, under the event's logger. Nested events (an
     * argument whose {@code toString()} logs) count with the outer one.
     *
     * @return this thread's tally, to end the event with
     */
    public static Tally begin() {
        Tally t = TALLY.get();
        if (t.depth++ == 0) {
            t.size = 0;
        }
        return t;
    }

    /** Records that {@code type} was found: in the open event of this thread, or at once when none is. */
    static void found(String type) {
        Tally t = TALLY.get();
        if (t.depth > 0) {
            t.mark(type);
        } else {
            GLOBAL.add(null, type);
        }
    }

    /**
     * Records a redaction that failed, whose text went out as {@link Redactor#FAILED}: for an integration
     * whose own code failed around the redactor (the redactor counts its own failures).
     */
    public static void failed() {
        GLOBAL.failures.increment();
    }

    /** Counts {@code type} (under {@code logger} unless null); whether it is the logger's first finding. */
    boolean add(String logger, String type) {
        LongAdder total = byType.get(type);
        if (total == null) {
            total = byType.computeIfAbsent(type, k -> new LongAdder());
            tell(null, type);
        }
        total.increment();
        if (logger == null) {
            outside.computeIfAbsent(type, k -> new LongAdder()).increment();
            return false;
        }
        boolean first = false;
        String key = logger;
        ConcurrentHashMap<String, LongAdder> types = byLogger.get(logger);
        if (types == null && byLogger.size() >= MAX_LOGGERS) {
            key = OTHER; // beyond the bound (a few more may slip in while threads race to the bound)
            types = byLogger.get(OTHER);
        }
        if (types == null) {
            ConcurrentHashMap<String, LongAdder> fresh = new ConcurrentHashMap<>();
            types = byLogger.putIfAbsent(key, fresh);
            if (types == null) {
                types = fresh;
                first = !key.equals(OTHER);
            }
        }
        LongAdder n = types.get(type);
        if (n == null) {
            n = types.computeIfAbsent(type, k -> new LongAdder());
            tell(key, type);
        }
        n.increment();
        return first;
    }

    private void tell(String logger, String type) {
        for (Listener l : listeners) {
            try {
                l.counterAdded(logger, type);
            } catch (RuntimeException | LinkageError e) {
                // a metrics registry must not break logging
            }
        }
    }

    /**
     * Adds a listener, told of each counter added from now on; the counters so far are in
     * {@link #byType()} and {@link #byLogger()}.
     *
     * @param listener the listener
     */
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    /**
     * Removes a listener added with {@link #addListener}.
     *
     * @param listener the listener
     */
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /**
     * The findings of {@code type} in text redacted outside a logging event (the API, the CLI), one per
     * finding.
     *
     * @param type a type name
     * @return the count, 0 when never found
     */
    public long countOutsideEvents(String type) {
        LongAdder a = outside.get(type);
        return a == null ? 0 : a.sum();
    }

    /**
     * The events of {@code logger} that held {@code type}.
     *
     * @param logger a logger name, or {@value #OTHER}
     * @param type a type name
     * @return the count, 0 when never found
     */
    public long count(String logger, String type) {
        ConcurrentHashMap<String, LongAdder> types = byLogger.get(logger);
        LongAdder a = types == null ? null : types.get(type);
        return a == null ? 0 : a.sum();
    }

    /**
     * The number of events that held each type, plus the findings in text redacted outside an event
     * (counted one per finding, there being no event to count once), by type name.
     *
     * @return a snapshot, sorted by type name
     */
    public Map<String, Long> byType() {
        Map<String, Long> m = new TreeMap<>();
        byType.forEach((k, v) -> m.put(k, v.sum()));
        return m;
    }

    /**
     * The number of events of each logger that held each type: logger name, then type name.
     *
     * @return a snapshot, sorted by logger and type
     */
    public Map<String, Map<String, Long>> byLogger() {
        Map<String, Map<String, Long>> m = new TreeMap<>();
        byLogger.forEach((logger, types) -> {
            Map<String, Long> t = new TreeMap<>();
            types.forEach((k, v) -> t.put(k, v.sum()));
            m.put(logger, t);
        });
        return m;
    }

    /**
     * The {@code n} loggers with the most findings, most first, each with its total; the rest summed
     * under {@value #OTHER} when there are more.
     *
     * @param n how many loggers to name
     * @return logger name to total, in order
     */
    public Map<String, Long> topLoggers(int n) {
        List<Map.Entry<String, Long>> totals = new ArrayList<>();
        byLogger().forEach((logger, types) -> totals.add(Map.entry(logger, types.values().stream().mapToLong(Long::longValue).sum())));
        totals.sort(Map.Entry.<String, Long>comparingByValue(Collections.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> top = new LinkedHashMap<>();
        long rest = 0;
        for (Map.Entry<String, Long> e : totals) {
            if (top.size() < n && !e.getKey().equals(OTHER)) {
                top.put(e.getKey(), e.getValue());
            } else {
                rest += e.getValue();
            }
        }
        if (rest > 0) {
            top.put(OTHER, rest);
        }
        return top;
    }

    /**
     * The events that held any finding of {@code type}, plus its findings outside events.
     *
     * @param type a type name
     * @return the count, 0 when never found
     */
    public long count(String type) {
        LongAdder a = byType.get(type);
        return a == null ? 0 : a.sum();
    }

    /**
     * The number of redactions that failed, whose text went out as {@link Redactor#FAILED}.
     *
     * @return the count
     */
    public long failures() {
        return failures.sum();
    }

    /**
     * One thread's record of the event being redacted: the types found so far. Reused for each event of
     * its thread; not to be shared.
     */
    public static final class Tally {
        private String[] types = new String[4];
        private int size;
        private int depth;

        private Tally() {
        }

        void mark(String type) {
            for (int i = 0; i < size; i++) {
                if (types[i].equals(type)) {
                    return;
                }
            }
            if (size == types.length) {
                types = java.util.Arrays.copyOf(types, size * 2);
            }
            types[size++] = type;
        }

        /**
         * Ends the event as {@link #end(String)} does, for an integration that has a status channel: in
         * report mode, the first event of {@code logger} with findings gives the warning to show once,
         * naming the logger and the types, never a value.
         *
         * @param logger the event's logger name
         * @param redactor the redactor the event was redacted with
         * @return the warning, or {@code null} when there is none to show
         */
        public String endReporting(String logger, Redactor redactor) {
            String first = end(logger);
            return first == null || !redactor.reportsOnly() ? null : "log-redactor (mode=report): logger " + logger + " logged "
                    + first + ", written unredacted; counted from now on without further messages";
        }

        /**
         * Ends the event begun with {@link FindingCounts#begin()}: each type found counts once under
         * {@code logger}. Call it in a {@code finally}, once per {@code begin()}.
         *
         * @param logger the event's logger name
         * @return when this is the first event of {@code logger} with findings, the types found, as
         *     {@code "EMAIL, CREDIT_CARD"} (for a once-per-logger message in report mode); else {@code null}
         */
        public String end(String logger) {
            if (--depth > 0 || size == 0) {
                depth = Math.max(depth, 0);
                return null;
            }
            boolean first = false;
            depth = 1; // a listener that logs while a counter is added: its event counts with this one
            for (int i = 0; i < size; i++) {
                first |= GLOBAL.add(logger, types[i]);
            }
            depth = 0;
            String found = first ? String.join(", ", java.util.Arrays.asList(types).subList(0, size)) : null;
            java.util.Arrays.fill(types, 0, size, null);
            size = 0;
            return found;
        }
    }
}
