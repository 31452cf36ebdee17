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
import org.apache.logging.log4j.core.async.AsyncLoggerContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 16 threads x 50,000 events through the policy: each written once, whole, redacted. With sync loggers,
 * with {@code <AsyncRoot>} (async logger config on the disruptor) and with all loggers async (an
 * {@link AsyncLoggerContext}, what {@code log4j2.contextSelector=...AsyncLoggerContextSelector} gives).
 * 800,000 events are more than the default ring buffer holds, so the async cases also go through Log4j's
 * queue-full path.
 */
class LoadTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sync", "async-root", "all-async"})
    void everyEventIsWrittenOnceWholeAndRedacted(String style) throws Exception {
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
            Logger logger = ctx.getLogger("load");
            LoadScript.run((t, i) -> logger.info(LoadScript.FORMAT, LoadScript.arguments(t, i)));
            assertThat(ctx.stop(60, TimeUnit.SECONDS)).as("stopped within the timeout").isTrue();
            // a lost event that Log4j reported (an appender error, a discarded event) names itself here
            assertThat(status.all()).as("Log4j status warnings and errors").isEmpty();
            LoadScript.assertEachWrittenOnceWholeAndRedacted(log);
        }
    }
}
