package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.logredactor.core.testdata.SecretSamples;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 16 threads x 50,000 events through the policy: each written once, whole, redacted. */
class LoadTest {
    private static final int THREADS = 16;
    private static final int EVENTS = 50_000;
    private static final Pattern LINE = Pattern.compile(
            "INFO t=(\\d+) i=(\\d+) mail=\\[REDACTED_EMAIL\\] card=\\[REDACTED_CREDIT_CARD\\] id=(\\d+)-(\\d+) end");

    @TempDir
    Path dir;

    /** A Luhn-valid Visa number made from {@code n}, computed. */
    static String card(long n) {
        String body = "4" + String.format("%014d", n % 100_000_000_000_000L);
        return body + SecretSamples.luhnCheckDigit(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sync"})
    void everyEventIsWrittenOnceWholeAndRedacted(String style) throws Exception {
        Path log = dir.resolve(style + ".log");
        String root = style.equals("sync") ? "Root" : "AsyncRoot";
        String xml = "<Configuration status=\"WARN\"><Appenders><File name=\"File\" fileName=\"" + log + "\">"
                + "<PatternLayout pattern=\"%p %m%n\"/></File><Rewrite name=\"Redacted\"><RedactionPolicy/>"
                + "<AppenderRef ref=\"File\"/></Rewrite></Appenders><Loggers><" + root + " level=\"info\" includeLocation=\"false\">"
                + "<AppenderRef ref=\"Redacted\"/></" + root + "></Loggers></Configuration>";
        Path config = Files.write(dir.resolve(style + ".xml"), xml.getBytes(StandardCharsets.UTF_8));
        LoggerContext ctx = TestContexts.start("load-" + style, config);
        Logger logger = ctx.getLogger("load");
        CyclicBarrier start = new CyclicBarrier(THREADS);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < EVENTS; i++) {
                        logger.info("t={} i={} mail={} card={} id={}-{} end", id, i, "u" + id + "x" + i + "@example.com",
                                card((long) id * EVENTS + i), id, i);
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
        ctx.stop(60, TimeUnit.SECONDS);
        assertThat(failures).isEmpty();
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
        assertThat(lines).isEqualTo((long) THREADS * EVENTS);
    }
}
