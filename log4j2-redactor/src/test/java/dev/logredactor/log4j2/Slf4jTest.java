package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.SecretSamples;
import java.nio.file.Path;
import java.util.Random;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** SLF4J through log4j-slf4j2-impl, with the drop-in mode: the application's usual logging path. */
class Slf4jTest {
    @TempDir
    Path dir;

    @Test
    void slf4jEventsAreRedacted() throws Exception {
        Random r = new Random(5);
        Path log = dir.resolve("slf4j.log");
        LoggerContext ctx = (LoggerContext) LogManager.getContext(false);
        ctx.setConfigLocation(TestContexts.config(dir, "styles-dropin.xml", log).toUri());
        Logger logger = LoggerFactory.getLogger("app.slf4j");
        String email = SecretSamples.of(SensitiveType.EMAIL, r);
        String card = SecretSamples.of(SensitiveType.CREDIT_CARD, r);
        String jwt = SecretSamples.of(SensitiveType.JWT, r);
        MDC.put("session", jwt);
        try {
            logger.info("payment by {} with {}", email, card);
            logger.atWarn().addKeyValue("contact", email).log("fluent {}", card);
        } finally {
            MDC.clear();
        }
        logger.info("Order {} shipped in {} ms", 1156268, 47);
        String out = TestContexts.stopAndRead(ctx, log);

        assertThat(out).doesNotContain(SecretSamples.secretPart(SensitiveType.EMAIL, email))
                .doesNotContain(SecretSamples.secretPart(SensitiveType.CREDIT_CARD, card))
                .doesNotContain(SecretSamples.secretPart(SensitiveType.JWT, jwt))
                .contains("payment by [REDACTED_EMAIL] with [REDACTED_CREDIT_CARD]")
                .contains("Order 1156268 shipped in 47 ms");
    }
}
