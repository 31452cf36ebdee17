package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.testdata.SecretSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values that look like sensitive data but are not, generated many times each: every one must come
 * out unchanged, alone and inside log text.
 */
class NearMissTest {
    private static final String HEX = "0123456789abcdef";

    static Stream<Arguments> nearMisses() {
        List<Arguments> rows = new ArrayList<>();
        row(rows, "Luhn-invalid card number", r -> SecretSamples.luhnInvalidCard(r));
        row(rows, "Luhn-invalid grouped card", NearMissTest::groupedNonCard);
        row(rows, "card digits in groups no card is printed in", NearMissTest::oddlyGroupedCardDigits);
        row(rows, "epoch seconds", r -> String.valueOf(1_000_000_000L + (long) (r.nextDouble() * 900_000_000L)));
        row(rows, "epoch millis", r -> String.valueOf(1_000_000_000_000L + (long) (r.nextDouble() * 900_000_000_000L)));
        row(rows, "epoch nanos", r -> String.valueOf(1_600_000_000_000_000_000L + (long) (r.nextDouble() * 1e17)));
        row(rows, "bare ten digits", r -> (2 + r.nextInt(8)) + SecretSamples.digits(r, 9));
        row(rows, "UUID", r -> new UUID(r.nextLong(), r.nextLong()).toString());
        row(rows, "git SHA", r -> SecretSamples.random(r, HEX, 40));
        row(rows, "short git SHA", r -> SecretSamples.random(r, HEX, 7));
        row(rows, "SHA-256", r -> SecretSamples.random(r, HEX, 64));
        row(rows, "trace id", r -> "traceId=" + SecretSamples.random(r, HEX, 32));
        row(rows, "span id", r -> "spanId=" + SecretSamples.random(r, HEX, 16));
        row(rows, "W3C traceparent", r -> "00-" + SecretSamples.random(r, HEX, 32) + "-" + SecretSamples.random(r, HEX, 16)
                + "-01");
        row(rows, "Class@hash", r -> SecretSamples.pick(r, "java.lang.Object", "com.example.Foo$Bar", "Token",
                "android.os.BinderProxy") + "@" + Integer.toHexString(r.nextInt()));
        row(rows, "version", r -> r.nextInt(20) + "." + r.nextInt(30) + "." + r.nextInt(100));
        row(rows, "four-part version after 'version'", r -> "version " + r.nextInt(20) + "." + r.nextInt(30) + "."
                + r.nextInt(100) + "." + r.nextInt(200));
        row(rows, "five-part dotted number", r -> (1 + r.nextInt(200)) + "." + r.nextInt(200) + "." + r.nextInt(200)
                + "." + r.nextInt(200) + "." + r.nextInt(200));
        row(rows, "octet above 255", r -> (256 + r.nextInt(700)) + "." + r.nextInt(200) + "." + r.nextInt(200) + "."
                + r.nextInt(200));
        row(rows, "host:port", r -> SecretSamples.pick(r, "db.internal", "localhost", "kafka-1", "api.example.com")
                + ":" + (1 + r.nextInt(65535)));
        row(rows, "ISO timestamp", r -> String.format(Locale.ROOT, "2024-%02d-%02dT%02d:%02d:%02d.%03dZ",
                1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(60), r.nextInt(1000)));
        row(rows, "clock time", r -> String.format(Locale.ROOT, "%02d:%02d:%02d,%03d", r.nextInt(24), r.nextInt(60),
                r.nextInt(60), r.nextInt(1000)));
        row(rows, "duration", r -> r.nextInt(999) + "." + r.nextInt(999) + "ms");
        row(rows, "date", r -> String.format(Locale.ROOT, "%04d-%02d-%02d", 1990 + r.nextInt(40), 1 + r.nextInt(12),
                1 + r.nextInt(28)));
        row(rows, "HDFS block id", r -> "blk_-" + (1_000_000_000_000_000_000L + (long) (r.nextDouble() * 8e18)));
        row(rows, "MAC address", r -> String.format(Locale.ROOT, "%02x:%02x:%02x:%02x:%02x:%02x", r.nextInt(256),
                r.nextInt(256), r.nextInt(256), r.nextInt(256), r.nextInt(256), r.nextInt(256)));
        row(rows, "SSN outside issued ranges", r -> String.format(Locale.ROOT, "%s-%02d-%04d",
                SecretSamples.pick(r, "000", "666", String.valueOf(900 + r.nextInt(100))), 1 + r.nextInt(99),
                1 + r.nextInt(9999)));
        row(rows, "SSN with group 00", r -> String.format(Locale.ROOT, "%03d-00-%04d", 1 + r.nextInt(665),
                1 + r.nextInt(9999)));
        row(rows, "IBAN with wrong check digits", NearMissTest::badIban);
        row(rows, "method reference", r -> SecretSamples.pick(r, "String::valueOf", "OrderService::place",
                "this::handle"));
        row(rows, "annotation and identity", r -> SecretSamples.pick(r, "@Override", "@Transactional(readOnly=true)",
                "user@localhost", "lodash@4.17.21", "icon@2x.png"));
        row(rows, "decimal number", r -> r.nextInt(100000) + "." + SecretSamples.digits(r, 2 + r.nextInt(5)));
        row(rows, "prose about credentials", r -> SecretSamples.pick(r, "password reset email sent",
                "Failed password for invalid user admin", "token refresh scheduled", "Bearer token expired",
                "Basic authentication enabled", "secret rotation finished", "Refreshing credentials now"));
        row(rows, "masked or empty value", r -> SecretSamples.pick(r, "password=****", "password=", "token=null",
                "\"password\":\"\"", "secret=${DB_SECRET}", "api_key=[REDACTED_SECRET]", "password: true"));
        row(rows, "flag value after a key", r -> SecretSamples.pick(r, "Access denied for user 'app'@'db-" + r.nextInt(9)
                + "' (using password: " + SecretSamples.pick(r, "YES", "NO") + ")", "password: disabled", "token=off",
                "PasswordAuthentication=no", "\"mfa_code\":\"enabled\"", "secret=On", "api_key: yes"));
        row(rows, "Go pointer type before a colon", r -> "Failed to watch *" + SecretSamples.pick(r, "v1", "corev1", "api")
                + "." + SecretSamples.pick(r, "Secret", "Token", "Credentials") + ": " + SecretSamples.pick(r, "failed to list",
                        "secrets is forbidden", "the server could not find the requested resource", "Get \"https://api:443\": EOF"));
        row(rows, "validation message after a key", r -> SecretSamples.pick(r, "createUser.request.", "", "form.")
                + SecretSamples.pick(r, "password: ", "apiKey: ", "clientSecret: ") + SecretSamples.pick(r, "must not be blank",
                        "must not be null", "size must be between " + r.nextInt(9) + " and " + (10 + r.nextInt(90)),
                        "length must be between 8 and 64", "must match \"^[a-z]+$\"", "not configured", "is required",
                        "cannot be empty", "Must not be empty", "expired, requesting a new one", "sent via SMS",
                        "Invalid for this client", "rotated; next rotation in 30 days", "missing from the request")
                + SecretSamples.pick(r, "", ", email: must be a well-formed email address"));
        row(rows, "validation message as a quoted value", r -> "{\"errors\":{\"" + SecretSamples.pick(r, "password", "secret")
                + "\":\"" + SecretSamples.pick(r, "must not be blank", "size must be between 8 and 64") + "\"}}");
        row(rows, "mask written in place of a secret", r -> String.format(SecretSamples.pick(r, "\t%s = %s", "%s=%s ok", "%s: %s",
                "{\"%s\":\"%s\"}"), SecretSamples.pick(r, "ssl.truststore.password", "ssl.keystore.password", "ssl.key.password",
                        "sasl.jaas.config", "password", "api_key"), SecretSamples.pick(r, "[hidden]", "[FILTERED]", "<redacted>",
                        "***masked***", "(hidden)", "REDACTED", "xxxxxxxx", "[PROTECTED]", "<omitted>", "XXXX", "\u2588\u2588",
                        "\u2022\u2022\u2022\u2022")));
        row(rows, "OkHttp's redacted header", r -> "okhttp3.OkHttpClient : " + SecretSamples.pick(r, "Authorization", "X-Api-Key",
                "Proxy-Authorization") + ": \u2588\u2588");
        row(rows, "file path where a key or password is kept", r -> SecretSamples.pick(r, "ssh_key=", "private_key: ",
                "client_key=", "ssl.key.password=", "keystore_password: ") + SecretSamples.pick(r, "/home/", "/etc/ssl/private/",
                        "~/.ssh/", "classpath:keys/", "file:/run/secrets/", "/srv/app/")
                + SecretSamples.random(r, "abcdefgh_", 3 + r.nextInt(8)) + SecretSamples.pick(r, ".pem", ".key", ".p12", "", ".jks"));
        row(rows, "browser version in a User-Agent", r -> "\"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + SecretSamples.pick(r, "Chrome/", "HeadlessChrome/", "CriOS/", "Edg/", "OPR/", "Version/") + (100 + r.nextInt(40)) + "."
                + r.nextInt(3) + "." + r.nextInt(9999) + "." + r.nextInt(255) + " Safari/537.36\"");
        row(rows, "object rendering after a key", r -> SecretSamples.pick(r, "token=Token{" + Integer.toHexString(r.nextInt())
                + " ActivityRecord{1}}", "Bad activity token: android.os.BinderProxy@" + Integer.toHexString(r.nextInt())));
        row(rows, "HTTP request line", r -> "\"GET /api/v1/orders/" + r.nextInt(99999) + "?page=2&size=50 HTTP/1.1\" 200 "
                + r.nextInt(9999));
        row(rows, "harmless values between URL-encoded separators", r -> SecretSamples.pick(r, "q%3D", "%22", "a%2C", "%5B")
                + SecretSamples.pick(r, SecretSamples.luhnInvalidCard(r), new UUID(r.nextLong(), r.nextLong()).toString(),
                        String.valueOf(1_000_000_000_000L + (long) (r.nextDouble() * 900_000_000_000L)),
                        SecretSamples.random(r, HEX, 40), (2 + r.nextInt(8)) + SecretSamples.digits(r, 9),
                        String.format(Locale.ROOT, "2024-%02d-%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)))
                + SecretSamples.pick(r, "%26", "%22", "%2C", "%5D"));
        row(rows, "syslog tag of a password tool and its PAM prefix", r -> SecretSamples.pick(r, "passwd", "chpasswd", "gpasswd")
                + "[" + (100 + r.nextInt(30000)) + "]: pam_unix(" + SecretSamples.pick(r, "passwd", "chpasswd", "sshd", "sudo") + ":"
                + SecretSamples.pick(r, "chauthtok", "auth", "session", "account") + "): " + SecretSamples.pick(r,
                        "password changed for bob", "user \"elastic_user_" + r.nextInt(9) + "\" does not exist in /etc/passwd",
                        "authentication failure; logname= uid=0"));
        row(rows, "sudo's working directory", r -> "sudo:   ubuntu : TTY=pts/" + r.nextInt(9) + " ; PWD=" + SecretSamples.pick(r, "/",
                "/tmp", "/opt", "/home", "/etc", "/home/ubuntu", "/usr/share/filebeat/bin", "/etc/filebeat")
                + " ; USER=root ; COMMAND=/bin/ls");
        row(rows, "a sentence after session:", r -> SecretSamples.pick(r, "sshd[1]: Starting session: ", "sshd[2]: Close session: ",
                "pam_systemd(su:session): Cannot create session: ") + SecretSamples.pick(r, "shell on pts/" + r.nextInt(9) + " for ubuntu",
                        "command for elastic_user_" + r.nextInt(9), "user ubuntu from bastion-" + r.nextInt(9),
                        "Already running in a session", "subsystem 'sftp' for bob"));
        row(rows, "SSH algorithm names", NearMissTest::sshAlgorithms);
        row(rows, "addresses that identify no one", r -> SecretSamples.pick(r, "listening on ", "bind ", "Netty started on ", "from ")
                + SecretSamples.pick(r, SecretSamples.pick(r, "0.0.0.0", "127." + r.nextInt(256) + "." + r.nextInt(256) + "."
                        + (1 + r.nextInt(254)), netmask(r), "169.254.169.254") + SecretSamples.pick(r, "", ":" + (1 + r.nextInt(65535))),
                        SecretSamples.pick(r, "::1", "0:0:0:0:0:0:0:1", "[::1]:" + (1 + r.nextInt(65535)), "::"))
                + SecretSamples.pick(r, "", " port 22"));
        row(rows, "key fingerprint of colon-separated hex", r -> SecretSamples.pick(r, "RSA ", "ECDSA ", "fingerprint ")
                + String.join(":", hexPairs(r, 9 + r.nextInt(12))));
        row(rows, "byte counts", r -> r.nextInt(99999) + " bytes, " + r.nextInt(9999) + "MB of " + r.nextInt(9999) + "MB");
        return rows.stream();
    }

    /**
     * Algorithm and extension names of OpenSSH and libssh ({@code name@domain}, RFC 4251 section 6), as sshd
     * and Java SSH clients log a key exchange: made of their real parts, so the names are new each time.
     */
    private static String sshAlgorithms(Random r) {
        StringBuilder b = new StringBuilder(SecretSamples.pick(r, "Their offer: ", "kex: server->client cipher: ", "algorithms: "));
        for (int i = 1 + r.nextInt(4); i > 0; i--) {
            String name = SecretSamples.pick(r, "chacha20-poly1305", "aes" + SecretSamples.pick(r, "128", "256") + "-gcm",
                    "hmac-sha2-" + SecretSamples.pick(r, "256", "512") + "-etm", "umac-" + SecretSamples.pick(r, "64", "128") + "-etm",
                    "curve25519-sha256", "sntrup761x25519-sha512", "ssh-ed25519-cert-v01", "rijndael-cbc", "kex-strict-s-v00", "zlib");
            b.append(name).append('@').append(SecretSamples.pick(r, "openssh.com", "libssh.org", "lysator.liu.se")).append(',');
        }
        return b.append("aes128-ctr").toString();
    }

    /** A netmask of a random prefix length, dotted: ones, then zeros. */
    private static String netmask(Random r) {
        long mask = 0xffffffffL << (32 - 8 - r.nextInt(25)) & 0xffffffffL;
        return (mask >>> 24) + "." + (mask >>> 16 & 255) + "." + (mask >>> 8 & 255) + "." + (mask & 255);
    }

    private static List<String> hexPairs(Random r, int n) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pairs.add(SecretSamples.random(r, HEX, 2));
        }
        return pairs;
    }

