package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.core.testdata.ThrowingDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.message.Message;
import org.junit.jupiter.api.io.TempDir;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Faults in what is logged end with a placeholder, never the raw text, one status error, and no exception. */
class FailClosedTest {
    /** The word at which an injected detector throws. */
    private static final String TRIGGER = ThrowingDetector.TRIGGER;

    @TempDir
    Path dir;

    /**
     * A message that holds a secret and formats once (Log4j formats it when it makes the event), then
     * fails: formatting fails inside the redacting component.
     */
    static final class BrokenMessage implements Message {
        private static final long serialVersionUID = 1L;
        final String secret;
        private final AtomicInteger calls = new AtomicInteger();

        BrokenMessage(String secret) {
            this.secret = secret;
        }

        @Override
        public String getFormattedMessage() {
            if (calls.getAndIncrement() > 0) {
                throw new IllegalStateException("cannot format " + secret);
            }
            return "card " + secret;
        }

        @Override
        @Deprecated
        public String getFormat() {
            return secret;
        }

        @Override
        @Deprecated
        public Object[] getParameters() {
            return new Object[] {secret};
        }

        @Override
        public Throwable getThrowable() {
            return null;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rewrite", "converter", "layout", "dropin"})
    void aMessageThatFailsIsWrittenAsThePlaceholder(String style) throws Exception {
        Random r = new Random(style.hashCode());
        try (StatusCapture status = new StatusCapture()) {
            Path log = dir.resolve(style + ".log");
            LoggerContext ctx = start(style, log);
            Logger logger = ctx.getLogger("app");
            String card = SecretSamples.of(SensitiveType.CREDIT_CARD, r);
            for (int i = 0; i < 3; i++) {
                logger.info(new BrokenMessage(card));
            }
            logger.info("after the faults {}", "still logging");
            String out = TestContexts.stopAndRead(ctx, log);

            assertThat(out).doesNotContain(card).contains(Redactor.FAILED).contains("after the faults still logging");
            assertThat(status.errors("log-redactor")).as("reported once").hasSize(1);
        }
    }

    /**
     * Each style, with a detector of the user's that throws (an exception, or a StackOverflowError)
     * configured as a user would configure it. The drop-in mode takes no settings; it runs the rewrite
     * policy's code, which the rewrite style covers.
     */
    static Stream<Arguments> stylesAndFaults() {
        List<Arguments> list = new ArrayList<>();
        for (String style : new String[] {"rewrite", "converter", "layout"}) {
            list.add(Arguments.of(style, ThrowingDetector.class.getName()));
            list.add(Arguments.of(style, ThrowingDetector.Overflow.class.getName()));
        }
        return list.stream();
    }

    /** The style's configuration file with the detector added to our plugin in it. */
    private static void addDetector(Path config, String detector) throws IOException {
        String xml = Files.readString(config, StandardCharsets.UTF_8);
        String edited = xml.replace("<RedactionPolicy disable=\"IP_ADDRESS\"", "<RedactionPolicy detectors=\"" + detector
                        + "\" disable=\"IP_ADDRESS\"")
                .replace("<RedactingLayout disable=\"IP_ADDRESS\"",
                        "<RedactingLayout detectors=\"" + detector + "\" disable=\"IP_ADDRESS\"")
                .replace("{disable=IP_ADDRESS}", "{disable=IP_ADDRESS}{detectors=" + detector + "}");
        assertThat(edited).as("the detector went in").isNotEqualTo(xml);
        Files.writeString(config, edited, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("stylesAndFaults")
    void aDetectorThatThrowsGivesThePlaceholderAndOneError(String style, String detector) throws Exception {
        Random r = new Random(style.hashCode() ^ detector.hashCode());
        Path log = dir.resolve(style + ".log");
        Path config = TestContexts.config(dir, "styles-" + style + ".xml", log);
        addDetector(config, detector);
        try (StatusCapture status = new StatusCapture()) {
            LoggerContext ctx = TestContexts.start(style, config);
            Logger logger = ctx.getLogger("app");
            List<String> secrets = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String card = SecretSamples.card(r);
                String email = SecretSamples.email(r);
                secrets.add(card);
                secrets.add(email);
                logger.info("order {} paid by {} " + TRIGGER, card, email);
                logger.error("charge failed " + TRIGGER, new IllegalStateException("card " + card + " " + TRIGGER));
            }
            logger.info("after the faults");
            String out = TestContexts.stopAndRead(ctx, log);

            for (String secret : secrets) {
                assertThat(out).doesNotContain(secret);
            }
            assertThat(out).contains(Redactor.FAILED);
            assertThat(out.split("\n")).as("the events stay on lines of their own").filteredOn(l -> l.contains("after the faults"))
                    .singleElement().asString().doesNotContain(Redactor.FAILED);
            assertThat(status.errors("log-redactor")).as("reported once").hasSize(1).allMatch(m -> m.contains("redaction failed"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rewrite", "converter", "layout", "dropin"})
    void anArgumentThatLogsAgainAndACyclicCauseChainAreRedacted(String style) throws Exception {
        Random r = new Random(style.hashCode() + 1);
        Path log = dir.resolve(style + ".log");
        LoggerContext ctx = start(style, log);
        Logger logger = ctx.getLogger("app");
        String inner = SecretSamples.of(SensitiveType.EMAIL, r);
        String outer = SecretSamples.of(SensitiveType.EMAIL, r);
        Object reentrant = new Object() {
            @Override
            public String toString() {
                logger.info("nested {}", inner);
                return "arg " + outer;
            }
        };
        logger.info("outer {}", reentrant);
        IllegalStateException a = new IllegalStateException("first " + SecretSamples.of(SensitiveType.EMAIL, r));
        IllegalArgumentException b = new IllegalArgumentException("second " + inner, a);
        a.initCause(b);
        a.addSuppressed(a.getCause());
        logger.error("cycle", a);
        String out = TestContexts.stopAndRead(ctx, log);

        assertThat(out).doesNotContain(inner).doesNotContain(outer).contains("nested [REDACTED_EMAIL]")
                .contains("outer arg [REDACTED_EMAIL]").contains("java.lang.IllegalStateException: first [REDACTED_EMAIL]")
                .contains("CIRCULAR REFERENCE");
    }

    /**
     * An argument whose {@code toString()} throws (with a secret in the exception's message, which Log4j
     * writes in its place), a {@code null} message and a {@code null} argument: each call returns, the
     * line is written, and no secret reaches the file.
     */
    @ParameterizedTest
    @ValueSource(strings = {"rewrite", "converter", "layout", "dropin"})
    void aThrowingToStringAndNullsAreWrittenRedacted(String style) throws Exception {
        Random r = new Random(style.hashCode() + 2);
        Path log = dir.resolve(style + ".log");
        LoggerContext ctx = start(style, log);
        Logger logger = ctx.getLogger("app");
        String card = SecretSamples.of(SensitiveType.CREDIT_CARD, r);
        String mail = SecretSamples.of(SensitiveType.EMAIL, r);
        Object broken = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("cannot render " + card);
            }
        };
        logger.info("broken {} then {}", broken, mail);
        logger.info((String) null);
        logger.info("null argument {} and {}", null, mail);
        logger.info("after the nulls");
        String out = TestContexts.stopAndRead(ctx, log);

        assertThat(out).doesNotContain(card).doesNotContain(mail).contains("then [REDACTED_EMAIL]")
                .contains("null argument null and [REDACTED_EMAIL]").contains("after the nulls");
    }

    /** A context of the style's test configuration, writing to {@code log}. */
    private LoggerContext start(String style, Path log) throws IOException {
        return TestContexts.start(style, TestContexts.config(dir, "styles-" + style + ".xml", log));
    }
}
