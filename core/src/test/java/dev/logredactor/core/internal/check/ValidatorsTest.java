package dev.logredactor.core.internal.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.internal.detect.SsnDetector;
import dev.logredactor.core.testdata.SecretSamples;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The checksum validators against values whose check digits the test generator computed itself. */
class ValidatorsTest {
    @Test
    void luhnAcceptsComputedCheckDigitsAndRejectsEveryOtherDigit() {
        Random r = new Random(1);
        for (int i = 0; i < 2_000; i++) {
            String body = SecretSamples.digits(r, 12 + r.nextInt(7));
            int check = SecretSamples.luhnCheckDigit(body);
            for (int d = 0; d < 10; d++) {
                String pan = body + d;
                assertThat(LuhnCheck.isValid(pan, 0, pan.length())).as(pan).isEqualTo(d == check);
            }
        }
    }

    @Test
    void ibanAcceptsComputedCheckDigitsAndRejectsAnySingleDigitChange() {
        Random r = new Random(2);
        for (int i = 0; i < 2_000; i++) {
            String iban = SecretSamples.iban(r).replace(" ", "");
            assertThat(IbanCheck.isValid(iban, 0, iban.length())).as(iban).isTrue();
            int pos = 4 + r.nextInt(iban.length() - 4);
            char c = iban.charAt(pos);
            char other = (char) ('0' + (c - '0' + 1 + r.nextInt(9)) % 10);
            String changed = iban.substring(0, pos) + other + iban.substring(pos + 1);
            assertThat(IbanCheck.isValid(changed, 0, changed.length())).as(changed).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource({"DE,22", "GB,22", "NO,15", "MT,31", "FR,27", "XX,0", "de,0"})
    void ibanLengthsByCountry(String country, int length) {
        assertThat(IbanCheck.length(country.charAt(0), country.charAt(1))).isEqualTo(length);
    }

    @ParameterizedTest
    @CsvSource({"1,1,1,true", "899,99,9999,true", "0,1,1,false", "666,1,1,false", "900,1,1,false", "123,0,1,false",
        "123,45,0,false"})
    void ssnIssuanceRules(int area, int group, int serial, boolean issuable) {
        assertThat(SsnDetector.isIssuable(area, group, serial)).isEqualTo(issuable);
    }

    @ParameterizedTest
    @CsvSource({"4111111111111111,true", "4222222222222,true", "5555555555554444,true", "2223003122003222,true",
        "378282246310005,true", "6011111111111117,true", "3530111333300000,true", "36227206271667,true",
        "1234567812345670,false", "9111111111111111,false", "411111111111111,false"})
    void issuerPrefixAndLength(String pan, boolean known) {
        assertThat(CardIssuers.isKnown(Integer.parseInt(pan.substring(0, 6)), pan.length())).isEqualTo(known);
    }

    @Test
    void ipv6Expansion() {
        assertThat(IpNetwork.expand("2001:db8::1")).containsExactly(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1);
        assertThat(IpNetwork.expand("::ffff:10.1.2.3")).containsExactly(0, 0, 0, 0, 0, 0xffff, 0x0a01, 0x0203);
        assertThat(IpNetwork.expand("fe80:1:2:3:4:5:6:7")).containsExactly(0xfe80, 1, 2, 3, 4, 5, 6, 7);
    }
}
