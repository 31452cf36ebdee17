package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.testdata.LoadScript;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.async.AsyncLoggerConfig;
import org.apache.logging.log4j.core.async.AsyncLoggerContext;
import org.apache.logging.log4j.core.jmx.RingBufferAdmin;
import org.apache.logging.log4j.util.PropertiesUtil;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 16 threads x 50,000 events through the policy: with sync loggers, with {@code <AsyncRoot>} (async logger
 * config on the disruptor) and with all loggers async (an {@link AsyncLoggerContext}, what
 * {@code log4j2.contextSelector=...AsyncLoggerContextSelector} gives).
 *
 * <p>With a ring buffer that holds the whole run, every event is written once, whole, redacted. With Log4j's
 * default ring buffer (4,096 slots) the queue is full for most of the run, and Log4j itself may drop an
 * event without a word: when its enqueue fails it asks the disruptor for the remaining capacity, takes a
 * negative answer for "shut down" and discards the event (Log4j 2.17 and 2.25,
 * {@code AsyncLoggerConfigDisruptor.getEventRoute}, {@code AsyncLoggerDisruptor.getEventRoute}), and
 * Disruptor's {@code MultiProducerSequencer.remainingCapacity()} reads its cursor twice and can answer
 * below zero while producers and the consumer move between the reads. That path runs before any appender,
 * so it is not ours; under back-pressure the test checks what is: no event twice, every written one whole
 * and redacted, and no more than a few missing.
 */
class LoadTest {
    /** Events Log4j may drop on its queue-full path in one run; seen: one, in about one run in fifteen. */
    private static final int LOG4J_MAY_DROP = 10;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sync", "async-root", "all-async"})
    void everyEventIsWrittenOnceWholeAndRedacted(String style) throws Exception {
        String size = String.valueOf(Integer.highestOneBit(LoadScript.THREADS * LoadScript.EVENTS) * 2);
        ringBufferSize(size);
        try {
            Path log = run(style, true);
            LoadScript.assertEachWrittenOnceWholeAndRedacted(log);
        } finally {
            ringBufferSize(null);
        }
    }

    /**
     * Sets (or, with null, clears) both ring buffer sizes. Log4j 2.17 reads system properties again only on
     * {@code reload()}, which 2.25 deprecates but keeps.
     */
    @SuppressWarnings("deprecation")
    private static void ringBufferSize(String size) {
        for (String key : new String[] {"AsyncLoggerConfig.RingBufferSize", "AsyncLogger.RingBufferSize"}) {
            if (size == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, size);
            }
        }
        PropertiesUtil.getProperties().reload();
    }

    @ParameterizedTest
    @ValueSource(strings = {"async-root", "all-async"})
    void underBackPressureNoEventIsWrittenTwiceOrUnredacted(String style) throws Exception {
        Path log = run(style, false);
        LoadScript.assertEachWrittenAtMostOnceWholeAndRedacted(log, LOG4J_MAY_DROP);
    }

    /** Runs the load script through a context of {@code style}; returns the log file. */
    private Path run(String style, boolean roomForAll) throws Exception {
        Path log = dir.resolve(style + ".log");
        String root = style.equals("async-root") ? "AsyncRoot" : "Root";
        String xml = "<Configuration status=\"WARN\"><Appenders><File name=\"File\" fileName=\"" + log + "\">"
                + "<PatternLayout pattern=\"%p %m%n\"/></File><Rewrite name=\"Redacted\"><RedactionPolicy/>"
                + "<AppenderRef ref=\"File\"/></Rewrite></Appenders><Loggers><" + root + " level=\"info\" includeLocation=\"false\">"
                + "<AppenderRef ref=\"Redacted\"/></" + root + "></Loggers></Configuration>";
        Path config = Files.write(dir.resolve(style + ".xml"), xml.getBytes(StandardCharsets.UTF_8));
        try (StatusCapture status = new StatusCapture(Level.WARN)) {
            LoggerContext ctx;
            if (style.equals("all-async")) {
                ctx = new AsyncLoggerContext("load-" + style, null, config.toUri());
                ctx.start();
            } else {
                ctx = TestContexts.start("load-" + style, config);
            }
            RingBufferAdmin ring = style.equals("all-async") ? ((AsyncLoggerContext) ctx).createRingBufferAdmin()
                    : style.equals("async-root")
                    ? ((AsyncLoggerConfig) ctx.getConfiguration().getRootLogger()).createRingBufferAdmin(ctx.getName()) : null;
            if (ring != null) {
                long events = (long) LoadScript.THREADS * LoadScript.EVENTS;
                assertThat(ring.getBufferSize() >= events).as("ring buffer of %d slots holds the run", ring.getBufferSize())
                        .isEqualTo(roomForAll);
            }
            Logger logger = ctx.getLogger("load");
            LoadScript.run((t, i) -> logger.info(LoadScript.FORMAT, LoadScript.arguments(t, i)));
            assertThat(ctx.stop(60, TimeUnit.SECONDS)).as("stopped within the timeout").isTrue();
            // a lost event that Log4j reported (an appender error, a discarded event) names itself here
            assertThat(status.all()).as("Log4j status warnings and errors").isEmpty();
        }
        return log;
    }
}