    private static void row(List<Arguments> rows, String name, Function<Random, String> gen) {
        rows.add(Arguments.of(name, gen));
    }

    private static String group4(String digits) {
        return digits.replaceAll("(\\d{4})(?=\\d)", "$1 ");
    }

    /**
     * A card-shaped number in groups of four where no prefix ending at a group boundary is a valid card
     * either (a grouped card followed by a CVV is a card).
     */
    private static String groupedNonCard(Random r) {
        while (true) {
            String digits = SecretSamples.luhnInvalidCard(r);
            boolean anyValid = false;
            for (int len = 13; len < digits.length(); len++) {
                if (len % 4 == 0 || len == digits.length()) {
                    String prefix = digits.substring(0, len);
                    anyValid |= SecretSamples.luhnCheckDigit(prefix.substring(0, len - 1)) == prefix.charAt(len - 1) - '0';
                }
            }
            if (!anyValid) {
                return group4(digits);
            }
        }
    }

    /**
     * The digits of a valid card (Luhn and issuer) in groups that no card is printed in: report columns such
     * as {@code 5020 150604 240} (a real HealthApp line), not a card.
     */
    private static String oddlyGroupedCardDigits(Random r) {
        String digits = SecretSamples.card(r).replaceAll("[ -]", "");
        int len = digits.length();
        int[] sizes = len == 13 ? new int[] {4, 6, 3} : len == 14 ? new int[] {4, 5, 5} : len == 15 ? new int[] {4, 5, 6}
                : len == 16 ? new int[] {4, 6, 6} : new int[] {4, 5, 5, 5};
        StringBuilder b = new StringBuilder();
        char sep = r.nextBoolean() ? ' ' : '-';
        int pos = 0;
        for (int size : sizes) {
            b.append(pos > 0 ? String.valueOf(sep) : "").append(digits, pos, pos + size);
            pos += size;
        }
        return b.toString();
    }

    private static String badIban(Random r) {
        String valid = SecretSamples.iban(r).replace(" ", "");
        int check = Integer.parseInt(valid.substring(2, 4));
        int wrong = (check + 1 + r.nextInt(90)) % 97;
        return valid.substring(0, 2) + String.format(Locale.ROOT, "%02d", wrong < 2 ? wrong + 2 : wrong)
                + valid.substring(4);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nearMisses")
    void staysUnchanged(String name, Function<Random, String> generator) {
        Random r = new Random(name.hashCode());
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String value = generator.apply(r);
            for (String line : new String[] {value, "INFO c.e.App - saw " + value + " in batch",
                "{\"message\":\"" + value.replace("\"", "\\\"") + "\"}"}) {
                String out = Redactor.defaults().redact(line);
                if (!out.equals(line)) {
                    changed.add(line + "  ->  " + out);
                }
            }
        }
        assertThat(changed).as(name).isEmpty();
    }
}
