package dev.logredactor.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.HostileText;
import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scanner's filters (word shapes, the char before a trigger) only save detector calls: with them,
 * the scanner finds exactly what it finds when every detector is called at each of its triggers. Texts:
 * realistic lines, generated secrets in generated surroundings, hostile text, and a soup of digit
 * groups, separators and key names that lands on the edges of every shape.
 */
class ScannerFiltersTest {
    static Stream<Arguments> keySets() {
        return Stream.of(Arguments.of(List.of()), Arguments.of(List.of("pin7", "acct_no", "X-Auth-9")));
    }

    @ParameterizedTest
    @MethodSource("keySets")
    void realisticLinesAndSecrets(Collection<String> extraKeys) {
        Random r = new Random(7);
        List<String> texts = new ArrayList<>(new RealisticLogLines(11, true).lines(20_000));
        SensitiveType[] types = SensitiveType.values();
        for (int i = 0; i < 20_000; i++) {
            String secret = SecretSamples.of(types[r.nextInt(types.length)], r);
            texts.add(soup(r, 3) + separator(r) + secret + separator(r) + soup(r, 3));
        }
        assertSameFindings(extraKeys, texts);
    }

    @ParameterizedTest
    @MethodSource("keySets")
    void numberAndKeySoup(Collection<String> extraKeys) {
        Random r = new Random(8);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 60_000; i++) {
            texts.add(soup(r, 4 + r.nextInt(20)));
        }
        assertSameFindings(extraKeys, texts);
    }

    @ParameterizedTest
    @MethodSource("keySets")
    void hostileText(Collection<String> extraKeys) {
        Random r = new Random(9);
        List<String> texts = new ArrayList<>();
        for (HostileText.Kind kind : HostileText.Kind.values()) {
            for (int i = 0; i < 50; i++) {
                texts.add(HostileText.of(kind, 50 + r.nextInt(3_000), r));
            }
        }
        assertSameFindings(extraKeys, texts);
    }

    private static void assertSameFindings(Collection<String> extraKeys, List<String> texts) {
        EnumSet<SensitiveType> all = EnumSet.allOf(SensitiveType.class);
        Scanner filtered = new Scanner(BuiltInDetectors.create(all, extraKeys), true);
        Scanner reference = new Scanner(BuiltInDetectors.create(all, extraKeys), false);
        int found = 0;
        for (String t : texts) {
            String expected = describe(reference.scan(t));
            assertThat(describe(filtered.scan(t))).as(t).isEqualTo(expected);
            found += expected.isEmpty() ? 0 : 1;
        }
        assertThat(found).as("texts with findings").isGreaterThan(texts.size() / 20);
    }

    private static String describe(Findings f) {
        if (f == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < f.size(); i++) {
            b.append(f.type(i)).append('@').append(f.start(i)).append('-').append(f.end(i)).append(' ');
        }
        return b.append(f.endsInOpenPrivateKey() ? "open" : "").toString();
    }

    private static final String[] KEYS = {"password", "cvv2", "cvc2", "addressLine1", "phone", "tel", "pin7", "acct_no",
        "x-auth-9", "token", "card", "id", "ts", "port", "version", "T15", "v1", "Authorization", "-Dpwd", "--password"};
    private static final String[] ASSIGN = {"=", ":", ": ", " = ", " -> ", "%3D", "%3d", "%22:%22", "\":\"", "\\\":\\\"",
        "&quot;:&quot;", "'='", ":=", "::", "==", "://", "_=", "_:", "-="};
    private static final String[] SEPARATORS = {" ", "-", ".", ":", "/", "(", ")", "+", "_", ",", "\"", "'", "@", "=", "[",
        "]", "T", "\t", "--", "---", "  ", ". ", ", ", "=\"", "\u00e9", "\ud83d\ude00"};

    /** Tokens that land on the edges of the shapes: digit groups of every length, keys, separators. */
    private static String soup(Random r, int tokens) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            switch (r.nextInt(7)) {
                case 0:
                    b.append(KEYS[r.nextInt(KEYS.length)]).append(ASSIGN[r.nextInt(ASSIGN.length)]);
                    break;
                case 1:
                    b.append(SecretSamples.random(r, "0123456789abcdefABCDEF", 1 + r.nextInt(5)));
                    break;
                case 2:
                    b.append(groups(r));
                    break;
                default:
                    b.append(r.nextInt(4) == 0 ? "0" : r.nextInt(4) == 0 ? "1" : "").append(
                            SecretSamples.digits(r, 1 + r.nextInt(r.nextInt(3) == 0 ? 19 : 5)));
                    break;
            }
            b.append(separator(r));
        }
        return b.toString();
    }

    /** A number in groups with one separator: a card, phone, SSN, date, IP or none of them. */
    private static String groups(Random r) {
        String sep = SecretSamples.pick(r, "-", ".", " ");
        StringBuilder b = new StringBuilder(SecretSamples.pick(r, "", "", "0", "+", "+1", "("));
        b.append(r.nextInt(4) == 0 ? "1" : SecretSamples.digits(r, groupLength(r)));
        for (int g = r.nextInt(5); g > 0; g--) {
            b.append(sep).append(SecretSamples.digits(r, groupLength(r)));
        }
        return b.toString();
    }

    private static int groupLength(Random r) {
        return SecretSamples.pick(r, 1, 2, 3, 3, 3, 4, 4, 4, 5, 6);
    }

    private static String separator(Random r) {
        return SEPARATORS[r.nextInt(SEPARATORS.length)];
    }
}
