package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.FindingCounts;
import dev.logredactor.core.testdata.SecretSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LoggerContext;
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

    private static String logger(String style) {
        return "tele." + style.replace('-', '_') + "." + Long.toHexString(System.nanoTime());
    }

    /** The style's configuration, with {@code mode=report} on our plugin when {@code report}. */
    private Path config(String style, boolean report, Path logFile) throws Exception {
        Path file = TestContexts.config(dir, "styles-" + style + ".xml", logFile);
        if (report) {
            String xml = Files.readString(file, StandardCharsets.UTF_8)
                    .replace("disable=\"IP_ADDRESS\"", "disable=\"IP_ADDRESS\" mode=\"report\"")
                    .replace("{disable=IP_ADDRESS}", "{disable=IP_ADDRESS}{mode=report}");
            Files.writeString(file, xml, StandardCharsets.UTF_8);
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"rewrite", "converter", "layout", "dropin", "async-rewrite"})
    void eachEventCountsOncePerTypeUnderItsLogger(String style) throws Exception {
        Path logFile = dir.resolve(style + ".log");
        LoggerContext ctx = TestContexts.start(style, config(style, false, logFile));
        String name = logger(style);
        Random r = new Random();
        int dirty = 10 + r.nextInt(20);
        long failuresBefore = FindingCounts.global().failures();
        try {
            for (int i = 0; i < dirty; i++) {
                ThreadContext.put("card", SecretSamples.card(r)); // the e-mail twice, the card in the context
                String email = SecretSamples.email(r);
                ctx.getLogger(name).info("mail to " + email + " or {}", email);
                ThreadContext.remove("card");
                ctx.getLogger(name).info("order {} placed at {}", SecretSamples.digits(r, 8), "2026-12-07T10:15:30Z");
            }
        } finally {
            ThreadContext.clearAll();
            TestContexts.stopAndRead(ctx, logFile);
        }
        assertThat(FindingCounts.global().byLogger().get(name)).isEqualTo(Map.of("EMAIL", (long) dirty, "CREDIT_CARD", (long) dirty));
        assertThat(FindingCounts.global().failures()).isEqualTo(failuresBefore);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rewrite", "converter", "layout"})
    void reportModeWritesEventsAsTheyCameAndNamesEachLoggerOnce(String style) throws Exception {
        Path logFile = dir.resolve(style + ".log");
        List<String> emails = new ArrayList<>();
        List<String> names = List.of(logger(style) + ".a", logger(style) + ".b");
        String out;
        List<String> warnings;
        try (StatusCapture status = new StatusCapture(Level.WARN)) {
            LoggerContext ctx = TestContexts.start(style, config(style, true, logFile));
            Random r = new Random();
            for (int i = 0; i < 6; i++) {
                emails.add(SecretSamples.email(r));
                ctx.getLogger(names.get(i % 2)).info("mail to {}", emails.get(i));
            }
            out = TestContexts.stopAndRead(ctx, logFile);
            warnings = status.all();
        }
        assertThat(emails).allSatisfy(e -> assertThat(out).contains("mail to " + e));
        assertThat(warnings).anyMatch(w -> w.contains("mode=report") && w.contains("nothing is redacted"));
        for (String name : names) {
            assertThat(warnings).filteredOn(w -> w.contains("logger " + name + " logged")).singleElement().asString()
                    .contains("EMAIL").doesNotContain("@");
            assertThat(FindingCounts.global().byLogger().get(name)).containsEntry("EMAIL", 3L);
        }
    }
}
