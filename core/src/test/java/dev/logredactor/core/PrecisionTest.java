package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Realistic log text without secrets comes out unchanged, the very same String instance. */
class PrecisionTest {
    @Test
    void realisticLinesWithoutIpsAreUntouchedByTheDefaults() {
        assertUnchanged(Redactor.defaults(), new RealisticLogLines(42, false).lines(20_000));
    }

    @Test
    void realisticLinesWithIpsAreUntouchedWhenIpsAreOff() {
        assertUnchanged(Redactor.builder().disable("IP_ADDRESS").build(), new RealisticLogLines(7, true).lines(20_000));
    }

    @Test
    void multiLineEventsAreUntouched() {
        RealisticLogLines gen = new RealisticLogLines(3, false);
        List<String> events = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            events.add(String.join("\n", gen.lines(5)));
        }
        assertUnchanged(Redactor.defaults(), events);
    }

    @Test
    void secretsMixedIntoRealisticLinesAreFoundAndTheRestIsKept() {
        RealisticLogLines gen = new RealisticLogLines(11, false);
        Random r = new Random(11);
        for (int i = 0; i < 2_000; i++) {
            String before = gen.next();
            String after = gen.next();
            String email = SecretSamples.email(r);
            String line = before + " contact=" + email + " " + after;
            assertThat(Redactor.defaults().redact(line)).isEqualTo(before + " contact=[REDACTED_EMAIL] " + after);
        }
    }

    static void assertUnchanged(Redactor redactor, List<String> lines) {
        List<String> changed = new ArrayList<>();
        for (String line : lines) {
            String out = redactor.redact(line);
            if (out != line) {
                changed.add(line + "\n  -> " + out);
            }
        }
        assertThat(changed).as("harmless lines that were changed").isEmpty();
    }
}
