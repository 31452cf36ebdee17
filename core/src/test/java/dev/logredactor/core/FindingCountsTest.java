package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.core.testdata.ThrowingDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The telemetry counts what was found and where, once per event, exactly under concurrency, bounded in
 * loggers, and never holds a value. The counts are JVM-wide, so each test counts a type of its own (a
 * rule with a fresh name) or under loggers of its own, and compares before with after.
 */
class FindingCountsTest {
    private static final FindingCounts COUNTS = FindingCounts.global();
    private final Random random = new Random();

    /** A redactor with one more type, {@code name}: ids {@code <name>-<6 digits>}. */
    private static Redactor withRule(String name) {
        return Redactor.builder().rule(name, name + "-[0-9]{6}").build();
    }

    private String id(String rule) {
        return rule + "-" + SecretSamples.digits(random, 6);
    }

    private static String fresh(String prefix) {
        return prefix + "_" + Long.toHexString(System.nanoTime()).toUpperCase(java.util.Locale.ROOT);
    }

    @Test
    void textsRedactedOutsideAnEventCountEachFinding() {
        String rule = fresh("CNT");
        Redactor r = withRule(rule);
        int dirty = 0;
        for (String line : new RealisticLogLines(3, true).lines(300)) {
            if (random.nextInt(4) == 0) {
                line = line + " ref " + id(rule) + " and " + id(rule);
                dirty++;
            }
            r.redact(line);
        }
        assertThat(COUNTS.count(rule)).isEqualTo(2L * dirty); // two ids in a text: two findings, outside an event
        assertThat(COUNTS.countOutsideEvents(rule)).isEqualTo(2L * dirty);
        assertThat(COUNTS.byLogger().values()).allSatisfy(types -> assertThat(types).doesNotContainKey(rule));
    }

    @Test
    void anEventCountsEachTypeOnceUnderItsLoggerHoweverOftenItsPartsAreScanned() {
        String rule = fresh("EVT");
        String logger = fresh("com.example.Events");
        Redactor r = withRule(rule);
        long emails = COUNTS.count("EMAIL");
        int events = 20 + random.nextInt(20);
        for (int i = 0; i < events; i++) {
            FindingCounts.Tally t = FindingCounts.begin();
            try {
                String message = "user " + SecretSamples.email(random) + " ref " + id(rule);
                r.redact(message); // the message
                r.redactValue("ref", id(rule)); // an MDC value
                r.redact(message); // the message again, as an adapter may scan it twice
            } finally {
                t.end(logger);
            }
        }
        assertThat(COUNTS.count(rule)).isEqualTo(events);
        assertThat(COUNTS.count("EMAIL") - emails).isGreaterThanOrEqualTo(events); // other tests may count emails too
        assertThat(COUNTS.byLogger().get(logger)).containsEntry(rule, (long) events).containsEntry("EMAIL", (long) events);
    }

