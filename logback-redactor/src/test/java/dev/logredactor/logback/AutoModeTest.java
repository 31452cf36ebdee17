package dev.logredactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.status.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The drop-in mode: installed by the configurator, kept across resets, stepping aside for configured components. */
class AutoModeTest {
    @TempDir
    Path dir;

    @AfterEach
    void clearSwitch() {
        System.clearProperty(AutoMode.PROPERTY);
    }

    private LoggerContext context(Path log) {
        LoggerContext lc = new LoggerContext();
        lc.setMDCAdapter(new LogbackMDCAdapter());
        lc.putProperty("logFile", log.toString());
        return lc;
    }

    private static void configure(LoggerContext lc, String resource) throws Exception {
        TestConfigs.configure(lc, AutoModeTest.class.getResource(resource));
    }

    @Test
    void logbackFindsTheConfiguratorAsAService() {
        boolean found = false;
        for (Configurator c : ServiceLoader.load(Configurator.class)) {
            found |= c instanceof AutoConfigurator;
        }
        assertThat(found).isTrue();
    }

    /** Settings handed over while a drop-in filter is in place apply from the next event, without a reset. */
    @Test
    void settingsHandedOverApplyAtOnceToTheFilterInPlace() throws Exception {
        Path log = dir.resolve("live.log");
        LoggerContext lc = context(log);
        new AutoConfigurator().configure(lc);
        configure(lc, "LogbackStylesTest-dropin.xml");
        java.util.Random r = new java.util.Random();
        String a = dev.logredactor.core.testdata.SecretSamples.email(r);
        String b = dev.logredactor.core.testdata.SecretSamples.email(r);
        String c = dev.logredactor.core.testdata.SecretSamples.email(r);
        lc.getLogger("app").info("one {}", a);
        try {
            dev.logredactor.core.DropIn.use(new dev.logredactor.core.Settings().addKey("placeholder", "<{type}>", "y"));
            lc.getLogger("app").info("two {}", b);
            dev.logredactor.core.DropIn.switchOff();
            lc.getLogger("app").info("three {}", c);
        } finally {
            dev.logredactor.core.DropIn.use(new dev.logredactor.core.Settings());
        }
        lc.stop();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("one [REDACTED_EMAIL]").contains("two <EMAIL>")
                .contains("three " + c);
    }

    /** As the Spring Boot starter does: settings set before a reset apply from it on; switched off, none is put back. */
    @Test
    void settingsHandedOverBeforeAResetApplyFromItOn() throws Exception {
        Path log = dir.resolve("d.log");
        LoggerContext lc = context(log);
        new AutoConfigurator().configure(lc);
        configure(lc, "LogbackStylesTest-dropin.xml");
        java.util.Random r = new java.util.Random();
        String card = dev.logredactor.core.testdata.SecretSamples.card(r);
        lc.getLogger("app").info("before {}", card);
        try {
            dev.logredactor.core.DropIn.use(new dev.logredactor.core.Settings().addKey("strategy.CREDIT_CARD", "keep-last-4", "x")
                    .addKey("placeholder", "<{type}>", "y"));
            lc.reset();
            lc.putProperty("logFile", log.toString());
            configure(lc, "LogbackStylesTest-dropin.xml");
            lc.getLogger("app").info("after {}", card);
            dev.logredactor.core.DropIn.switchOff();
            lc.reset();
            lc.putProperty("logFile", log.toString());
            configure(lc, "LogbackStylesTest-dropin.xml");
            lc.getLogger("app").info("off {}", card);
            assertThat(autoFilters(lc)).as("switched off: in place, letting events through").isEqualTo(1);
        } finally {
            dev.logredactor.core.DropIn.use(new dev.logredactor.core.Settings());
        }
        lc.stop();
        String digits = card.replaceAll("[^0-9]", "");
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("before [REDACTED_CREDIT_CARD]")
                .contains("after <CREDIT_CARD:\u2026" + digits.substring(digits.length() - 4) + ">").contains("off " + card);
    }

    @Test
    void survivesResetAndReconfiguration() throws Exception {
        Path log = dir.resolve("a.log");
        LoggerContext lc = context(log);
        new AutoConfigurator().configure(lc);
        configure(lc, "LogbackStylesTest-dropin.xml");
        lc.getLogger("app").info("first ann@example.com");
        for (int i = 0; i < 3; i++) {
            lc.reset(); // what scan="true" and Spring Boot do before they configure again
            lc.putProperty("logFile", log.toString());
            configure(lc, "LogbackStylesTest-dropin.xml");
            lc.getLogger("app").info("again " + i + " bob@example.org");
            // SLF4J's fluent API, which Logback before 1.5.21 shows to no turbo filter
            lc.getLogger("app").atInfo().addKeyValue("password", "Tr0ub4dor&3x" + i).log("fluent {} carol@example.net", i);
        }
        lc.stop();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("@example").contains("first [REDACTED_EMAIL]").contains("again 2 [REDACTED_EMAIL]")
                .doesNotContain("Tr0ub4dor").contains("fluent 2 [REDACTED_EMAIL]");
        assertThat(autoFilters(lc)).isLessThanOrEqualTo(1);
    }

