package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Values of key-value pairs (MDC, structured arguments) redacted as values of their key. */
class RedactValueTest {
    private final Redactor redactor = Redactor.defaults();

    @Test
    void valueOfSensitiveKeyIsRedactedWhateverItLooksLike() {
        Random r = new Random(3);
        for (int i = 0; i < 200; i++) {
            String key = SecretSamples.pick(r, "password", "db.password", "apiKey", "client_secret", "X-Auth-Token", "firstName");
            String value = SecretSamples.password(r);
            String out = redactor.redactValue(key, value);
            assertThat(out).doesNotContain(value).startsWith("[REDACTED_");
        }
    }

    @Test
    void valueOfOrdinaryKeyIsRedactedAsText() {
        Random r = new Random(4);
        for (int i = 0; i < 200; i++) {
            String email = SecretSamples.email(r);
            assertThat(redactor.redactValue("requestInfo", "from " + email + " ok")).isEqualTo("from [REDACTED_EMAIL] ok");
        }
    }

    @Test
    void cleanValuesComeBackAsTheSameInstance() {
        RealisticLogLines lines = new RealisticLogLines(8, false);
        for (int i = 0; i < 2_000; i++) {
            String v = lines.next();
            assertThat(redactor.redactValue(SecretSamples.pick(new Random(i), "traceId", "user.id", "orderId", "path"), v)).isSameAs(v);
        }
        assertThat(redactor.redactValue("password", null)).isNull();
        String plain = "no key";
        assertThat(redactor.redactValue(null, plain)).isSameAs(plain);
        assertThat(redactor.redactValue("", plain)).isSameAs(plain);
    }
}