    @Test
    void theFirstEventOfALoggerWithFindingsNamesItsTypesOnce() {
        String rule = fresh("FIRST");
        String logger = fresh("com.example.First");
        Redactor r = withRule(rule);
        FindingCounts.Tally clean = FindingCounts.begin();
        r.redact("nothing here at 10:15:30");
        assertThat(clean.end(logger)).isNull();
        List<String> reports = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            FindingCounts.Tally t = FindingCounts.begin();
            r.redact("ref " + id(rule) + " for " + SecretSamples.email(random));
            String first = t.end(logger);
            if (first != null) {
                reports.add(first);
            }
        }
        assertThat(reports).containsExactly(rule + ", EMAIL");
    }

    /** A metrics registry that logs while it adds a meter: its event counts with the one being ended. */
    @Test
    void aListenerThatLogsDoesNotCutTheEventItIsToldAboutShort() {
        String a = fresh("LSA");
        String b = fresh("LSB");
        String logger = fresh("com.example.Listened");
        Redactor r = Redactor.builder().rule(a, a + "-[0-9]{6}").rule(b, b + "-[0-9]{6}").build();
        FindingCounts.Listener logs = (l, type) -> {
            FindingCounts.Tally inner = FindingCounts.begin();
            r.redact("meter added");
            inner.end("io.micrometer.Registry");
        };
        COUNTS.addListener(logs);
        try {
            FindingCounts.Tally t = FindingCounts.begin();
            r.redact("refs " + id(a) + " " + id(b));
            assertThat(t.end(logger)).isEqualTo(a + ", " + b);
        } finally {
            COUNTS.removeListener(logs);
        }
        assertThat(COUNTS.byLogger().get(logger)).containsEntry(a, 1L).containsEntry(b, 1L);
    }

    @Test
    void aNestedEventCountsWithTheOuterOne() {
        String rule = fresh("NEST");
        String outer = fresh("com.example.Outer");
        String inner = fresh("com.example.Inner");
        Redactor r = withRule(rule);
        FindingCounts.Tally t = FindingCounts.begin();
        FindingCounts.Tally nested = FindingCounts.begin(); // an argument's toString() logs while redacting
        r.redact("inner " + id(rule));
        assertThat(nested.end(inner)).isNull();
        r.redact("outer " + id(rule));
        t.end(outer);
        assertThat(COUNTS.byLogger()).doesNotContainKey(inner);
        assertThat(COUNTS.byLogger().get(outer)).containsEntry(rule, 1L);
    }

    @Test
    void countsAreExactUnderConcurrency() throws Exception {
        String rule = fresh("CONC");
        Redactor r = withRule(rule);
        int threads = 4;
        int perThread = 2_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int k = 0; k < threads; k++) {
                String logger = "com.example.Conc" + k + rule;
                done.add(pool.submit(() -> {
                    Random rr = new Random();
                    for (int i = 0; i < perThread; i++) {
                        FindingCounts.Tally t = FindingCounts.begin();
                        try {
                            r.redact("ref " + rule + "-" + SecretSamples.digits(rr, 6));
                        } finally {
                            t.end(logger);
                        }
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(COUNTS.count(rule)).isEqualTo((long) threads * perThread);
        for (int k = 0; k < threads; k++) {
            assertThat(COUNTS.byLogger().get("com.example.Conc" + k + rule)).containsEntry(rule, (long) perThread);
        }
    }

    /** On counts of its own: the JVM's are shared with the other tests, which need loggers named. */
    @Test
    void loggersBeyondTheBoundCountAsOtherAndTopLoggersSumTheRest() {
        FindingCounts counts = new FindingCounts();
        for (int i = 0; i < FindingCounts.MAX_LOGGERS + 50; i++) { // a logger per request, as some apps name them
            assertThat(counts.add("com.example.PerRequest." + i, "EMAIL")).isEqualTo(i < FindingCounts.MAX_LOGGERS);
            counts.add("com.example.PerRequest." + i, "EMAIL");
        }
        Map<String, Map<String, Long>> byLogger = counts.byLogger();
        assertThat(byLogger).hasSize(FindingCounts.MAX_LOGGERS + 1);
        assertThat(byLogger.get(FindingCounts.OTHER)).containsEntry("EMAIL", 100L);
        assertThat(byLogger.get("com.example.PerRequest.7")).containsEntry("EMAIL", 2L);
        assertThat(counts.count("EMAIL")).isEqualTo(2L * (FindingCounts.MAX_LOGGERS + 50));
        Map<String, Long> top = counts.topLoggers(3);
        assertThat(top).hasSize(4);
        assertThat(new ArrayList<>(top.keySet()).get(3)).as("the rest, summed last").isEqualTo(FindingCounts.OTHER);
        assertThat(top.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(counts.count("EMAIL"));
    }

    @Test
    void listenersHearOfEachNewCounterAndCountsPerLoggerAndTypeAreRead() {
        FindingCounts counts = new FindingCounts();
        List<String> heard = new ArrayList<>();
        counts.addListener((logger, type) -> heard.add(logger + "/" + type));
        counts.addListener((logger, type) -> {
            throw new IllegalStateException("a broken registry");
        });
        counts.add("a.B", "EMAIL");
        counts.add("a.B", "EMAIL");
        counts.add(null, "EMAIL");
        counts.add("a.C", "EMAIL");
        counts.add("a.C", "SSN");
        assertThat(heard).containsExactly("null/EMAIL", "a.B/EMAIL", "a.C/EMAIL", "null/SSN", "a.C/SSN");
        assertThat(counts.count("a.B", "EMAIL")).isEqualTo(2);
        assertThat(counts.count("a.C", "SSN")).isEqualTo(1);
        assertThat(counts.count("a.D", "SSN")).isZero();
        assertThat(counts.count("EMAIL")).isEqualTo(4);
    }

    @Test
    void failuresAreCounted() {
        Redactor r = Redactor.builder().detector(new ThrowingDetector()).build();
        long before = COUNTS.failures();
        for (int i = 0; i < 7; i++) {
            assertThat(r.redact("boom " + ThrowingDetector.TRIGGER + " " + i)).isEqualTo(Redactor.FAILED);
        }
        assertThat(COUNTS.failures() - before).isGreaterThanOrEqualTo(7);
    }

    @Test
    void reportModeCountsAndLetsEveryTextOutAsItCame() {
        String rule = fresh("RPT");
        Redactor r = Redactor.builder().rule(rule, rule + "-[0-9]{6}").mode("report").build();
        assertThat(r.reportsOnly()).isTrue();
        assertThat(r.toString()).contains("mode=report");
        Random rr = new Random(8);
        int n = 0;
        for (SensitiveType type : SensitiveType.values()) {
            for (int i = 0; i < 10; i++) {
                String text = "ref " + id(rule) + " got " + SecretSamples.of(type, rr) + "\n";
                assertThat(r.redact(text)).isEqualTo(text);
                StringBuilder out = new StringBuilder();
                r.appendRedacted(text, out);
                assertThat(out.toString()).isEqualTo(text);
                assertThat(r.newLineRedactor().redactLine(text.trim())).isEqualTo(text.trim());
                n += 3;
            }
        }
        assertThat(COUNTS.count(rule)).isEqualTo(n);
        assertThat(Redactor.builder().mode("redact").build().reportsOnly()).isFalse();
    }

    @Test
    void withTelemetryOffNothingIsCounted() {
        String rule = fresh("OFF");
        Redactor off = Redactor.builder().rule(rule, rule + "-[0-9]{6}").set("telemetry", "false").build();
        assertThat(off.counts()).isFalse();
        assertThat(off.toString()).contains("telemetry off");
        FindingCounts.Tally t = FindingCounts.begin();
        assertThat(off.redact("ref " + id(rule))).isEqualTo("ref [REDACTED_" + rule + "]");
        t.end(fresh("com.example.Off"));
        assertThat(off.redact("ref " + id(rule))).isEqualTo("ref [REDACTED_" + rule + "]");
        assertThat(COUNTS.count(rule)).isZero();
        Redactor reporting = Redactor.builder().rule(rule, rule + "-[0-9]{6}").telemetry(false).mode("report").build();
        assertThat(reporting.counts()).as("report mode counts whatever telemetry says").isTrue();
        reporting.redact("ref " + id(rule));
        assertThat(COUNTS.count(rule)).isEqualTo(1);
    }

    @Test
    void aBadModeIsNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Redactor.builder().mode("audit"))
                .isInstanceOf(RedactorConfigException.class).hasMessageContaining("mode").hasMessageContaining("audit");
    }
}
