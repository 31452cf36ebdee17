package dev.logredactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.Setting;
import dev.logredactor.core.testdata.SecretSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.MarkerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each configuration style, loaded from real XML ({@code LogbackStylesTest-<style>.xml}), gets the same
 * script of events: no secret may reach the file, every clean line must be there unchanged.
 */
class LogbackStylesTest {
    @TempDir
    Path dir;

    private Path logFile;

    LoggerContext configure(String style) throws JoranException {
        return configure(style, xml -> xml);
    }

    /** The style's configuration, edited by {@code edit} before Logback reads it. */
    LoggerContext configure(String style, java.util.function.UnaryOperator<String> edit) throws JoranException {
        logFile = dir.resolve(style + ".log");
        return TestConfigs.style(style, logFile, edit);
    }

    String output(LoggerContext lc) throws IOException {
        lc.stop(); // flushes async appenders
        return Files.readString(logFile, StandardCharsets.UTF_8);
    }

    /** The values that must not appear, and the clean messages that must appear as they are. */
    static final class Script {
        final List<String> secrets = new ArrayList<>();
        final List<String> clean = new ArrayList<>();

        private String secret(SensitiveType t, Random r) {
            String s = SecretSamples.of(t, r);
            secrets.add(SecretSamples.secretPart(t, s));
            return s;
        }

        void run(Logger log, LoggerContext lc, Random r) {
            log.info("one arg {}", secret(SensitiveType.EMAIL, r));
            log.info("two args {} and {}", secret(SensitiveType.CREDIT_CARD, r), secret(SensitiveType.SSN, r));
            log.info("three args {} {} {}", secret(SensitiveType.JWT, r), "plain", secret(SensitiveType.IBAN, r));
            log.warn("concatenated password=" + secret(SensitiveType.SECRET, r).replaceFirst("^[^=]*=", ""));
            String pw = SecretSamples.password(r);
            secrets.add(pw);
            log.warn("login failed for password=" + pw);
            IllegalStateException ex = new IllegalStateException("failed for " + secret(SensitiveType.EMAIL, r),
                    new RuntimeException("cause with " + secret(SensitiveType.GITHUB_TOKEN, r)));
            ex.addSuppressed(new IllegalArgumentException("suppressed " + secret(SensitiveType.AWS_ACCESS_KEY, r)));
            log.error("request failed", ex);
            lc.getMDCAdapter().put("user.email", secret(SensitiveType.EMAIL, r));
            log.info("with mdc");
            // with a secret in the MDC, level checks must still answer, and must not log anything themselves
            String guarded = "guarded by isInfoEnabled " + r.nextInt(1000);
            if (log.isInfoEnabled()) {
                clean.add(guarded);
                log.info(guarded);
            }
            String fluentLine = "fluent with mdc " + r.nextInt(1000);
            clean.add(fluentLine);
            log.atInfo().log(fluentLine);
            lc.getMDCAdapter().remove("user.email");
            log.info(MarkerFactory.getMarker("AUDIT"), "marker {}", secret(SensitiveType.PHONE, r));
            // SLF4J's fluent API, with a secret in the message and in a key-value pair: before 1.5.21, Logback
            // shows such events to no turbo filter, so the turbo filter styles redact them in the encoders
            String kvp = SecretSamples.password(r);
            secrets.add(kvp);
            log.atInfo().addKeyValue("password", kvp).log("fluent login for {}", secret(SensitiveType.EMAIL, r));
            log.atWarn().setMessage("fluent card " + secret(SensitiveType.CREDIT_CARD, r)).addKeyValue("order", 42).log();
            String inObject = secret(SensitiveType.EMAIL, r);
            Object customer = new Object() {
                @Override
                public String toString() {
                    return "Customer{mail=" + inObject + "}";
                }
            };
            log.info("customer {}", customer);
            String pem = SecretSamples.privateKey(r, "\n");
            secrets.add(pem.split("\n")[1]);
            log.info("loaded key\n" + pem);
            log.info("payload {\"email\":\"" + secret(SensitiveType.EMAIL, r) + "\",\"id\":7}");
            for (int i = 0; i < 20; i++) {
                String line = "order " + (1_000_000 + r.nextInt(9_000_000)) + " request " + UUID.randomUUID() + " at epoch "
                        + (1_600_000_000L + r.nextInt(100_000_000)) + " took " + r.nextInt(900) + " ms";
                clean.add(line);
                log.info(line);
                log.info("trace {} span {}", UUID.randomUUID().toString().replace("-", ""), Long.toHexString(r.nextLong()));
            }
            log.debug("below the level " + secret(SensitiveType.EMAIL, r));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"encoder-pattern", "encoder-logstash", "converter", "converter-noex", "turbofilter", "turbofilter-async",
        "dropin"})
    void noSecretReachesTheFileAndCleanLinesStay(String style) throws Exception {
        for (int seed = 0; seed < 5; seed++) {
            LoggerContext lc = configure(style);
            Script script = new Script();
            script.run(lc.getLogger("app.Orders"), lc, new Random(seed));
            String out = output(lc);
            for (String s : script.secrets) {
                assertThat(out).as(style + " leaks").doesNotContain(s);
            }
            for (String c : script.clean) {
                assertThat(out).contains(c);
            }
            assertThat(out).contains("IllegalStateException").contains("at dev.logredactor.logback.LogbackStylesTest");
            assertThat(out).contains("[REDACTED_EMAIL]").contains("[REDACTED_PRIVATE_KEY]");
            assertThat(out).as("an event without a message").doesNotContainPattern("(?m)(- |\"message\":\")null");
            assertThat(errors(lc)).isEmpty();
            Files.delete(logFile);
        }
    }

