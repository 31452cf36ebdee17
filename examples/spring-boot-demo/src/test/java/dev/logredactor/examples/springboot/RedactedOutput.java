package dev.logredactor.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.SecretSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What both setups must show: the scripted checkout and generated values come out redacted, harmless text intact. */
final class RedactedOutput {
    /** The values {@link CheckoutService} logs that must not come out. */
    private static final List<String> SCRIPTED_SECRETS = List.of("li.wei@example.org", "+44 20 7946 0958",
            "5555 5555 5555 4444", "Pg-s3cret", "xoxb-2048-4096-AbCdEfGhIjKlMnOpQrStUvWx", "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
            "GB82 WEST 1234 5698 7654 32", "GB82WEST12345698765432");

    private RedactedOutput() {
    }

    /** Logs generated values of several types through the application's logging; returns them. */
    static List<String> logGenerated(long seed) {
        Logger log = LoggerFactory.getLogger(CheckoutService.class);
        Random r = new Random(seed);
        List<String> secrets = new ArrayList<>();
        SensitiveType[] types = {SensitiveType.EMAIL, SensitiveType.CREDIT_CARD, SensitiveType.IBAN, SensitiveType.JWT,
            SensitiveType.GITHUB_TOKEN, SensitiveType.AWS_ACCESS_KEY, SensitiveType.SSN};
        for (int i = 0; i < 40; i++) {
            SensitiveType t = types[i % types.length];
            String value = SecretSamples.of(t, r);
            secrets.add(SecretSamples.secretPart(t, value));
            if (i % 2 == 0) {
                log.info("generated {} value {} in event {}", t, value, i);
            } else {
                log.warn("generated " + t + " value " + value + " in event " + i);
            }
        }
        return secrets;
    }

    static void assertRedacted(String out, List<String> generated) {
        for (String secret : SCRIPTED_SECRETS) {
            assertThat(out).doesNotContain(secret);
        }
        for (String secret : generated) {
            assertThat(out).doesNotContain(secret);
        }
        assertThat(out)
                .contains("Checkout 7f3c9a2e-5b1d-4c8e-9f0a-2d6b8e1c4a57 started for [REDACTED_EMAIL] ([REDACTED_PHONE])")
                .contains("Charging card [REDACTED_CREDIT_CARD] for order 99182734, amount 129.90 EUR")
                .contains("Slack notifier configured")
                .contains("Authorization: Bearer [REDACTED_BEARER_TOKEN]")
                .contains("java.lang.IllegalStateException: bank rejected IBAN [REDACTED_IBAN] of [REDACTED_EMAIL]")
                .contains("at dev.logredactor.examples.springboot.CheckoutService.run(CheckoutService.java:")
                .contains("Order 99182734 shipped at epoch 1732361520, parcel 1Z999AA10123456784, 3 items, took 412 ms");
        for (int i = 0; i < 40; i++) {
            assertThat(out).contains("in event " + i);
        }
    }
}
