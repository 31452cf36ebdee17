package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.SecretSamples;
import java.nio.file.Path;
import java.util.Random;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Attributes and nested elements reach the core; bad ones are reported by name and the defaults redact. */
class SettingsTest {
    @TempDir
    Path dir;

    private final Random r = new Random(7);

    @Test
    void attributesAndElementsApply() throws Exception {
        Path log = dir.resolve("settings.log");
        LoggerContext ctx = TestContexts.start("settings", TestContexts.config(dir, "settings.xml", log));
        Logger logger = ctx.getLogger("app");
        String card = SecretSamples.card(r);
        String email = SecretSamples.email(r);
        String ip = SecretSamples.ip(r);
        String ssn = SecretSamples.ssn(r);
        logger.info("card {} email {} ip {} ssn {}", card, email, ip, ssn);
        logger.info("contact support@example.com, token ord_{} orderSecret=s3cr3tvalue", SecretSamples.digits(r, 12));
        String out = TestContexts.stopAndRead(ctx, log);

        assertThat(out).doesNotContain(card).doesNotContain(email).contains(card.substring(card.length() - 4) + "]")
                .as("only EMAIL,CREDIT_CARD,SECRET,ORDER_TOKEN").contains(ip).contains(ssn)
                .as("allowed value").contains("support@example.com")
                .as("rule").contains("[REDACTED_ORDER_TOKEN]")
                .as("sensitive key").doesNotContain("s3cr3tvalue");
    }

    @Test
    void aBadAttributeIsNamedAndTheDefaultsRedact() throws Exception {
        try (StatusCapture status = new StatusCapture()) {
            Path log = dir.resolve("bad.log");
            LoggerContext ctx = TestContexts.start("bad", TestContexts.config(dir, "bad-settings.xml", log));
            String email = SecretSamples.of(SensitiveType.EMAIL, r);
            ctx.getLogger("app").info("mail {}", email);
            String out = TestContexts.stopAndRead(ctx, log);

            assertThat(status.errors("log-redactor")).hasSize(1).first().asString()
                    .contains("attribute disable").contains("<RedactionPolicy>").contains("IP_ADRESS");
            assertThat(out).contains("[REDACTED_EMAIL]").doesNotContain(SecretSamples.secretPart(SensitiveType.EMAIL, email));
        }
    }

    @Test
    void aBadRuleIsNamedByItsName() throws Exception {
        try (StatusCapture status = new StatusCapture()) {
            Path log = dir.resolve("rule.log");
            LoggerContext ctx = TestContexts.start("rule", TestContexts.config(dir, "bad-rule.xml", log));
            String card = SecretSamples.card(r);
            ctx.getLogger("app").info("card {}", card);
            String out = TestContexts.stopAndRead(ctx, log);

            assertThat(status.errors("log-redactor")).hasSize(1).first().asString()
                    .contains("<Rule name=\"ORDER\">").contains("<RedactingLayout>");
            assertThat(out).doesNotContain(card);
        }
    }
}
