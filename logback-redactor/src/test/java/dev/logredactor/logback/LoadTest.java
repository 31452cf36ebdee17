package dev.logredactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.logredactor.core.testdata.SecretSamples;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 16 threads x 50,000 events, sync and through an {@code AsyncAppender}: each written once, whole, redacted. */
class LoadTest {
    private static final int THREADS = 16;
    private static final int EVENTS = 50_000;
    private static final Pattern LINE = Pattern.compile(
            "INFO t=(\\d+) i=(\\d+) mail=\\[REDACTED_EMAIL\\] card=\\[REDACTED_CREDIT_CARD\\] id=(\\d+)-(\\d+) end");

    @TempDir
    Path dir;

    private static String xml(String style) {
        String file = "<appender name=\"FILE\" class=\"ch.qos.logback.core.FileAppender\"><file>${logFile}</file>"
                + "<encoder class=\"dev.logredactor.logback.RedactingEncoder\"><delegate "
                + "class=\"ch.qos.logback.classic.encoder.PatternLayoutEncoder\"><pattern>%level %msg%n</pattern></delegate>"
                + "</encoder></appender>";
        if (style.equals("sync")) {
            return "<configuration>" + file + "<root level=\"INFO\"><appender-ref ref=\"FILE\"/></root></configuration>";
        }
        return "<configuration>" + file + "<appender name=\"ASYNC\" class=\"ch.qos.logback.classic.AsyncAppender\">"
                + "<queueSize>1024</queueSize><discardingThreshold>0</discardingThreshold><appender-ref ref=\"FILE\"/>"
                + "</appender><root level=\"INFO\"><appender-ref ref=\"ASYNC\"/></root></configuration>";
    }

    /** A Luhn-valid Visa number made from {@code n}, computed. */
    static String card(long n) {
        String body = "4" + String.format("%014d", n % 100_000_000_000_000L);
        return body + SecretSamples.luhnCheckDigit(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"sync", "async"})
    void everyEventIsWrittenOnceWholeAndRedacted(String style) throws Exception {
        Path log = dir.resolve(style + ".log");
        LoggerContext lc = new LoggerContext();
        lc.setMDCAdapter(new LogbackMDCAdapter());
        lc.putProperty("logFile", log.toString());
        JoranConfigurator jc = new JoranConfigurator();
        jc.setContext(lc);
        jc.doConfigure(new ByteArrayInputStream(xml(style).getBytes(StandardCharsets.UTF_8)));
        assertThat(LogbackStylesTest.errors(lc)).isEmpty();
        Logger logger = lc.getLogger("load");
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
        lc.stop();
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
        assertThat(LogbackStylesTest.errors(lc)).isEmpty();
    }
}
