package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.SecretSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drop-in mode: its off switch, how it stands aside for an explicit setup, and reloads. */
class AutoModeTest {
    @TempDir
    Path dir;

    private final Random r = new Random(11);

    private String email() {
        return SecretSamples.of(SensitiveType.EMAIL, r);
    }

    /** Settings handed over while a drop-in policy is in place apply from the next event, without reconfiguring. */
    @Test
    void settingsHandedOverApplyAtOnceToThePolicyInPlace() throws Exception {
        Path log = dir.resolve("live.log");
        String a = email();
        String b = email();
        String c = email();
        LoggerContext ctx = TestContexts.start("live", TestContexts.config(dir, "styles-dropin.xml", log));
        ctx.getLogger("app").info("one {}", a);
        try {
            dev.logredactor.core.DropIn.use(new dev.logredactor.core.Settings().addKey("placeholder", "<{type}>", "y"));
            ctx.getLogger("app").info("two {}", b);
            dev.logredactor.core.DropIn.switchOff();
            ctx.getLogger("app").info("three {}", c);
        } finally {
            dev.logredactor.core.DropIn.use(new dev.logredactor.core.Settings());
        }
        assertThat(TestContexts.stopAndRead(ctx, log)).contains("one [REDACTED_EMAIL]").contains("two <EMAIL>").contains("three " + c);
    }

    /** As the Spring Boot starter does: the settings handed over apply to configurations from then on, or none when off. */
    @Test
    void settingsHandedOverApplyToTheNextConfiguration() throws Exception {
        String email = email();
        String card = SecretSamples.card(r);
        String digits = card.replaceAll("[^0-9]", "");
        Path log = dir.resolve("handed.log");
        Path off = dir.resolve("handed-off.log");
        try {
            dev.logredactor.core.DropIn.use(new dev.logredactor.core.Settings().addKey("strategy.CREDIT_CARD", "keep-last-4", "x"));
            LoggerContext ctx = TestContexts.start("handed", TestContexts.config(dir, "styles-dropin.xml", log));
            ctx.getLogger("app").info("mail {} card {}", email, card);
            assertThat(TestContexts.stopAndRead(ctx, log)).contains("mail [REDACTED_EMAIL] card [REDACTED_CREDIT_CARD:\u2026"
                    + digits.substring(digits.length() - 4) + "]");
            dev.logredactor.core.DropIn.switchOff();
            LoggerContext plain = TestContexts.start("handed-off", TestContexts.config(dir, "styles-dropin.xml", off));
            plain.getLogger("app").info("mail {}", email);
            assertThat(TestContexts.stopAndRead(plain, off)).contains(email);
        } finally {
            dev.logredactor.core.DropIn.use(new dev.logredactor.core.Settings());
        }
    }

    @Test
    void theSystemPropertySwitchesItOff() throws Exception {
        Path log = dir.resolve("off.log");
        String email = email();
        System.setProperty(AutoMode.PROPERTY, "false");
        try {
            LoggerContext ctx = TestContexts.start("off", TestContexts.config(dir, "styles-dropin.xml", log));
            ctx.getLogger("app").info("mail {}", email);
            assertThat(TestContexts.stopAndRead(ctx, log)).contains(email);
        } finally {
            System.clearProperty(AutoMode.PROPERTY);
        }
    }

    @Test
    void theEnvironmentVariableSwitchesItOff() throws Exception {
        String email = email();
        for (String value : new String[] {"false", "true"}) {
            Path log = dir.resolve("env-" + value + ".log");
            Path config = TestContexts.config(dir, "styles-dropin.xml", log);
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                    System.getProperty("java.class.path"), DropInProcess.class.getName(), config.toString(), log.toString(), email);
            pb.environment().put(AutoMode.ENV, value);
            pb.redirectErrorStream(true).redirectOutput(dir.resolve("env-" + value + ".out").toFile());
            assertThat(pb.start().waitFor()).isZero();
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (value.equals("false")) {
                assertThat(out).contains("mail " + email);
            } else {
                assertThat(out).contains("mail [REDACTED_EMAIL]");
            }
        }
    }

    @Test
    void aConfigurationNamingOurPluginsIsLeftAsWrittenAndTheStatusSaysSo() throws Exception {
        Path log = dir.resolve("explicit.log");
        String email = email();
        List<String> status;
        LoggerContext ctx;
        try (StatusCapture capture = new StatusCapture(Level.INFO)) {
            ctx = TestContexts.start("explicit", TestContexts.config(dir, "explicit.xml", log));
            status = capture.all();
        }
        ctx.getLogger("app").info("mail {}", email);
        String out = TestContexts.stopAndRead(ctx, log);
        assertThat(out).as("%m outside %redact stays raw: nothing wrapped the appender").startsWith("mail " + email + " | ")
                .contains("| mail [REDACTED_EMAIL]");
        assertThat(status).filteredOn(s -> s.contains("drop-in mode steps aside")).singleElement().asString()
                .startsWith("INFO ").contains("names %redact, which takes over");
        assertThat(status).noneMatch(s -> s.contains("drop-in mode on"));
    }

    @Test
    void theStatusSaysWhichAppendersTheDropInRedacts() throws Exception {
        Path log = dir.resolve("on.log");
        List<String> status;
        try (StatusCapture capture = new StatusCapture(Level.INFO)) {
            LoggerContext ctx = TestContexts.start("on", TestContexts.config(dir, "styles-dropin.xml", log));
            status = capture.all();
            TestContexts.stopAndRead(ctx, log);
        }
        assertThat(status).filteredOn(s -> s.contains("drop-in mode on")).singleElement().asString().contains("[File]");
        assertThat(status).noneMatch(s -> s.contains("steps aside"));
    }

    @Test
    void aReloadAfterMonitorIntervalIsRedactedToo() throws Exception {
        Path log = dir.resolve("monitor.log");
        Path config = TestContexts.config(dir, "monitor.xml", log);
        String xml = Files.readString(config, StandardCharsets.UTF_8);
        Files.writeString(config, xml.replace("@LEVEL@", "info"), StandardCharsets.UTF_8);
        LoggerContext ctx = TestContexts.start("monitor", config);
        Configuration first = ctx.getConfiguration();
        String before = email();
        ctx.getLogger("app").info("before {}", before);

        Files.writeString(config, xml.replace("@LEVEL@", "debug"), StandardCharsets.UTF_8);
        config.toFile().setLastModified(System.currentTimeMillis() + 5000);
        long deadline = System.currentTimeMillis() + 20_000;
        while (ctx.getConfiguration() == first && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(ctx.getConfiguration()).as("reloaded").isNotSameAs(first);
        String after = email();
        ctx.getLogger("app").debug("after {}", after);
        String out = TestContexts.stopAndRead(ctx, log);

        assertThat(out).doesNotContain(before).doesNotContain(after).contains("before [REDACTED_EMAIL]")
                .as("the new level is in force").contains("after [REDACTED_EMAIL]");
    }
}
