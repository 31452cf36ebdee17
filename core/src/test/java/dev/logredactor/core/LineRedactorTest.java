package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Redaction line by line: a private key block carried across lines, and lines held in the caller's own buffers. */
class LineRedactorTest {
    @Test
    void privateKeyBlockSpanningLinesIsRedactedLineByLine() {
        Random r = new Random(5);
        for (int i = 0; i < 50; i++) {
            String key = SecretSamples.privateKey(r, "\n");
            String text = "10:00:01 INFO loaded config\n10:00:02 DEBUG key=" + key + " (from vault)\n10:00:03 INFO next ann@example.com";
            LineRedactor lines = Redactor.defaults().newLineRedactor();
            StringBuilder out = new StringBuilder();
            String[] in = text.split("\n", -1);
            for (String line : in) {
                String red = lines.redactLine(line);
                assertThat(red).doesNotContain("\n");
                out.append(red).append('\n');
            }
            String result = out.toString();
            String[] outLines = result.split("\n", -1);
            assertThat(outLines).hasSize(in.length + 1);
            for (String keyLine : key.split("\n")) {
                assertThat(result).doesNotContain(keyLine.substring(Math.min(keyLine.length(), 5)));
            }
            assertThat(outLines[0]).isEqualTo("10:00:01 INFO loaded config");
            assertThat(outLines[in.length - 2]).isEqualTo("[REDACTED_PRIVATE_KEY] (from vault)");
            assertThat(outLines[in.length - 1]).isEqualTo("10:00:03 INFO next [REDACTED_EMAIL]");
        }
    }

    @Test
    void scanLineContinuesTheBlockToo() {
        LineRedactor lines = Redactor.defaults().newLineRedactor();
        assertThat(lines.scanLine("-----BEGIN PRIVATE KEY-----")).extracting(Finding::type).containsExactly("PRIVATE_KEY");
        assertThat(lines.scanLine("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC")).containsExactly(new Finding("PRIVATE_KEY", 0, 32));
        List<Finding> last = lines.scanLine("-----END PRIVATE KEY----- mail ann@example.com");
        assertThat(last).extracting(Finding::type).containsExactly("PRIVATE_KEY", "EMAIL");
        assertThat(lines.scanLine("plain")).isEmpty();
    }

    @Test
    void stateHandsOverBetweenRedactorsOfOneStream() {
        Random r = new Random(11);
        for (int i = 0; i < 30; i++) {
            String[] in = ("start\nkey " + SecretSamples.privateKey(r, "\n") + " done\nafter").split("\n");
            int cut = 1 + r.nextInt(in.length - 2);
            LineRedactor whole = Redactor.defaults().newLineRedactor();
            LineRedactor first = Redactor.defaults().newLineRedactor();
            LineRedactor second = Redactor.defaults().newLineRedactor();
            for (int k = 0; k < in.length; k++) {
                String expected = whole.redactLine(in[k]);
                if (k == cut) {
                    assertThat(second.insidePrivateKey()).isFalse();
                    second.insidePrivateKey(first.insidePrivateKey());
                }
                assertThat((k < cut ? first : second).redactLine(in[k])).isEqualTo(expected);
            }
            assertThat(whole.insidePrivateKey()).isFalse();
        }
    }

    @Test
    void jsonEscapedKeyOnOneLineIsOneFinding() {
        Random r = new Random(9);
        for (int i = 0; i < 50; i++) {
            String key = SecretSamples.privateKey(r, "\\n");
            String line = "{\"private_key_id\":\"abc\",\"pem\":\"" + key + "\\n\",\"n\":1}";
            assertThat(Redactor.defaults().redact(line))
                    .isEqualTo("{\"private_key_id\":\"abc\",\"pem\":\"[REDACTED_PRIVATE_KEY]\\n\",\"n\":1}");
        }
    }

    /**
     * {@code appendRedactedLine} on a view that is no {@code String} does what {@code redactLine} does: the
     * same text appended after what {@code out} held, or nothing appended and {@code false} exactly where
     * {@code redactLine} returns its line itself; the private key state carried alike. With and without
     * {@code neutralize-newlines}, on clean, secret-bearing and key-block lines and lines with control chars.
     */
    @Test
    void appendRedactedLineAgreesWithRedactLine() {
        Random r = new Random(17);
        RealisticLogLines clean = new RealisticLogLines(17, true);
        SensitiveType[] types = SensitiveType.values();
        List<String> in = new ArrayList<>();
        while (in.size() < 20_000) {
            switch (r.nextInt(12)) {
                case 0:
                    in.add(clean.next() + " " + SecretSamples.of(types[r.nextInt(types.length)], r));
                    break;
                case 1:
                    for (String l : ("key " + SecretSamples.privateKey(r, "\n") + " then " + SecretSamples.email(r)).split("\n")) {
                        in.add(l);
                    }
                    break;
                case 2:
                    in.add(clean.next() + "\u001b[31m\r" + (r.nextBoolean() ? " pin=" + SecretSamples.digits(r, 4) : ""));
                    break;
                default:
                    in.add(clean.next());
                    break;
            }
        }
        int[] outcomes = new int[2];
        for (boolean neutralize : new boolean[] {false, true}) {
            Redactor redactor = Redactor.builder().neutralizeNewlines(neutralize).build();
            LineRedactor byString = redactor.newLineRedactor();
            LineRedactor byView = redactor.newLineRedactor();
            StringBuilder out = new StringBuilder();
            for (String line : in) {
                String expected = byString.redactLine(line);
                String before = "prefix " + r.nextInt(100);
                out.setLength(0);
                out.append(before);
                boolean appended = byView.appendRedactedLine(CharBuffer.wrap(line), out);
                assertThat(appended).as(line).isEqualTo(expected != line);
                assertThat(out.toString()).as(line).isEqualTo(appended ? before + expected : before);
                assertThat(byView.insidePrivateKey()).as(line).isEqualTo(byString.insidePrivateKey());
                outcomes[appended ? 1 : 0]++;
            }
        }
        assertThat(outcomes[0]).isGreaterThan(10_000);
        assertThat(outcomes[1]).isGreaterThan(6_000);
    }

