package dev.logredactor.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.testdata.SecretSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The in-place redaction of named JSON fields: every other byte stays; what it cannot read it leaves to the whole-line path. */
class JsonFieldsTest {
    private final Redactor redactor = Redactor.defaults();
    private final Random random = new Random(61);

    private String redact(String line, String... fields) {
        return JsonFields.redact(line, Set.of(fields), redactor, t -> { });
    }

    @Test
    void onlyTheNamedTopLevelStringsChangeAndEveryOtherByteStays() {
        for (int i = 0; i < 200; i++) {
            String email = SecretSamples.email(random);
            String other = SecretSamples.email(random);
            String escaped = "a \\\"quoted\\\" " + email + "\\n\\tat x";
            String line = "{ \"n\" : " + i + ", \"tags\":[\"a\",{\"b\":\"" + other + "\"}],\"msg\" :\"" + escaped
                    + "\",\"user\":\"" + other + "\" ,\"ok\":true,\"none\":null}";
            String expected = line.replace(escaped, redactor.redactValue("msg", escaped));
            assertThat(redact(line, "msg")).isEqualTo(expected).contains(other).doesNotContain(email);
        }
    }

    @Test
    void aNamedFieldIsRedactedWithItsNameAsTheKey() {
        String password = SecretSamples.password(random);
        assertThat(redact("{\"password\":\"" + password + "\",\"x\":1}", "password"))
                .isEqualTo("{\"password\":\"[REDACTED_SECRET]\",\"x\":1}");
    }

    @Test
    void aNamedObjectOrArrayHasItsJsonTextRedacted() {
        String email = SecretSamples.email(random);
        assertThat(redact("{\"ctx\":{\"user\":\"" + email + "\"},\"n\":1}", "ctx"))
                .isEqualTo("{\"ctx\":{\"user\":\"[REDACTED_EMAIL]\"},\"n\":1}");
        assertThat(redact("{\"to\":[\"" + email + "\"]}", "to")).isEqualTo("{\"to\":[\"[REDACTED_EMAIL]\"]}");
    }

    @Test
    void aCleanLineIsTheSameInstanceAndWhatIsNotAnObjectIsLeftToTheCaller() {
        String clean = "{\"msg\":\"started in 2.5 s\",\"n\":3}";
        assertThat(redact(clean, "msg")).isSameAs(clean);
        assertThat(redact("{}", "msg")).isEqualTo("{}");
        List<String> unreadable = new ArrayList<>(List.of("not json", "[1,2]", "{\"msg\":\"open", "{\"msg\" \"x\"}", "{\"a\":1} tail",
                "{\"a\":{\"b\":1}", "{msg:\"x\"}", "{\"a\":1,", ""));
        for (String line : unreadable) {
            assertThat(redact(line, "msg")).as(line).isNull();
        }
    }

    @Test
    void theTypesFoundAreTold() {
        List<String> told = new ArrayList<>();
        String line = "{\"msg\":\"to " + SecretSamples.email(random) + " card " + SecretSamples.card(random) + "\",\"user\":\""
                + SecretSamples.email(random) + "\"}";
        JsonFields.redact(line, Set.of("msg"), redactor, told::add);
        assertThat(told).containsExactly("EMAIL", "CREDIT_CARD");
    }
}
