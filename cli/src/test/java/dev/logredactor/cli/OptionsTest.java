package dev.logredactor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.logredactor.core.SensitiveType;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptionsTest {

    @Test
    void valuesFollowTheOptionOrAnEqualsSign() throws Options.UsageException {
        Options o = Options.parse("--only", "EMAIL,PHONE", "--only=SSN", "--disable=IBAN", "--config", "c.properties",
                "--format=json", "--audit", "a.log", "-", "b.log");
        assertThat(o.only).containsExactly("EMAIL", "PHONE", "SSN");
        assertThat(o.disable).containsExactly("IBAN");
        assertThat(o.config).isEqualTo("c.properties");
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
    void helpListsEveryOptionAndType() throws IOException {
        String usage = Main.usage();
        for (String option : new String[] {"--disable", "--only", "--config", "--audit", "--format", "--help", "--version"}) {
            assertThat(usage).contains(option);
        }
        for (SensitiveType t : SensitiveType.values()) {
            assertThat(usage).containsPattern("[ \\n]" + t.name() + "[ \\n]");
        }
        for (String line : usage.split("\n")) {
            assertThat(line.length()).as(line).isLessThanOrEqualTo(80);
        }
    }
}
