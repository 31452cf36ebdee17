package dev.logredactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import dev.logredactor.core.Setting;
import dev.logredactor.core.testdata.ValidSettings;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XML elements are the table of settings: one method per {@link Setting}, named for its element,
 * each handing its value to that setting; every element works in a real configuration; and a bad
 * setting is reported again when the configuration is loaded again.
 */
class RedactorElementsTest {
    @TempDir
    Path dir;

    @Test
    void oneMethodPerSettingNamedForItsElement() throws Exception {
        List<Object[]> received = new ArrayList<>();
        RedactorElements recorder = (setting, value) -> received.add(new Object[] {setting, value});
        for (Setting s : Setting.values()) {
            boolean repeatable = s.shape() == Setting.Shape.LIST || s.isNamed();
            String name = (repeatable ? "add" : "set") + Character.toUpperCase(s.element().charAt(0)) + s.element().substring(1);
            Method m = RedactorElements.class.getMethod(name, String.class);
            assertThat(m.isDefault()).as(name).isTrue();
            received.clear();
            m.invoke(recorder, "v-" + s);
            assertThat(received).as(name).singleElement().satisfies(r -> {
                assertThat(r[0]).isEqualTo(s);
                assertThat(r[1]).isEqualTo("v-" + s);
            });
        }
        long elements = java.util.Arrays.stream(RedactorElements.class.getMethods())
                .filter(m -> !Modifier.isStatic(m.getModifiers()) && m.isDefault()).count();
        assertThat(elements).as("no element without a setting").isEqualTo(Setting.values().length);
    }

    /** Each element with a value that builds, all in one component. */
    private String everyElement() {
        StringBuilder xml = new StringBuilder();
        for (Setting s : Setting.values()) {
            String value = ValidSettings.together(s, dir);
            if (value != null) {
                String escaped = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
                xml.append('<').append(s.element()).append('>').append(escaped).append("</").append(s.element()).append('>');
            }
        }
        return xml.toString();
    }

    @Test
    void everyElementWorksOnEveryComponentAsInTheCore() throws Exception {
        String settings = everyElement();
        for (String component : new String[] {"encoder", "turbo"}) {
            Path log = dir.resolve(component + ".log");
            String encoder = "<encoder class=\"dev.logredactor.logback.RedactingEncoder\"><delegate class="
                    + "\"ch.qos.logback.classic.encoder.PatternLayoutEncoder\"><pattern>%msg%n</pattern></delegate>"
                    + settings + "</encoder>";
            String xml = "<configuration>"
                    + (component.equals("turbo") ? "<turboFilter class=\"dev.logredactor.logback.RedactingTurboFilter\">" + settings
                            + "</turboFilter>" : "")
                    + "<appender name=\"FILE\" class=\"ch.qos.logback.core.FileAppender\"><file>" + log + "</file>"
                    + (component.equals("turbo") ? "<encoder><pattern>%msg%n</pattern></encoder>" : encoder)
                    + "</appender><root level=\"INFO\"><appender-ref ref=\"FILE\"/></root></configuration>";
            LoggerContext lc = context();
            TestConfigs.configure(lc, xml);
            Object[] args = ValidSettings.arguments(new Random(component.hashCode()));
            lc.getLogger("app").info(ValidSettings.LINE, args);
            lc.stop();
            assertThat(LogbackStylesTest.errors(lc)).as(component).isEmpty();
            assertThat(Files.readString(log, StandardCharsets.UTF_8)).as(component)
                    .isEqualTo(ValidSettings.expected(dir, args) + System.lineSeparator());
        }
    }

    @Test
    void aBadSettingIsReportedAgainWhenTheConfigurationIsLoadedAgain() throws Exception {
        String xml = "<configuration><appender name=\"A\" class=\"ch.qos.logback.core.read.ListAppender\">"
                + "<encoder class=\"dev.logredactor.logback.RedactingEncoder\"><delegate class="
                + "\"ch.qos.logback.classic.encoder.PatternLayoutEncoder\"><pattern>%msg%n</pattern></delegate>"
                + "<disable>IP_ADRESS</disable></encoder></appender>"
                + "<turboFilter class=\"dev.logredactor.logback.RedactingTurboFilter\"><disable>IP_ADRESS</disable></turboFilter>"
                + "<root level=\"INFO\"><appender-ref ref=\"A\"/></root></configuration>";
        LoggerContext lc = context();
        TestConfigs.configure(lc, xml);
        assertThat(LogbackStylesTest.errors(lc)).as("two components with one bad setting: one report").hasSize(1)
                .allMatch(e -> e.contains("<disable>") && e.contains("IP_ADRESS"));
        lc.reset(); // what a reconfiguration (scan, JMX, Spring Boot's refresh) does first
        TestConfigs.configure(lc, xml);
        assertThat(LogbackStylesTest.errors(lc)).as("reported again after the reconfiguration").hasSize(2);
    }

    private static LoggerContext context() {
        LoggerContext lc = new LoggerContext();
        lc.setMDCAdapter(new LogbackMDCAdapter());
        return lc;
    }
}