    @Test
    void countingVariantsTellTheTypesOfWhatTheyReplace() {
        Random r = new Random(17);
        Redactor redactor = Redactor.defaults();
        LineRedactor lines = redactor.newLineRedactor();
        LineRedactor plain = redactor.newLineRedactor();
        RealisticLogLines gen = new RealisticLogLines(17, true);
        SensitiveType[] types = {SensitiveType.EMAIL, SensitiveType.CREDIT_CARD, SensitiveType.IBAN, SensitiveType.JWT, SensitiveType.SSN};
        int withFindings = 0;
        for (int i = 0; i < 400; i++) {
            String line = gen.next();
            if (i % 3 == 0) {
                SensitiveType t = types[r.nextInt(types.length)];
                line = line + " value " + SecretSamples.of(t, r);
            }
            List<String> expected = new ArrayList<>();
            redactor.scan(line).forEach(f -> expected.add(f.type()));
            List<String> told = new ArrayList<>();
            assertThat(redactor.redact(line, told::add)).isEqualTo(redactor.redact(line));
            assertThat(told).isEqualTo(expected);
            List<String> toldByLine = new ArrayList<>();
            assertThat(lines.redactLine(line, toldByLine::add)).isEqualTo(plain.redactLine(line));
            assertThat(toldByLine).isEqualTo(expected);
            withFindings += expected.isEmpty() ? 0 : 1;
        }
        assertThat(withFindings).as("lines with findings among the generated").isGreaterThan(100);
        for (int i = 0; i < 100; i++) {
            String key = SecretSamples.pick(r, "password", "note", "email", "msg");
            String value = i % 2 == 0 ? SecretSamples.password(r) : "sent to " + SecretSamples.email(r) + " at 10:00";
            List<String> told = new ArrayList<>();
            assertThat(redactor.redactValue(key, value, told::add)).isEqualTo(redactor.redactValue(key, value));
            String redacted = redactor.redactValue(key, value);
            assertThat(told).as(key + "=" + value).hasSize(redacted.split("\\[REDACTED_", -1).length - 1);
        }
        String clean = "10:00:01 INFO started in 2.5 s";
        List<String> none = new ArrayList<>();
        assertThat(redactor.redact(clean, none::add)).isSameAs(clean);
        assertThat(none).isEmpty();
    }

    @Test
    void countingVariantTellsAPrivateKeysInnerLinesAsOneFindingEach() {
        String key = SecretSamples.privateKey(new Random(3), "\n");
        String[] in = key.split("\n");
        LineRedactor lines = Redactor.defaults().newLineRedactor();
        List<String> told = new ArrayList<>();
        for (String line : in) {
            assertThat(lines.redactLine(line, told::add)).isEqualTo("[REDACTED_PRIVATE_KEY]");
        }
        assertThat(told).hasSize(in.length).containsOnly("PRIVATE_KEY");
        assertThat(lines.redactLine("after the key", told::add)).isEqualTo("after the key");
        assertThat(told).hasSize(in.length);
    }

    @Test
    void failureIsToldApartFromTextThatLooksLikeIt() {
        String text = "user ann@example.com";
        assertThat(Redactor.isFailure(text, Redactor.FAILED)).isTrue();
        assertThat(Redactor.isFailure(text, Redactor.FAILED + "\n")).isTrue();
        assertThat(Redactor.isFailure(text, "user [REDACTED_EMAIL]")).isFalse();
        String raw = Redactor.FAILED;
        assertThat(Redactor.isFailure(raw, Redactor.defaults().redact(raw))).as("the text itself, unchanged").isFalse();
    }

    @Test
    void aLineThatOpensAKeyAndFailsKeepsTheBlocksNextLinesRedacted() {
        Redactor failing = Redactor.builder().set("detectors", dev.logredactor.core.testdata.ThrowingDetector.class.getName()).build();
        String[] key = SecretSamples.privateKey(new Random(9), "\n").split("\n");
        LineRedactor lines = failing.newLineRedactor();
        assertThat(lines.redactLine(key[0] + " " + dev.logredactor.core.testdata.ThrowingDetector.TRIGGER)).isEqualTo(Redactor.FAILED);
        for (int i = 1; i < key.length; i++) {
            assertThat(lines.redactLine(key[i])).as(key[i]).isEqualTo("[REDACTED_PRIVATE_KEY]");
        }
        assertThat(lines.insidePrivateKey()).isFalse();
        assertThat(LineRedactor.opensPrivateKey("x -----BEGIN EC PRIVATE KEY----- AAAA")).isTrue();
        assertThat(LineRedactor.opensPrivateKey("-----BEGIN CERTIFICATE-----")).isFalse();
        assertThat(LineRedactor.opensPrivateKey("-----BEGIN PRIVATE KEY----- AAAA -----END PRIVATE KEY-----")).isFalse();
    }
}
