package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Passwords written in prose, a password word and a space before them with no separator: generated
 * random passwords after every password word, in three cases and six sentence shapes, go; words that
 * follow a password word in ordinary messages, masks, placeholders, paths and values that do not look
 * random stay.
 */
class ProsePasswordTest {
    private static final String[] WORDS = {"password", "passwd", "passphrase", "pwd", "storepass", "keypass",
        "srcstorepass", "deststorepass", "srckeypass", "destkeypass"};
    private static final String[] SHAPES = {
        "connecting to db.internal:5432 with %s %s",
        "keystore /opt/app/keystore.p12 opened with %s %s for alias app",
        "%s %s",
        "login ok, %s %s.",
        "{\"level\":\"DEBUG\",\"message\":\"retry with %s %s\"}",
        "using %s %s; from the vault",
    };
    private static final String LOWER = "abcdefghijklmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DIGITS = "0123456789";
    private static final String SYMBOLS = "!@#$%^&*_-+~";

    @Test
    void randomPasswordsAfterAPasswordWordGo() {
        Redactor redactor = Redactor.defaults();
        Random r = new Random(31);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String password = password(r);
            String word = WORDS[r.nextInt(WORDS.length)];
            switch (r.nextInt(3)) {
                case 0:
                    word = word.toUpperCase(Locale.ROOT);
                    break;
                case 1:
                    word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
                    break;
                default:
                    break;
            }
            String line = String.format(SHAPES[r.nextInt(SHAPES.length)], word, password);
            String out = redactor.redact(line);
            if (!out.equals(line.replace(password, "[REDACTED_SECRET]"))) {
                failures.add(line + "  ->  " + out);
            }
        }
        assertThat(failures).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "password reset for user bob", "password expired for account 42", "Password changed successfully",
        "password policy applied: minimum length 12", "passwd file /etc/passwd updated", "pwd /home/app/releases/20241207",
        "password ********", "password ${DB_PASSWORD}", "password [hidden]", "password abcdefghijkl", "password 1234567890",
        "password Summer1", "storepass changeit", "password null", "PASSWORD RESET REQUIRED FOR 3 USERS",
        "wrong password 3 times for user 42", "the password was rejected by LDAP", "password=", "password  ",
        "password key=value", "password https://vault.example.com/v1/secret", "Passwords ABCdef123456 differ",
        "mypassword Xy7pQ2rT9vLm", "password\tXy7pQ2rT9vLm",
    })
    void wordsThatDoNotLookRandomStay(String line) {
        assertThat(Redactor.defaults().redact(line)).isEqualTo(line);
    }

    /** 8 to 24 chars with lower case, upper case and digits, sometimes symbols. */
    private static String password(Random r) {
        StringBuilder b = new StringBuilder();
        b.append(LOWER.charAt(r.nextInt(26))).append(UPPER.charAt(r.nextInt(26))).append(DIGITS.charAt(r.nextInt(10)));
        String all = LOWER + UPPER + DIGITS + (r.nextBoolean() ? SYMBOLS : "");
        int len = 8 + r.nextInt(17);
        while (b.length() < len) {
            b.append(all.charAt(r.nextInt(all.length())));
        }
        // a distinct char first, so the password starts as random as it goes on
        List<Character> chars = new ArrayList<>();
        for (char c : b.toString().toCharArray()) {
            chars.add(c);
        }
        java.util.Collections.shuffle(chars, r);
        StringBuilder out = new StringBuilder();
        for (char c : chars) {
            out.append(c);
        }
        return out.toString();
    }
}
