package dev.logredactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.status.Status;
import dev.logredactor.core.FindingCounts;
import dev.logredactor.core.testdata.SecretSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every style counts each event once per type it holds, under the event's logger, in the JVM's
 * {@link FindingCounts}; in {@code mode=report} it writes every event as it came, warns at start-up, and
 * names each logger with findings once. Each test logs under loggers of its own, as the counts are shared.
 */
class TelemetryTest {
    @TempDir
    Path dir;

    private Path logFile;

    private LoggerContext configure(String style, UnaryOperator<String> edit) throws Exception {
        logFile = dir.resolve(style + ".log");
        return TestConfigs.style(style, logFile, edit);
    }

    /** The style's XML with {@code <mode>report</mode>} (or the {@code %redact} option) in our component. */
    private static String reportMode(String xml) {
        return xml.replace("<turboFilter class=\"dev.logredactor.logback.RedactingTurboFilter\"/>",
                        "<turboFilter class=\"dev.logredactor.logback.RedactingTurboFilter\"><mode>report</mode></turboFilter>")
                .replace("</delegate>\n    </encoder>", "</delegate>\n      <mode>report</mode>\n    </encoder>")
                .replace("%msg%n%ex)</pattern>", "%msg%n%ex){mode=report}</pattern>");
    }

    private static String logger(String style) {
        return "tele." + style.replace('-', '_') + "." + Long.toHexString(System.nanoTime());
    }

    @ParameterizedTest
    @ValueSource(strings = {"turbofilter", "encoder-pattern", "converter", "dropin"})
    void eachEventCountsOncePerTypeUnderItsLogger(String style) throws Exception {
        LoggerContext lc = configure(style, xml -> xml);
        String name = logger(style);
        Logger log = lc.getLogger(name);
        Random r = new Random();
        int dirty = 10 + r.nextInt(20);
        long failuresBefore = FindingCounts.global().failures();
        for (int i = 0; i < dirty; i++) {
            // the e-mail in the message and in an argument, the card in the MDC: each type once per event
            lc.getMDCAdapter().put("card", SecretSamples.card(r));
            String email = SecretSamples.email(r);
            log.info("mail to " + email + " or {}", email);
            lc.getMDCAdapter().remove("card");
            log.info("order {} placed at {}", SecretSamples.digits(r, 8), "2026-12-07T10:15:30Z");
        }
        lc.stop();
        assertThat(FindingCounts.global().byLogger().get(name)).isEqualTo(Map.of("EMAIL", (long) dirty, "CREDIT_CARD", (long) dirty));
        assertThat(FindingCounts.global().failures()).isEqualTo(failuresBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {"turbofilter", "encoder-pattern", "converter"})
    void reportModeWritesEventsAsTheyCameAndNamesEachLoggerOnce(String style) throws Exception {
        LoggerContext lc = configure(style, TelemetryTest::reportMode);
        List<String> names = List.of(logger(style) + ".a", logger(style) + ".b");
        Random r = new Random();
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            emails.add(SecretSamples.email(r));
            lc.getLogger(names.get(i % 2)).info("mail to {}", emails.get(i));
        }
        List<Status> statuses = lc.getStatusManager().getCopyOfStatusList();
        String out = new String(Files.readAllBytes(logFile), StandardCharsets.UTF_8);
        lc.stop();
        assertThat(emails).allSatisfy(e -> assertThat(out).contains("mail to " + e));
        List<String> warnings = statuses.stream().filter(s -> s.getLevel() == Status.WARN).map(Status::getMessage)
                .collect(Collectors.toList());
        assertThat(warnings).anyMatch(w -> w.contains("mode=report") && w.contains("nothing is redacted"));
        for (String name : names) {
            assertThat(warnings).filteredOn(w -> w.contains("logger " + name + " logged")).singleElement().asString()
                    .contains("EMAIL").doesNotContain("@");
            assertThat(FindingCounts.global().byLogger().get(name)).containsEntry("EMAIL", 3L);
        }
    }
}
