package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.testdata.ParameterizedMessages;
import dev.logredactor.core.testdata.SecretSamples;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Redactor#redactParameterized} gives exactly what {@link Redactor#redact} gives for the formatted
 * message, and for each argument alone, whatever the template and arguments: generated templates with
 * slots apart from or glued to words, keys, schemes and digits, and arguments of every kind (secrets,
 * their halves at every slot edge, quoted, bracketed and unbalanced values, names of several words). Each
 * message is redacted a few times, so that its template's plan is made and used.
 */
class RedactParameterizedTest {
    static Stream<Arguments> redactors() {
        return Stream.of(Arguments.of("defaults", Redactor.defaults()),
                Arguments.of("strategies and allow", Redactor.builder().strategy("CREDIT_CARD", "keep-last-4")
                        .strategy("EMAIL", "keep-domain").allow("bob@example.com", "hunter2").build()),
                Arguments.of("a rule", Redactor.builder().rule("TICKET", "TCK-[0-9]{5}").build()),
                Arguments.of("extra keys", Redactor.builder().sensitiveKeys("order", "trace").build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("redactors")
    void givesWhatRedactingTheFormattedMessageGives(String name, Redactor redactor) {
        Random r = new Random(name.hashCode());
        int changed = 0;
        for (int t = 0; t < 3_000; t++) {
            String template = ParameterizedMessages.template(r);
            for (int round = 0; round < 4; round++) {
                String[] args = ParameterizedMessages.arguments(r, template);
                String formatted = ParameterizedMessages.format(template, args);
                String expected = redactor.redact(formatted);
                for (int again = 0; again < 2; again++) {
                    String[] redactedArgs = new String[args.length];
                    String out = redactor.redactParameterized(template, formatted, args, redactedArgs);
                    assertThat(out).as("template %s, args %s", template, String.join(" | ", args)).isEqualTo(expected);
                    if (expected == formatted) {
                        assertThat(out).isSameAs(formatted);
                    }
                    for (int i = 0; i < args.length; i++) {
                        assertThat(redactedArgs[i]).isEqualTo(redactor.redact(args[i]));
                    }
                }
                changed += expected == formatted ? 0 : 1;
            }
        }
        assertThat(changed).as("messages with something to redact").isGreaterThan(2_000);
    }

    /** A template that comes with a different text than its slots say (escapes read otherwise): the formatted text wins. */
    @Test
    void aFormattedTextThatIsNotTheTemplateIsRedactedAsItIs() {
        Redactor redactor = Redactor.defaults();
        String email = SecretSamples.email(new Random(3));
        for (String[] c : new String[][] {{"Order \\{} placed by {}", "Order {} placed by " + email}, {"Order {} placed", "Order x placed"},
            {"mail {} sent", "mail " + email + " sent to " + email}}) {
            String[] args = {email};
            for (int again = 0; again < 3; again++) {
                String out = redactor.redactParameterized(c[0], c[1], args, null);
                assertThat(out).isEqualTo(redactor.redact(c[1]));
            }
        }
    }

    @Test
    void noTemplateAndNullTextAreRedactedAsTheyAre() {
        Redactor redactor = Redactor.defaults();
        String email = SecretSamples.email(new Random(4));
        String[] redactedArgs = new String[1];
        assertThat(redactor.redactParameterized(null, "to " + email, new String[] {email}, redactedArgs)).isEqualTo("to [REDACTED_EMAIL]");
        assertThat(redactedArgs[0]).isEqualTo("[REDACTED_EMAIL]");
        assertThat(redactor.redactParameterized("to {}", null, new String[] {email}, null)).isNull();
    }
}
