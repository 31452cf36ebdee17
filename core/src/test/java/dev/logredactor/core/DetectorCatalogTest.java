package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.testdata.SecretSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every built-in type: many generated valid values (check digits computed by the generator), each in
 * several surroundings a log line puts values in, must be replaced by the placeholder of its type.
 */
class DetectorCatalogTest {
    private static final String[] CONTEXTS = {
        "%s",
        "value %s here",
        "{\"field\":\"%s\",\"n\":1}",
        "field=%s",
        "'%s'",
        "(%s)",
        "[%s]",
        "the last one was %s.",
        "<v>%s</v>",
        "a, %s; b",
        "line one\nline two %s\n\tat x.Y.z(Y.java:1)",
    };

    private static final int SAMPLES = 150;

    @ParameterizedTest
    @EnumSource(SensitiveType.class)
    void everyGeneratedValueIsRedactedInEveryContext(SensitiveType type) {
        Redactor redactor = Redactor.defaults();
        Random random = new Random(type.ordinal() * 7919L);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            addFailures(redactor, type, SecretSamples.of(type, random), CONTEXTS, failures);
        }
        assertThat(failures).as("lines where %s survived or got another type", type).isEmpty();
    }

    /** Adds the lines, the sample in each context, where its secret part survived or got another type. */
    private static void addFailures(Redactor redactor, SensitiveType type, String sample, String[] contexts, List<String> failures) {
        String secret = SecretSamples.secretPart(type, sample);
        for (String context : contexts) {
            String line = String.format(context, sample);
            String out = redactor.redact(line);
            if (out.contains(secret) || !out.contains("[REDACTED_" + type.name())) {
                failures.add(line + "  ->  " + out);
            }
        }
    }

    /** URL-encoded separators around a raw value, as in a form body or an encoded JSON query parameter. */
    private static final String[] ENCODED_CONTEXTS = {
        "%%22%s%%22",
        "q%%3D%s%%26x%%3D1",
        "a%%2C%s%%2Cb",
        "%%5B%s%%5D",
        "msg%%20%s%%20end",
        "k%%3A%s%%3B",
    };

    /**
     * A value that is one token (no space, quote, {@code %} or {@code =} in it) after and before a URL-encoded
     * separator ({@code %22}, {@code %3D}, ...): the escape's hex digits do not glue to it.
     */
    @ParameterizedTest
    @EnumSource(value = SensitiveType.class, mode = EnumSource.Mode.EXCLUDE, names = {"AWS_SECRET_KEY", "PRIVATE_KEY", "BASIC_AUTH",
        "BEARER_TOKEN", "SECRET", "PII_FIELD"}) // their values come after a key or a header name
    void everyOneTokenValueIsRedactedBetweenUrlEncodedSeparators(SensitiveType type) {
        Redactor redactor = Redactor.defaults();
        Redactor alone = Redactor.builder().only(type.name()).build(); // no other detector makes % a trigger
        Random random = new Random(type.ordinal() * 6007L);
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (int i = 0; i < SAMPLES; i++) {
            String sample = SecretSamples.of(type, random);
            if (!sample.matches("[^\\s\"'%=]+")) { // one token: no key=value sample
                continue;
            }
            tried++;
            addFailures(redactor, type, sample, ENCODED_CONTEXTS, failures);
            addFailures(alone, type, sample, ENCODED_CONTEXTS, failures);
        }
        assertThat(tried).as("one-token values of %s", type).isGreaterThan(SAMPLES / 6);
        assertThat(failures).as("lines where %s survived or got another type (%d values)", type, tried).isEmpty();
    }

    /**
     * An e-mail address whose at sign is escaped, URL-encoded ({@code %40}), as a JSON unicode escape or an HTML
     * character reference, goes in every context; keep-domain keeps the escaped at sign and the domain. The same
     * escapes before a word that is no address stay.
     */
    @ParameterizedTest
    @ValueSource(strings = {"%40", "\\u0040", "&#64;", "&#x40;", "&#X40;"})
    void anEmailWithAnEscapedAtSignGoes(String atSign) {
        Redactor redactor = Redactor.defaults();
        Redactor keepDomain = Redactor.builder().strategy("EMAIL", "keep-domain").build();
        Random random = new Random(atSign.hashCode());
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String email = SecretSamples.email(random);
            String escaped = email.replace("@", atSign);
            String domain = email.substring(email.indexOf('@') + 1);
            for (String context : new String[] {"to %s", "{\"to\":\"%s\"}", "<td>%s</td>", "(%s)", "%s."}) {
                String line = String.format(context, escaped);
                if (!redactor.redact(line).equals(line.replace(escaped, "[REDACTED_EMAIL]"))
                        || !keepDomain.redact(line).equals(line.replace(escaped, "[REDACTED_EMAIL]" + atSign + domain))) {
                    failures.add(line + "  ->  " + redactor.redact(line) + "  /  " + keepDomain.redact(line));
                }
            }
        }
        assertThat(failures).isEmpty();
        for (String kept : new String[] {"%sOverride", "Class%s1a2b3c", "user%slocalhost", "pkg%s1.2.3", "%s", "a %s b.c"}) {
            String line = String.format(kept, atSign);
            assertThat(redactor.redact(line)).as(line).isSameAs(line);
        }
    }

    /**
     * North American numbers in every format of Faker's en_US provider, a likely source of test data: half of
     * them carry an extension glued to the number ({@code 415-555-0123x456}), and some the international
     * prefix {@code 001-}. The number goes with its extension.
     */
    @Test
    void northAmericanNumbersWithExtensionsGo() {
        Random random = new Random(1555);
        String[] formats = {"%s-%s-%s", "(%s)%s-%s", "%s.%s.%s", "+1-%s-%s-%s", "001-%s-%s-%s"};
        for (int i = 0; i < 300; i++) {
            String number = String.format(SecretSamples.pick(random, formats), (2 + random.nextInt(8)) + SecretSamples.digits(random, 2),
                    (2 + random.nextInt(8)) + SecretSamples.digits(random, 2), SecretSamples.digits(random, 4))
                    + SecretSamples.pick(random, "", "x" + SecretSamples.digits(random, 3), "x" + SecretSamples.digits(random, 4),
                            "x" + SecretSamples.digits(random, 5));
            String line = String.format(SecretSamples.pick(random, "call %s today", "{\"phone\":\"%s\"}", "phone=%s"), number);
            assertThat(Redactor.defaults().redact(line)).as(line).doesNotContain(number).contains("[REDACTED_PHONE]")
                    .doesNotContain(number.substring(number.length() - 4));
        }
        for (String kept : new String[] {"screen 1920x1080", "build 415-555-0123xyz", "ids 001-002-0003", "x 001-234-5",
            "555-0123x9"}) {
            assertThat(Redactor.defaults().redact(kept)).as(kept).isSameAs(kept);
        }
    }

    /**
     * The shortest PANs networks issue, which card generators (Python's Faker among them) produce: 12-digit
     * Maestro and 15-digit JCB from its old ranges 2131 and 1800, plain and grouped; Luhn computed. The same
     * lengths with other prefixes, or with a wrong check digit, stay.
     */
    @Test
    void shortMaestroAndOldJcbNumbersGo() {
        Random random = new Random(7812);
        for (int i = 0; i < 300; i++) {
            boolean maestro = random.nextBoolean();
            String prefix = maestro ? SecretSamples.pick(random, "5018", "5020", "5038", "5893", "6304", "6759", "6761", "6762", "6763")
                    : SecretSamples.pick(random, "2131", "1800");
            String body = prefix + SecretSamples.digits(random, (maestro ? 12 : 15) - 1 - prefix.length());
            String pan = body + SecretSamples.luhnCheckDigit(body);
            String shown = random.nextBoolean() ? pan : maestro ? pan.substring(0, 4) + " " + pan.substring(4, 8) + " " + pan.substring(8)
                    : pan.substring(0, 4) + " " + pan.substring(4, 10) + " " + pan.substring(10);
            String line = "charged card " + shown + " ok";
            assertThat(Redactor.defaults().redact(line)).as(line).isEqualTo("charged card [REDACTED_CREDIT_CARD] ok");
            String wrong = body + (SecretSamples.luhnCheckDigit(body) + 1 + random.nextInt(9)) % 10;
            String other = SecretSamples.pick(random, "7", "8", "9") + SecretSamples.digits(random, 10);
            other = other + SecretSamples.luhnCheckDigit(other);
            for (String kept : new String[] {"order " + wrong + " ok", "arn:aws:iam::" + other + ":role/app"}) {
                assertThat(Redactor.defaults().redact(kept)).as(kept).isSameAs(kept);
            }
        }
    }

    /**
     * An IPv6 address of eight groups followed by a port without brackets, as older JDKs print a socket address
     * ({@code /2001:db8:0:0:0:0:0:7:8080}), goes; a longer run of hex groups is a key fingerprint and stays
     * ({@code NearMissTest}).
     */
    @Test
    void anUnbracketedIpv6SocketAddressGoes() {
        Random random = new Random(8080);
        for (int i = 0; i < 200; i++) {
            StringBuilder ip = new StringBuilder("2001");
            for (int g = 1; g < 8; g++) {
                ip.append(':').append(Integer.toHexString(random.nextInt(65536)));
            }
            String line = "connected to /" + ip + ":" + (1 + random.nextInt(65535)) + " ok";
            assertThat(Redactor.defaults().redact(line)).as(line).doesNotContain(ip).contains("[REDACTED_IP_ADDRESS]");
        }
    }

    /**
     * Only SSH algorithm names stay at the domains of OpenSSH and libssh (lower case, digits, {@code -} and
     * {@code .}, as {@code NearMissTest} generates them): an address there with an upper-case letter, {@code _} or
     * {@code +} goes, and so does every address at any other domain.
     */
    @Test
    void addressesAtSshDomainsThatAreNoAlgorithmNamesGo() {
        Random random = new Random(4251);
        for (int i = 0; i < 200; i++) {
            String local = SecretSamples.random(random, "abcdefghij", 1 + random.nextInt(6))
                    + SecretSamples.pick(random, "A", "_", "+", "Q.", ".Z")
                    + SecretSamples.random(random, "abcdefghij0123", 1 + random.nextInt(6));
            String email = local + "@" + SecretSamples.pick(random, "openssh.com", "libssh.org", "lysator.liu.se");
            String line = "contact " + email + " today";
            assertThat(Redactor.defaults().redact(line)).as(line).isEqualTo("contact [REDACTED_EMAIL] today");
            String elsewhere = "cipher " + SecretSamples.pick(random, "chacha20-poly1305", "aes256-gcm") + "@example.com";
            assertThat(Redactor.defaults().redact(elsewhere)).as(elsewhere).contains("[REDACTED_EMAIL]");
        }
    }

    @ParameterizedTest
    @EnumSource(SensitiveType.class)
    void scanReportsTypeAndPositionOfTheSecret(SensitiveType type) {
        Random random = new Random(type.ordinal() * 104729L);
        for (int i = 0; i < 50; i++) {
            String sample = SecretSamples.of(type, random);
            String secret = SecretSamples.secretPart(type, sample);
            String line = "before " + sample + " after";
            List<Finding> findings = Redactor.defaults().scan(line);
            int at = line.indexOf(secret);
            assertThat(findings).as(line).anySatisfy(f -> {
                assertThat(f.type()).isEqualTo(type.name());
                assertThat(f.start()).isLessThanOrEqualTo(at);
                assertThat(f.end()).isGreaterThanOrEqualTo(at + secret.length());
            });
        }
    }

    @ParameterizedTest
    @EnumSource(SensitiveType.class)
    void disablingATypeLeavesItsValuesAlone(SensitiveType type) {
        Redactor redactor = Redactor.builder().only(type.name()).build();
        Redactor without = Redactor.builder().disable(type).build();
        Random random = new Random(type.ordinal() * 31L);
        for (int i = 0; i < 30; i++) {
            String line = "x " + SecretSamples.of(type, random) + " y";
            assertThat(redactor.redact(line)).as(line).contains("[REDACTED_" + type.name());
            assertThat(without.redact(line)).as(line).doesNotContain("[REDACTED_" + type.name());
        }
    }

    /**
     * An address after a host name and a slash, as Java prints an {@code InetAddress} ({@code kafka/10.0.0.7:9092}),
     * goes; only the version of a browser product in a User-Agent ({@code Chrome/120.0.0.0}) stays.
     */
    @Test
    void addressAfterAHostNameAndASlashGoes() {
        Random random = new Random(9092);
        for (int i = 0; i < 200; i++) {
            String ip = SecretSamples.ip(random);
            String line = SecretSamples.pick(random, "kafka", "localhost", "DESKTOP-AB12", "db.internal", "node7", "Chromebook", "chrome-1")
                    + "/" + ip + SecretSamples.pick(random, "", ":9092", " connected");
            assertThat(Redactor.defaults().redact(line)).as(line).doesNotContain(ip).contains("[REDACTED_IP_ADDRESS]");
        }
    }

    /**
     * A phone written with spaces, next to a token with digits: a date, time, version or decimal after it,
     * a word ending in digits before it. Neither is one more group of the number (both found by fuzzing:
     * {@code 076 6909 1008 2024-03-21T04:45} and {@code d9 026 9436 6259} survived), nor a plain number
     * after a phone written without separators ({@code +228362867451 0485...}), nor a parenthesis that is
     * no area code ({@code +44 20 6147 1831 (7777...}), nor a second phone that starts with one
     * ({@code +44 20 2104 7307 (555) 234-5678}). The same groups with one
     * more plain group after them stay a longer number and are left alone.
     */
    @Test
    void spacedPhoneNextToOtherTokensWithDigitsIsRedacted() {
        Redactor redactor = Redactor.defaults();
        Random random = new Random(76_6909L);
        for (int i = 0; i < 200; i++) {
            String groups = SecretSamples.digits(random, 3) + " " + SecretSamples.digits(random, 4) + " "
                    + SecretSamples.digits(random, 4);
            String phone = random.nextBoolean() ? "0" + (1 + random.nextInt(9)) + groups.substring(2)
                    : "+44 20 " + groups.substring(4);
            String next = SecretSamples.pick(random, (2000 + random.nextInt(40)) + "-0" + (1 + random.nextInt(9)) + "-21T04:45:32",
                    (10 + random.nextInt(14)) + ":" + (10 + random.nextInt(50)), random.nextInt(9) + "." + random.nextInt(20) + ".1",
                    random.nextInt(999) + "." + random.nextInt(9) + "ms", (1 + random.nextInt(12)) + "/" + (1 + random.nextInt(28)));
            String line = "call " + phone + " " + next + " done";
            assertThat(redactor.redact(line)).as(line).isEqualTo("call [REDACTED_PHONE] " + next + " done");
            String word = SecretSamples.pick(random, "d", "node", "v", "shard_") + random.nextInt(100);
            String after = "host " + word + " " + phone + " ok";
            assertThat(redactor.redact(after)).as(after).isEqualTo("host " + word + " [REDACTED_PHONE] ok");
            String compact = "+" + (1 + random.nextInt(9)) + SecretSamples.digits(random, 9 + random.nextInt(3));
            String number = SecretSamples.digits(random, 1 + random.nextInt(12)); // shorter than a card
            String beforeNumber = "from " + compact + " " + number + " ok";
            assertThat(redactor.redact(beforeNumber)).as(beforeNumber).isEqualTo("from [REDACTED_PHONE] " + number + " ok");
            String paren = "(" + SecretSamples.digits(random, 4 + random.nextInt(9)) // shorter than a card, which would go
                    + SecretSamples.pick(random, "]", "", " x");
            String beforeParen = "to " + phone + " " + paren;
            assertThat(redactor.redact(beforeParen)).as(beforeParen).isEqualTo("to [REDACTED_PHONE] " + paren);
            String second; // a second phone that starts a number of its own: "(" or "+" (plain digit groups would go on)
            do {
                second = SecretSamples.of(SensitiveType.PHONE, random);
            } while (!second.startsWith("(") && !second.startsWith("+"));
            String twoPhones = "call " + phone + " " + second + " now";
            assertThat(redactor.redact(twoPhones)).as(twoPhones).isEqualTo("call [REDACTED_PHONE] [REDACTED_PHONE] now");
            String longer = "id " + phone.replace("+", "") + " " + SecretSamples.digits(random, 4) + " " + next;
            assertThat(redactor.redact(longer)).as(longer).doesNotContain("REDACTED_PHONE");
        }
    }
}
