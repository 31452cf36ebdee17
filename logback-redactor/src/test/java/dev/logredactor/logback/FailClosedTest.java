package dev.logredactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.testdata.SecretSamples;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Faults around the turbo filter: the application's call returns, nothing raw comes out, one status error. */
class FailClosedTest {
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
}
