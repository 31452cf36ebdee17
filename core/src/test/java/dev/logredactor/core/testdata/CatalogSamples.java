package dev.logredactor.core.testdata;

import dev.logredactor.core.Catalog;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;

/**
 * Generates tokens of the catalog's rows: random bodies drawn from each row's classes and lengths (the
 * body syntax read here on its own, so a class the catalog gets wrong shows as a failure), GitHub's check
 * digits computed by {@link SecretSamples#githubBody}.
 */
public final class CatalogSamples {
    private static final String ALNUM = SecretSamples.ALNUM;

    private CatalogSamples() {
    }

    /** A valid token of {@code f}. */
    public static String token(Catalog.Format f, Random random) {
        return head(f, random) + validBody(f, random);
    }

    /**
     * What a token of {@code f} has before its body: the prefix, or for an anchored format a generated part
     * before its literal and the literal.
     */
    public static String head(Catalog.Format f, Random random) {
        if (f.before().isEmpty()) {
            return f.prefix();
        }
        List<Segment> before = parse(f.before());
        Segment last = before.get(before.size() - 1);
        return body(before, random, last.chars == null ? 0 : last.min + random.nextInt(last.max - last.min + 1)) + f.prefix();
    }

    /**
     * For an anchored format, a head whose part before the literal is one char shorter than the shortest
     * ({@code longer} false), or one letter or digit of its first class longer than the longest.
     */
    public static String headOutOfRange(Catalog.Format f, Random random, boolean longer) {
        List<Segment> before = parse(f.before());
        Segment last = before.get(before.size() - 1);
        if (last.chars == null || before.get(0).chars == null) {
            throw new IllegalArgumentException("the part before the literal starts or ends with a literal: " + f);
        }
        if (!longer) {
            return body(before, random, last.min - 1) + f.prefix();
        }
        String first = alnumOf(before.get(0).chars);
        return first.charAt(random.nextInt(first.length())) + body(before, random, last.max) + f.prefix();
    }

    /** A valid body of {@code f}: random chars of each class, a random length in its range, checks computed. */
    public static String validBody(Catalog.Format f, Random random) {
        List<Segment> body = parse(f.body());
        if (body.isEmpty()) {
            return ""; // an anchored token that ends with its literal
        }
        Segment last = body.get(body.size() - 1);
        for (int attempt = 0;; attempt++) {
            int len = last.chars == null ? 0 : last.min + random.nextInt(Math.min(last.max, last.min + 60) - last.min + 1);
            String b = body(body, random, len);
            if ("github-crc32".equals(f.check())) {
                b = SecretSamples.githubBody(b.substring(0, b.length() - 6));
            }
            if ("base64-digits".equals(f.check())) {
                b = idInBase64(f.prefix(), random) + b.substring(b.indexOf('.'));
            }
            if (entropy(b) >= f.minEntropy() + 0.1 || attempt > 100) {
                return b;
            }
        }
    }

    /**
     * The rest, after {@code prefix}, of the unpadded base64url of an id of 17 to 20 random digits whose encoding
     * starts with {@code prefix} (Discord's bot ids: {@code MT} for a first digit 1, {@code OT} for 9).
     */
    static String idInBase64(String prefix, Random random) {
        for (char first = '1'; first <= '9'; first++) {
            StringBuilder id = new StringBuilder().append(first);
            for (int i = 1, len = 17 + random.nextInt(4); i < len; i++) {
                id.append((char) ('0' + random.nextInt(10)));
            }
            String enc = Base64.getUrlEncoder().withoutPadding().encodeToString(
                    id.toString().getBytes(StandardCharsets.US_ASCII));
            if (enc.startsWith(prefix)) {
                return enc.substring(prefix.length());
            }
        }
        throw new IllegalArgumentException("no id in base64 starts with " + prefix);
    }

    /**
     * A body whose last class has {@code lastLength} chars, the last of them a letter or digit: a trailing
     * {@code .} or {@code /} reads as the end of a sentence or a path, and a letter or digit glues a char
     * too many to the token.
     */
    public static String body(List<Segment> body, Random random, int lastLength) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < body.size(); k++) {
            Segment s = body.get(k);
            if (s.chars == null) {
                b.append(s.literal);
                continue;
            }
            int len = k == body.size() - 1 ? lastLength : s.min + random.nextInt(s.max - s.min + 1);
            for (int i = 0; i < len; i++) {
                String from = s.chars;
                if (k == body.size() - 1 && i == len - 1) {
                    from = alnumOf(s.chars);
                }
                b.append(from.charAt(random.nextInt(from.length())));
            }
        }
        return b.toString();
    }

    /** The body with every class filled by one char of it. */
    public static String repeated(List<Segment> body) {
        StringBuilder b = new StringBuilder();
        for (Segment s : body) {
            b.append(s.chars == null ? s.literal : String.valueOf(alnumOf(s.chars).charAt(0)).repeat(s.min));
        }
        return b.toString();
    }

    private static String alnumOf(String chars) {
        StringBuilder b = new StringBuilder();
        for (char c : chars.toCharArray()) {
            if (ALNUM.indexOf(c) >= 0) {
                b.append(c);
            }
        }
        return b.toString();
    }

    public static double entropy(String s) {
        double bits = 0;
        for (char c : s.chars().distinct().mapToObj(c -> (char) c).toArray(Character[]::new)) {
            double p = (double) s.chars().filter(x -> x == c).count() / s.length();
            bits -= p * Math.log(p) / Math.log(2);
        }
        return bits;
    }

    /** One segment of a body: a literal, or the chars of a class and its length range. */
    public static final class Segment {
        public String literal;
        public String chars;
        public int min;
        public int max;
    }

    /** Reads the body syntax (README, "Token formats"), independently of the main code. */
    public static List<Segment> parse(String body) {
        List<Segment> out = new ArrayList<>();
        int i = 0;
        while (i < body.length()) {
            Segment s = new Segment();
            if (body.charAt(i) == '\'') {
                int close = body.indexOf('\'', i + 1);
                s.literal = body.substring(i + 1, close);
                i = close + 1;
            } else {
                int brace = body.indexOf('{', i);
                int close = body.indexOf('}', brace);
                s.chars = classChars(body.substring(i, brace));
                String[] range = body.substring(brace + 1, close).split(",");
                s.min = Integer.parseInt(range[0]);
                s.max = Integer.parseInt(range[range.length - 1]);
                i = close + 1;
            }
            out.add(s);
        }
        return out;
    }

    private static String classChars(String name) {
        String upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        String lower = "abcdefghijklmnopqrstuvwxyz";
        String digit = "0123456789";
        switch (name) {
            case "alnum": return upper + lower + digit;
            case "lalnum": return lower + digit;
            case "ualnum": return upper + digit;
            case "hex": return digit + "abcdef";
            case "HEX": return digit + "ABCDEF";
            case "xhex": return digit + "abcdefABCDEF";
            case "digit": return digit;
            case "upper": return upper;
            case "lower": return lower;
            case "alpha": return upper + lower;
            case "b64url": return upper + lower + digit + "_-";
            case "b64": return upper + lower + digit + "+/";
            case "b64p": return upper + lower + digit + "+/=";
            case "word": return upper + lower + digit + "_";
            case "dash": return upper + lower + digit + "-";
            case "dot": return upper + lower + digit + "_.-";
            case "path": return upper + lower + digit + "_/-";
            case "b32": return upper + "234567";
            case "bech32": return "023456789acdefghjklmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ";
            case "tilde": return upper + lower + digit + "_.~-";
            default: throw new IllegalArgumentException("unknown class " + name);
        }
    }
}
