package dev.logredactor.core.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.Catalog;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.detect.BuiltInDetectors;
import dev.logredactor.core.testdata.CatalogSamples;
import dev.logredactor.core.testdata.HostileText;
import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.core.testdata.SharedCorpus;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link Scanner} finds exactly what the {@link ReferenceScanner} (the per-char scanner it replaced)
 * finds when it calls every detector at each of its triggers, with no filter: type, start and end of
 * every finding, and whether the text ends inside a private key. That also shows that the filters (word
 * shapes, the char before a trigger, times of day) only save detector calls; the filtered reference
 * is checked against the same. Texts: realistic lines, generated secrets in generated surroundings,
 * hostile text, and a soup of digit groups, separators and key names that lands on the edges of every
 * shape.
 */
class ScannerEquivalenceTest {
    static Stream<Arguments> keySets() {
        return Stream.of(Arguments.of(List.of()), Arguments.of(List.of("pin7", "acct_no", "X-Auth-9", "pin12")));
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

    /**
     * Tokens of every row of the catalog, whole, cut short, one char longer, glued to the word before,
     * between soup and separators: the scanner's filter on the length of a token's first word
     * ({@link BuiltInDetector#wordLengths}) must change no finding.
     */
    @Test
    void catalogTokensAndTheirNearMisses() {
        Random r = new Random(10);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            for (Catalog.Format f : Catalog.tokenFormats()) {
                String token = CatalogSamples.token(f, r);
                String variant;
                switch (r.nextInt(4)) {
                    case 0:
                        variant = token.substring(0, token.length() - 1 - r.nextInt(Math.min(8, token.length() - f.prefix().length())));
                        break;
                    case 1:
                        variant = token + (char) ('a' + r.nextInt(26));
                        break;
                    case 2:
                        variant = soup(r, 1).trim() + token;
                        break;
                    default:
                        variant = token;
                }
                texts.add(soup(r, 2) + separator(r) + variant + separator(r) + soup(r, 2));
            }
        }
        assertSameFindings(List.of(), texts);
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

    /**
     * Times of day with every piece that decides whether the scan may step over one, each next to the
     * others: what stands before the hours, hours out of range, fractions, zones, and what follows (a
     * phone number or card glued by a comma, more groups as in an IPv6 address, a key's value).
     */
    @ParameterizedTest
    @MethodSource("keySets")
    void timesOfDay(Collection<String> extraKeys) {
        List<String> texts = new ArrayList<>();
        for (String before : new String[] {"", "at ", "[", "2024-01-02T", "18T", "xT", "pin", "pin1", "07/Jan/2024:", "::",
            "fe80::", "phone=", "\"ts\":\""}) {
            for (String hours : new String[] {"12", "23", "29", "30", "5", "012"}) {
                for (String fraction : new String[] {"", ".913", ".1234567890", ",020", ",4111", ",02", ".", ","}) {
                    for (String zone : new String[] {"", "Z", "+02:00", "-0500", " +0000", "+1", " -"}) {
                        for (String after : new String[] {"", " ok", " 7946 0958", "-7946-0958", " 1111 1111 1111 1111", ":2b:3c",
                            "::1", ".4.5.6", "\"", "]", ")", ",1", "\t020 7946 0958", " 4111 1111 1111 1111", "|"}) {
                            texts.add(before + hours + ":34:56" + fraction + zone + after);
                        }
                    }
                }
            }
        }
        assertSameFindings(extraKeys, texts);
    }

    private static void assertSameFindings(Collection<String> extraKeys, List<String> texts) {
        assertSameFindings(extraKeys, texts, texts.size() / 20);
    }

    /** Every built-in type on, by id. */
    static boolean[] allTypes() {
        boolean[] all = new boolean[dev.logredactor.core.internal.catalog.Types.count()];
        java.util.Arrays.fill(all, true);
        return all;
    }

    /** @param minFound how many texts must have findings, so that the comparison is not between two empty answers */
    private static void assertSameFindings(Collection<String> extraKeys, List<String> texts, int minFound) {
        boolean[] all = allTypes();
        Scan current = new Scanner(BuiltInDetectors.create(all, extraKeys));
        Scan filtered = new ReferenceScanner(BuiltInDetectors.create(all, extraKeys), true);
        Scan reference = new ReferenceScanner(BuiltInDetectors.create(all, extraKeys), false);
        int found = 0;
        for (String t : texts) {
            String expected = describe(reference.scan(t));
            assertThat(describe(current.scan(t))).as(t).isEqualTo(expected);
            assertThat(describe(filtered.scan(t))).as(t).isEqualTo(expected);
            assertThat(describe(current.scan(new StringBuilder(t)))).as("as a StringBuilder: %s", t).isEqualTo(expected);
            found += expected.isEmpty() ? 0 : 1;
        }
        assertThat(found).as("texts with findings").isGreaterThanOrEqualTo(minFound);
    }

    private static String describe(Findings f) {
        return ScannerFuzzTest.describe(f);
    }

    /** Real logs of public systems ({@code ../shared/corpus}), when that folder is beside the project. */
    @org.junit.jupiter.api.Test
    void realLogsWhenPresent() throws java.io.IOException {
        java.nio.file.Path dir = SharedCorpus.dir();
        org.junit.jupiter.api.Assumptions.assumeTrue(dir != null, "../shared/corpus is not there");
        List<String> texts = SharedCorpus.lines(dir);
        assertThat(texts).hasSizeGreaterThan(1000);
        assertSameFindings(List.of(), texts, 0);
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
            switch (r.nextInt(8)) {
                case 0:
                    b.append(KEYS[r.nextInt(KEYS.length)]).append(ASSIGN[r.nextInt(ASSIGN.length)]);
                    break;
                case 1:
                    b.append(SecretSamples.random(r, "0123456789abcdefABCDEF", 1 + r.nextInt(5)));
                    break;
                case 2:
                    b.append(groups(r));
                    break;
                case 3:
                    b.append(time(r));
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

    /**
     * A time of day, often as logs write it and often off by a little: hours, minutes and seconds out of
     * range, fractions of every length after {@code .} or {@code ,}, zones, and whatever may follow or
     * stand before it (a date, a key, more groups as in an IPv6 or MAC address, digits of a phone).
     */
    private static String time(Random r) {
        StringBuilder b = new StringBuilder(SecretSamples.pick(r, "", "", "", "T", "2024-01-02T", "18T", "[", "07/Jan/2024:", "x",
                "pin", "at ", "::", "1", "fe80::", "-", "+"));
        b.append(SecretSamples.digits(r, r.nextInt(8) == 0 ? 1 : 2)).append(':').append(SecretSamples.digits(r, 2)).append(':')
                .append(SecretSamples.digits(r, r.nextInt(8) == 0 ? 3 : 2));
        switch (r.nextInt(4)) {
            case 0:
                b.append('.').append(SecretSamples.digits(r, 1 + r.nextInt(11)));
                break;
            case 1:
                b.append(',').append(SecretSamples.digits(r, 2 + r.nextInt(3)));
                break;
            default:
                break;
        }
        b.append(SecretSamples.pick(r, "", "", "", "Z", "+02:00", "-0500", " +0000", "+1", "+14155550100", "-02:0", " -", ":",
                "::1", ":2b:3c:4d", "Zulu", "+02:00:"));
        if (r.nextInt(3) == 0) {
            b.append(SecretSamples.pick(r, " ", ",", "-", ".", "")).append(SecretSamples.digits(r, 1 + r.nextInt(12)));
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
