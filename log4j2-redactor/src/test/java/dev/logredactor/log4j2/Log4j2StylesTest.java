package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.layout.template.json.util.JsonReader;
import org.apache.logging.log4j.message.ObjectMessage;
import org.apache.logging.log4j.message.StringMapMessage;
import org.apache.logging.log4j.message.StructuredDataMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each configuration style, from real XML ({@code styles-<style>.xml}), gets the same script of events
 * of every kind: no secret may reach the file, every clean line must be there unchanged, no event lost.
 */
class Log4j2StylesTest {
    @TempDir
    Path dir;

    @AfterEach
    void clearContext() {
        ThreadContext.clearAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"rewrite", "converter", "converter-noex", "layout", "json", "dropin", "async-rewrite", "async-dropin",
        "async-converter"})
    void noSecretLeavesAndCleanLinesStay(String style) throws Exception {
        Path logFile = dir.resolve(style + ".log");
        LoggerContext ctx = TestContexts.start(style, TestContexts.config(dir, "styles-" + style + ".xml", logFile));
        Script script = new Script(new Random(style.hashCode()));
        script.run(ctx.getLogger("app." + style), 25);
        String out = TestContexts.stopAndRead(ctx, logFile);

        for (String secret : script.secrets) {
            assertThat(out).as("%s: secret %s", style, secret).doesNotContain(secret);
        }
        String text = style.equals("json") ? messagesOf(out) : out;
        for (String line : script.clean) {
            assertThat(text).as("%s: clean line", style).contains(line);
        }
        for (int i = 0; i < script.events; i++) {
            assertThat(out).as("%s: event %d written", style, i).contains("evt-" + i + "-");
        }
        assertThat(out).as("%s: class names and frames of stack traces stay", style)
                .contains("java.lang.IllegalStateException").contains("Caused by: java.lang.RuntimeException")
                .contains("Log4j2StylesTest$Script.run");
        if (style.equals("json")) {
            for (String line : out.split("\n")) {
                Object parsed = JsonReader.read(line);
                assertThat(parsed).as("each line is a JSON object").isInstanceOf(Map.class);
            }
        } else {
            assertThat(out.split("java.lang.IllegalStateException: card ", -1))
                    .as("%s: one stack trace per error, none appended raw", style).hasSize(26);
        }
    }

    /** The {@code message} fields of JSON lines, one per line. */
    static String messagesOf(String jsonLines) {
        StringBuilder sb = new StringBuilder();
        for (String line : jsonLines.split("\n")) {
            Object message = ((Map<?, ?>) JsonReader.read(line)).get("message");
            sb.append(message).append('\n');
        }
        return sb.toString();
    }

    /** Events of every kind with generated secrets, and clean realistic lines. */
    static final class Script {
        final List<String> secrets = new ArrayList<>();
        final List<String> clean = new ArrayList<>();
        final Random r;
        int events;

        Script(Random r) {
            this.r = r;
        }

        private String secret(SensitiveType t) {
            String s = SecretSamples.of(t, r);
            secrets.add(SecretSamples.secretPart(t, s));
            return s;
        }

        private String mark() {
            return "evt-" + events++ + "-";
        }

        void run(Logger log, int rounds) {
            RealisticLogLines lines = new RealisticLogLines(r.nextLong(), false);
            for (int i = 0; i < rounds; i++) {
                log.info("{} payment by {} with card {}", mark(), secret(SensitiveType.EMAIL), secret(SensitiveType.CREDIT_CARD));
                String pw = SecretSamples.password(r);
                secrets.add(pw);
                log.info(new StringMapMessage().with("order", mark()).with("password", pw).with("contact", secret(SensitiveType.EMAIL)));
                String token = secret(SensitiveType.GITHUB_TOKEN);
                String m = mark();
                log.info(new ObjectMessage(new Object() {
                    @Override
                    public String toString() {
                        return m + " client configured with " + token;
                    }
                }));
                log.info(new StructuredDataMessage("audit@32473", mark() + " login by " + secret(SensitiveType.EMAIL), "login",
                        Map.of("ssn", secret(SensitiveType.SSN))));
                ThreadContext.put("auth", "Bearer " + secret(SensitiveType.JWT));
                ThreadContext.push("iban " + secret(SensitiveType.IBAN));
                log.info("{} request handled", mark());
                ThreadContext.clearAll();
                IllegalStateException e = new IllegalStateException("card " + secret(SensitiveType.CREDIT_CARD),
                        new RuntimeException("for " + secret(SensitiveType.EMAIL)));
                e.addSuppressed(new IllegalArgumentException("phone " + secret(SensitiveType.PHONE)));
                log.error(mark() + " checkout failed", e);
                String line = lines.next();
                clean.add(line);
                log.info(line);
                log.info("{} {}", mark(), "done");
            }
        }
    }
}
