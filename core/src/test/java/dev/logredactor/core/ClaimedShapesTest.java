package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.testdata.SecretSamples;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shapes of the types we claim that real logs write and the first detectors missed: IBANs in lower case
 * after an IBAN key, JWTs encoded once more in base64 or with URL-encoded dots, SSNs with dots, cards 4-4-4-4
 * with dots, random values after the weak words {@code auth} and {@code bearer}; and the groups of an IBAN whose
 * check fails, which are no phone or card number. Values generated with their check digits computed.
 */
class ClaimedShapesTest {
    private static final int SAMPLES = 200;
    private final Redactor redactor = Redactor.defaults();

    @Test
    void lowerCaseIbansAfterAnIbanKeyGo() {
        Random r = new Random(41);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String iban = SecretSamples.iban(r).toLowerCase(Locale.ROOT);
            expectInShapes(iban, "[REDACTED_IBAN]", failures, "iban=%s", "{\"iban\":\"%s\",\"amount\":12}", "IBAN: %s ok",
                "customer_iban=%s, amount=3", "<iban>%s</iban>");
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aLowerCaseIbanWithAWrongCheckStays() {
        Random r = new Random(42);
        for (int i = 0; i < SAMPLES; i++) {
            String iban = wrongCheck(SecretSamples.iban(r)).toLowerCase(Locale.ROOT);
            String line = "iban=" + iban + " amount=3";
            assertThat(redactor.redact(line)).as(line).doesNotContain("[REDACTED_IBAN]");
        }
    }

    @Test
    void theGroupsOfAnIbanWhoseCheckFailsAreNoPhoneOrCardNumber() {
        Random r = new Random(43);
        for (int i = 0; i < SAMPLES; i++) {
            String iban = wrongCheck(SecretSamples.iban(r));
            if (iban.indexOf(' ') < 0) {
                continue;
            }
            String line = "paid from " + iban + " today";
            assertThat(redactor.redact(line)).as(line).isEqualTo(line);
        }
        assertThat(redactor.redact("paid from BE71 0961 2345 6760 today")).isEqualTo("paid from BE71 0961 2345 6760 today");
    }

    @Test
    void base64EncodedJwtsGo() {
        Random r = new Random(44);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String encoded = Base64.getEncoder().encodeToString(SecretSamples.jwt(r).getBytes(StandardCharsets.US_ASCII));
            expectInShapes(encoded, "[REDACTED_JWT]", failures, "token %s end", "{\"state\":\"%s\"}", "state=%s; path=/", "value=%s,");
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eyJub3QiOiJhIGp3dCJ9.eyJ4IjoxfQ.c2ln", "eyJhbGciOiJub25lIn0", "hello world, no token at all here",
        "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9"})
    void base64OfWhatIsNoJwtStays(String text) {
        String encoded = Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
        String line = "state " + encoded + " end";
        assertThat(redactor.redact(line)).isEqualTo(line);
    }

