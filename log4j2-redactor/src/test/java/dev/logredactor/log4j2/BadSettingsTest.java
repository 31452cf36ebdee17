package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.BadSettings;
import dev.logredactor.core.testdata.SecretSamples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of bad setting, on each plugin: one StatusLogger error naming it (never quoting a hash key),
 * and the plugin redacts with the defaults rather than not at all.
 */
class BadSettingsTest {
    @TempDir
    static Path dir;

    static Stream<Arguments> pluginsAndSettings() {
        List<Arguments> list = new ArrayList<>();
        for (String plugin : new String[] {"RedactionPolicy", "RedactingLayout", "%redact"}) {
            for (BadSettings.Case c : BadSettings.cases(dir)) {
                if (!c.name.equals("rule")) { // a rule is a nested <Rule> element here: SettingsTest
                    list.add(Arguments.of(plugin, c.name + "=\"" + c.value + "\"", c.option, c.named));
                }
            }
        }
        return list.stream();
    }

    private static String config(String plugin, String setting, String option, Path log) {
        String file = "<File name=\"File\" fileName=\"" + log.toString().replace('\\', '/') + "\">";
        String appenders;
        String ref = "File";
        switch (plugin) {
            case "RedactionPolicy":
                appenders = file + "<PatternLayout pattern=\"%m%n\"/></File>"
                        + "<Rewrite name=\"Redacted\"><RedactionPolicy " + setting + "/><AppenderRef ref=\"File\"/></Rewrite>";
                ref = "Redacted";
                break;
            case "RedactingLayout":
                appenders = file + "<RedactingLayout " + setting + "><PatternLayout pattern=\"%m%n\"/></RedactingLayout></File>";
                break;
            default:
                appenders = file + "<PatternLayout pattern=\"%redact{%m}{" + option + "}%n\"/></File>";
        }
        return "<Configuration status=\"WARN\"><Appenders>" + appenders + "</Appenders>"
                + "<Loggers><Root level=\"info\"><AppenderRef ref=\"" + ref + "\"/></Root></Loggers></Configuration>";
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pluginsAndSettings")
    void oneErrorNamesTheSettingAndTheDefaultsRedact(String plugin, String setting, String option, String named) throws Exception {
        int id = (plugin + setting).hashCode();
        Random r = new Random(id);
        Path log = dir.resolve(id + ".log");
        Path xml = dir.resolve(id + ".xml");
        Files.writeString(xml, config(plugin, setting, option, log), StandardCharsets.UTF_8);
        try (StatusCapture status = new StatusCapture()) {
            LoggerContext ctx = TestContexts.start("bad" + id, xml);
            List<String> emails = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String email = SecretSamples.of(SensitiveType.EMAIL, r);
                emails.add(email);
                ctx.getLogger("app").info("mail {} card {}", email, SecretSamples.card(r));
            }
            String out = TestContexts.stopAndRead(ctx, log);

            assertThat(out.lines()).hasSize(20).allMatch(l -> l.matches("mail \\[REDACTED_EMAIL] card \\[REDACTED_CREDIT_CARD]"));
            List<String> errors = status.errors("log-redactor");
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0)).contains(named).contains(plugin).doesNotContain(BadSettings.SHORT_KEY)
                    .as("one shape for every bad setting")
                    .matches("log-redactor: invalid (attribute \\w+|option '?[\\w.-]+[^ ]*) on <?"
                            + java.util.regex.Pattern.quote(plugin) + ">?: .+; redacting with the defaults instead");
        }
    }
}
