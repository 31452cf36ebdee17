package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.logredactor.core.internal.settings.SettingFiles;
import dev.logredactor.core.testdata.SecretSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The files that settings name (the configuration file, the hash key file) are read only when they are
 * regular files of bounded size: a device, a directory or a huge file is an error naming the setting, at
 * once, never a read that hangs or fills the heap at start-up.
 */
class SettingFilesTest {
    @TempDir
    Path dir;

    /** Builds a redactor from {@code file} through the setting under test. */
    private static Function<Path, Redactor> build(String setting) {
        return file -> setting.equals("config-file") ? Redactor.builder().configFile(file).build()
                : Redactor.builder().set("strategy.EMAIL", "hash").set("hash.key.file", file.toString()).build();
    }

    private static int limit(String setting) {
        return setting.equals("config-file") ? SettingFiles.MAX_CONFIG_FILE_BYTES : SettingFiles.MAX_HASH_KEY_FILE_BYTES;
    }

    @ParameterizedTest
    @ValueSource(strings = {"config-file", "hash.key.file"})
    void aDeviceIsRefusedAtOnce(String setting) {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "needs /dev/zero");
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> build(setting).apply(zero))
                .isInstanceOf(RedactorConfigException.class)
                .hasMessage(setting + ": cannot read '/dev/zero': not a regular file"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"config-file", "hash.key.file"})
    void aDirectoryIsRefused(String setting) {
        assertThatThrownBy(() -> build(setting).apply(dir))
                .isInstanceOf(RedactorConfigException.class)
                .hasMessage(setting + ": cannot read '" + dir + "': not a regular file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"config-file", "hash.key.file"})
    void aFileOverTheLimitIsRefusedAndOneAtTheLimitIsRead(String setting) throws IOException {
        int limit = limit(setting);
        Random r = new Random(setting.hashCode());
        // at the limit: a key of letters, or comment lines; one byte more is refused
        String atLimit = setting.equals("config-file") ? "#" + SecretSamples.random(r, "abc ", limit - 2) + "\n"
                : SecretSamples.random(r, "abcdefghijklmnopqrstuvwxyz0123456789", limit);
        Path ok = Files.write(dir.resolve("ok"), atLimit.getBytes(StandardCharsets.UTF_8));
        build(setting).apply(ok);
        Path big = Files.write(dir.resolve("big"), (atLimit + "x").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> build(setting).apply(big))
                .isInstanceOf(RedactorConfigException.class)
                .hasMessage(setting + ": cannot read '" + big + "': larger than " + limit + " bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"config-file", "hash.key.file"})
    void bytesThatAreNotUtf8AreRefusedWithoutQuotingThem(String setting) throws IOException {
        Random r = new Random(9);
        byte[] bytes = new byte[64];
        r.nextBytes(bytes);
        bytes[0] = (byte) 0xC3; // a lead byte followed by no continuation byte: never valid UTF-8
        bytes[1] = 'a';
        Path binary = Files.write(dir.resolve("binary"), bytes);
        assertThatThrownBy(() -> build(setting).apply(binary))
                .isInstanceOf(RedactorConfigException.class)
                .hasMessage(setting + ": cannot read '" + binary + "': not valid UTF-8");
    }
}
