package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.logredactor.core.testdata.SecretSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The builder: each bad setting named, rules, allow lists, sensitive keys, placeholders and every strategy. */
class RedactorBuilderTest {
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "disable|EMAL|disable: unknown type 'EMAL'",
        "only|CARD|only: unknown type 'CARD'",
        "strategy.EMAIL|keep-last-4|strategy.EMAIL: keep-last-4 applies to CREDIT_CARD, PHONE, IBAN, SSN",
        "strategy.PHONE|keep-domain|strategy.PHONE: keep-domain applies to EMAIL only",
        "strategy.EMAIL|network|strategy.EMAIL: network applies to IP_ADDRESS only",
        "strategy.EMAIL|scramble|strategy.EMAIL: unknown strategy 'scramble'",
        "strategy.CREDIT_CARD|keep-last-9|strategy.CREDIT_CARD: keep-last-N takes N from 1 to 4",
        "strategy.NOPE|redact|strategy.NOPE: unknown type 'NOPE'",
        "strategy.EMAIL|hash|hash.key: the hash strategy needs hash.key",
        "hash.key|short|hash.key: the key must be at least 16 chars long",
        "rule.EMPLOYEE_ID|EMP-(\\d{6}|rule.EMPLOYEE_ID: invalid re2j pattern",
        "rule.employee|EMP-\\d{6}|rule.employee: the type name 'employee' is not upper-case letters",
        "rule.EMAIL|x+|rule.EMAIL: the type name 'EMAIL' is a built-in type",
        "rule.ANY|a*|rule.ANY: the pattern matches the empty string",
        "placeholder|\"***\"|placeholder: must not contain quotes",
        "sensitive-keys|__|sensitive-keys: '__' has no letter or digit",
    })
    void invalidSettingsFailAtBuildNamingTheSetting(String key, String value, String message) {
        assertThatThrownBy(() -> Redactor.builder().set(key, value).build())
                .isInstanceOf(RedactorConfigException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(((RedactorConfigException) e).setting()).isEqualTo(message.substring(0,
                        message.indexOf(':'))));
    }

    @Test
    void unknownSettingFailsAtOnce() {
        assertThatThrownBy(() -> Redactor.builder().set("disabel", "EMAIL"))
                .isInstanceOf(RedactorConfigException.class).hasMessageStartingWith("disabel: unknown setting");
    }

    @Test
    void userRuleRedactsWithItsNameAndBuiltInsStillWork() {
        Redactor r = Redactor.builder().rule("EMPLOYEE_ID", "EMP-[0-9]{6}").build();
        Random random = new Random(1);
        for (int i = 0; i < 100; i++) {
            String id = "EMP-" + SecretSamples.digits(random, 6);
            String email = SecretSamples.email(random);
            assertThat(r.redact("badge " + id + " of " + email))
                    .isEqualTo("badge [REDACTED_EMPLOYEE_ID] of [REDACTED_EMAIL]");
        }
        assertThat(r.redact("EMP-12345 is too short")).isEqualTo("EMP-12345 is too short");
        assertThat(Redactor.builder().rule("EMPLOYEE_ID", "EMP-[0-9]{6}").disable("EMPLOYEE_ID").build()
                .redact("EMP-123456")).isEqualTo("EMP-123456");
    }

    @Test
    void onlyKeepsJustTheNamedTypes() {
        Redactor r = Redactor.builder().only("EMAIL").build();
        assertThat(r.redact("a@example.com 4111111111111111 10.0.0.1"))
                .isEqualTo("[REDACTED_EMAIL] 4111111111111111 10.0.0.1");
    }

    @Test
    void allowedValuesStay() {
        Redactor r = Redactor.builder().allow("4111111111111111", "noreply@example.com").build();
        assertThat(r.redact("test card 4111111111111111, from noreply@example.com to ann@example.com"))
                .isEqualTo("test card 4111111111111111, from noreply@example.com to [REDACTED_EMAIL]");
    }

    @Test
    void sensitiveKeysAddSecretNames() {
        Redactor r = Redactor.builder().sensitiveKeys("pin_block", "x-tenant-sig").build();
        assertThat(r.redact("pinBlock=0a1b2c3d X-Tenant-Sig: abc123")).isEqualTo(
                "pinBlock=[REDACTED_SECRET] X-Tenant-Sig: [REDACTED_SECRET]");
    }

    @Test
    void customPlaceholder() {
        Redactor r = Redactor.builder().placeholder("<{type}>").build();
        assertThat(r.redact("mail ann@example.com")).isEqualTo("mail <EMAIL>");
        assertThat(Redactor.builder().placeholder("***").build().redact("mail ann@example.com")).isEqualTo("mail ***");
    }

    @Test
    void thePlaceholderShapesEveryStrategysOutputTheDetailAfterTheTypeName() {
        Random random = new Random(3);
        for (String template : new String[] {"<{type}>", "{type}!", "#[{type}]{type}#", "***"}) {
            int at = template.indexOf("{type}");
            Redactor r = Redactor.builder().placeholder(template).strategy("CREDIT_CARD", "keep-last-4").strategy("EMAIL", "hash")
                    .hashKey("0123456789abcdef-key").strategy("IP_ADDRESS", "network").strategy("PHONE", "keep-last-2")
                    .build();
            for (int i = 0; i < 50; i++) {
                String card = SecretSamples.card(random);
                String digits = card.replaceAll("[^0-9]", "");
                String ip = (20 + random.nextInt(100)) + "." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256);
                String out = r.redact(card + " | " + SecretSamples.email(random) + " | " + ip);
                String[] parts = out.split(" \\| ");
                assertThat(parts[0]).isEqualTo(shaped(template, at, "CREDIT_CARD", ":\u2026" + digits.substring(digits.length() - 4)));
                assertThat(parts[1]).matches(hashRegex(template, at, "EMAIL"));
                assertThat(parts[2]).isEqualTo(shaped(template, at, "IP_ADDRESS", ":" + ip.substring(0, ip.lastIndexOf('.')) + ".0/24"));
            }
            assertThat(Redactor.builder().placeholder(template).strategy("EMAIL", "keep-domain").build().redact("ann@corp.example"))
                    .isEqualTo(template.replace("{type}", "EMAIL") + "@corp.example");
        }
    }

    /** The template with its first {@code {type}} as {@code type + detail}, the others as the type name. */
    private static String shaped(String template, int at, String type, String detail) {
        if (at < 0) {
            return template + detail;
        }
        return template.substring(0, at) + type + detail + template.substring(at + "{type}".length()).replace("{type}", type);
    }

    private static String hashRegex(String template, int at, String type) {
        String[] around = shaped(template, at, type, "\u0000").split("\u0000", -1);
        return java.util.regex.Pattern.quote(around[0] + ":") + "[0-9a-f]{16}" + java.util.regex.Pattern.quote(around[1]);
    }

    @Test
    void keepLastKeepsTheLastDigitsOfGeneratedCards() {
        Redactor r = Redactor.builder().strategy("CREDIT_CARD", "keep-last-4").build();
        Random random = new Random(2);
        for (int i = 0; i < 200; i++) {
            String card = SecretSamples.card(random);
            String digits = card.replaceAll("[^0-9]", "");
            assertThat(r.redact("card " + card + " ok"))
                    .isEqualTo("card [REDACTED_CREDIT_CARD:\u2026" + digits.substring(digits.length() - 4) + "] ok");
        }
    }

    @Test
    void hashIsStablePerKeyAndValueAndHidesTheValue() {
        Redactor a = Redactor.builder().strategy("EMAIL", "hash").hashKey("0123456789abcdef-key-A").build();
        Redactor b = Redactor.builder().strategy("EMAIL", "hash").hashKey("0123456789abcdef-key-B").build();
        String x = a.redact("from ann@example.com");
        assertThat(x).matches("from \\[REDACTED_EMAIL:[0-9a-f]{16}\\]").doesNotContain("ann");
        assertThat(a.redact("again ann@example.com")).endsWith(x.substring(5));
        assertThat(a.redact("from bob@example.com")).isNotEqualTo(x);
        assertThat(b.redact("from ann@example.com")).isNotEqualTo(x);
        assertThat(a.toString()).doesNotContain("0123456789abcdef-key-A");
    }

    @Test
    void keepDomainAndNetwork() {
        Redactor r = Redactor.builder().strategy("EMAIL", "keep-domain").strategy("IP_ADDRESS", "network").build();
        assertThat(r.redact("ann@corp.example.com from 10.1.2.3:443 and [2001:db8:abcd:12::1]:80"))
                .isEqualTo("[REDACTED_EMAIL]@corp.example.com from [REDACTED_IP_ADDRESS:10.1.2.0/24]:443 and "
                        + "[[REDACTED_IP_ADDRESS:2001:db8:abcd::/48]]:80");
    }

    @Test
    void configFileUsesTheSameKeys(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("redactor.properties");
        Files.write(file, ("disable=IP_ADDRESS\nstrategy.CREDIT_CARD=keep-last-4\nrule.TICKET=TCK-[0-9]{5}\n"
                + "sensitive-keys=pin_block\n").getBytes(StandardCharsets.UTF_8));
        Redactor r = Redactor.builder().configFile(file).build();
        assertThat(r.redact("10.0.0.1 TCK-12345 4111111111111111 pin_block=77"))
                .isEqualTo("10.0.0.1 [REDACTED_TICKET] [REDACTED_CREDIT_CARD:\u20261111] pin_block=[REDACTED_SECRET]");
        assertThatThrownBy(() -> Redactor.builder().configFile(dir.resolve("missing.properties")))
                .isInstanceOf(RedactorConfigException.class).hasMessageStartingWith("config-file: cannot read");
    }

    @Test
    void cleanTextIsReturnedAsTheSameInstanceAndNullStaysNull() {
        // built at run time, so no literal is interned; no clock in it: a 13-16 digit nanoTime is a valid
        // card number in 0.4-3% of values, depending on the machine's uptime
        String clean = new StringBuilder("GET /health 200 in ").append(12).append(" ms").toString();
        assertThat(Redactor.defaults().redact(clean)).isSameAs(clean);
        assertThat(Redactor.defaults().redact(null)).isNull();
        assertThat(Redactor.defaults().scan(clean)).isEmpty();
    }

    @Test
    void appendRedactedAppendsAndTellsWhetherSomethingWasFound() {
        StringBuilder sb = new StringBuilder("> ");
        assertThat(Redactor.defaults().appendRedacted("plain", sb)).isFalse();
        assertThat(Redactor.defaults().appendRedacted(" ann@example.com", sb)).isTrue();
        assertThat(sb).hasToString("> plain [REDACTED_EMAIL]");
    }

    @Test
    void aFailingRuleFailsClosedAndIsReportedOnce() {
        List<RuntimeException> errors = new ArrayList<>();
        Consumer<RuntimeException> listener = errors::add;
        Redactor r = Redactor.builder().onError(listener).build();
        CharSequence hostile = new CharSequence() {
            @Override
            public int length() {
                return 20;
            }

            @Override
            public char charAt(int index) {
                throw new IllegalStateException("boom");
            }

            @Override
            public CharSequence subSequence(int start, int end) {
                throw new IllegalStateException("boom");
            }
        };
        StringBuilder out = new StringBuilder("pre ");
        assertThat(r.appendRedacted(hostile, out)).isTrue();
        assertThat(r.appendRedacted(hostile, out)).isTrue();
        assertThat(out).hasToString("pre " + Redactor.FAILED + Redactor.FAILED);
        assertThat(errors).hasSize(1);
    }
}
