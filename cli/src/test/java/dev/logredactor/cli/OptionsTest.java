package dev.logredactor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.Setting;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line: values after a space or {@code =}, one flag per setting of the table, usage errors and the help text. */
class OptionsTest {

    @Test
    void valuesFollowTheOptionOrAnEqualsSign() throws Options.UsageException {
        Options o = Options.parse("--only", "EMAIL,PHONE", "--only=SSN", "--disable=IBAN", "--config", "c.properties",
                "--format=json", "--audit", "a.log", "-", "b.log");
        assertThat(o.settings).as("the file first, the flags in order after it")
                .extracting(g -> g.setting + " " + g.value + " as " + g.writtenAs())
                .containsExactly("CONFIG_FILE c.properties as --config c.properties", "ONLY EMAIL,PHONE as --only", "ONLY SSN as --only",
                        "DISABLE IBAN as --disable");
        assertThat(o.format).isEqualTo("json");
        assertThat(o.audit).isTrue();
        assertThat(o.help).isFalse();
        assertThat(o.files).containsExactly("a.log", "-", "b.log");
    }

    @Test
    void defaultsAndTheEndOfOptions() throws Options.UsageException {
        Options o = Options.parse();
        assertThat(o.files).isEmpty();
        assertThat(o.format).as("not given: text").isNull();
        assertThat(o.json()).isFalse();
        assertThat(o.audit).isFalse();
        Options after = Options.parse("--", "--audit", "-h");
        assertThat(after.files).containsExactly("--audit", "-h");
        assertThat(after.audit).isFalse();
        assertThat(Options.parse("-h").help).isTrue();
        assertThat(Options.parse("--version").version).isTrue();
        assertThat(Options.parse("-V").version).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--bogus", "-x", "--only", "--config", "--audit=yes", "--help=1", "--only=EMAIL,,PHONE",
        "--disable=", "-only"})
    void badCommandLinesSayWhatIsWrong(String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        assertThatThrownBy(() -> Options.parse(arg)).isInstanceOf(Options.UsageException.class).hasMessageContaining(name);
    }

    @Test
    void everySettingButTheHashKeyAndTheLoggingOnesIsAFlag() throws Options.UsageException {
        for (Setting s : Setting.values()) {
            if (s == Setting.HASH_KEY) {
                assertThat(s.flag()).as("a key on a command line is visible to every user of the machine").isNull();
                continue;
            }
            if (s == Setting.MODE || s == Setting.TELEMETRY) {
                assertThat(s.flag()).as("counting and report mode are for logging; the CLI has --audit").isNull();
                continue;
            }
            String value = s.shape() == Setting.Shape.BOOLEAN ? null : s.example();
            Options o = value == null ? Options.parse(s.flag()) : Options.parse(s.flag(), value);
            assertThat(o.settings).singleElement().satisfies(g -> {
                assertThat(g.setting).isEqualTo(s);
                assertThat(g.value).isEqualTo(value == null ? "true" : value);
            });
        }
        assertThatThrownBy(() -> Options.parse("--hash-key", "0123456789abcdef0123")).hasMessageContaining("unknown option");
        assertThatThrownBy(() -> Options.parse("--mode", "report")).hasMessageContaining("unknown option");
    }

    @Test
    void helpListsEveryOptionAndType() throws IOException {
        String usage = Main.usage();
        for (String option : new String[] {"--audit", "--format", "--help", "--version", "--list-types"}) {
            assertThat(usage).contains(option);
        }
        for (Setting s : Setting.values()) {
            if (s.flag() != null) {
                assertThat(usage).containsPattern("\\n  " + s.flag() + "[ \\n]");
            }
        }
        for (SensitiveType t : SensitiveType.values()) {
            assertThat(usage).containsPattern("[ \\n]" + t.name() + "[ \\n]");
        }
        for (String line : usage.split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
        }
    }
}
