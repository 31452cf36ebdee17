package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.testdata.SecretSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.message.StringMapMessage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code neutralizeNewlines} in each Log4j2 plugin: a user-controlled value cannot add a line, a stack
 * trace keeps its lines, secrets still go; and the hash key comes from a file.
 */
class NeutralizeNewlinesTest {
    @TempDir
    Path dir;

    private Path config(String style, boolean on, Path keyFile, Path log) throws Exception {
        String attrs = "strategy=\"EMAIL=hash\" hashKeyFile=\"" + keyFile + "\"" + (on ? " neutralizeNewlines=\"true\"" : "");
        String pattern = "%p %c{1} - %m%n%ex";
        String appenders;
        String root = "File";
        switch (style) {
            case "policy":
                appenders = "<File name=\"File\" fileName=\"" + log + "\"><PatternLayout pattern=\"" + pattern + "\"/></File>"
                        + "<Rewrite name=\"Redacted\"><RedactionPolicy " + attrs + "/><AppenderRef ref=\"File\"/></Rewrite>";
                root = "Redacted";
                break;
            case "converter":
                appenders = "<File name=\"File\" fileName=\"" + log + "\"><PatternLayout pattern=\"%p %c{1} - %redact{%m%n%ex}"
                        + "{strategy.EMAIL=hash}{hash.key.file=" + keyFile + "}" + (on ? "{neutralize-newlines=true}" : "")
                        + "\"/></File>";
                break;
            default:
                appenders = "<File name=\"File\" fileName=\"" + log + "\"><RedactingLayout " + attrs + "><PatternLayout pattern=\""
                        + pattern + "\"/></RedactingLayout></File>";
        }
        String xml = "<Configuration status=\"WARN\"><Appenders>" + appenders + "</Appenders><Loggers><Root level=\"info\">"
                + "<AppenderRef ref=\"" + root + "\"/></Root></Loggers></Configuration>";
        return Files.write(dir.resolve(style + on + ".xml"), xml.getBytes(StandardCharsets.UTF_8));
    }

    private List<String> run(String style, boolean on, List<String> expectedMessages, String key, Random r) throws Exception {
        Path keyFile = Files.write(dir.resolve("hash.key"), (key + "\n").getBytes(StandardCharsets.UTF_8));
        Path log = dir.resolve(style + on + ".log");
        LoggerContext ctx = TestContexts.start("neutralize-" + style + on, config(style, on, keyFile, log));
        Redactor expected = Redactor.builder().strategy("EMAIL", "hash").hashKey(key).neutralizeNewlines(true).build();
        Logger logger = ctx.getLogger("app.Login");
        for (int i = 0; i < 100; i++) {
            String user = SecretSamples.random(r, "abc\r\n\u0085\u2028", 2 + r.nextInt(6)) + "\nINFO Login - admin logged in";
            String email = SecretSamples.email(r);
            if (i % 2 == 0) {
                logger.info("login failed for {} from {}", user, email);
            } else {
                logger.info("login failed for " + user + " from " + email);
            }
            expectedMessages.add(expected.neutralize(expected.redact("login failed for " + user + " from " + email)));
        }
        logger.info(new StringMapMessage().with("user", "eve\nINFO Login - admin logged in").with("action", "login"));
        logger.error("request failed", new IllegalStateException("boom"));
        String out = TestContexts.stopAndRead(ctx, log);
        return Arrays.asList(out.split("\n", -1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"policy", "converter", "layout"})
    void aValueCannotAddALineAndAStackTraceKeepsItsLines(String style) throws Exception {
        Random r = new Random(style.hashCode());
        String key = SecretSamples.random(r, "abcdefghijklmnopqrstuvwxyz", 24);
        List<String> expected = new ArrayList<>();
        List<String> lines = run(style, true, expected, key, r);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(lines.get(i)).isEqualTo("INFO Login - " + expected.get(i)).doesNotContain("\r", "\u0085", "\u2028");
        }
        int n = expected.size();
        assertThat(lines.get(n)).isEqualTo("INFO Login - action=\"login\" user=\"eve\\nINFO Login - admin logged in\"");
        assertThat(lines.get(n + 1)).isEqualTo("ERROR Login - request failed");
        assertThat(lines.get(n + 2)).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(lines.get(n + 3)).startsWith("\tat dev.logredactor.log4j2.NeutralizeNewlinesTest");
        assertThat(lines.stream().filter(l -> l.startsWith("INFO Login - admin"))).isEmpty();
        assertThat(expected.get(0)).contains("[REDACTED_EMAIL:").contains("\\nINFO Login - admin");
    }

    @ParameterizedTest
    @ValueSource(strings = {"policy", "converter", "layout"})
    void offByDefaultSoTheForgedLinesShowWhatItPrevents(String style) throws Exception {
        Random r = new Random(8);
        List<String> lines = run(style, false, new ArrayList<>(), SecretSamples.random(r, "abcdefghij", 20), r);
        assertThat(lines.stream().filter(l -> l.startsWith("INFO Login - admin logged in"))).hasSize(101);
    }
}
