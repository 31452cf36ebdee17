package dev.logredactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.testdata.SecretSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code neutralize-newlines} in each Logback component: a user-controlled value cannot add a line, a
 * stack trace keeps its lines, secrets still go; and the hash key comes from a file.
 */
class NeutralizeNewlinesTest {
    @TempDir
    Path dir;

    private static final String PATTERN = "%-5level %logger{0} - %msg%n%ex";

    private String xml(String style, boolean on, Path keyFile) {
        String settings = "<strategy>EMAIL=hash</strategy><hashKeyFile>" + keyFile + "</hashKeyFile>"
                + (on ? "<neutralizeNewlines>true</neutralizeNewlines>" : "");
        String appender = "<appender name=\"FILE\" class=\"ch.qos.logback.core.FileAppender\"><file>${logFile}</file>";
        switch (style) {
            case "encoder":
                return "<configuration>" + appender + "<encoder class=\"dev.logredactor.logback.RedactingEncoder\">"
                        + "<delegate class=\"ch.qos.logback.classic.encoder.PatternLayoutEncoder\"><pattern>" + PATTERN
                        + "</pattern></delegate>" + settings + "</encoder></appender>"
                        + "<root level=\"INFO\"><appender-ref ref=\"FILE\"/></root></configuration>";
            case "converter":
                return "<configuration><conversionRule conversionWord=\"redact\" class=\"dev.logredactor.logback.RedactingConverter\"/>"
                        + appender + "<encoder><pattern>%-5level %logger{0} - %redact(%msg%n%ex){strategy.EMAIL=hash, hash.key.file="
                        + keyFile + (on ? ", neutralize-newlines=true" : "") + "}</pattern></encoder></appender>"
                        + "<root level=\"INFO\"><appender-ref ref=\"FILE\"/></root></configuration>";
            default:
                return "<configuration><turboFilter class=\"dev.logredactor.logback.RedactingTurboFilter\">" + settings
                        + "</turboFilter>" + appender + "<encoder><pattern>" + PATTERN + "</pattern></encoder></appender>"
                        + "<root level=\"INFO\"><appender-ref ref=\"FILE\"/></root></configuration>";
        }
    }

    private List<String> run(String style, boolean on, List<String> expectedMessages, String key, Random r) throws Exception {
        Path keyFile = Files.write(dir.resolve("hash.key"), (key + "\n").getBytes(StandardCharsets.UTF_8));
        Path log = dir.resolve(style + on + ".log");
        LoggerContext lc = new LoggerContext();
        lc.setMDCAdapter(new LogbackMDCAdapter());
        lc.putProperty("logFile", log.toString());
        TestConfigs.configure(lc, xml(style, on, keyFile));
        assertThat(LogbackStylesTest.errors(lc)).isEmpty();
        Redactor expected = Redactor.builder().strategy("EMAIL", "hash").hashKey(key).neutralizeNewlines(true).build();
        Logger logger = lc.getLogger("app.Login");
        for (int i = 0; i < 100; i++) {
            String user = SecretSamples.random(r, "abc\r\n\u0085\u2028", 2 + r.nextInt(6)) + "\nINFO  Login - admin logged in";
            String email = SecretSamples.email(r);
            switch (i % 3) {
                case 0:
                    logger.info("login failed for {} from {}", user, email);
                    break;
                case 1:
                    logger.info("login failed for " + user + " from " + email);
                    break;
                default:
                    logger.info("login failed for {} from {} ({})", user, email, "arg\r\nthree");
            }
            String message = i % 3 == 2 ? "login failed for " + user + " from " + email + " (arg\r\nthree)"
                    : "login failed for " + user + " from " + email;
            expectedMessages.add(expected.neutralize(expected.redact(message)));
        }
        logger.error("request failed", new IllegalStateException("boom"));
        lc.stop();
        return Files.readAllLines(log, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"encoder", "converter", "turbofilter"})
    void aValueCannotAddALineAndAStackTraceKeepsItsLines(String style) throws Exception {
        Random r = new Random(style.hashCode());
        String key = SecretSamples.random(r, "abcdefghijklmnopqrstuvwxyz", 24);
        List<String> expected = new ArrayList<>();
        List<String> lines = run(style, true, expected, key, r);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(lines.get(i)).isEqualTo("INFO  Login - " + expected.get(i)).doesNotContain("\r", "\u0085", "\u2028");
        }
        assertThat(lines.get(expected.size())).isEqualTo("ERROR Login - request failed");
        assertThat(lines.get(expected.size() + 1)).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(lines.get(expected.size() + 2)).startsWith("\tat dev.logredactor.logback.NeutralizeNewlinesTest");
        assertThat(lines.stream().filter(l -> l.startsWith("INFO  Login - admin"))).isEmpty();
        assertThat(expected.get(0)).contains("[REDACTED_EMAIL:").contains("\\nINFO  Login - admin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"encoder", "converter", "turbofilter"})
    void offByDefaultSoTheForgedLinesShowWhatItPrevents(String style) throws Exception {
        Random r = new Random(7);
        List<String> lines = run(style, false, new ArrayList<>(), SecretSamples.random(r, "abcdefghij", 20), r);
        assertThat(lines.stream().filter(l -> l.equals("INFO  Login - admin logged in from [REDACTED_EMAIL:"))).isEmpty();
        assertThat(lines.stream().filter(l -> l.startsWith("INFO  Login - admin logged in"))).hasSize(100);
    }
}
