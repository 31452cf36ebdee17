package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.logredactor.core.testdata.SecretSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Settings#selfContained}: what a redactor built elsewhere needs, read here. The redactor built from the
 * result redacts as the one built from the files does, and no key names a file or a variable any more.
 */
class SelfContainedSettingsTest {
    @TempDir
    Path dir;

    private final Random random = new Random(71);

    private Path file(String name, String... lines) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void filesAreReadHereNestedOnesTooAndTheRedactorIsTheSame() throws IOException {
        Path key = file("hash.key", "  0123456789abcdef-" + random.nextInt(1_000_000) + "  ");
        Path inner = file("inner.properties", "rule.TUEV=T\u00dcV-[0-9]{4}", "hash.key.file=" + key);
        Path outer = file("outer.properties", "config-file=" + inner, "strategy.EMAIL=hash", "disable=IP_ADDRESS");
        Map<String, String> self = Settings.selfContained(Map.of("config-file", outer.toString(), "strategy.CREDIT_CARD", "keep-last-4"));
        assertThat(self).doesNotContainKeys("config-file", "hash.key.file", "hash.key.env")
                .containsEntry("rule.TUEV", "T\u00dcV-[0-9]{4}").containsEntry("hash.key", Files.readString(key).trim())
                .containsEntry("strategy.EMAIL", "hash").containsEntry("strategy.CREDIT_CARD", "keep-last-4");
        Redactor fromFiles = Redactor.builder().configFile(outer).strategy("CREDIT_CARD", "keep-last-4").build();
        Redactor built = Redactor.builder().properties(self).build();
        for (int i = 0; i < 50; i++) {
            String line = "mail " + SecretSamples.email(random) + " card " + SecretSamples.card(random) + " T\u00dcV-" + (1000 + i)
                    + " from 10.0.0." + i;
            assertThat(built.redact(line)).isEqualTo(fromFiles.redact(line)).contains("[REDACTED_TUEV]").contains("10.0.0.");
        }
    }

    @Test
    void anEnvironmentVariableIsReadHere() {
        String path = System.getenv("PATH");
        assumeTrue(path != null && path.trim().length() >= 16, "PATH is long enough to be a key");
        assertThat(Settings.selfContained(Map.of("hash.key.env", "PATH"))).containsExactly(Map.entry("hash.key", path.trim()));
        assertThatThrownBy(() -> Settings.selfContained(Map.of("hash.key.env", "LOG_REDACTOR_NO_SUCH_VARIABLE_71")))
                .isInstanceOf(RedactorConfigException.class).hasMessageContaining("hash.key.env")
                .hasMessageContaining("LOG_REDACTOR_NO_SUCH_VARIABLE_71");
    }

    @Test
    void whatCannotBeReadOrIsGivenTwiceIsNamed() throws IOException {
        assertThatThrownBy(() -> Settings.selfContained(Map.of("config-file", dir.resolve("missing.properties").toString())))
                .isInstanceOf(RedactorConfigException.class).hasMessageContaining("config-file").hasMessageContaining("missing.properties");
        Path self = dir.resolve("self.properties");
        Files.write(self, List.of("config-file=" + self), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Settings.selfContained(Map.of("config-file", self.toString())))
                .isInstanceOf(RedactorConfigException.class).hasMessageContaining("include each other");
        Path inner = file("twice.properties", "disable=EMAIL", "placeholder=<{type}>");
        assertThatThrownBy(() -> Settings.selfContained(Map.of("config-file", inner.toString(), "placeholder", "#{type}#")))
                .isInstanceOf(RedactorConfigException.class).hasMessageContaining("placeholder").hasMessageContaining("twice");
        Map<String, String> lists = Settings.selfContained(Map.of("config-file", inner.toString(), "disable", "PHONE",
                "placeholder", "<{type}>"));
        assertThat(lists.get("placeholder")).as("the same value twice is one").isEqualTo("<{type}>");
        assertThat(lists.get("disable").split(",")).as("lists add up, as in the builder").containsExactlyInAnyOrder("EMAIL", "PHONE");
        Redactor built = Redactor.builder().properties(lists).build();
        assertThat(built.redact("mail ann@example.com, call +1 415 555 0100")).isEqualTo("mail ann@example.com, call +1 415 555 0100");
        assertThat(Settings.selfContained(Map.of("hash.key.env", " "))).as("no variable named, as the builder").isEmpty();
        Path empty = file("empty.key", "   ");
        assertThatThrownBy(() -> Settings.selfContained(Map.of("hash.key.file", empty.toString())))
                .isInstanceOf(RedactorConfigException.class).hasMessageContaining("hash.key.file").hasMessageContaining("empty");
    }
}