    @Test
    void ssnsWithDotsGoAndOnlyWithTheSameSeparatorTwice() {
        Random r = new Random(45);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String ssn = SecretSamples.ssn(r).replace('-', '.');
            expect("applicant ssn " + ssn + " verified", ssn, "[REDACTED_SSN]", failures);
            String mixed = ssn.substring(0, 6) + "-" + ssn.substring(7);
            String line = "ref " + mixed + " ok";
            if (!redactor.redact(line).equals(line)) {
                failures.add(line);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(redactor.redact("ref 666.12.3456 and 123.45.67890")).isEqualTo("ref 666.12.3456 and 123.45.67890");
    }

    @Test
    void cardsGroupedWithDotsGoWhenFourByFour() {
        Random r = new Random(46);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            StringBuilder digits = new StringBuilder();
            for (char c : SecretSamples.card(r).toCharArray()) {
                if (c >= '0' && c <= '9') {
                    digits.append(c);
                }
            }
            String pan = digits.toString();
            if (pan.length() != 16) {
                continue;
            }
            String dotted = pan.substring(0, 4) + "." + pan.substring(4, 8) + "." + pan.substring(8, 12) + "." + pan.substring(12);
            expect("paid with " + dotted + " today", dotted, "[REDACTED_CREDIT_CARD]", failures);
            String longer = dotted + ".7";
            if (!redactor.redact("v " + longer).equals("v " + longer)) {
                failures.add(longer); // a longer dotted number is no card
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void jwtsWithUrlEncodedDotsAndWeakAuthKeysWithRandomValuesGo() {
        Random r = new Random(47);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String jwt = SecretSamples.jwt(r).replace(".", i % 2 == 0 ? "%2E" : "%2e");
            expect("GET /cb?ref=" + jwt + "&state=1", jwt, "[REDACTED_JWT]", failures);
            expect("cb " + jwt + " ok", jwt, "[REDACTED_JWT]", failures);
        }
        String alnum = SecretSamples.ALNUM;
        for (int i = 0; i < SAMPLES; i++) {
            StringBuilder v = new StringBuilder().append((char) ('a' + r.nextInt(26))).append((char) ('A' + r.nextInt(26)))
                    .append((char) ('0' + r.nextInt(10)));
            for (int k = 0, len = 9 + r.nextInt(30); k < len; k++) {
                v.append(alnum.charAt(r.nextInt(alnum.length())));
            }
            String value = v.toString();
            String key = new String[] {"auth", "x-auth", "SENTRY_AUTH", "bearer", "proxyAuth", "X-Bearer"}[i % 6];
            expect(key + (i % 2 == 0 ? "=" : ": ") + value, value, "[REDACTED_SECRET]", failures);
        }
        assertThat(failures).isEmpty();
        for (String line : new String[] {"auth=none", "auth: basic", "auth=required", "bearer: enabled", "x-auth=OK",
            "oauth=3q9XvT7kLmP2wR8sZ1", "auth=SCRAM-SHA-256", "auth: hmac-sha256", "auth=aws-sigv4", "auth=oauth2-pkce",
            "sasl.auth=SCRAM-SHA-512", "auth=9f8e7d6c5b4a39281706f5e4d3c2b1a0"}) {
            assertThat(redactor.redact(line)).as(line).isEqualTo(line);
        }
        // a key the user names wins over the weak word it ends with
        Redactor own = Redactor.builder().sensitiveKeys("x-my-auth").build();
        assertThat(own.redact("x-my-auth=hunter2")).isEqualTo("x-my-auth=[REDACTED_SECRET]");
    }

    @Test
    void ssnsWithSpacesGoWhereNoOtherPlainNumberStandsBesideThem() {
        Random r = new Random(48);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String ssn = SecretSamples.ssn(r).replace('-', ' ');
            expectInShapes(ssn, "[REDACTED_SSN]", failures, "applicant %s verified", "{\"msg\":\"on file: %s\"}",
                "2026-12-07 10:15:30.123 INFO %s", "ref=%s; ok", "(%s)", "%s 12ms", "checked %s 2026-12-07");
            String digits = ssn.replace(" ", "");
            for (String miss : new String[] {"12 " + ssn, ssn + " 7", "9 " + ssn + " 0", "x " + digits.substring(0, 3) + " "
                + digits.substring(3, 5) + " " + digits.substring(5) + "1", "x " + ssn.substring(0, 6) + "-" + ssn.substring(7),
                "x 666 " + ssn.substring(4), "x 9" + ssn.substring(1), "x " + ssn.substring(0, 4) + "00" + ssn.substring(6),
                "x " + ssn.substring(0, 7) + "0000", "\"GET /health HTTP/1.1\" " + ssn, "0.50 " + ssn + " 0.75", "-1 " + ssn + " -3",
                "| 12 | " + ssn + " |", "12, " + ssn + ", 7"}) {
                if (redactor.redact(miss).contains("[REDACTED_SSN]")) {
                    failures.add("near miss taken for an SSN: " + miss + "  ->  " + redactor.redact(miss));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void lowerCaseIbansWithoutAKeyGoWhenTypedAsByHand() {
        Random r = new Random(49);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String iban = (i % 3 == 0 ? bankCodeIban(r) : SecretSamples.iban(r)).toLowerCase(Locale.ROOT);
            expectInShapes(iban, "[REDACTED_IBAN]", failures, "payout to %s queued", "{\"msg\":\"refund %s\"}",
                "account %s, amount 12.50", "beneficiary=%s");
        }
        assertThat(failures).isEmpty();
    }

    /**
     * Ids in lower case that have an IBAN's country, length and a passing mod-97 check, but are no typed IBAN: a
     * letter after the account's digits (hex and base-36 ids), or upper and lower case mixed.
     */
    @Test
    void lowerCaseIdsThatPassTheCheckStay() {
        Random r = new Random(50);
        String hex = "0123456789abcdef";
        int tried = 0;
        for (int i = 0; tried < SAMPLES; i++) {
            String cc = new String[] {"DE", "BE", "AD", "AE", "EE", "BA"}[i % 6];
            int len = new int[] {22, 16, 24, 23, 20, 20}[i % 6];
            StringBuilder bban = new StringBuilder();
            for (int k = 0; k < len - 4; k++) {
                bban.append(hex.charAt(r.nextInt(16)));
            }
            int letters = 0;
            while (letters < bban.length() && !Character.isDigit(bban.charAt(letters))) {
                letters++;
            }
            if (letters <= 4 && bban.chars().skip(letters).allMatch(Character::isDigit)) {
                continue; // up to four letters, then only digits: that one would be a typed IBAN
            }
            tried++;
            String id = (cc + SecretSamples.ibanCheckDigits(cc, bban.toString().toUpperCase(Locale.ROOT)) + bban).toLowerCase(Locale.ROOT);
            String line = "span " + id + " done";
            assertThat(redactor.redact(line)).as(line).isEqualTo(line);
        }
        for (int i = 0; i < SAMPLES; i++) {
            String iban = bankCodeIban(r).toLowerCase(Locale.ROOT);
            String mixed = iban.substring(0, 4) + iban.substring(4, 5).toUpperCase(Locale.ROOT) + iban.substring(5); // base-62 ids
            assertThat(redactor.redact("x " + mixed)).isEqualTo("x " + mixed);
        }
    }

    /** Vendors whose tokens have no literal of their own go by the names they are given, as headers, variables and properties. */
    @Test
    void tokensWithoutALiteralGoByTheirNames() {
        Random r = new Random(52);
        List<String> failures = new ArrayList<>();
        String hex = "0123456789abcdef";
        for (int i = 0; i < SAMPLES; i++) {
            StringBuilder v = new StringBuilder();
            for (int k = 0, len = i % 2 == 0 ? 32 : 40; k < len; k++) {
                v.append(i % 3 == 0 ? hex.charAt(r.nextInt(16)) : SecretSamples.ALNUM.charAt(r.nextInt(SecretSamples.ALNUM.length())));
            }
            String value = v.toString();
            expectInShapes(value, "[REDACTED_SECRET]", failures, "> DD-API-KEY: %s", "> DD-APPLICATION-KEY: %s", "DD_API_KEY=%s",
                "datadog.api_key = %s", "> Fastly-Key: %s", "COHERE_API_KEY=%s", "{\"mistral_api_key\":\"%s\"}", "> Authorization: SSWS %s",
                "TRAVIS_TOKEN=%s", "> X-API-Key: %s", "okta.client.token=%s");
        }
        assertThat(failures).isEmpty();
    }

    /** A word shaped like a lower-case IBAN's head (a data centre, a host) does not hide the card or phone after it. */
    @Test
    void cardsAndPhonesAfterWordsLikeAnIbanHeadGo() {
        Random r = new Random(53);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String card = SecretSamples.card(r);
            if (card.indexOf(' ') < 0) {
                continue;
            }
            expectInShapes(card, "[REDACTED_CREDIT_CARD]", failures, "dc=nl01 card %s declined", "dc=NL01 card %s declined",
                "site fr01 with %s", "host web-de01 %s ok", "at12 paid with %s");
        }
        expect("dc=nl01 call 0207 946 0958", "0207 946 0958", "[REDACTED_PHONE]", failures);
        assertThat(failures).isEmpty();
    }

    /** A bare Telegram bot token goes whole, also after a word that takes its id (Bearer) and inside a bot API path. */
    @Test
    void telegramBotTokensGoAfterBearerAndInBotPaths() {
        Random r = new Random(54);
        String b64url = SecretSamples.ALNUM + "-_";
        for (int i = 0; i < SAMPLES; i++) {
            StringBuilder t = new StringBuilder();
            for (int k = 0, len = 8 + r.nextInt(3); k < len; k++) {
                t.append((char) ((k == 0 ? '1' : '0') + r.nextInt(k == 0 ? 9 : 10)));
            }
            t.append(":AA");
            for (int k = 0; k < 33; k++) {
                t.append(k == 32 ? 'x' : b64url.charAt(r.nextInt(b64url.length())));
            }
            String token = t.toString();
            String secret = token.substring(token.indexOf(':'));
            for (String line : new String[] {"Authorization: Bearer " + token, "got bearer " + token + " from env",
                "GET https://api.telegram.org/file/bot" + token + "/photos/file_1.jpg", "POST http://localhost:8081/bot" + token
                + "/getUpdates"}) {
                String out = redactor.redact(line);
                assertThat(out).as(line).doesNotContain(secret.substring(3)).contains("[REDACTED_");
            }
        }
    }

    /** A British IBAN: four letters of bank code, then 14 digits. */
    private static String bankCodeIban(Random r) {
        StringBuilder bban = new StringBuilder();
        for (int k = 0; k < 4; k++) {
            bban.append((char) ('A' + r.nextInt(26)));
        }
        for (int k = 0; k < 14; k++) {
            bban.append((char) ('0' + r.nextInt(10)));
        }
        return "GB" + SecretSamples.ibanCheckDigits("GB", bban.toString()) + bban;
    }

    /** {@link #expect} for {@code value} in each of {@code shapes}, format strings with one {@code %s}. */
    private void expectInShapes(String value, String placeholder, List<String> failures, String... shapes) {
        for (String shape : shapes) {
            expect(String.format(shape, value), value, placeholder, failures);
        }
    }

    private void expect(String line, String value, String placeholder, List<String> failures) {
        String out = redactor.redact(line);
        if (!out.equals(line.replace(value, placeholder))) {
            failures.add(line + "  ->  " + out);
        }
    }

    /** The IBAN with its last digit changed, so its mod-97 check fails. */
    private static String wrongCheck(String iban) {
        char last = iban.charAt(iban.length() - 1);
        return iban.substring(0, iban.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
    }
}
