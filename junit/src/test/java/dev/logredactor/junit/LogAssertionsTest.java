package dev.logredactor.junit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * {@link LogAssertions} on generated logs: realistic clean lines pass; a secret of any type put in one
 * line fails with that line's number and type, and the message never holds the secret.
 */
class LogAssertionsTest {
    @TempDir
    Path dir;

    private static List<String> cleanLines(long seed, int n) {
        return new RealisticLogLines(seed, false).lines(n);
    }

    @Test
    void cleanLogsPass() throws IOException {
        List<String> lines = cleanLines(7, 400);
        assertThatCode(() -> LogAssertions.assertNoSecrets(String.join("\n", lines))).doesNotThrowAnyException();
        Path file = Files.write(dir.resolve("app.log"), lines, StandardCharsets.UTF_8);
        assertThatCode(() -> LogAssertions.assertNoSecrets(file)).doesNotThrowAnyException();
    }

    @Test
    void aSecretOfEachTypeFailsWithItsLineNumberAndNoValue() throws IOException {
        Random r = new Random(11);
        for (SensitiveType type : SensitiveType.values()) {
            if (type == SensitiveType.PRIVATE_KEY) {
                continue; // several lines: below
            }
            for (int k = 0; k < 5; k++) {
                String sample = SecretSamples.of(type, r);
                List<String> lines = new ArrayList<>(cleanLines(r.nextLong(), 30));
                int at = r.nextInt(lines.size());
                lines.set(at, "INFO  [main] c.e.Service - got " + sample + " from upstream");
                String secret = SecretSamples.secretPart(type, sample);
                String text = String.join(r.nextBoolean() ? "\n" : "\r\n", lines);
                assertThatThrownBy(() -> LogAssertions.assertNoSecrets(text)).isInstanceOf(AssertionFailedError.class)
                        .hasMessageStartingWith("1 entry of the text holds").hasMessageContaining("in line " + (at + 1) + "\n")
                        .hasMessageContaining(type.name()).hasMessageNotContaining(secret);
                Path file = Files.write(dir.resolve(type + "-" + k + ".log"), lines, StandardCharsets.UTF_8);
                assertThatThrownBy(() -> LogAssertions.assertNoSecrets(file)).isInstanceOf(AssertionFailedError.class)
                        .hasMessageStartingWith("1 entry of " + file + " holds").hasMessageContaining("in line " + (at + 1) + "\n")
                        .hasMessageNotContaining(secret);
            }
        }
    }

    @Test
    void aPrivateKeyIsMaskedOnEveryLineOfItsBlock() {
        Random r = new Random(3);
        String key = SecretSamples.privateKey(r, "\n");
        String body = key.split("\n")[1];
        String text = "INFO loaded\n" + key + "\nINFO done";
        assertThatThrownBy(() -> LogAssertions.assertNoSecrets(text)).hasMessageContaining("PRIVATE_KEY in line 2")
                .hasMessageContaining("PRIVATE_KEY in line 3").hasMessageNotContaining(body);
    }

    @Test
    void theRedactorsSettingsDecideWhatCounts() {
        Random r = new Random(5);
        String email = SecretSamples.email(r);
        String text = "mail sent to " + email;
        assertThatThrownBy(() -> LogAssertions.assertNoSecrets(text)).hasMessageContaining("EMAIL");
        assertThatCode(() -> LogAssertions.assertNoSecrets(text, Redactor.builder().allow(email).build())).doesNotThrowAnyException();
        assertThatCode(() -> LogAssertions.assertNoSecrets(text, Redactor.builder().disable("EMAIL").build()))
                .doesNotThrowAnyException();
    }

    @Test
    void aFileWithMalformedUtf8IsReadAndAMissingOneIsAnError() throws IOException {
        Random r = new Random(9);
        String email = SecretSamples.email(r);
        Path file = dir.resolve("bytes.log");
        Files.write(file, ("caf\u00e9 ok\n\u00ff\u00fe bad bytes then " + email + "\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> LogAssertions.assertNoSecrets(file)).hasMessageContaining("EMAIL in line 2")
                .hasMessageNotContaining(email);
        assertThatThrownBy(() -> LogAssertions.assertNoSecrets(dir.resolve("missing.log"))).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("missing.log");
    }
}
