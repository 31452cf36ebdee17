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
        return JsonFields.redact(line, Set.of(fields), redactor, t -> { }, () -> { });
    }

    private static String encoded(String text) {
        StringBuilder b = new StringBuilder();
        JsonFields.encode(text, b);
        return b.toString();
    }

    @Test
    void onlyTheNamedTopLevelStringsChangeAndEveryOtherByteStays() {
        for (int i = 0; i < 200; i++) {
            String email = SecretSamples.email(random);
            String other = SecretSamples.email(random);
            String text = "a \"quoted\" " + email + "\n\tat x\\y \u00e9";
            String escaped = encoded(text);
            String line = "{ \"n\" : " + i + ", \"tags\":[\"a\",{\"b\":\"" + other + "\"}],\"msg\" :\"" + escaped
                    + "\",\"user\":\"" + other + "\\u0041\" ,\"ok\":true,\"none\":null, \"x\":-1.5e3}";
            String expected = line.replace(escaped, encoded(redactor.redactValue("msg", text)));
            assertThat(redact(line, "msg")).isEqualTo(expected).contains(other + "\\u0041").doesNotContain(email);
        }
    }

    @Test
    void aValueIsRedactedAsTextSoWhatFollowsAnEscapedLineBreakIsFoundAndTheLineStaysJson() {
        for (int i = 0; i < 100; i++) {
            String email = SecretSamples.email(random);
            String token = SecretSamples.of(dev.logredactor.core.SensitiveType.GITHUB_TOKEN, random);
            String line = "{\"stack\":\"java.lang.X: failed\\n" + email + "\\n\\t" + token + "\\u0009at Y\"}";
            String out = redact(line, "stack");
            assertThat(out).isEqualTo("{\"stack\":\"java.lang.X: failed\\n[REDACTED_EMAIL]\\n\\t[REDACTED_GITHUB_TOKEN]\\tat Y\"}");
        }
    }

    @Test
    void aValueWhoseRedactionFailsIsToldAndWrittenAsThePlaceholder() {
        Redactor failing = Redactor.builder().set("detectors", dev.logredactor.core.testdata.ThrowingDetector.class.getName()).build();
        int[] failed = {0};
        String line = "{\"msg\":\"mail " + SecretSamples.email(random) + " " + dev.logredactor.core.testdata.ThrowingDetector.TRIGGER
                + "\",\"n\":1}";
        assertThat(JsonFields.redact(line, Set.of("msg"), failing, t -> { }, () -> failed[0]++))
                .isEqualTo("{\"msg\":\"" + Redactor.FAILED + "\",\"n\":1}");
        assertThat(failed[0]).isEqualTo(1);
    }

    @Test
    void aNamedFieldIsRedactedWithItsNameAsTheKey() {
        String password = SecretSamples.password(random);
        assertThat(redact("{\"password\":\"" + password + "\",\"x\":1}", "password"))
                .isEqualTo("{\"password\":\"[REDACTED_SECRET]\",\"x\":1}");
    }

    @Test
    void aNumberOfANamedFieldIsRedactedAndWrittenAsAString() {
        for (int i = 0; i < 50; i++) {
            String card = SecretSamples.card(random).replaceAll("[^0-9]", "");
            assertThat(redact("{\"card\":" + card + ",\"n\":" + i + "}", "card"))
                    .isEqualTo("{\"card\":\"[REDACTED_CREDIT_CARD]\",\"n\":" + i + "}");
            assertThat(redact("{\"ctx\":{\"cc\":" + card + ",\"ok\":true,\"x\":null}}", "ctx"))
                    .isEqualTo("{\"ctx\":{\"cc\":\"[REDACTED_CREDIT_CARD]\",\"ok\":true,\"x\":null}}");
            assertThat(redact("{\"card\":" + card + "}", "other")).as("not named").isEqualTo("{\"card\":" + card + "}");
        }
        assertThat(redact("{\"n\":12,\"t\":true}", "n", "t")).isEqualTo("{\"n\":12,\"t\":true}");
    }

    @Test
    void aMemberNameInsideANamedFieldIsRedactedToo() {
        String email = SecretSamples.email(random);
        assertThat(redact("{\"seen\":{\"" + email + "\":3}}", "seen")).isEqualTo("{\"seen\":{\"[REDACTED_EMAIL]\":3}}");
        assertThat(redact("{\"" + email + "\":3}", "seen")).as("a top-level name is a field's name").isEqualTo("{\"" + email + "\":3}");
    }

    @Test
    void findingsOfALineReadOnlyInPartAreNotTold() {
        List<String> told = new ArrayList<>();
        String line = "{\"msg\":\"to " + SecretSamples.email(random) + "\"} trailing";
        assertThat(JsonFields.redact(line, Set.of("msg"), redactor, told::add, () -> { })).isNull();
        assertThat(told).as("the caller redacts the line whole and tells its findings").isEmpty();
    }

    @Test
    void aLoneSurrogateIsWrittenAsAnEscapeNotLost() {
        String email = SecretSamples.email(random);
        assertThat(redact("{\"msg\":\"\\ud800 " + email + "\"}", "msg")).isEqualTo("{\"msg\":\"\\ud800 [REDACTED_EMAIL]\"}");
    }

    @Test
    void aNamedObjectOrArrayHasEachStringInsideRedacted() {
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
                "{\"a\":{\"b\":1}", "{msg:\"x\"}", "{\"a\":1,", "", "{\"msg\":\"bad \\q escape\"}", "{\"msg\":\"\\u12\"}",
                "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}"));
        for (String line : unreadable) {
            assertThat(redact(line, "msg")).as(line).isNull();
        }
    }

    @Test
    void theTypesFoundAreTold() {
        List<String> told = new ArrayList<>();
        String line = "{\"msg\":\"to " + SecretSamples.email(random) + " card " + SecretSamples.card(random) + "\",\"user\":\""
                + SecretSamples.email(random) + "\"}";
        JsonFields.redact(line, Set.of("msg"), redactor, told::add, () -> { });
        assertThat(told).containsExactly("EMAIL", "CREDIT_CARD");
    }
}
