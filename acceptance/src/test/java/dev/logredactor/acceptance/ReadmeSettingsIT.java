package dev.logredactor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.Setting;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The README's table of settings is the core's table of settings: one row per {@link Setting}, with its
 * key, Logback element, Log4j2 attribute, CLI flag, description and an example. When a setting is added
 * or changed, this test fails and prints the table to paste.
 */
class ReadmeSettingsIT {
    private static final String BEGIN = "<!-- settings table: from dev.logredactor.core.Setting, checked by ReadmeSettingsIT -->";
    private static final String END = "<!-- end of settings table -->";

    static String table() {
        StringBuilder b = new StringBuilder("| key | Logback element | Log4j2 attribute | CLI flag | value | example |\n"
                + "|---|---|---|---|---|---|\n");
        for (Setting s : Setting.values()) {
            String example = s.isNamed() ? s.key() + s.example() : s.key() + "=" + s.example();
            b.append("| `").append(s.documentedKey()).append("` | `<").append(s.element()).append(">` | `").append(s.attribute())
                    .append("` | ").append(s.flag() == null ? "none" : "`" + s.flag() + "`").append(" | ").append(s.doc())
                    .append(shape(s)).append(" | `").append(example).append("` |\n");
        }
        return b.toString();
    }

    private static String shape(Setting s) {
        if (s.shape() == Setting.Shape.LIST) {
            return " (comma-separated; repeatable)";
        }
        return s.isNamed() ? " (in an element, attribute or flag: `" + s.example() + "`)" : "";
    }

    @Test
    void theReadmeShowsTheExampleDetectorAsTheTestsRunIt() throws Exception {
        String readme = Files.readString(Repository.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String source = Files.readString(Repository.ROOT.resolve("core/src/test/java/dev/logredactor/examples/EmployeeNumbers.java"),
                StandardCharsets.UTF_8);
        String body = source.substring(source.indexOf("public final class EmployeeNumbers"));
        assertThat(readme).as("README's example detector is the class the tests run").contains(body);
    }

    @Test
    void theReadmeHasTheTableOfSettings() throws Exception {
        String readme = Files.readString(Repository.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README has the marker " + BEGIN).isNotNegative();
        assertThat(end).as("README has the marker " + END).isGreaterThan(begin);
        String inReadme = readme.substring(begin + BEGIN.length(), end).strip() + "\n";
        assertThat(inReadme).as("the README's table of settings; paste this between the markers:%n%s", table()).isEqualTo(table());
    }
}
