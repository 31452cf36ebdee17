package dev.logredactor.core.testdata;

import java.util.Random;

/**
 * Text built to make a scanner work hard: long runs of the chars and prefixes that start detectors,
 * unterminated structures, deep nesting, broken Unicode. Shared by the hostile-input tests of the core
 * and the CLI and by the benchmarks that show time linear in size. Deterministic for a given seed.
 */
public final class HostileText {
    /** The kinds of hostile text. */
    public enum Kind {
        AT_RUN, DIGIT_RUN, EQUALS_RUN, COLON_RUN, BASE64_RUN, EYJ_RUN, PERCENT40_RUN, UNTERMINATED_PEM, EMAIL_LIKE_RUN,
        DOTTED_NUMBER_RUN, KEY_VALUE_RUN, NESTED_JSON, ESCAPED_JSON_RUN, SURROGATES_AND_CONTROLS, URL_CREDENTIALS_RUN,
        BEARER_RUN,
        /** Keys in one long token whose values are dropped: each key once looked for the token's end. */
        UNTAKEN_VALUE_RUN,
        /**
         * Authorization headers, HTML-quoted and XML values (CDATA too), Oracle's quoted passwords on one line:
         * each once looked for the line's end, or could.
         */
        LINE_END_RUN,
        /** Catalog tokens glued by {@code _} to identifiers, one after another: the glued pass after the scan. */
        GLUED_TOKEN_RUN,
        /** {@code ZXlK} (the base64 of {@code eyJ}) again and again, joined by base64's {@code +} and {@code /}. */
        ENCODED_JWT_RUN,
        /**
         * Token prefixes whose chars their own body class holds ({@code sl.}, {@code hvb.}, {@code IQoJb3JpZ2luX2Vj+}), and
         * the literals of anchored rows ({@code :AA}, {@code NRAL}).
         */
        TOKEN_PREFIX_RUN
    }

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private HostileText() {
    }

    /** A single line (no line break) of {@code kind}, exactly {@code length} chars long. */
    public static String of(Kind kind, int length, Random r) {
        StringBuilder b = new StringBuilder(length + 64);
        while (b.length() < length) {
            appendUnit(kind, b, r);
        }
        b.setLength(length);
        if (Character.isHighSurrogate(b.charAt(length - 1)) && kind != Kind.SURROGATES_AND_CONTROLS) {
            b.setCharAt(length - 1, 'x');
        }
        return b.toString();
    }

    private static void appendUnit(Kind kind, StringBuilder b, Random r) {
        switch (kind) {
            case AT_RUN:
                b.append('@');
                break;
            case DIGIT_RUN:
                b.append(SecretSamples.digits(r, 64));
                break;
            case EQUALS_RUN:
                b.append('=');
                break;
            case COLON_RUN:
                b.append(':');
                break;
            case BASE64_RUN:
                b.append(SecretSamples.random(r, BASE64, 64));
                break;
            case EYJ_RUN:
                b.append("eyJ");
                break;
            case PERCENT40_RUN:
                b.append("%40");
                break;
            case UNTERMINATED_PEM:
                b.append("-----BEGIN PRIVATE KEY----- ").append(SecretSamples.random(r, BASE64, 40)).append(' ');
                break;
            case EMAIL_LIKE_RUN:
                b.append("a@b.");
                break;
            case DOTTED_NUMBER_RUN:
                b.append("1.2.");
                break;
            case KEY_VALUE_RUN:
                b.append(SecretSamples.pick(r, "password=", "token: ", "\"secret\":", "--api-key ", "-Dpassword="));
                break;
            case NESTED_JSON:
                b.append(SecretSamples.pick(r, "{\"password\":", "[{\"a\":", "{\"user\":{\"email\":", "[["));
                break;
            case ESCAPED_JSON_RUN:
                b.append(SecretSamples.pick(r, "{\\\"password\\\":\\\"", "\\\\\\\"", "\\\"token\\\":"));
                break;
            case SURROGATES_AND_CONTROLS:
                appendBrokenUnicode(b, r);
                break;
            case URL_CREDENTIALS_RUN:
                b.append(SecretSamples.pick(r, "https://u:", "ftp://", "://@", "http://a:b@"));
                break;
            case BEARER_RUN:
                b.append(SecretSamples.pick(r, "Bearer ", "Authorization: Basic ", "Bearer eyJ"));
                break;
            case UNTAKEN_VALUE_RUN:
                b.append(SecretSamples.pick(r, "phone=", "password=[REDACTED", "secret=Foo{", "token=Foo[", "token=[\"a",
                        "pwd=[a, ", "pwd={a b "));
                break;
            case GLUED_TOKEN_RUN:
                b.append(SecretSamples.pick(r, "x_AKIA", "id_ghp_", "a_github_pat_", "b_xoxb-", "c_sk-ant-"))
                        .append(SecretSamples.random(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 16 + r.nextInt(3)))
                        .append(r.nextBoolean() ? " " : "_");
                break;
            case ENCODED_JWT_RUN:
                b.append("ZXlK").append(SecretSamples.pick(r, "+", "/", "aGJHY2lPaUpJVXpJMU5pSjk", ""))
                        .append(r.nextInt(4) == 0 ? "+" : "");
                break;
            case TOKEN_PREFIX_RUN:
                b.append(SecretSamples.pick(r, "sl.", "hvb.", "IQoJb3JpZ2luX2Vj+", "glpat-", "sk-", "xoxb-", "dp.st.", "12345678:AA",
                        "0123456789abcdef0123456789abcdef-us", "aB3Q~", "0123456789abcd.atlasv1.", "NRAL", "0123456789"));
                break;
            default:
                b.append(SecretSamples.pick(r, "Authorization: ", "&quot;password&quot;:&quot;", "<password>a",
                        "<entry key=\"password\">", "<password><![CDATA[${x}", "USER a IDENTIFIED BY \"${x} "));
        }
    }

    /** Unpaired surrogates both ways, NUL and other controls, a valid pair, around trigger chars. */
    private static void appendBrokenUnicode(StringBuilder b, Random r) {
        switch (r.nextInt(6)) {
            case 0:
                b.append('\ud83d'); // a high surrogate on its own
                break;
            case 1:
                b.append('\ude00'); // a low surrogate on its own
                break;
            case 2:
                b.append('\u0000');
                break;
            case 3:
                b.append((char) r.nextInt(32));
                break;
            case 4:
                b.append("\ud83d\ude00"); // a valid pair
                break;
            default:
                b.append(SecretSamples.pick(r, "@", "=", ":", "4", "eyJ", "a@"));
        }
    }
}
