package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.logredactor.core.testdata.CatalogSamples;
import dev.logredactor.core.testdata.CatalogSamples.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the token catalog: generated valid tokens ({@link CatalogSamples}) in ten line shapes that frameworks write must each be
 * replaced by the row's placeholder and nothing else; near misses (one char short, one too many, glued to
 * a word before, a wrong check digit, a body of one repeated char where the row asks for entropy) must
 * not be reported as the row's type, and must leave the line as it was unless a part of them may be
 * another finding ({@link #mayHoldOtherFindings}).
 */
class TokenCatalogTest {
    /** Lines as frameworks write them, with no key that would make the value a SECRET. */
    private static final String[] SHAPES = {
        "2026-12-07 10:15:30.123  INFO 4242 --- [main] c.e.Client : using %s for the upload",
        "{\"@timestamp\":\"2026-12-07T10:15:30.123Z\",\"level\":\"WARN\",\"message\":\"rejected %s\",\"logger\":\"c.e.Api\"}",
        "ProducerConfig values: \n\tbootstrap.servers = [kafka:9092]\n\tclient.ref = %s\n\tacks = all",
        "> GET /v1/items?ref=%s&page=2 HTTP/1.1",
        "Config{endpoint=https://api.example.com, value=%s, retries=3}",
        "java.lang.IllegalStateException: rejected '%s'\n\tat com.example.Client.call(Client.java:42)",
        "level=info msg=\"loaded %s\" duration=12ms",
        "12:00:01.002 [pool-1-thread-3] DEBUG o.a.h.wire - [%s]",
        "the value was %s.",
        "  value: %s",
    };
    private static final int SAMPLES = 12;

    static IntStream rows() {
        return IntStream.range(0, Catalog.tokenFormats().size());
    }

    @ParameterizedTest
    @MethodSource("rows")
    void everyGeneratedTokenIsRedactedInEveryShape(int row) {
        Catalog.Format f = Catalog.tokenFormats().get(row);
        Redactor redactor = Redactor.defaults();
        Random random = new Random(row * 7919L + 17);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String token = CatalogSamples.token(f, random);
            for (String shape : SHAPES) {
                String line = String.format(shape, token);
                String expected = line.replace(token, "[REDACTED_" + f.type() + "]");
                String out = redactor.redact(line);
                if (!out.equals(expected)) {
                    failures.add(line + "\n  -> " + out);
                }
            }
        }
        assertThat(failures).as("%s: lines not redacted as expected", f).isEmpty();
    }

    /** A token of a prefix of 4 or more chars is found also when glued by {@code _} to the identifier before it. */
    @ParameterizedTest
    @MethodSource("rows")
    void aTokenGluedByAnUnderscoreIsFoundWhenItsPrefixIsDistinctive(int row) {
        Catalog.Format f = Catalog.tokenFormats().get(row);
        assumeTrue(f.before().isEmpty(), "an anchored format's token starts at a word's start, no prefix to find after a _");
        Redactor redactor = Redactor.defaults();
        Random random = new Random(row * 31L + 5);
        for (int i = 0; i < SAMPLES; i++) {
            String token = CatalogSamples.token(f, random);
            for (String before : new String[] {"Thunderbird_", "x_", "_", "MY_APP__"}) {
                String line = String.format(SHAPES[0], before + token);
                String expected = f.prefix().length() >= 4 ? line.replace(token, "[REDACTED_" + f.type() + "]") : line;
                if (f.prefix().length() < 4 && holdsOtherPrefix(f)) {
                    continue; // a shorter prefix inside it may be found glued
                }
                assertThat(redactor.redact(line)).as(line).isEqualTo(expected);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("rows")
    void nearMissesStay(int row) {
        Catalog.Format f = Catalog.tokenFormats().get(row);
        Redactor redactor = Redactor.defaults();
        Random random = new Random(row * 104729L + 3);
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            List<Segment> body = CatalogSamples.parse(f.body());
            Segment last = body.isEmpty() ? new Segment() : body.get(body.size() - 1);
            if (!f.before().isEmpty()) { // one char fewer or more before the literal than the format allows
                misses.add(CatalogSamples.headOutOfRange(f, random, false) + CatalogSamples.validBody(f, random));
                misses.add(CatalogSamples.headOutOfRange(f, random, true) + CatalogSamples.validBody(f, random));
            }
            if (last.chars != null && last.min > 1) {
                misses.add(CatalogSamples.head(f, random) + CatalogSamples.body(body, random, last.min - 1)); // one char short
            }
            if (last.chars != null && last.max < 1000) {
                misses.add(CatalogSamples.head(f, random) + CatalogSamples.body(body, random, last.max + 1)); // one char too many
            }
            String valid = CatalogSamples.validBody(f, random);
            String head = CatalogSamples.head(f, random);
            misses.add("x" + head + valid); // glued to a word before it
            if ("github-crc32".equals(f.check())) {
                char c = valid.charAt(valid.length() - 1);
                misses.add(head + valid.substring(0, valid.length() - 1) + (c == 'z' ? 'y' : 'z'));
            }
            if (f.minEntropy() > 0) {
                misses.add(head + CatalogSamples.repeated(body));
            }
            if ("base64-digits".equals(f.check())) { // a first part that is no id in base64: host names, ids
                String random64 = CatalogSamples.body(body, random, last.min);
                misses.add(head + random64);
                misses.add(head + "-server-eu-west-prod-01.europe.time-sync-cluster-primary-node");
            }
        }
        List<String> changed = new ArrayList<>();
        for (String miss : misses) {
            for (String shape : new String[] {SHAPES[0], SHAPES[1], SHAPES[4]}) {
                String line = String.format(shape, miss);
                String out = redactor.redact(line);
                boolean wrong = !holdsPrefixOfItsType(f) && out.contains("[REDACTED_" + f.type() + "]")
                        || !mayHoldOtherFindings(f) && !out.equals(line);
                if (wrong) {
                    changed.add(line + "\n  -> " + out);
                }
            }
        }
        assertThat(changed).as("%s: near misses changed", f).isEmpty();
    }

    @Test
    void theCatalogIsLargeAndEveryTypeIsAName() {
        assertThat(Catalog.tokenFormats()).hasSizeGreaterThanOrEqualTo(150);
        for (Catalog.Format f : Catalog.tokenFormats()) {
            assertThat(Catalog.types()).contains(f.type());
            assertThat(f.source()).startsWith("https://");
            assertThat(Redactor.builder().disable(f.type()).build().redact(CatalogSamples.token(f, new Random(1))))
                    .as("%s with its type disabled", f).doesNotContain("[REDACTED_" + f.type() + "]");
        }
        for (String type : Catalog.types()) {
            boolean formats = Catalog.tokenFormats().stream().anyMatch(f -> f.type().equals(type));
            assertThat(formats || Catalog.describe(type) != null).as("%s is listed with what it finds", type).isTrue();
        }
    }

    /**
     * Whether another row's prefix is inside this row's ({@code sk-} in {@code sk-ant-}, {@code xoxp-} in
     * {@code xoxe.xoxp-}): a near miss of this row may be a valid token of that row, of the same type or not.
     */
    private static boolean holdsOtherPrefix(Catalog.Format f) {
        for (Catalog.Format g : Catalog.tokenFormats()) {
            if (g != f && f.prefix().contains(g.prefix())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether another row of the same type has a prefix inside this row's ({@code sk-} in {@code sk-proj-},
     * {@code xoxp-} in {@code xoxe.xoxp-}): a near miss of this row may be a valid token of that row, reported
     * with this row's type. A row of another type inside it reports its own type, so the check stays.
     */
    private static boolean holdsPrefixOfItsType(Catalog.Format f) {
        for (Catalog.Format g : Catalog.tokenFormats()) {
            if (g != f && g.type().equals(f.type()) && f.prefix().contains(g.prefix())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a near miss of {@code f} may hold another finding: {@link #holdsOtherPrefix}, or the body has
     * a run of 12 or more digits, which may be a valid card number on its own (a Discord webhook's id).
     */
    private static boolean mayHoldOtherFindings(Catalog.Format f) {
        if (holdsOtherPrefix(f)) {
            return true;
        }
        for (Segment s : CatalogSamples.parse(f.body())) {
            if ("0123456789".equals(s.chars) && s.max >= 12) {
                return true;
            }
        }
        return false;
    }

}
