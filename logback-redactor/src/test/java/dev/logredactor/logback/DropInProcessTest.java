package dev.logredactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.testdata.SecretSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The drop-in mode end to end, as an application gets it: a JVM of its own where SLF4J finds Logback,
 * Logback finds our configurator as a service and then reads a plain {@code logback.xml}. Classic and
 * SLF4J fluent-API events, with secrets in messages, key-value pairs, MDC and exceptions, to a file
 * appender directly and behind an {@code AsyncAppender}. Run on every Logback of the compatibility
 * modules, where before 1.5.21 the fluent-API events reach no turbo filter.
 */
class DropInProcessTest {
    @TempDir
    Path dir;

    @Test
    void aPlainConfigurationGetsEveryEventRedacted() throws Exception {
        Random r = new Random(5);
        String email = SecretSamples.email(r);
        String password = SecretSamples.password(r);
        String card = SecretSamples.card(r);
        Path direct = dir.resolve("direct.log");
        Path behindAsync = dir.resolve("async.log");
        Path xml = dir.resolve("logback.xml");
        String pattern = "<encoder><pattern>%-5level %logger{0} [%mdc] {%kvp} - %msg%n%ex</pattern></encoder>";
        Files.writeString(xml, "<configuration>"
                + "<appender name=\"FILE\" class=\"ch.qos.logback.core.FileAppender\"><file>" + direct + "</file>" + pattern
                + "</appender>"
                + "<appender name=\"FILE2\" class=\"ch.qos.logback.core.FileAppender\"><file>" + behindAsync + "</file>" + pattern
                + "</appender>"
                + "<appender name=\"ASYNC\" class=\"ch.qos.logback.classic.AsyncAppender\"><appender-ref ref=\"FILE2\"/></appender>"
                + "<root level=\"INFO\"><appender-ref ref=\"FILE\"/><appender-ref ref=\"ASYNC\"/></root></configuration>",
                StandardCharsets.UTF_8);
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlogback.configurationFile=" + xml, "-cp", System.getProperty("java.class.path"), DropInApp.class.getName(),
                email, password, card);
        pb.environment().remove(AutoMode.ENV);
        Path console = dir.resolve("console.out");
        pb.redirectErrorStream(true).redirectOutput(console.toFile());
        assertThat(pb.start().waitFor()).as(Files.readString(console)).isZero();

        for (Path log : new Path[] {direct, behindAsync}) {
            String out = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(out).as("%s", log).doesNotContain(email).doesNotContain(password).doesNotContain(card)
                    .contains("classic call for [REDACTED_EMAIL]")
                    .contains("fluent login for [REDACTED_EMAIL]")
                    .contains("password=")
                    .contains("fluent card [REDACTED_CREDIT_CARD]")
                    .contains("[user=[REDACTED_EMAIL]] {} - fluent with mdc")
                    .contains("java.lang.IllegalStateException: no account for [REDACTED_EMAIL]")
                    .contains("clean line 7");
            assertThat(out.lines()).filteredOn(l -> l.contains("fluent login")).singleElement().asString()
                    .contains("[REDACTED_SECRET]");
        }
    }
}
