package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.logredactor.core.testdata.SecretSamples;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code neutralize-newlines}: no control char a value holds survives, and nothing else changes. */
class NeutralizeNewlinesTest {
    private static final Redactor ON = Redactor.builder().set("neutralize-newlines", "true").build();

    @Test
    void everyLineBreakAndControlCharIsEscapedAndTabStays() {
        for (char c = 0; c < 0x3000; c++) {
            String s = "user=" + c + "x";
            String n = ON.neutralize(s);
            boolean control = c < 0x20 && c != '\t' || c >= 0x7f && c <= 0x9f || c == '\u2028' || c == '\u2029';
            if (control) {
                String expected = c == '\r' ? "\\r" : c == '\n' ? "\\n" : String.format("\\u%04X", (int) c);
                assertThat(n).as("U+%04X", (int) c).isEqualTo("user=" + expected + "x");
                assertThat(ON.needsNeutralizing(s)).isTrue();
            } else {
                assertThat(n).as("U+%04X", (int) c).isSameAs(s);
                assertThat(ON.needsNeutralizing(s)).isFalse();
            }
        }
    }

    @Test
    void aForgedLineCannotStartAfterNeutralizing() {
        Random r = new Random(16);
        for (int i = 0; i < 500; i++) {
            String name = SecretSamples.random(r, "abcdefghij \r\n\u0085\u2028\u001b[0m", 5 + r.nextInt(30));
            String message = "login failed for user " + name;
            String out = ON.neutralize(message);
            assertThat(out).doesNotContain("\r", "\n", "\u0085", "\u2028", "\u001b");
            assertThat(out.replace("\\r", "\r").replace("\\n", "\n").replace("\\u0085", "\u0085")
                    .replace("\\u2028", "\u2028").replace("\\u001B", "\u001b")).isEqualTo(message);
        }
    }

    @Test
    void offByDefaultAndInTheDefaults() {
        String s = "a\nb\r\nc";
        assertThat(Redactor.defaults().neutralizesNewlines()).isFalse();
        assertThat(Redactor.defaults().neutralize(s)).isSameAs(s);
        assertThat(Redactor.builder().build().needsNeutralizing(s)).isFalse();
        assertThat(Redactor.builder().neutralizeNewlines(true).build().neutralize(s)).isEqualTo("a\\nb\\r\\nc");
        assertThat(ON.neutralize(null)).isNull();
        assertThat(ON.toString()).contains("neutralize-newlines");
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "1", "on", "tru"})
    void aValueOtherThanTrueOrFalseIsAnErrorNamingTheSetting(String value) {
        assertThatThrownBy(() -> Redactor.builder().set("neutralize-newlines", value))
                .isInstanceOf(RedactorConfigException.class)
                .hasMessage("neutralize-newlines: expected true or false, not '" + value + "'");
    }

    @Test
    void redactingAndNeutralizingTogetherLeaveNeitherSecretNorLineBreak() {
        Random r = new Random(61);
        for (int i = 0; i < 200; i++) {
            String card = SecretSamples.card(r);
            String text = "paid with " + card + "\n2026-11-23 INFO fake: admin logged in";
            String out = ON.neutralize(ON.redact(text));
            assertThat(out).doesNotContain(card.replaceAll("[ -]", "").substring(6), "\n")
                    .isEqualTo("paid with [REDACTED_CREDIT_CARD]\\n2026-11-23 INFO fake: admin logged in");
        }
    }
}
