package dev.logredactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import dev.logredactor.core.testdata.LoadScript;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 16 threads x 50,000 events, sync and through an {@code AsyncAppender}: each written once, whole, redacted. */
class LoadTest {
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
        LoadScript.run((t, i) -> logger.info(LoadScript.FORMAT, LoadScript.arguments(t, i)));
        lc.stop();
        LoadScript.assertEachWrittenOnceWholeAndRedacted(log);
        assertThat(LogbackStylesTest.errors(lc)).isEmpty();
    }
}
