package dev.logredactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.encoder.EncoderBase;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.core.testdata.ThrowingDetector;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/** Faults around the turbo filter: the application's call returns, nothing raw comes out, one status error. */
class FailClosedTest {
    /** The word at which the failing detector throws. */
    private static final String TRIGGER = ThrowingDetector.TRIGGER;

    @TempDir
    Path dir;

    private final LogbackStylesTest styles = new LogbackStylesTest();

    private LoggerContext turboFilter() throws Exception {
        styles.dir = dir;
        return styles.configure("turbofilter");
    }

    @Test
    void argumentWhoseToStringThrowsGivesThePlaceholderAndOneError() throws Exception {
        LoggerContext lc = turboFilter();
        Logger log = lc.getLogger("app");
        Random r = new Random(3);
        List<String> cards = new ArrayList<>();
        Object broken = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("toString failed");
            }
        };
        for (int i = 0; i < 3; i++) {
            String card = SecretSamples.card(r);
            cards.add(card);
            log.info("card {} for {}", card, broken);
        }
        log.info("after the faults");
        String out = styles.output(lc);
        for (String card : cards) {
            assertThat(out).doesNotContain(card);
        }
        assertThat(out.split("\n")).filteredOn(l -> l.contains(Redactor.FAILED)).hasSize(3);
        assertThat(out).contains("after the faults");
        assertThat(LogbackStylesTest.errors(lc)).hasSize(1).allMatch(m -> m.contains("redaction failed in RedactingTurboFilter"));
    }

    @Test
    void toStringThatLogsAgainIsRedactedAtEveryLevel() throws Exception {
        LoggerContext lc = turboFilter();
        Logger log = lc.getLogger("app");
        Random r = new Random(4);
        String inner = SecretSamples.email(r);
        String outer = SecretSamples.email(r);
        Object chatty = new Object() {
            @Override
            public String toString() {
                log.info("while rendering: {}", inner);
                return "customer " + outer;
            }
        };
        log.info("order for {}", chatty);
        Object loop = new Object() {
            @Override
            public String toString() {
                log.info("again {}", this); // would recurse forever without the nesting limit
                return "loop " + outer;
            }
        };
        log.info("looping {}", loop);
        String out = styles.output(lc);
        assertThat(out).doesNotContain(inner).doesNotContain(outer);
        assertThat(out).contains("while rendering: [REDACTED_EMAIL]").contains("order for customer [REDACTED_EMAIL]");
    }

    @Test
    void cyclicCausesAndNullsNeitherHangNorLeak() throws Exception {
        LoggerContext lc = turboFilter();
        Logger log = lc.getLogger("app");
        Random r = new Random(5);
        String a = SecretSamples.email(r);
        String b = SecretSamples.email(r);
        RuntimeException first = new RuntimeException("first " + a);
        RuntimeException second = new RuntimeException("second " + b, first);
        first.initCause(second);
        first.addSuppressed(second);
        log.error("cycle", first);
        log.info(null);
        log.info("null argument {} and {}", null, a);
        log.info("null array {}", (Object[]) null);
        String out = styles.output(lc);
        assertThat(out).doesNotContain(a).doesNotContain(b).contains("java.lang.RuntimeException: first [REDACTED_EMAIL]");
        assertThat(out).contains("null argument null and [REDACTED_EMAIL]");
        assertThat(LogbackStylesTest.errors(lc)).isEmpty();
    }

    /**
     * Each style, with a detector of the user's that throws (an exception, or a StackOverflowError)
     * configured as a user would configure it. The drop-in mode takes no settings; it runs the turbo
     * filter's code, which the turbofilter styles cover.
     */
    static Stream<Arguments> stylesAndFaults() {
        List<Arguments> list = new ArrayList<>();
        for (String style : new String[] {"encoder-pattern", "encoder-logstash", "converter", "turbofilter", "turbofilter-async"}) {
            list.add(Arguments.of(style, ThrowingDetector.class.getName()));
            list.add(Arguments.of(style, ThrowingDetector.Overflow.class.getName()));
        }
        return list.stream();
    }

    /** The style's XML with the detector added to our component in it. */
    private static String withDetector(String xml, String detector) {
        String element = "<detector>" + detector + "</detector>";
        String edited = xml.replace("<encoder class=\"dev.logredactor.logback.RedactingEncoder\">",
                        "<encoder class=\"dev.logredactor.logback.RedactingEncoder\">" + element)
                .replace("<turboFilter class=\"dev.logredactor.logback.RedactingTurboFilter\"/>",
                        "<turboFilter class=\"dev.logredactor.logback.RedactingTurboFilter\">" + element + "</turboFilter>")
                .replace("%ex)</pattern>", "%ex){detectors=" + detector + "}</pattern>");
        assertThat(edited).as("the detector went in").isNotEqualTo(xml);
        return edited;
    }

    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("stylesAndFaults")
    void aDetectorThatThrowsGivesThePlaceholderAndOneError(String style, String detector) throws Exception {
        styles.dir = dir;
        LoggerContext lc = styles.configure(style, xml -> withDetector(xml, detector));
        Logger log = lc.getLogger("app");
        Random r = new Random(style.hashCode() ^ detector.hashCode());
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String card = SecretSamples.card(r);
            String email = SecretSamples.email(r);
            secrets.add(card);
            secrets.add(email);
            log.info("order {} paid by {} " + TRIGGER, card, email);
            log.error("charge failed " + TRIGGER, new IllegalStateException("card " + card + " " + TRIGGER));
        }
        log.info("after the faults");
        String out = styles.output(lc);

        for (String secret : secrets) {
            assertThat(out).doesNotContain(secret);
        }
        assertThat(out).contains(Redactor.FAILED);
        assertThat(out.split("\n")).as("the events stay on lines of their own").filteredOn(l -> l.contains("after the faults"))
                .singleElement().asString().doesNotContain(Redactor.FAILED);
        assertThat(LogbackStylesTest.errors(lc)).hasSize(1).allMatch(m -> m.contains("redaction failed"));
    }

    @Test
    void encoderWritesThePlaceholderWhenRedactingItsDelegatesBytesFails() {
        LoggerContext lc = new LoggerContext();
        RedactingEncoder encoder = new RedactingEncoder();
        encoder.setContext(lc);
        encoder.setDelegate(new BrokenCharsetEncoder());
        encoder.start();
        Random r = new Random(6);
        Logger log = lc.getLogger("app");
        for (int i = 0; i < 3; i++) {
            String email = SecretSamples.email(r);
            byte[] out = encoder.encode(new LoggingEvent(Logger.FQCN, log, Level.INFO, "mail " + email, null, null));
            assertThat(new String(out, StandardCharsets.UTF_8)).doesNotContain(email).startsWith(Redactor.FAILED);
        }
        assertThat(LogbackStylesTest.errors(lc)).hasSize(1).allMatch(m -> m.contains("redaction failed in RedactingEncoder"));
    }

    /** An encoder whose charset cannot decode: the encoder wrapper's own redaction step throws. */
    public static final class BrokenCharsetEncoder extends EncoderBase<ILoggingEvent> {
        @Override
        public byte[] headerBytes() {
            return null;
        }

        @Override
        public byte[] encode(ILoggingEvent event) {
            return (event.getFormattedMessage() + "\n").getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] footerBytes() {
            return null;
        }

        public Charset getCharset() {
            return new Charset("x-broken-for-test", null) {
                @Override
                public boolean contains(Charset cs) {
                    return false;
                }

                @Override
                public CharsetDecoder newDecoder() {
                    throw new IllegalStateException("decoder broken on purpose");
                }

                @Override
                public CharsetEncoder newEncoder() {
                    throw new IllegalStateException("encoder broken on purpose");
                }
            };
        }
    }
}