    @Test
    void survivesStopThenResetAsSpringBootDoesBeforeItConfigures() throws Exception {
        Path log = dir.resolve("s.log");
        LoggerContext lc = context(log);
        new AutoConfigurator().configure(lc);
        configure(lc, "LogbackStylesTest-dropin.xml");
        lc.start();
        lc.getLogger("app").info("first ann@example.com");
        for (int i = 0; i < 2; i++) {
            // Spring Boot's LogbackLoggingSystem: stop() (which drops every listener), reset(), configure, start()
            lc.stop();
            lc.reset();
            lc.putProperty("logFile", log.toString());
            configure(lc, "LogbackStylesTest-dropin.xml");
            lc.start();
            lc.getLogger("app").info("again " + i + " bob@example.org");
            // SLF4J's fluent API, which Logback before 1.5.21 shows to no turbo filter
            lc.getLogger("app").atInfo().addKeyValue("password", "Tr0ub4dor&3x" + i).log("fluent {} carol@example.net", i);
        }
        assertThat(autoFilters(lc)).isEqualTo(1);
        lc.stop();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("@example").contains("first [REDACTED_EMAIL]").contains("again 1 [REDACTED_EMAIL]")
                .doesNotContain("Tr0ub4dor").contains("fluent 1 [REDACTED_EMAIL]");
    }

    @Test
    void survivesLogbacksOwnScanReconfiguration() throws Exception {
        Path log = dir.resolve("scan.log");
        Path xml = dir.resolve("logback-scan.xml");
        String config = "<configuration scan=\"true\" scanPeriod=\"50 milliseconds\">\n"
                + "  <appender name=\"FILE\" class=\"ch.qos.logback.core.FileAppender\">\n"
                + "    <file>" + log + "</file>\n"
                + "    <encoder><pattern>VERSION %msg%n</pattern></encoder>\n"
                + "  </appender>\n"
                + "  <root level=\"INFO\"><appender-ref ref=\"FILE\"/></root>\n"
                + "</configuration>\n";
        Files.writeString(xml, TestConfigs.forThisLogback(config.replace("VERSION", "v1")));
        LoggerContext lc = context(log);
        new AutoConfigurator().configure(lc);
        JoranConfigurator jc = new JoranConfigurator();
        jc.setContext(lc);
        jc.doConfigure(xml.toFile());
        lc.start();
        lc.getLogger("app").info("first ann@example.com");
        Files.writeString(xml, TestConfigs.forThisLogback(config.replace("VERSION", "v2")));
        Files.setLastModifiedTime(xml, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!Files.readString(log, StandardCharsets.UTF_8).contains("v2 probe") && System.nanoTime() < deadline) {
            lc.getLogger("app").info("probe");
            Thread.sleep(50);
        }
        lc.getLogger("app").info("after scan bob@example.org");
        lc.getLogger("app").atInfo().log("fluent after scan carol@example.net");
        lc.stop();
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(out).contains("v1 first [REDACTED_EMAIL]").contains("v2 probe").contains("v2 after scan [REDACTED_EMAIL]")
                .contains("v2 fluent after scan [REDACTED_EMAIL]").doesNotContain("@example");
    }

    @Test
    void theSwitchTurnsItOff() throws Exception {
        System.setProperty(AutoMode.PROPERTY, "false");
        Path log = dir.resolve("b.log");
        LoggerContext lc = context(log);
        new AutoConfigurator().configure(lc);
        configure(lc, "LogbackStylesTest-dropin.xml");
        lc.getLogger("app").info("mail ann@example.com");
        lc.stop();
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("ann@example.com");
    }

    @Test
    void namingOurComponentHandsControlToTheConfig() throws Exception {
        Path log = dir.resolve("c.log");
        LoggerContext lc = context(log);
        new AutoConfigurator().configure(lc);
        assertThat(autoFilters(lc)).isEqualTo(1);
        configure(lc, "AutoModeTest-onlyemail.xml");
        assertThat(autoFilters(lc)).isZero();
        lc.getLogger("app").info("mail ann@example.com from 10.1.2.3");
        lc.stop();
        // the configured encoder redacts e-mails only; the drop-in defaults would have taken the IP too
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("mail [REDACTED_EMAIL] from 10.1.2.3");
        assertThat(lc.getStatusManager().getCopyOfStatusList()).noneMatch(s -> s.getLevel() == Status.ERROR);
        assertThat(stepAside(lc)).as("said once, naming the component").singleElement().asString()
                .contains("RedactingEncoder, which takes over");
    }

    @Test
    void noStepAsideIsReportedWhereTheDropInWasNotOn() throws Exception {
        System.setProperty(AutoMode.PROPERTY, "false");
        LoggerContext lc = context(dir.resolve("e.log"));
        new AutoConfigurator().configure(lc);
        configure(lc, "AutoModeTest-onlyemail.xml");
        lc.stop();
        assertThat(stepAside(lc)).isEmpty();
        assertThat(lc.getStatusManager().getCopyOfStatusList()).anyMatch(s -> s.getMessage().contains("drop-in mode off"));
    }

    private static java.util.List<String> stepAside(LoggerContext lc) {
        return lc.getStatusManager().getCopyOfStatusList().stream()
                .filter(s -> s.getLevel() == Status.INFO && s.getMessage().contains("drop-in mode steps aside"))
                .map(Status::getMessage).collect(java.util.stream.Collectors.toList());
    }

    private static int autoFilters(LoggerContext lc) {
        int n = 0;
        for (TurboFilter f : lc.getTurboFilterList()) {
            if (AutoMode.isAutoFilter(f)) {
                n++;
            }
        }
        return n;
    }
}
