package dev.logredactor.core.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithLength;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.detect.BuiltInDetectors;
import dev.logredactor.core.testdata.SecretSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The differential fuzz target of the scanner: the fuzzer's bytes choose a line from a grammar of log
 * fragments (times, levels, logger names, key names, separators, quotes, escapes, digit groups, hex
 * runs, PEM lines, chars outside ASCII) and secret pieces (whole generated secrets of every type and
 * their halves), and {@link Scanner} must find there exactly what the {@link ReferenceScanner} finds
 * calling every detector at each of its triggers. In {@code mvn verify} it runs its seeds and the inputs
 * in {@code src/test/resources/dev/logredactor/core/internal/scan/ScannerFuzzTestInputs/sameFindingsAsTheReference/};
 * {@code mvn -Pfuzz -pl core -am verify -Dtest='ScannerFuzzTest' -Dsurefire.failIfNoSpecifiedTests=false}
 * fuzzes it.
 */
class ScannerFuzzTest {
    private static final boolean[] ALL = ScannerEquivalenceTest.allTypes();
    private static final Scan CURRENT = new Scanner(BuiltInDetectors.create(ALL, List.of("pin7", "x-auth-9")));
    private static final Scan REFERENCE = new ReferenceScanner(BuiltInDetectors.create(ALL, List.of("pin7", "x-auth-9")), false);

    private static final String[] FRAGMENTS = {
        " ", " ", " ", "  ", "\t", "\n", "\r\n", ",", ", ", ".", ":", ": ", "=", " = ", ";", "-", "--", "---", "+", "(", ")", "[", "]",
        "{", "}", "\"", "'", "\\\"", "/", "//", "://", "?", "&", "|", "@", "%", "%3D", "%22", "%40", "%253D", "\\u003d",
        "\\u0022", "&quot;", "&#64;", "&lt;", "&gt;", "<", ">", "</", "_", "T", "Z", "e", "x",
        "2024-05-09T15:22:23.590+02:00", "2024-05-09 ", "22:58:28.569", "12:34:56,789", "[26/Mar/2024:09:29:00 +0000]",
        "INFO", "WARN ", "ERROR", "DEBUG", "[main]", "[http-nio-8080-exec-3]", "o.a.c.c.C.[Tomcat]", "c.e.billing.InvoiceService",
        "Order", "shipped", "user", "version 2.17.2.5", "took", "ms", "bytes", "Class@1a2b3c", "blk_-4123456789012",
        "password", "passwd", "pwd", "token", "api_key", "apiKey", "X-Api-Key", "secret", "client_secret", "key", "value", "name",
        "first_name", "address", "phone", "tel", "ssn", "cvv", "pin7", "x-auth-9", "session", "code", "Authorization",
        "Bearer ", "Basic ", "-Dpassword=", "--password ", "-p", "<password>", "</password>", "\"password\":\"",
        "https://", "jdbc:postgresql://", "redis://:", "user:pass@", "hooks.slack.com/services/",
        "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----", "MIIEowIBAAKCAQEA", "eyJ", "AKIA", "ghp_", "sk-",
        "xoxb-", "glpat-", "SG.", "AIza", "npm_", "IDENTIFIED BY", "PASSWORD '", "AUTH PLAIN ",
        "0", "1", "12", "123", "1234", "12345", "1234567", "4111", "4111 1111", "1111 1111 1111 1111", "555-123-4567",
        "+44 20 7946 0958", "(415) 555-0132", "10.0.0.1", "192.168.1.255:8080", "2001:db8::1", "fe80::", "::1", "[::1]:443",
        "255.255.255.0", "0x00004ed8", "deadbeef", "4bf92f3577b34da6a3ce929d0e0e4736", "3f2b8c1e-9a4d-4e7f-b6a2-1c0d5e8f7a93",
        "DE89", "GB82 WEST", "é", "\u00e9t\u00e9", "\ud83d\ude00", "\u015d", "\u0161", "\u2028", "\u0000",
    };

    @MethodSource("seeds")
    @FuzzTest(maxDuration = "10m")
    void sameFindingsAsTheReference(@NotNull @WithLength(max = 512) byte[] choices) {
        String line = line(choices);
        String expected = describe(REFERENCE.scan(line));
        assertThat(describe(CURRENT.scan(line))).as(line).isEqualTo(expected);
        assertThat(describe(CURRENT.scan(new StringBuilder(line)))).as(line).isEqualTo(expected);
    }

    /**
     * The line the bytes choose: each byte a fragment, or, for a byte of {@code 0xF0} and above, a secret
     * of the type and with the seed the next two bytes give, whole or half of it.
     */
    static String line(byte[] choices) {
        StringBuilder b = new StringBuilder();
        SensitiveType[] types = SensitiveType.values();
        for (int i = 0; i < choices.length; i++) {
            int c = choices[i] & 0xFF;
            if (c >= 0xF0 && i + 2 < choices.length) {
                SensitiveType type = types[(choices[i + 1] & 0xFF) % types.length];
                String secret = SecretSamples.of(type, new Random(choices[i + 2]));
                b.append((c & 3) == 0 ? secret.substring(0, secret.length() / 2) : (c & 3) == 1 ? secret.substring(secret.length() / 2)
                        : secret);
                i += 2;
            } else {
                b.append(FRAGMENTS[c % FRAGMENTS.length]);
            }
        }
        return b.toString();
    }

    static Stream<Arguments> seeds() {
        Random r = new Random(20261207L);
        List<Arguments> seeds = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            byte[] choices = new byte[8 + r.nextInt(120)];
            r.nextBytes(choices);
            seeds.add(arguments((Object) choices));
        }
        return seeds.stream();
    }

    static String describe(Findings f) {
        if (f == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < f.size(); i++) {
            b.append(f.type(i)).append('@').append(f.start(i)).append('-').append(f.end(i)).append(' ');
        }
        return b.append(f.endsInOpenPrivateKey() ? "open" : "").toString();
    }
}
