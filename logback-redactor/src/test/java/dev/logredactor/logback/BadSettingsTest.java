package dev.logredactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import dev.logredactor.core.testdata.BadSettings;
import dev.logredactor.core.testdata.SecretSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of bad setting, on each component: one status error naming it (never quoting a hash key),
 * and the component redacts with the defaults rather than not at all.
 */
class BadSettingsTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> componentsAndSettings() {
        List<Arguments> list = new ArrayList<>();
        for (String component : new String[] {"RedactingEncoder", "RedactingTurboFilter", "%redact"}) {
            for (BadSettings.Case c : BadSettings.cases(dir)) {
                list.add(Arguments.of(component, c.name, c.value, c.option, c.named));
            }
        }
        return list.stream();
    }

    private static String config(String component, String element, String text, String option) {
        String setting = "<" + element + ">" + text + "</" + element + ">";
        String turbo = "";
        String encoder;
        switch (component) {
            case "RedactingEncoder":
                encoder = "<encoder class=\"dev.logredactor.logback.RedactingEncoder\">"
                        + "<delegate class=\"ch.qos.logback.classic.encoder.PatternLayoutEncoder\"><pattern>%msg%n</pattern></delegate>"
                        + setting + "</encoder>";
                break;
            case "RedactingTurboFilter":
                turbo = "<turboFilter class=\"dev.logredactor.logback.RedactingTurboFilter\">" + setting + "</turboFilter>";
                encoder = "<encoder><pattern>%msg%n</pattern></encoder>";
                break;
            default:
                encoder = "<encoder><pattern>%redact(%msg){" + option + "}%n</pattern></encoder>";
        }
        return "<configuration>" + turbo
                + "<conversionRule conversionWord=\"redact\" class=\"dev.logredactor.logback.RedactingConverter\"/>"
                + "<appender name=\"FILE\" class=\"ch.qos.logback.core.FileAppender\"><file>${logFile}</file>" + encoder + "</appender>"
                + "<root level=\"INFO\"><appender-ref ref=\"FILE\"/></root></configuration>";
    }

    @ParameterizedTest(name = "{0} <{1}>{2}")
    @MethodSource("componentsAndSettings")
    void oneErrorNamesTheSettingAndTheDefaultsRedact(String component, String element, String text, String option, String named)
            throws Exception {
        int id = (component + element + text).hashCode();
        Random r = new Random(id);
        Path log = dir.resolve(id + ".log");
        Path xml = dir.resolve(id + ".xml");
        Files.writeString(xml, TestConfigs.forThisLogback(config(component, element, text, option)), StandardCharsets.UTF_8);
        LoggerContext lc = new LoggerContext();
        lc.setMDCAdapter(new LogbackMDCAdapter());
        lc.putProperty("logFile", log.toString());
        JoranConfigurator jc = new JoranConfigurator();
        jc.setContext(lc);
        jc.doConfigure(xml.toFile());
        for (int i = 0; i < 20; i++) {
            lc.getLogger("app").info("mail {} card {}", SecretSamples.email(r), SecretSamples.card(r));
        }
        lc.stop();
        String out = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(out.lines()).hasSize(20).allMatch(l -> l.matches("mail \\[REDACTED_EMAIL] card \\[REDACTED_CREDIT_CARD]"));
        List<String> errors = LogbackStylesTest.errors(lc);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0)).contains(named).contains(component).doesNotContain(BadSettings.SHORT_KEY)
                .as("one shape for every bad setting")
                .matches("log-redactor: invalid (<\\w+>|option '?[\\w.-]+[^ ]*) in " + java.util.regex.Pattern.quote(component)
                        + ": .+; redacting with the defaults instead");
    }
}
