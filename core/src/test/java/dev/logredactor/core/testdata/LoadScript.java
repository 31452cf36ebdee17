package dev.logredactor.core.testdata;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;

/**
 * The adapters' load tests: {@value #THREADS} threads log {@value #EVENTS} events each, every one with an
 * email and a card number, started together; then the file must hold each event once, whole, redacted.
 */
public final class LoadScript {
    public static final int THREADS = 16;
    public static final int EVENTS = 50_000;
    /** The message pattern, in SLF4J / Log4j {@code {}} syntax, of {@link #arguments}. */
    public static final String FORMAT = "t={} i={} mail={} card={} id={}-{} end";
    private static final Pattern LINE = Pattern.compile(
            "INFO t=(\\d+) i=(\\d+) mail=\\[REDACTED_EMAIL\\] card=\\[REDACTED_CREDIT_CARD\\] id=(\\d+)-(\\d+) end");

    /** Logs event {@code i} of thread {@code t}: {@code FORMAT} with {@code arguments(t, i)}. */
    public interface EventLogger {
        void log(int t, int i);
    }

    private LoadScript() {
    }

    /** The arguments of event {@code i} of thread {@code t}: the ids, an email, a Luhn-valid Visa number. */
    public static Object[] arguments(int t, int i) {
        String card = "4" + String.format("%014d", ((long) t * EVENTS + i) % 100_000_000_000_000L);
        return new Object[] {t, i, "u" + t + "x" + i + "@example.com", card + SecretSamples.luhnCheckDigit(card), t, i};
    }

    /** Runs the threads to the end; none may throw. */
    public static void run(EventLogger logger) throws InterruptedException {
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < EVENTS; i++) {
                        logger.log(id, i);
                    }
                } catch (Exception | Error e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) {
            th.join();
        }
        assertThat(failures).isEmpty();
    }

    /** The file, written with the layout {@code %level %message%n}, holds every event once, whole and redacted. */
    public static void assertEachWrittenOnceWholeAndRedacted(Path log) throws IOException {
        assertEachWrittenAtMostOnceWholeAndRedacted(log, 0);
    }

    /**
     * The file, written with the layout {@code %level %message%n}, holds each event at most once, whole and
     * redacted, and misses at most {@code mayMiss} of them.
     */
    public static void assertEachWrittenAtMostOnceWholeAndRedacted(Path log, int mayMiss) throws IOException {
        BitSet[] seen = new BitSet[THREADS];
        for (int t = 0; t < THREADS; t++) {
            seen[t] = new BitSet(EVENTS);
        }
        long lines = 0;
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lines++;
                Matcher m = LINE.matcher(line);
                assertThat(m.matches()).as("line %d: %s", lines, line).isTrue();
                int t = Integer.parseInt(m.group(1));
                int i = Integer.parseInt(m.group(2));
                assertThat(m.group(3)).isEqualTo(m.group(1));
                assertThat(m.group(4)).isEqualTo(m.group(2));
                assertThat(seen[t].get(i)).as("t=%d i=%d twice", t, i).isFalse();
                seen[t].set(i);
            }
        }
        StringBuilder missing = new StringBuilder();
        for (int t = 0; t < THREADS && missing.length() < 200; t++) {
            for (int i = seen[t].nextClearBit(0); i < EVENTS && missing.length() < 200; i = seen[t].nextClearBit(i + 1)) {
                missing.append(" t=").append(t).append(" i=").append(i);
            }
        }
        assertThat(lines).as("events missing:%s", missing).isBetween((long) THREADS * EVENTS - mayMiss, (long) THREADS * EVENTS);
    }
}
