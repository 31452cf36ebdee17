package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import dev.logredactor.core.internal.Engine;
import dev.logredactor.core.internal.scan.Findings;
import dev.logredactor.core.testdata.HostileText;
import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jazzer fuzz tests of the redactor. In {@code mvn verify} (regression mode) each runs its seeds below and
 * the inputs in {@code src/test/resources/dev/logredactor/core/RedactorFuzzTestInputs/<method>/};
 * {@code mvn -Pfuzz -pl core verify -Dtest='RedactorFuzzTest#anyText'} fuzzes one of them (README, "Fuzzing").
 */
class RedactorFuzzTest {
    private static final Redactor REDACTOR = Redactor.defaults();
    private static final Redactor NEUTRALIZING = Redactor.builder().neutralizeNewlines(true).build();
    /** What a secret is set apart with on each side: a token boundary. */
    private static final String BOUNDARIES = " \t\n";

    /**
     * Any text: the engine itself throws nothing (the public methods would hide that behind the
     * placeholder), and every public entry point gives the engine's answer: the same instance for clean
     * text, findings in order inside the text, the same result appended, line by line without failure,
     * and neutralized text without a char that could end a line.
     */
    @MethodSource("texts")
    @FuzzTest(maxDuration = "10m")
    void anyText(@NotNull @WithUtf8Length(max = 4096) String text) {
        String expected = assertRedactGivesTheEnginesAnswer(REDACTOR, text);
        StringBuilder appended = new StringBuilder("> ");
        assertThat(REDACTOR.appendRedacted(text, appended)).isEqualTo(expected != text);
        assertThat(appended.substring(2)).isEqualTo(expected);

        int previousEnd = 0;
        for (Finding f : REDACTOR.scan(text)) {
            assertThat(f.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(f.end()).isGreaterThan(f.start()).isLessThanOrEqualTo(text.length());
            previousEnd = f.end();
        }

        LineRedactor lines = REDACTOR.newLineRedactor();
        for (String line : text.split("\n", -1)) {
            if (!line.equals(Redactor.FAILED)) {
                assertThat(lines.redactLine(line)).isNotEqualTo(Redactor.FAILED);
            }
        }

        String neutral = NEUTRALIZING.neutralize(text);
        for (int i = 0; i < neutral.length(); i++) {
            assertThat(ControlChars.isEscaped(neutral.charAt(i))).as("char %d of %s", i, neutral).isFalse();
        }
    }

    /**
     * The engine finds and renders {@code text} without throwing (the public methods would hide a failure
     * behind the placeholder), and {@code redact} gives that answer: {@code text} itself when there is
     * nothing to redact. Returns the answer.
     */
    static String assertRedactGivesTheEnginesAnswer(Redactor redactor, String text) {
        Engine engine = redactor.engine();
        Findings findings = engine.find(text);
        String out = redactor.redact(text);
        if (findings == null) {
            assertThat(out).isSameAs(text);
            return text;
        }
        StringBuilder rendered = new StringBuilder();
        engine.render(text, findings, rendered);
        assertThat(out).isEqualTo(rendered.toString());
        return out;
    }

    /** Seeds: every hostile kind, realistic lines, and each type's sample in the catalog's surroundings. */
    static Stream<Arguments> texts() {
        Random r = new Random(20261123L);
        List<Arguments> seeds = new ArrayList<>();
        for (HostileText.Kind kind : HostileText.Kind.values()) {
            seeds.add(arguments(HostileText.of(kind, 2048, r)));
        }
        for (String line : new RealisticLogLines(7, true).lines(40)) {
            seeds.add(arguments(line));
        }
        for (SensitiveType type : SensitiveType.values()) {
            seeds.add(arguments("user " + SecretSamples.of(type, r) + " logged in, {\"k\":\"" + SecretSamples.of(type, r) + "\"}"));
        }
        return seeds.stream();
    }

    /**
     * A generated secret of any type, set apart by whitespace from any text before and after it, never
     * survives: the output holds it no more often than the surrounding text itself did.
     */
    @MethodSource("secretsInText")
    @FuzzTest(maxDuration = "10m")
    void secretOnTokenBoundariesNeverSurvives(@NotNull SensitiveType type, long seed,
            @NotNull @WithUtf8Length(max = 1024) String before, @NotNull @WithUtf8Length(max = 1024) String after,
            int boundaries) {
        String sample = SecretSamples.of(type, new Random(seed));
        String secret = SecretSamples.secretPart(type, sample);
        char left = BOUNDARIES.charAt(Math.floorMod(boundaries, BOUNDARIES.length()));
        char right = BOUNDARIES.charAt(Math.floorMod(boundaries / BOUNDARIES.length(), BOUNDARIES.length()));
        if (digitGroupsWithSpaces(sample)) {
            // A number written in groups with spaces goes on through a space and more digits: in
            // "076 5567 8233 081110" no reader can tell a phone and a number from one longer number
            // (README, "What it cannot catch"). There, only other whitespace sets it apart.
            left = left == ' ' && !before.isEmpty() && isDigit(before.charAt(before.length() - 1)) ? '\t' : left;
            right = right == ' ' && !after.isEmpty() && isDigit(after.charAt(0)) ? '\t' : right;
        }
        String text = before + left + sample + right + after;
        String out = REDACTOR.redact(text);
        assertThat(occurrences(out, secret))
                .as("%s survived in %s", type, out)
                .isLessThanOrEqualTo(occurrences(before, secret) + occurrences(after, secret));
    }

    /** Seeds: each type between hostile text and between realistic lines, with each pair of boundaries. */
    static Stream<Arguments> secretsInText() {
        Random r = new Random(1123L);
        RealisticLogLines lines = new RealisticLogLines(11, true);
        HostileText.Kind[] kinds = HostileText.Kind.values();
        List<Arguments> seeds = new ArrayList<>();
        for (SensitiveType type : SensitiveType.values()) {
            for (int b = 0; b < BOUNDARIES.length() * BOUNDARIES.length(); b++) {
                seeds.add(arguments(type, r.nextLong(), lines.next(), lines.next(), b));
                HostileText.Kind kind = kinds[r.nextInt(kinds.length)];
                seeds.add(arguments(type, r.nextLong(), HostileText.of(kind, 200, r), HostileText.of(kind, 200, r), b));
            }
        }
        return seeds.stream();
    }

    private static boolean digitGroupsWithSpaces(String sample) {
        for (int i = 1; i + 1 < sample.length(); i++) {
            if (sample.charAt(i) == ' ' && isDigit(sample.charAt(i - 1)) && isDigit(sample.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
