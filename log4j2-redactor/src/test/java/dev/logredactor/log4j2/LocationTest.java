package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.testdata.SecretSamples;
import java.nio.file.Path;
import java.util.Random;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy's copy of a redacted event keeps the caller's location for layouts that print it
 * ({@code %C %M %L}): found on demand on the logging thread, taken before the queue by async loggers.
 */
class LocationTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sync", "async"})
    void aRedactedEventKeepsTheCallersLocation(String mode) throws Exception {
        Path log = dir.resolve(mode + ".log");
        LoggerContext ctx = TestContexts.start("location-" + mode,
                TestContexts.config(dir, "/dev/logredactor/log4j2/location-" + mode + ".xml", log));
        Random r = new Random(mode.hashCode());
        String email = SecretSamples.email(r);
        int line = logFromHere(ctx, "mail to " + email);
        int clean = logFromHere(ctx, "nothing to hide");
        String out = TestContexts.stopAndRead(ctx, log);

        String caller = LocationTest.class.getName() + ".logFromHere:";
        assertThat(out).doesNotContain(email)
                .contains(caller + line + " mail to [REDACTED_EMAIL]")
                .contains(caller + clean + " nothing to hide");
    }

    /** Logs {@code message} and returns the line number of the logging call. */
    private static int logFromHere(LoggerContext ctx, String message) {
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        ctx.getLogger("location").info(message);
        return line;
    }
}