    @Test
    void logstashOutputStaysValidJson() throws Exception {
        LoggerContext lc = configure("encoder-logstash");
        new Script().run(lc.getLogger("app.Orders"), lc, new Random(9));
        JsonMapper json = JsonMapper.builder().build();
        lc.stop();
        List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
        assertThat(lines).hasSizeGreaterThan(40);
        for (String line : lines) {
            JsonNode node = json.readTree(line);
            assertThat(node.has("message")).isTrue();
        }
    }

    @Test
    void callerDataPointsAtTheApplicationLine() throws Exception {
        LoggerContext lc = configure("caller");
        Logger log = lc.getLogger("app.Caller");
        log.info("mail {}", "ann@example.com");
        int line = new Throwable().getStackTrace()[0].getLineNumber() - 1;
        log.info("clean");
        int cleanLine = new Throwable().getStackTrace()[0].getLineNumber() - 1;
        String out = output(lc);
        assertThat(out).contains("LogbackStylesTest.callerDataPointsAtTheApplicationLine:" + line + " mail [REDACTED_EMAIL]");
        assertThat(out).contains("LogbackStylesTest.callerDataPointsAtTheApplicationLine:" + cleanLine + " clean");
    }

    @Test
    void badRuleIsOneClearStatusErrorAndRedactionGoesOn() throws Exception {
        LoggerContext lc = configure("badrule");
        lc.getLogger("app").info("mail ann@example.com");
        String out = output(lc);
        assertThat(out).contains("mail [REDACTED_EMAIL]");
        List<String> errors = errors(lc);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).contains("<rule>").contains("rule.TICKET").contains("invalid re2j pattern");
    }

    @Test
    void componentsWithTheSameSettingsShareOneRedactor() throws Exception {
        LoggerContext lc = configure("encoder-pattern");
        RedactorSettings a = new RedactorSettings();
        RedactorSettings b = new RedactorSettings();
        a.element(Setting.DISABLE, "IP_ADDRESS");
        b.option("disable=IP_ADDRESS"); // written otherwise, the same setting
        RedactingEncoder status = new RedactingEncoder();
        status.setContext(lc);
        assertThat(a.redactor(status, "a")).isSameAs(b.redactor(status, "b"));
        b.element(Setting.ONLY, "EMAIL");
        assertThat(a.redactor(status, "a")).isNotSameAs(b.redactor(status, "b"));
    }

    @Test
    void headerAndFooterAreRedactedToo() {
        LoggerContext lc = new LoggerContext();
        Random r = new Random(8);
        String owner = SecretSamples.email(r);
        String phone = SecretSamples.phone(r);
        ch.qos.logback.classic.PatternLayout layout = new ch.qos.logback.classic.PatternLayout();
        layout.setContext(lc);
        layout.setPattern("%msg%n");
        layout.setFileHeader("log of " + owner);
        layout.setFileFooter("closed, call " + phone);
        layout.start();
        ch.qos.logback.core.encoder.LayoutWrappingEncoder<ch.qos.logback.classic.spi.ILoggingEvent> plain =
                new ch.qos.logback.core.encoder.LayoutWrappingEncoder<>();
        plain.setContext(lc);
        plain.setLayout(layout);
        RedactingEncoder encoder = new RedactingEncoder();
        encoder.setContext(lc);
        encoder.setDelegate(plain);
        encoder.start();
        assertThat(new String(encoder.headerBytes(), StandardCharsets.UTF_8)).doesNotContain(owner).contains("log of [REDACTED_EMAIL]");
        assertThat(new String(encoder.footerBytes(), StandardCharsets.UTF_8)).doesNotContain(phone)
                .contains("closed, call [REDACTED_PHONE]");
    }

    /**
     * On a Logback that hides fluent-API events from turbo filters (before 1.5.21), the turbo filter styles
     * say once, at start, in which appenders' encoders they redact them (behind an {@code AsyncAppender} too);
     * on a newer Logback nothing is said, and no encoder is wrapped.
     */
    @ParameterizedTest
    @ValueSource(strings = {"turbofilter", "turbofilter-async", "dropin", "encoder-pattern"})
    void anOlderLogbackGetsTheFluentEventsRedactedInTheEncoders(String style) throws Exception {
        LoggerContext lc = configure(style);
        lc.getLogger("app").info("first event");
        lc.getLogger("app").info("second event");
        List<String> said = lc.getStatusManager().getCopyOfStatusList().stream()
                .filter(st -> st.getMessage().contains("fluent-API events")).map(st -> st.getLevel() + " " + st.getMessage())
                .collect(Collectors.toList());
        ch.qos.logback.core.OutputStreamAppender<?> file = fileAppender(lc);
        lc.stop();
        boolean hidden = !LogbackVersion.TURBO_FILTERS_SEE_FLUENT_EVENTS && !style.startsWith("encoder");
        if (hidden) {
            assertThat(said).singleElement().asString().startsWith(Status.INFO + " ")
                    .contains("redacts them in the encoders of the appenders [FILE]");
            assertThat(file.getEncoder()).isInstanceOf(RedactingEncoder.class);
        } else {
            assertThat(said).isEmpty();
            assertThat(file.getEncoder() instanceof RedactingEncoder).isEqualTo(style.startsWith("encoder"));
        }
    }

    /** An appender with no encoder to redact in is named in a warning where Logback hides fluent-API events. */
    @org.junit.jupiter.api.Test
    void anAppenderWithoutEncoderIsNamedWhereFluentEventsAreHidden() throws Exception {
        LoggerContext lc = new LoggerContext();
        lc.setMDCAdapter(new LogbackMDCAdapter());
        TestConfigs.configure(lc, "<configuration><turboFilter class=\"dev.logredactor.logback.RedactingTurboFilter\"/>"
                + "<appender name=\"LIST\" class=\"ch.qos.logback.core.read.ListAppender\"/>"
                + "<root level=\"INFO\"><appender-ref ref=\"LIST\"/></root></configuration>");
        lc.start();
        List<String> warnings = lc.getStatusManager().getCopyOfStatusList().stream().filter(st -> st.getLevel() == Status.WARN)
                .map(Status::getMessage).collect(Collectors.toList());
        lc.stop();
        if (LogbackVersion.TURBO_FILTERS_SEE_FLUENT_EVENTS) {
            assertThat(warnings).isEmpty();
        } else {
            assertThat(warnings).singleElement().asString().contains("appender 'LIST' (ch.qos.logback.core.read.ListAppender)")
                    .contains("fluent-API events").contains("reach it unredacted");
        }
    }

    /** The file appender of the styles' configurations, behind the async one or not. */
    private static ch.qos.logback.core.OutputStreamAppender<?> fileAppender(LoggerContext lc) {
        Object a = lc.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        if (a == null) {
            a = ((ch.qos.logback.classic.AsyncAppender) lc.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("ASYNC")).getAppender("FILE");
        }
        return (ch.qos.logback.core.OutputStreamAppender<?>) a;
    }

    static List<String> errors(LoggerContext lc) {
        return lc.getStatusManager().getCopyOfStatusList().stream().filter(s -> s.getLevel() == Status.ERROR)
                .map(Status::getMessage).collect(Collectors.toList());
    }
}
