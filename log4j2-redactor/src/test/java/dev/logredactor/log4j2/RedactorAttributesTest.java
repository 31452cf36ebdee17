package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.Setting;
import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.examples.EmployeeNumbers;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attributes are the table of settings: one attribute (and setter) per {@link Setting}, named for
 * it; every attribute works on every plugin; plugins of one configuration share a redactor, and a new
 * configuration reports a bad setting again.
 */
class RedactorAttributesTest {
    @TempDir
    Path dir;

    @Test
    void oneAttributeAndSetterPerSetting() throws Exception {
        Set<String> attributes = new HashSet<>();
        for (Field f : RedactorAttributes.class.getDeclaredFields()) {
            if (f.isAnnotationPresent(PluginBuilderAttribute.class)) {
                attributes.add(f.getName());
                assertThat(f.getType()).isEqualTo(String.class);
            }
        }
        Set<String> settings = new HashSet<>();
        for (Setting s : Setting.values()) {
            settings.add(s.attribute());
            assertThat(RedactorAttributes.class.getDeclaredField(s.attribute()).getAnnotation(PluginBuilderAttribute.class)
                    .sensitive()).as(s + " is hidden from Log4j's debug output").isEqualTo(s.shape() == Setting.Shape.SECRET);
        }
        assertThat(attributes).isEqualTo(settings);
        RedactionPolicy.Builder b = RedactionPolicy.newBuilder();
        for (Setting s : Setting.values()) {
            String setter = "set" + Character.toUpperCase(s.attribute().charAt(0)) + s.attribute().substring(1);
            assertThat(RedactorAttributes.class.getMethod(setter, String.class).invoke(b, "v")).isSameAs(b);
            Field f = RedactorAttributes.class.getDeclaredField(s.attribute());
            f.setAccessible(true);
            assertThat(f.get(b)).as(setter).isEqualTo("v");
        }
    }

    /** Each attribute with a value that builds. */
    private String everyAttribute() throws Exception {
        StringBuilder xml = new StringBuilder();
        for (Setting s : Setting.values()) {
            String value;
            switch (s) {
                case CONFIG_FILE:
                    value = Files.writeString(dir.resolve("c.properties"), "sensitive-keys=pin_block\n").toString();
                    break;
                case HASH_KEY_FILE:
                    value = Files.writeString(dir.resolve("key"), "0123456789abcdef0123\n").toString();
                    break;
                case HASH_KEY_ENV:
                case HASH_KEY:
                    continue; // one key source only: the file's
                case DETECTORS:
                    value = EmployeeNumbers.class.getName();
                    break;
                case PLACEHOLDER:
                    value = "&lt;{type}&gt;";
                    break;
                case ONLY:
                    value = "EMAIL,CREDIT_CARD,SECRET,TICKET,EMPLOYEE_NUMBER";
                    break;
                case STRATEGY:
                    value = "CREDIT_CARD=keep-last-4,EMAIL=hash";
                    break;
                default:
                    value = s.example();
            }
            xml.append(' ').append(s.attribute()).append("=\"").append(value.replace('\\', '/')).append('"');
        }
        return xml.toString();
    }

    @Test
    void everyAttributeWorksOnEveryPlugin() throws Exception {
        String attributes = everyAttribute();
        for (String plugin : new String[] {"RedactionPolicy", "RedactingLayout"}) {
            Path log = dir.resolve(plugin + ".log");
            String file = "<File name=\"File\" fileName=\"" + log.toString().replace('\\', '/') + "\">";
            String appenders = plugin.equals("RedactionPolicy")
                    ? file + "<PatternLayout pattern=\"%m%n\"/></File><Rewrite name=\"R\"><RedactionPolicy" + attributes
                            + "/><AppenderRef ref=\"File\"/></Rewrite>"
                    : file + "<RedactingLayout" + attributes + "><PatternLayout pattern=\"%m%n\"/></RedactingLayout></File>";
            Path xml = Files.writeString(dir.resolve(plugin + ".xml"), "<Configuration status=\"WARN\"><Appenders>" + appenders
                    + "</Appenders><Loggers><Root level=\"info\"><AppenderRef ref=\"" + (plugin.equals("RedactionPolicy") ? "R" : "File")
                    + "\"/></Root></Loggers></Configuration>", StandardCharsets.UTF_8);
            Random r = new Random(plugin.hashCode());
            String card = SecretSamples.card(r);
            String digits = card.replaceAll("[^0-9]", "");
            String phone = SecretSamples.phone(r);
            try (StatusCapture status = new StatusCapture()) {
                LoggerContext ctx = TestContexts.start(plugin, xml);
                ctx.getLogger("app").info("card {} mail {} phone {} TCK-123456 pin_block=7781 noreply@example.com EMP {}", card,
                        SecretSamples.email(r), phone, SecretSamples.employeeNumber(r));
                String out = TestContexts.stopAndRead(ctx, log);
                assertThat(status.errors("log-redactor")).as(plugin).isEmpty();
                assertThat(out).as(plugin).contains("card <CREDIT_CARD:\u2026" + digits.substring(digits.length() - 4) + ">")
                        .containsPattern("mail <EMAIL:[0-9a-f]{16}>").contains("phone " + phone).contains("<TICKET>")
                        .contains("pin_block=<SECRET>").contains("noreply@example.com").endsWith("EMP <EMPLOYEE_NUMBER>\n");
            }
        }
    }

    @Test
    void pluginsOfOneConfigurationShareAndANewConfigurationReportsAgain() throws Exception {
        Path log = dir.resolve("twice.log");
        String file = "<File name=\"File\" fileName=\"" + log.toString().replace('\\', '/') + "\">";
        Path xml = Files.writeString(dir.resolve("twice.xml"), "<Configuration status=\"WARN\"><Appenders>" + file
                + "<RedactingLayout disable=\"IP_ADRESS\"><PatternLayout pattern=\"%m%n\"/></RedactingLayout></File>"
                + "<Rewrite name=\"R\"><RedactionPolicy disable=\"IP_ADRESS\"/><AppenderRef ref=\"File\"/></Rewrite>"
                + "</Appenders><Loggers><Root level=\"info\"><AppenderRef ref=\"R\"/></Root></Loggers></Configuration>",
                StandardCharsets.UTF_8);
        try (StatusCapture status = new StatusCapture()) {
            LoggerContext ctx = TestContexts.start("twice", xml);
            assertThat(status.errors("log-redactor")).as("two plugins with one bad setting: one report").hasSize(1)
                    .allMatch(e -> e.contains("attribute disable") && e.contains("IP_ADRESS"));
            ctx.reconfigure();
            assertThat(status.errors("log-redactor")).as("reported again by the new configuration").hasSize(2);
            ctx.getLogger("app").info("mail {}", SecretSamples.email(new Random(5)));
            assertThat(TestContexts.stopAndRead(ctx, log)).isEqualTo("mail [REDACTED_EMAIL]\n");
        }
    }
}
