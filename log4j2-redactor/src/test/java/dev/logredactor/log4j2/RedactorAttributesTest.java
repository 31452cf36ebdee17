package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.Setting;
import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.core.testdata.ValidSettings;
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

    /** Each attribute with a value that builds, all on one plugin. */
    private String everyAttribute() {
        StringBuilder xml = new StringBuilder();
        for (Setting s : Setting.values()) {
            String value = ValidSettings.together(s, dir);
            if (value != null) {
                String escaped = value.replace('\\', '/').replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
                xml.append(' ').append(s.attribute()).append("=\"").append(escaped).append('"');
            }
        }
        return xml.toString();
    }

    @Test
    void everyAttributeWorksOnEveryPluginAsInTheCore() throws Exception {
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
            Object[] args = ValidSettings.arguments(new Random(plugin.hashCode()));
            try (StatusCapture status = new StatusCapture()) {
                LoggerContext ctx = TestContexts.start(plugin, xml);
                ctx.getLogger("app").info(ValidSettings.LINE, args);
                String out = TestContexts.stopAndRead(ctx, log);
                assertThat(status.errors("log-redactor")).as(plugin).isEmpty();
                assertThat(out).as(plugin).isEqualTo(ValidSettings.expected(dir, args) + System.lineSeparator());
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
