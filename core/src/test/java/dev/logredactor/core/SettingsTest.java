package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.core.testdata.ValidSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The table of settings and the config model built on it: each setting reached by its key, its name
 * and its written form gives the same redactor; a bad one is named as the user wrote it.
 */
class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void keysNamesAndFlagsAreEachOneSettingsOnly() {
        Set<String> keys = new HashSet<>();
        Set<String> names = new HashSet<>();
        Set<String> flags = new HashSet<>();
        for (Setting s : Setting.values()) {
            assertThat(keys.add(s.key())).as(s.key()).isTrue();
            assertThat(names.add(s.attribute())).as(s.attribute()).isTrue();
            if (!s.element().equals(s.attribute())) {
                assertThat(names.add(s.element())).as(s.element()).isTrue();
            }
            if (s.flag() != null) {
                assertThat(flags.add(s.flag())).as(s.flag()).isTrue();
            }
            assertThat(Setting.forName(s.attribute())).isEqualTo(s);
            assertThat(Setting.forName(s.element())).isEqualTo(s);
            assertThat(Setting.forKey(s.isNamed() ? s.key() + "X" : s.key())).isEqualTo(s);
            assertThat(s.doc()).isNotBlank().doesNotEndWith(".");
            assertThat(s.attribute()).matches("[a-z][A-Za-z]*");
        }
        assertThat(Setting.forKey("hash.key.nope")).isNull();
        assertThat(Setting.forName("sensitive-keys")).as("names are camel case, keys are not").isNull();
    }

    @Test
    void everySettingTogetherDoesWhatEachSays() {
        Random r = new Random(4);
        for (int i = 0; i < 50; i++) {
            Object[] args = ValidSettings.arguments(r);
            String card = args[0].toString().replaceAll("[^0-9]", "");
            assertThat(ValidSettings.expected(dir, args)).matches(java.util.regex.Pattern.quote("card <CREDIT_CARD:\u2026"
                    + card.substring(card.length() - 4) + "> mail <EMAIL:") + "[0-9a-f]{16}" + java.util.regex.Pattern.quote("> phone "
                    + args[2] + " <TICKET> pin_block=<SECRET> noreply@example.com EMP <EMPLOYEE_NUMBER>"));
        }
    }

    @ParameterizedTest
    @EnumSource(Setting.class)
    void aSettingByKeyAndAsWrittenBuildsTheSameRedactor(Setting s) throws IOException {
        String value = ValidSettings.of(s, dir);
        Redactor.Builder byKey = Redactor.builder();
        if (s.isNamed()) {
            for (String pair : s.shape() == Setting.Shape.NAMED_LIST ? value.split(",") : new String[] {value}) {
                int eq = pair.indexOf('=');
                byKey.set(s.key() + pair.substring(0, eq), pair.substring(eq + 1));
            }
        } else {
            byKey.set(s.key(), value);
        }
        Redactor fromKey = byKey.build();
        Redactor written = new Settings().add(s, value, "<" + s.element() + ">").build(null);
        assertThat(written.toString()).isEqualTo(fromKey.toString());
        Random r = new Random(s.ordinal());
        for (int i = 0; i < 50; i++) {
            String text = "user " + SecretSamples.email(r) + " card " + SecretSamples.card(r) + " ip " + SecretSamples.ip(r)
                    + " ticket TCK-" + SecretSamples.digits(r, 6) + " pin_block=" + SecretSamples.digits(r, 8);
            assertThat(written.redact(text)).isEqualTo(fromKey.redact(text));
        }
    }

    @Test
    void theSettingAtFaultIsNamedAsWrittenEvenWhenItIsNotTheFirstOfItsKind() {
        Settings s = new Settings().add(Setting.DISABLE, "PHONE", "<disable> #1").add(Setting.ONLY, "EMAIL,PHONE", "<only>")
                .add(Setting.DISABLE, "IP_ADRESS", "<disable> #2");
        assertThatThrownBy(() -> s.build(null)).isInstanceOfSatisfying(RedactorConfigException.class, e -> {
            assertThat(e.writtenAs()).isEqualTo("<disable> #2");
            assertThat(e.setting()).isEqualTo("disable");
            assertThat(e.reason()).startsWith("unknown type 'IP_ADRESS'");
        });
    }

    @Test
    void anUnknownTypeNamesTheClosestKnownOneAndCountsTheCatalogsTypes() {
        for (String[] typo : new String[][] {{"IP_ADRESS", "IP_ADDRESS"}, {"HUGINGFACE_TOKEN", "HUGGINGFACE_TOKEN"},
            {"GITHUB_TOKENS", "GITHUB_TOKEN"}}) {
            assertThatThrownBy(() -> new Settings().add(Setting.DISABLE, typo[0], "<disable>").build(null))
                    .isInstanceOfSatisfying(RedactorConfigException.class, e -> assertThat(e.reason())
                            .contains("did you mean " + typo[1] + "?").contains("EMAIL, PHONE")
                            .contains((Catalog.types().size() - SensitiveType.values().length) + " token types")
                            .doesNotContain("DATABRICKS_TOKEN"));
        }
        assertThatThrownBy(() -> new Settings().add(Setting.ONLY, "NOTHING_LIKE_IT", "<only>").build(null))
                .isInstanceOfSatisfying(RedactorConfigException.class, e -> assertThat(e.reason()).doesNotContain("did you mean"));
    }

    @Test
    void aMissingHashKeyIsBlamedOnTheStrategyThatNeedsIt() {
        Settings s = new Settings().add(Setting.DISABLE, "PHONE", "<disable>").add(Setting.STRATEGY, "EMAIL=hash", "<strategy>");
        assertThatThrownBy(() -> s.build(null)).isInstanceOfSatisfying(RedactorConfigException.class, e -> {
            assertThat(e.writtenAs()).isEqualTo("<strategy>");
            assertThat(e.getMessage()).startsWith("hash.key: the hash strategy needs hash.key");
        });
    }

    @Test
    void aValueThatIsNoPairIsReportedInItsPlace() {
        Settings s = new Settings().add(Setting.STRATEGY, "EMAIL=redact,CREDIT_CARD:keep-last-4", "attribute strategy")
                .add(Setting.DISABLE, "NOPE", "attribute disable");
        assertThatThrownBy(() -> s.build(null)).isInstanceOfSatisfying(RedactorConfigException.class, e -> {
            assertThat(e.writtenAs()).isEqualTo("attribute strategy");
            assertThat(e.reason()).isEqualTo("'CREDIT_CARD:keep-last-4' is not NAME=value (e.g. CREDIT_CARD=keep-last-4)");
        });
        assertThatThrownBy(() -> new Settings().addKey("disabel", "EMAIL", "option disabel").build(null))
                .isInstanceOfSatisfying(RedactorConfigException.class, e -> assertThat(e.writtenAs()).isEqualTo("option disabel"));
        assertThatThrownBy(() -> new Settings().addOption("EMAIL").build(null))
                .isInstanceOfSatisfying(RedactorConfigException.class, e -> {
                    assertThat(e.reason()).startsWith("'EMAIL' is not key=value");
                    assertThat(e.writtenAs()).isEqualTo("option 'EMAIL'");
                });
        assertThatThrownBy(() -> new Settings().addOption(" disable = NOPE").build(null))
                .isInstanceOfSatisfying(RedactorConfigException.class, e -> assertThat(e.writtenAs()).isEqualTo("option disable"));
    }

    @Test
    void aKeyReadFromAConfigFileIsBlamedOnTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.properties"), "rule.TICKET=TCK-(unclosed\n", StandardCharsets.UTF_8);
        Settings s = new Settings().add(Setting.DISABLE, "PHONE", "<disable>").add(Setting.CONFIG_FILE, file.toString(), "<configFile>");
        assertThatThrownBy(() -> s.build(null)).isInstanceOfSatisfying(RedactorConfigException.class, e -> {
            assertThat(e.writtenAs()).isEqualTo("<configFile>");
            assertThat(e.getMessage()).startsWith("rule.TICKET: invalid re2j pattern");
        });
    }

    @Test
    void theConfigFileAppliesWhereItStands() throws IOException {
        Path file = Files.writeString(dir.resolve("p.properties"), "placeholder=<{type}>\n", StandardCharsets.UTF_8);
        String before = new Settings().add(Setting.CONFIG_FILE, file.toString(), "f").add(Setting.PLACEHOLDER, "#{type}#", "p")
                .build(null).redact("a@example.com");
        String after = new Settings().add(Setting.PLACEHOLDER, "#{type}#", "p").add(Setting.CONFIG_FILE, file.toString(), "f")
                .build(null).redact("a@example.com");
        assertThat(before).isEqualTo("#EMAIL#");
        assertThat(after).isEqualTo("<EMAIL>");
    }

    @Test
    void configFilesMayIncludeOneAnotherButNotForEver() throws IOException {
        Path inner = Files.writeString(dir.resolve("inner.properties"), "placeholder=<{type}>\n", StandardCharsets.UTF_8);
        Path outer = Files.writeString(dir.resolve("outer.properties"), "config-file=" + inner.toString().replace('\\', '/')
                + "\ndisable=PHONE\n", StandardCharsets.UTF_8);
        assertThat(Redactor.builder().configFile(outer).build().redact("a@example.com")).isEqualTo("<EMAIL>");
        Path loop = dir.resolve("loop.properties");
        Files.writeString(loop, "config-file=" + loop.toString().replace('\\', '/') + "\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Redactor.builder().configFile(loop)).isInstanceOfSatisfying(RedactorConfigException.class,
                e -> assertThat(e.getMessage()).startsWith("config-file: ").contains("include each other"));
    }

    @Test
    void settingsAreEqualHoweverTheyWereWritten() {
        Settings element = new Settings().add(Setting.STRATEGY, "EMAIL=hash", "<strategy>").add(Setting.HASH_KEY, "k", "<hashKey>");
        Settings option = new Settings().addKey("strategy.EMAIL", "hash", "option strategy.EMAIL").addKey("hash.key", "k", "option");
        assertThat(element).isEqualTo(option).hasSameHashCodeAs(option);
        assertThat(element).isNotEqualTo(new Settings().add(Setting.STRATEGY, "EMAIL=hash", "<strategy>"));
        assertThat(element.toString()).as("no values: a hash key may be one").doesNotContain("k,").contains("<hashKey>");
        assertThat(new Settings().isEmpty()).isTrue();
        assertThat(new Settings().add(Setting.DISABLE, null, "attribute disable").isEmpty()).as("an attribute not given").isTrue();
    }
}
