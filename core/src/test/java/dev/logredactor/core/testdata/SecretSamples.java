package dev.logredactor.core.testdata;

import dev.logredactor.core.SensitiveType;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Generates valid sensitive values of every built-in type, with check digits computed here (Luhn,
 * ISO 7064 mod 97) independently of the main code. Deterministic for a given {@link Random} seed.
 */
public final class SecretSamples {
    public static final String ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String UPPER_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final String B64URL = ALNUM + "_-";
    private static final String HEX = "0123456789abcdef";
    private static final String[] FIRST = {"john", "maria", "li", "oluwaseun", "anne-marie", "jose", "zoe", "ahmed"};
    private static final String[] LAST = {"smith", "garcia", "wang", "okafor", "dubois", "silva", "mueller", "khan"};
    private static final String[] DOMAINS = {"example.com", "corp.example.co.uk", "mail-server.io", "uni.edu",
        "example.org", "shop.example.de", "x.travel"};

    private static final Map<SensitiveType, Function<Random, String>> BY_TYPE = new EnumMap<>(SensitiveType.class);

    static {
        BY_TYPE.put(SensitiveType.EMAIL, SecretSamples::email);
        BY_TYPE.put(SensitiveType.PHONE, SecretSamples::phone);
        BY_TYPE.put(SensitiveType.SSN, SecretSamples::ssn);
        BY_TYPE.put(SensitiveType.CREDIT_CARD, SecretSamples::card);
        BY_TYPE.put(SensitiveType.IBAN, SecretSamples::iban);
        BY_TYPE.put(SensitiveType.IP_ADDRESS, SecretSamples::ip);
        BY_TYPE.put(SensitiveType.JWT, SecretSamples::jwt);
        BY_TYPE.put(SensitiveType.AWS_ACCESS_KEY, r -> pick(r, "AKIA", "ASIA") + random(r, UPPER_DIGITS, 16));
        BY_TYPE.put(SensitiveType.GITHUB_TOKEN, r -> r.nextInt(5) == 0 ? "github_pat_" + random(r, ALNUM, 22) + "_"
                + random(r, ALNUM, 59) : pick(r, "ghp_", "gho_", "ghu_", "ghs_", "ghr_") + githubBody(random(r, ALNUM, 30)));
        BY_TYPE.put(SensitiveType.GITLAB_TOKEN, r -> pick(r, "glpat-", "gldt-", "glrt-") + random(r, B64URL, 20));
        BY_TYPE.put(SensitiveType.SLACK_TOKEN, r -> pick(r, "xoxb-", "xoxp-") + digits(r, 12) + "-" + digits(r, 12)
                + "-" + random(r, ALNUM, 24));
        BY_TYPE.put(SensitiveType.SLACK_WEBHOOK, r -> "https://hooks.slack.com/services/T" + random(r, UPPER_DIGITS, 8)
                + "/B" + random(r, UPPER_DIGITS, 10) + "/" + random(r, ALNUM, 24));
        BY_TYPE.put(SensitiveType.STRIPE_KEY, r -> r.nextInt(4) == 0 ? "whsec_" + random(r, ALNUM, 32 + r.nextInt(33))
                : pick(r, "sk_live_", "sk_test_", "rk_live_") + random(r, ALNUM, 24 + r.nextInt(76)));
        BY_TYPE.put(SensitiveType.GOOGLE_API_KEY, r -> "AIza" + random(r, B64URL, 35));
        BY_TYPE.put(SensitiveType.OPENAI_KEY, r -> r.nextBoolean() ? "sk-" + random(r, ALNUM, 20) + "T3BlbkFJ"
                + random(r, ALNUM, 20) : pick(r, "sk-proj-", "sk-svcacct-", "sk-admin-") + random(r, B64URL, 40 + r.nextInt(120)));
        BY_TYPE.put(SensitiveType.ANTHROPIC_KEY, r -> pick(r, "sk-ant-api03-", "sk-ant-admin01-") + random(r, B64URL, 93) + "AA");
        BY_TYPE.put(SensitiveType.SENDGRID_KEY, r -> "SG." + random(r, B64URL, 22) + "." + random(r, B64URL, 43));
        BY_TYPE.put(SensitiveType.NPM_TOKEN, r -> "npm_" + random(r, ALNUM, 36));
        BY_TYPE.put(SensitiveType.TWILIO_KEY, r -> "SK" + random(r, HEX, 32));
        BY_TYPE.put(SensitiveType.PRIVATE_KEY, r -> privateKey(r, "\n"));
        BY_TYPE.put(SensitiveType.BASIC_AUTH, r -> "Basic " + base64(pick(r, FIRST) + ":" + password(r)));
        BY_TYPE.put(SensitiveType.BEARER_TOKEN, r -> "Bearer " + random(r, B64URL, 24 + r.nextInt(40)));
        BY_TYPE.put(SensitiveType.URL_CREDENTIALS, r -> pick(r, "https", "postgresql", "redis", "amqp") + "://"
                + pick(r, FIRST) + ":" + password(r) + "@" + pick(r, "db.internal", "10.0.0.5", "cache") + ":" + (1000 + r.nextInt(9000)));
        BY_TYPE.put(SensitiveType.AWS_SECRET_KEY, r -> "aws_secret_access_key=" + random(r, ALNUM + "/+", 40));
        BY_TYPE.put(SensitiveType.SECRET, r -> pick(r, "password", "client_secret", "api_key", "access_token", "pwd",
                "x-api-key", "refresh_token", "clientSecret", "dbPassword") + "=" + password(r));
        BY_TYPE.put(SensitiveType.PII_FIELD, r -> pick(r, "first_name", "lastName", "dob", "passport_number", "cvv",
                "national_id", "taxId", "zip") + "=" + pick(r, "Okafor", "1984-03-12", "X1234567", "737", "AB123456C", "94107"));
    }

