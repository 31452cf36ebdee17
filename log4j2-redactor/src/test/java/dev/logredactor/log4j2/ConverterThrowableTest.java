package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.testdata.SecretSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A pattern with {@code %redact{...}} prints stack traces redacted: the one inside it, and the one that
 * PatternLayout's {@code alwaysWriteExceptions} (on by default) would otherwise append, unredacted, after
 * the pattern when nothing in it prints the throwable. Each pattern logs an event whose exception, cause
 * and suppressed exception carry secrets, through a real configuration.
 */
class ConverterThrowableTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} alwaysWriteExceptions={1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // the documented pattern without %ex
        "%redact{%m %X%n}               | true  | 1 | (?s)done \\{[^\\n]*}\\njava.lang.IllegalStateException: .*",
        // %redact not last: the trace follows what %redact prints (on a line of its own from Log4j 2.25; 2.17's %xEx
        // starts after a space)
        "%redact{%m} [%t]%n             | true  | 1 | (?s)done\\s+java.lang.IllegalStateException: .*\\[[^\\]]+]\\n",
        "%redact{%m%n%ex}               | true  | 1 | (?s)done\\njava.lang.IllegalStateException: .*",
        "%redact{%m%n%ex}               | false | 1 | (?s)done\\njava.lang.IllegalStateException: .*",
        "%redact{%m%n%ex{none}}         | false | 0 | done\\n",
        "%redact{%m%n%ex{none}}         | true  | 0 | done\\n",
    })
    void everyTraceIsRedacted(String pattern, boolean always, int traces, String layout) throws Exception {
        Random r = new Random(pattern.hashCode());
        for (int round = 0; round < 5; round++) {
            List<String> secrets = new ArrayList<>();
            String out = logOneFailure(pattern.trim(), always, r, secrets, "t" + round);
            for (String s : secrets) {
                assertThat(out).as("%s", pattern).doesNotContain(s);
            }
            assertThat(count(out, "java.lang.IllegalStateException: ")).as("%s", pattern).isEqualTo(traces);
            assertThat(out).as("%s", pattern).matches(layout);
            if (traces > 0) {
                assertThat(out).contains("no account for [REDACTED_EMAIL]").contains("Caused by: java.lang.RuntimeException");
            }
        }
    }

    /** The same without {@code %redact} (and the drop-in mode off): the test above would see a leak. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"%m%n", "%m %X%n%ex"})
    void withoutRedactTheTraceLeaks(String pattern) throws Exception {
        List<String> secrets = new ArrayList<>();
        System.setProperty(AutoMode.PROPERTY, "false");
        try {
            String out = logOneFailure(pattern, true, new Random(3), secrets, "raw");
            assertThat(out).contains(secrets.get(0));
        } finally {
            System.clearProperty(AutoMode.PROPERTY);
        }
    }

    private String logOneFailure(String pattern, boolean always, Random r, List<String> secrets, String name) throws Exception {
        Path log = dir.resolve(name + ".log");
        Path xml = dir.resolve(name + ".xml");
        Files.writeString(xml, "<Configuration status=\"WARN\"><Appenders><File name=\"File\" fileName=\""
                + log.toString().replace('\\', '/') + "\"><PatternLayout alwaysWriteExceptions=\"" + always + "\" pattern=\""
                + pattern.replace("<", "&lt;") + "\"/></File></Appenders>"
                + "<Loggers><Root level=\"info\"><AppenderRef ref=\"File\"/></Root></Loggers></Configuration>", StandardCharsets.UTF_8);
        LoggerContext ctx = TestContexts.start(name + pattern.hashCode(), xml);
        ctx.getLogger("app").error("done", SecretSamples.failure(r, secrets));
        return TestContexts.stopAndRead(ctx, log);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
