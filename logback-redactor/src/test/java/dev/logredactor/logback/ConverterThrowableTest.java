package dev.logredactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.status.Status;
import dev.logredactor.core.testdata.SecretSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A pattern with {@code %redact(...)} prints stack traces redacted: those inside it, and the one Logback
 * would append after the pattern when nothing in it prints the throwable. Each pattern logs events whose
 * exception, cause and suppressed exception carry secrets, through a real configuration; the trace must
 * be printed as often and where Logback would print it, never with a secret.
 */
class ConverterThrowableTest {
    @TempDir
    Path dir;

    /** How each pattern prints an event with an exception: how many traces, and in which layout. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // the documented pattern without %ex: Logback would append a raw one after it
        "%redact(%msg %mdc %kvp%n)                    | 1 | (?s)done [^\\n]*\\njava.lang.IllegalStateException: .*",
        // %redact not last: the trace still comes where Logback puts it, at the end of the pattern
        "%redact(%msg) [%thread]%n                    | 1 | (?s)done \\[[^\\]]+]\\njava.lang.IllegalStateException: .*",
        "%redact(%msg%n%ex)                           | 1 | (?s)done\\njava.lang.IllegalStateException: .*",
        // %nopex after it: no trace, as the pattern says (Logback reads a % right after ')' as text, hence the space)
        "%redact(%msg) %nopex%n                       | 0 | done \\n",
        // inside another composite, and twice in one pattern: one trace
        "%replace(%redact(%msg%n)){'done', 'DONE'}    | 1 | (?s)DONE\\njava.lang.IllegalStateException: .*",
        "%redact(%msg) %redact(%mdc) %n               | 1 | (?s)done [^\\n]*\\njava.lang.IllegalStateException: .*",
    })
    void everyTraceIsRedactedAndPrintedWhereThePatternSays(String pattern, int traces, String layout) throws Exception {
        Random r = new Random(pattern.hashCode());
        for (int round = 0; round < 5; round++) {
            List<String> secrets = new ArrayList<>();
            LoggerContext lc = new LoggerContext();
            lc.setMDCAdapter(new LogbackMDCAdapter());
            Path log = dir.resolve("t" + round + ".log");
            TestConfigs.configure(lc, config(pattern.trim(), log));
            logOneFailure(lc, r, secrets);
            lc.stop();
            String out = Files.readString(log, StandardCharsets.UTF_8);

            for (String s : secrets) {
                assertThat(out).as("%s", pattern).doesNotContain(s);
            }
            assertThat(count(out, "java.lang.IllegalStateException: ")).as("%s", pattern).isEqualTo(traces);
            assertThat(out).as("%s", pattern).matches(layout);
            if (traces > 0) {
                assertThat(out).contains("no account for [REDACTED_EMAIL]");
            }
            assertThat(lc.getStatusManager().getCopyOfStatusList()).noneMatch(s -> s.getLevel() >= Status.WARN);
        }
    }

    /** A throwable converter written outside {@code %redact}: printed as written, unredacted, with a warning at start-up. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"%redact(%msg) %n%ex{short}", "%redact(%msg) %replace(%xEx){'x', 'x'}%n"})
    void aThrowableConverterOutsideIsReportedAtStart(String pattern) throws Exception {
        LoggerContext lc = new LoggerContext();
        lc.setMDCAdapter(new LogbackMDCAdapter());
        TestConfigs.configure(lc, config(pattern, dir.resolve("outside.log")));
        lc.stop();
        assertThat(lc.getStatusManager().getCopyOfStatusList()).filteredOn(s -> s.getLevel() == Status.WARN)
                .singleElement().extracting(Status::getMessage).asString()
                .contains("after %redact(...) prints stack traces unredacted").contains("%redact(%msg%n%ex)");
    }

    /** The same patterns without {@code %redact}: the test above would see a leak. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"%msg%n", "%msg %mdc%n%ex"})
    void withoutRedactTheTraceLeaks(String pattern) throws Exception {
        List<String> secrets = new ArrayList<>();
        LoggerContext lc = new LoggerContext();
        lc.setMDCAdapter(new LogbackMDCAdapter());
        Path log = dir.resolve("raw.log");
        TestConfigs.configure(lc, config(pattern, log));
        logOneFailure(lc, new Random(3), secrets);
        lc.stop();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains(secrets.get(0));
    }

    private static void logOneFailure(LoggerContext lc, Random r, List<String> secrets) {
        lc.getLogger("app").error("done", SecretSamples.failure(r, secrets));
    }

    private static String config(String pattern, Path log) {
        return "<configuration>"
                + "<conversionRule conversionWord=\"redact\" class=\"dev.logredactor.logback.RedactingConverter\"/>"
                + "<appender name=\"FILE\" class=\"ch.qos.logback.core.FileAppender\"><file>" + log + "</file>"
                + "<encoder><pattern>" + pattern.replace("<", "&lt;") + "</pattern></encoder></appender>"
                + "<root level=\"INFO\"><appender-ref ref=\"FILE\"/></root></configuration>";
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