    private SecretSamples() {
    }

    /** A valid value of {@code type}. For key-driven types, the whole {@code key=value} text. */
    public static String of(SensitiveType type, Random r) {
        return BY_TYPE.get(type).apply(r);
    }

    /**
     * A GitHub token's body: {@code random} (30 chars) and its check digits, the CRC32 of those chars in
     * base 62 ({@code 0-9A-Za-z}), most significant first, 6 digits padded with {@code 0}.
     */
    public static String githubBody(String random) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(random.getBytes(StandardCharsets.US_ASCII));
        String digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        StringBuilder check = new StringBuilder();
        for (long v = crc.getValue(); v > 0; v /= 62) {
            check.insert(0, digits.charAt((int) (v % 62)));
        }
        while (check.length() < 6) {
            check.insert(0, '0');
        }
        return random + check;
    }

    /** The part of {@link #of} that must not survive redaction. */
    public static String secretPart(SensitiveType type, String sample) {
        switch (type) {
            case BASIC_AUTH:
            case BEARER_TOKEN:
                return sample.substring(sample.indexOf(' ') + 1);
            case URL_CREDENTIALS:
                return sample.substring(sample.indexOf("://") + 3, sample.lastIndexOf('@'));
            case SLACK_WEBHOOK:
                return sample.substring(sample.indexOf("hooks."));
            case AWS_SECRET_KEY:
            case SECRET:
            case PII_FIELD:
                return sample.substring(sample.indexOf('=') + 1);
            default:
                return sample;
        }
    }

    public static String email(Random r) {
        String local;
        switch (r.nextInt(4)) {
            case 0:
                local = pick(r, FIRST) + "." + pick(r, LAST);
                break;
            case 1:
                local = pick(r, FIRST) + "_" + pick(r, LAST) + "+" + pick(r, "news", "jira", "x1");
                break;
            case 2:
                local = pick(r, FIRST).charAt(0) + pick(r, LAST) + r.nextInt(100);
                break;
            default:
                local = pick(r, FIRST);
        }
        return local + "@" + pick(r, DOMAINS);
    }

    public static String phone(Random r) {
        switch (r.nextInt(10)) {
            case 6:
                return "+81 " + (7 + r.nextInt(3)) + "0-" + digits(r, 4) + "-" + digits(r, 4); // spaces and dashes mixed
            case 7:
                return "+7 9" + digits(r, 2) + " " + digits(r, 3) + "-" + digits(r, 2) + "-" + digits(r, 2);
            case 8:
                return "+55 " + (11 + r.nextInt(88)) + " 9" + digits(r, 4) + "-" + digits(r, 4);
            case 9:
                return "(0" + (1 + r.nextInt(9)) + digits(r, 1) + ") " + digits(r, 4) + " " + digits(r, 4);
            case 0:
                return "+" + (1 + r.nextInt(9)) + digits(r, 9 + r.nextInt(3));
            case 1:
                return "+1 (" + nxx(r) + ") " + nxx(r) + "-" + digits(r, 4);
            case 2:
                return "+44 20 " + digits(r, 4) + " " + digits(r, 4);
            case 3:
                return nxx(r) + "-" + nxx(r) + "-" + digits(r, 4);
            case 4:
                return "(" + nxx(r) + ") " + nxx(r) + "-" + digits(r, 4);
            default:
                return "0" + (1 + r.nextInt(9)) + digits(r, 1) + " " + digits(r, 4) + " " + digits(r, 4);
        }
    }

    private static String nxx(Random r) {
        return (2 + r.nextInt(8)) + digits(r, 2);
    }

    public static String ssn(Random r) {
        int area;
        do {
            area = 1 + r.nextInt(899);
        } while (area == 666);
        return String.format(Locale.ROOT, "%03d-%02d-%04d", area, 1 + r.nextInt(99), 1 + r.nextInt(9999));
    }

    /** A Luhn-valid card number of a real issuer, possibly grouped. */
    public static String card(Random r) {
        String[][] issuers = {{"4", "16"}, {"4", "13"}, {"51", "16"}, {"55", "16"}, {"2221", "16"}, {"2720", "16"},
            {"34", "15"}, {"37", "15"}, {"6011", "16"}, {"65", "16"}, {"3528", "16"}, {"36", "14"}, {"62", "19"}};
        String[] is = issuers[r.nextInt(issuers.length)];
        int len = Integer.parseInt(is[1]);
        String body = is[0] + digits(r, len - 1 - is[0].length());
        String pan = body + luhnCheckDigit(body);
        int[] groups = len == 13 ? new int[] {4, 3, 3, 3} : len == 14 ? new int[] {4, 6, 4}
                : len == 15 ? new int[] {4, 6, 5} : new int[] {4, 4, 4, 4, 3};
        switch (r.nextInt(3)) {
            case 0:
                return pan;
            case 1:
                return group(pan, groups, ' ');
            default:
                return group(pan, groups, '-');
        }
    }

    /** A card number whose check digit is wrong: an order number that must stay. */
    public static String luhnInvalidCard(Random r) {
        String valid = card(r).replaceAll("[ -]", "");
        char last = valid.charAt(valid.length() - 1);
        return valid.substring(0, valid.length() - 1) + (char) ('0' + (last - '0' + 1 + r.nextInt(9)) % 10);
    }

    public static int luhnCheckDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int d = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }

    private static String group(String digits, int[] sizes, char sep) {
        StringBuilder b = new StringBuilder();
        int pos = 0;
        for (int size : sizes) {
            if (pos >= digits.length()) {
                break;
            }
            if (pos > 0) {
                b.append(sep);
            }
            b.append(digits, pos, Math.min(digits.length(), pos + size));
            pos += size;
        }
        return b.toString();
    }

    /** A valid IBAN (check digits computed with mod 97), plain or grouped by four. */
    public static String iban(Random r) {
        String[][] countries = {{"DE", "22"}, {"GB", "22"}, {"FR", "27"}, {"NL", "18"}, {"ES", "24"}, {"IT", "27"},
            {"CH", "21"}, {"BE", "16"}, {"NO", "15"}, {"PL", "28"}};
        String[] c = countries[r.nextInt(countries.length)];
        String bban = digits(r, Integer.parseInt(c[1]) - 4);
        String iban = c[0] + ibanCheckDigits(c[0], bban) + bban;
        return r.nextBoolean() ? iban : group(iban, new int[] {4, 4, 4, 4, 4, 4, 4, 4}, ' ');
    }

    public static String ibanCheckDigits(String country, String bban) {
        String rearranged = bban + country + "00";
        int rem = 0;
        for (char ch : rearranged.toCharArray()) {
            String v = Character.isDigit(ch) ? String.valueOf(ch) : String.valueOf(ch - 'A' + 10);
            for (char d : v.toCharArray()) {
                rem = (rem * 10 + d - '0') % 97;
            }
        }
        return String.format(Locale.ROOT, "%02d", 98 - rem);
    }

    public static String ip(Random r) {
        switch (r.nextInt(4)) {
            case 0:
                return "2001:db8:" + Integer.toHexString(r.nextInt(65536)) + "::" + Integer.toHexString(1 + r.nextInt(65535));
            case 1:
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < 8; i++) {
                    b.append(i == 0 ? "fe80" : Integer.toHexString(r.nextInt(65536))).append(i < 7 ? ":" : "");
                }
                return b.toString();
            default:
                int first = 1 + r.nextInt(254);
                first = first == 127 ? 128 : first; // 127 is loopback, which identifies no one and stays
                return first + "." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
        }
    }

    public static String jwt(Random r) {
        String header = "{\"alg\":\"" + pick(r, "HS256", "RS256", "ES384") + "\",\"typ\":\"JWT\"}";
        String payload = "{\"sub\":\"" + digits(r, 10) + "\",\"name\":\"" + pick(r, FIRST) + "\",\"iat\":"
                + (1_600_000_000 + r.nextInt(100_000_000)) + "}";
        Base64.Encoder enc = Base64.getUrlEncoder().withoutPadding();
        return enc.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + enc.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + random(r, B64URL, 43);
    }

    /** A PEM private key block whose lines are joined by {@code newline} (a real one, or a literal \n). */
    public static String privateKey(Random r, String newline) {
        String label = pick(r, "RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY",
                "ENCRYPTED PRIVATE KEY");
        StringBuilder b = new StringBuilder("-----BEGIN ").append(label).append("-----");
        for (int i = 0; i < 3 + r.nextInt(5); i++) {
            b.append(newline).append(random(r, ALNUM + "+/", 64));
        }
        return b.append(newline).append("-----END ").append(label).append("-----").toString();
    }

    /**
     * An exception whose message, cause and suppressed exception each carry a secret (an e-mail address, a
     * GitHub token, a card number), which go into {@code secrets}: what a log call hands its appenders
     * when a failure quotes its input.
     */
    public static IllegalStateException failure(Random r, java.util.List<String> secrets) {
        String email = email(r);
        String token = of(SensitiveType.GITHUB_TOKEN, r);
        String card = card(r);
        secrets.add(email);
        secrets.add(token);
        secrets.add(card);
        IllegalStateException e = new IllegalStateException("no account for " + email, new RuntimeException("token " + token));
        e.addSuppressed(new IllegalArgumentException("card " + card));
        return e;
    }

    public static String password(Random r) {
        return random(r, ALNUM, 6 + r.nextInt(6)) + pick(r, "!", "#", "", "%", "@x", "9");
    }

    public static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An employee number of the README's example detector ({@code EMP-} and seven digits, the last the Luhn
     * check digit of the six before it), the check digit computed.
     */
    public static String employeeNumber(Random r) {
        String six = digits(r, 6);
        int sum = 0;
        for (int i = 0; i < 6; i++) { // from the right, the first digit left of the check digit is doubled
            int d = six.charAt(5 - i) - '0';
            sum += i % 2 == 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }
        return "EMP-" + six + (10 - sum % 10) % 10;
    }

    public static String digits(Random r, int n) {
        return random(r, "0123456789", n);
    }

    public static String random(Random r, String alphabet, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    @SafeVarargs
    public static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }
}
