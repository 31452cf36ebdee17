package dev.logredactor.core.testdata;

import dev.logredactor.core.SensitiveType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates parameterized messages as applications log them: templates of plain words, key names,
 * scheme words, punctuation and digits around {@code {}} slots, glued to their neighbours or apart, and
 * arguments of every kind (secrets of every type, their halves, words, numbers, quoted and bracketed
 * values, key-value pairs, names of several words, text with unbalanced quotes or line breaks). For the
 * differential tests of parameterized redaction, which compare it with redacting the formatted message.
 */
public final class ParameterizedMessages {
    private static final String[] WORDS = {"Order", "order", "placed", "by", "user", "User", "from", "to", "in", "shipped", "for",
        "login", "failed", "with", "card", "mail", "sent", "at", "and", "is", "the", "Payment", "accepted", "request", "took",
        "version", "Using", "retry", "on", "host", "id", "trace", "span", "name", "value", "key", "a", "x", "ms", "bytes"};
    private static final String[] CONTEXT = {"password", "passwd", "token", "secret", "api_key", "apiKey", "Bearer", "Basic",
        "Authorization:", "BY", "IDENTIFIED", "PASSWORD", "AUTH PLAIN", "version", "ssn", "phone", "tel", "first_name",
        "last_name:", "address", "cvv", "pin", "--password", "-p", "-Dpassword=", "sshpass", "htpasswd -b file bob", "storepass",
        "client secret", "API key", "x-api-key", "jdbc:postgresql://", "https://", "redis://:", "sqlplus", "GET", "WEST", "DE89"};
    private static final String[] GLUE = {"", " ", " ", " ", "  ", "=", ": ", ":", "=\"", "\"", "'", "(", ")", "[", "]", "{", "}",
        "<", ">", "@", ".", ",", ", ", "-", "+", "/", "://", "%3D", "\\\"", "\t", "\n", "&", "?", "#"};

    private ParameterizedMessages() {
    }

    /** A template: words, context words, glue and digits around 1 to 4 slots (sometimes none). */
    public static String template(Random r) {
        StringBuilder t = new StringBuilder();
        int slots = r.nextInt(8) == 0 ? 0 : 1 + r.nextInt(4);
        int parts = slots + 1 + r.nextInt(3);
        int placed = 0;
        for (int i = 0; i < parts; i++) {
            if (placed < slots && (parts - i <= slots - placed || r.nextInt(3) == 0)) {
                t.append(r.nextInt(4) == 0 ? SecretSamples.pick(r, GLUE) : " ").append("{}");
                placed++;
                t.append(r.nextInt(4) == 0 ? SecretSamples.pick(r, GLUE) : " ");
            } else {
                switch (r.nextInt(6)) {
                    case 0:
                        t.append(SecretSamples.pick(r, CONTEXT));
                        break;
                    case 1:
                        t.append(SecretSamples.digits(r, 1 + r.nextInt(5)));
                        break;
                    case 2:
                        t.append(SecretSamples.pick(r, GLUE));
                        break;
                    default:
                        t.append(SecretSamples.pick(r, WORDS));
                        break;
                }
                t.append(r.nextInt(3) == 0 ? "" : " ");
            }
        }
        return t.toString().trim();
    }

    /** An argument of any kind. */
    public static String argument(Random r) {
        SensitiveType[] types = SensitiveType.values();
        switch (r.nextInt(12)) {
            case 0:
            case 1:
            case 2:
                return SecretSamples.of(types[r.nextInt(types.length)], r).replace('\n', ' ');
            case 3: {
                String s = SecretSamples.of(types[r.nextInt(types.length)], r).replace('\n', ' ');
                return r.nextBoolean() ? s.substring(0, s.length() / 2) : s.substring(s.length() / 2);
            }
            case 4:
                return SecretSamples.pick(r, WORDS);
            case 5:
                return SecretSamples.digits(r, 1 + r.nextInt(r.nextInt(3) == 0 ? 19 : 6));
            case 6:
                return SecretSamples.pick(r, "\"", "'", "(", "[", "{", "<", "") + SecretSamples.password(r)
                        + SecretSamples.pick(r, "\"", "'", ")", "]", "}", ">", "");
            case 7:
                return SecretSamples.pick(r, CONTEXT) + SecretSamples.pick(r, "=", ": ", " ", "=\"") + SecretSamples.password(r);
            case 8:
                return SecretSamples.pick(r, "Maria Garcia", "SW1A 1AA", "John Q Public", "March 12, 1984", "garcia lopez");
            case 9:
                return SecretSamples.pick(r, "", "null", " ", "a b", "x\ny", "-1", "+", "1.5", "2024-05-09", "it's", "{}", "\\{}");
            case 10:
                return "{\"email\":\"" + SecretSamples.email(r) + "\",\"id\":" + r.nextInt(100) + "}";
            default:
                return SecretSamples.random(r, SecretSamples.ALNUM, 4 + r.nextInt(20));
        }
    }

    /** Arguments for the template's slots, as many as it has (a few more or fewer now and then). */
    public static String[] arguments(Random r, String template) {
        int slots = 0;
        for (int i = template.indexOf("{}"); i >= 0; i = template.indexOf("{}", i + 2)) {
            slots++;
        }
        List<String> args = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            args.add(argument(r));
        }
        return args.toArray(new String[0]);
    }

    /** The template with the arguments in its slots, as SLF4J's {@code MessageFormatter} formats it (no escapes here). */
    public static String format(String template, String[] args) {
        StringBuilder b = new StringBuilder();
        int from = 0;
        int a = 0;
        for (int i = template.indexOf("{}"); i >= 0 && a < args.length; i = template.indexOf("{}", from)) {
            b.append(template, from, i).append(args[a++]);
            from = i + 2;
        }
        return b.append(template, from, template.length()).toString();
    }
}
