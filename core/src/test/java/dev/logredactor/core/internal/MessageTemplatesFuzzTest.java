package dev.logredactor.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithLength;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.ParameterizedMessages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential fuzz target of parameterized messages: the fuzzer's bytes choose a template (plain
 * words and slots, then fragments of {@link ScannerFuzzTest}'s grammar around them) up to the first
 * byte {@code 0xFF}, and arguments (that grammar's lines) after it, one between each two {@code 0xFF}
 * bytes, and wherever a template's plan applies, its findings must be the scanner's on the
 * whole formatted message. Runs its seeds and the inputs in
 * {@code src/test/resources/dev/logredactor/core/internal/MessageTemplatesFuzzTestInputs/planFindsWhatTheScannerFinds/}
 * in {@code mvn verify}.
 */
class MessageTemplatesFuzzTest {
    private static final Scanner SCANNER = new Scanner(BuiltInDetectors.create(EnumSet.allOf(SensitiveType.class), List.of()));
    private static final MessageTemplates TEMPLATES = new MessageTemplates(SCANNER, SensitiveKeys.create(List.of()));
    private static final String[] PLAIN = {"Order", "placed", "by", "user", "User", "from", "at", "and", "in", "took", "x"};

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10m")
    void planFindsWhatTheScannerFinds(@NotNull @WithLength(max = 512) byte[] choices) {
        StringBuilder t = new StringBuilder();
        int i = 0;
        for (; i < choices.length && choices[i] != (byte) 0xFF; i++) {
            int c = choices[i] & 0xFF;
            t.append(c < 64 ? " {} " : c < 160 ? " " + PLAIN[c % PLAIN.length] + " " : ScannerFuzzTest.line(new byte[] {choices[i]}));
        }
        String template = t.toString().trim();
        String[] args = new String[ParameterizedMessages.arguments(new Random(0), template).length];
        for (int a = 0; a < args.length; a++) {
            int from = ++i;
            while (i < choices.length && choices[i] != (byte) 0xFF) {
                i++;
            }
            args[a] = from < choices.length ? ScannerFuzzTest.line(java.util.Arrays.copyOfRange(choices, from, Math.min(i, choices.length)))
                    : "x";
        }
        String formatted = ParameterizedMessages.format(template, args);
        for (int round = 0; round < 2; round++) {
                Findings f = TEMPLATES.find(template, formatted, args);
            if (f != MessageTemplates.NOT_PLANNED) {
                assertThat(ScannerFuzzTest.describe(f)).as("%s | %s", template, String.join(" | ", args))
                        .isEqualTo(ScannerFuzzTest.describe(SCANNER.scan(formatted)));
            }
        }
    }

    static Stream<Arguments> seeds() {
        Random r = new Random(20261207L);
        List<Arguments> seeds = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
            for (int k = 2 + r.nextInt(12); k > 0; k--) {
                b.write(r.nextInt(3) == 0 ? r.nextInt(64) : 64 + r.nextInt(96)); // mostly slots and plain words
            }
            for (int a = r.nextInt(5); a > 0; a--) {
                b.write(0xFF);
                for (int k = 1 + r.nextInt(4); k > 0; k--) {
                    b.write(r.nextInt(0xFF));
                }
            }
            seeds.add(arguments((Object) b.toByteArray()));
        }
        return seeds.stream();
    }
}
