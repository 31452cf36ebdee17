package dev.logredactor.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.internal.scan.Findings;
import dev.logredactor.core.internal.scan.Scanner;
import dev.logredactor.core.internal.settings.Draft;
import dev.logredactor.core.internal.settings.Spec;
import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules' prefilter only saves work: the literal it takes from a pattern is one every match starts
 * with (or there is none), and an engine with the prefilter finds exactly what one without it finds.
 */
class RulePrefilterTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', nullValues = "NONE", value = {
        "ZQ001-[0-9]{6};ZQ001-",
        "\\bEMP-[0-9]{7}\\b;EMP-",
        "^TCK-\\d+;TCK-",
        "acct\\.no=\\d+;acct.no=",
        "abc?d;ab",
        "abcd*;abc",
        "abc{2};ab",
        "ab+c;ab",
        "abc\\d;abc",
        "a.b;a",
        "[a-z]+abc;NONE",
        "(abc)+;NONE",
        "abc|xyz;NONE",
        "(?i)secret-[0-9]+;NONE",
        "\\Qa.b\\E;NONE",
        "\\d{3}-abc;NONE",
        "\\x41BC;NONE",
        "ORD\uD83D\uDE00?-[0-9]{6};ORD",
        "\u00e9t\u00e9-[0-9]+;NONE",
        "ab\u00e9?c;ab",
    })
    void theLiteralEveryMatchStartsWith(String pattern, String literal) {
        assertThat(RulePrefilter.requiredPrefix(pattern)).isEqualTo(literal);
    }

    private static Engine engine(List<String> patterns, boolean prefilter) {
        Draft d = new Draft("[REDACTED_{type}]");
        for (int i = 0; i < patterns.size(); i++) {
            d.rule("R" + i, patterns.get(i));
        }
        Spec spec = d.validate();
        return new Engine(Scanner::new, spec, (names, s) -> new dev.logredactor.core.internal.render.Replacer(names, s.placeholder,
                s.strategies, s.hashKey), prefilter);
    }

    private static String findings(Findings f) {
        if (f == null) {
            return "none";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < f.size(); i++) {
            b.append(f.start(i)).append('-').append(f.end(i)).append(':').append(f.type(i)).append(' ');
        }
        return b.toString();
    }

    @Test
    void anEngineWithThePrefilterFindsWhatOneWithoutFinds() {
        Random r = new Random(23);
        RealisticLogLines lines = new RealisticLogLines(23, true);
        String[] shapes = {"%s-[0-9]{6}", "\\b%s_[A-Z]{3}\\b", "%s=\\d+", "%s?x", "%s|q%s", "(?i)%s-\\d+", "[0-9]%s"};
        for (int round = 0; round < 40; round++) {
            List<String> patterns = new ArrayList<>();
            List<String> literals = new ArrayList<>();
            for (int k = 0, n = 1 + (round % 2 == 0 ? r.nextInt(4) : r.nextInt(70)); k < n; k++) {
                String lit = SecretSamples.random(r, "ABZQxy0129-", 2 + r.nextInt(4));
                literals.add(lit);
                patterns.add(String.format(shapes[r.nextInt(shapes.length)], lit, lit));
            }
            Engine with = engine(patterns, true);
            Engine without = engine(patterns, false);
            for (int i = 0; i < 60; i++) {
                StringBuilder text = new StringBuilder(lines.next());
                for (int k = r.nextInt(4); k > 0; k--) { // the literals, whole or cut, after a char that may repeat their first
                    String lit = literals.get(r.nextInt(literals.size()));
                    String piece = r.nextBoolean() ? lit : lit.substring(0, 1 + r.nextInt(lit.length()));
                    String tail = r.nextBoolean() ? "-" + SecretSamples.digits(r, 6) : r.nextBoolean() ? "=42" : "_ABC";
                    String before = r.nextBoolean() ? " " : SecretSamples.random(r, "ABZQxy0129-", 1);
                    text.insert(r.nextInt(text.length() + 1), before + piece + tail + " ");
                }
                String t = text.toString();
                String expected = findings(without.find(t));
                assertThat(findings(with.find(t))).as(patterns + " in " + t).isEqualTo(expected);
                // not a String: the prefilter's char-by-char path rather than its indexOf one
                assertThat(findings(with.find(new StringBuilder(t)))).as(patterns + " in " + t).isEqualTo(expected);
            }
        }
    }
}
