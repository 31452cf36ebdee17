package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.logredactor.core.testdata.SecretSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hash key read from the environment or a file gives the tokens the literal key gives, and is never shown. */
class HashKeySourceTest {
    private static final Random RANDOM = new Random(6);

    private static String newKey() {
        return SecretSamples.random(RANDOM, "abcdefghijklmnopqrstuvwxyz0123456789", 24 + RANDOM.nextInt(16));
    }

    @Test
    void keyFromTheEnvironmentHashesLikeTheSameLiteralKey() {
        for (int i = 0; i < 20; i++) {
            String key = newKey();
            Redactor literal = Redactor.builder().strategy("EMAIL", "hash").hashKey(key).build();
            Redactor fromEnv = Redactor.builder().environment(Map.of("APP_HASH_KEY", key)::get)
                    .set("strategy.EMAIL", "hash").set("hash.key.env", "APP_HASH_KEY").build();
            String text = "login " + SecretSamples.email(RANDOM);
            assertThat(fromEnv.redact(text)).isEqualTo(literal.redact(text)).startsWith("login [REDACTED_EMAIL:");
            assertThat(fromEnv.toString()).doesNotContain(key);
        }
    }

    @Test
    void keyFromAFileIgnoresTheFinalLineBreak(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 20; i++) {
            String key = newKey();
            Path file = dir.resolve("key" + i);
            Files.write(file, (key + (i % 2 == 0 ? "\n" : "\r\n")).getBytes(StandardCharsets.UTF_8));
            Redactor literal = Redactor.builder().strategy("IBAN", "hash").hashKey(key).build();
            Redactor fromFile = Redactor.builder().set("strategy.IBAN", "hash").set("hash.key.file", file.toString()).build();
            String text = "pay to " + SecretSamples.iban(RANDOM);
            assertThat(fromFile.redact(text)).isEqualTo(literal.redact(text)).startsWith("pay to [REDACTED_IBAN:");
            assertThat(fromFile.toString()).doesNotContain(key);
        }
    }

    @Test
    void aMissingVariableOrFileIsAnErrorNamingTheSettingNotTheKey(@TempDir Path dir) throws IOException {
        assertThatThrownBy(() -> Redactor.builder().environment(name -> null).set("strategy.EMAIL", "hash")
                .set("hash.key.env", "NO_SUCH_VAR").build())
                .isInstanceOf(RedactorConfigException.class)
                .hasMessage("hash.key.env: the environment variable 'NO_SUCH_VAR' is not set");
        Path missing = dir.resolve("absent");
        assertThatThrownBy(() -> Redactor.builder().set("hash.key.file", missing.toString()).build())
                .isInstanceOf(RedactorConfigException.class)
                .hasMessageStartingWith("hash.key.file: cannot read '" + missing + "'");
        String shortKey = "short-" + RANDOM.nextInt(1000);
        Path small = Files.write(dir.resolve("small"), shortKey.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Redactor.builder().set("hash.key.file", small.toString()).build())
                .isInstanceOf(RedactorConfigException.class)
                .hasMessage("hash.key.file: the key must be at least 16 chars long")
                .satisfies(e -> assertThat(e.toString()).doesNotContain(shortKey));
        String literal = newKey();
        assertThatThrownBy(() -> Redactor.builder().environment(Map.of("K", newKey())::get).hashKey(literal)
                .set("hash.key.env", "K").build())
                .isInstanceOf(RedactorConfigException.class)
                .hasMessage("hash.key.env: set only one of hash.key, hash.key.env")
                .satisfies(e -> assertThat(e.toString()).doesNotContain(literal));
    }

    @Test
    void theHashStrategyAcceptsAnyOfTheThreeSources() {
        assertThatThrownBy(() -> Redactor.builder().strategy("EMAIL", "hash").build())
                .isInstanceOf(RedactorConfigException.class)
                .hasMessageStartingWith("hash.key: the hash strategy needs hash.key, hash.key.env or hash.key.file");
    }
}
