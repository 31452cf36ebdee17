package dev.logredactor.core.internal.catalog;

import dev.logredactor.core.internal.scan.Chars;
import java.util.zip.CRC32;

/**
 * One row of the token catalog: a type, the vendor, the literal a token starts with, what follows it
 * ({@link TokenBody}), a check where the vendor documents one, a minimum entropy and where the format is
 * documented. Immutable.
 */
public final class TokenFormat {
    /** The checks a row may name. */
    public enum Check {
        /** None beyond prefix, alphabet and length. */
        NONE("none"),
        /**
         * GitHub's: the body's last 6 chars are the CRC32 of the 30 before them, in base 62 ({@code 0-9A-Za-z}),
         * most significant digit first, padded with {@code 0}.
         */
        GITHUB_CRC32("github-crc32"),
        /**
         * Discord's: the token's first part, up to its first {@code .} and prefix included, is the unpadded
         * base64url of the bot's id, 17 to 20 ASCII digits.
         */
        BASE64_DIGITS("base64-digits");

        private final String id;

        Check(String id) {
            this.id = id;
        }

        /** The name the catalog uses. */
        public String id() {
            return id;
        }

        static Check parse(String id) {
            for (Check c : values()) {
                if (c.id.equals(id)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("unknown check '" + id + "'");
        }
    }

    /** The chars of a body the entropy is measured on: enough to tell a random body, bounded for hostile text. */
    private static final int ENTROPY_SPAN = 128;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final String type;
    private final String vendor;
    /** The literal the token starts with or, for an anchored row, the literal after {@link #before}. */
    private final String prefix;
    /** For an anchored row, what comes before the literal (one length, or one class of word chars); {@code null} for a prefix row. */
    private final TokenBody before;
    private final TokenBody body;
    private final Check check;
    private final double entropy;
    private final String source;

    TokenFormat(String type, String vendor, String prefix, TokenBody before, TokenBody body, Check check, double entropy,
            String source) {
        this.type = type;
        this.vendor = vendor;
        this.prefix = prefix;
        this.before = before;
        this.body = body;
        this.check = check;
        this.entropy = entropy;
        this.source = source;
    }

    public String type() {
        return type;
    }

    public String vendor() {
        return vendor;
    }

    public String prefix() {
        return prefix;
    }

    public TokenBody body() {
        return body;
    }

    /** What comes before the literal of an anchored row ({@code alnum{14}} before {@code .atlasv1.}), or {@code null}. */
    public TokenBody before() {
        return before;
    }

    /**
     * For an anchored row, where its token starts when its literal stands at {@code literal}: the part before
     * it, at a word's start; -1 when there is none. A part of one length is read forward from where it must
     * start; one class of a length range ({@code digit{8,10}}, word chars only) backward from the literal.
     */
    public int startBefore(CharSequence s, int literal) {
        int fixed = before.fixedLength();
        if (fixed < 0) {
            int start = literal;
            while (start > 0 && literal - start < before.max(0) && before.holds(0, s.charAt(start - 1))) {
                start--;
            }
            return literal - start < before.min(0) || start > 0 && Chars.gluesToWord(s.charAt(start - 1)) ? -1 : start;
        }
        int start = literal - fixed;
        if (start < 0 || start > 0 && Chars.gluesToWord(s.charAt(start - 1)) || before.end(s, start) != literal) {
            return -1;
        }
        return start;
    }

    public Check check() {
        return check;
    }

    /** The minimum Shannon entropy of the body, in bits per char; 0 for none. */
    public double entropy() {
        return entropy;
    }

    public String source() {
        return source;
    }

    /**
     * Where the token of this format that starts at {@code at} ends, or -1: the prefix (for an anchored row,
     * the part before its literal and the literal), a body, then no char that glues to a word, the check and
     * the entropy. The caller has matched nothing yet.
     */
    public int end(CharSequence s, int at) {
        int p = before == null ? at : before.end(s, at);
        if (p < 0 || !Chars.regionMatches(s, p, prefix)) {
            return -1;
        }
        int b = p + prefix.length();
        int e = body.end(s, b);
        if (e < 0 || e < s.length() && Chars.gluesToWord(s.charAt(e))) {
            return -1;
        }
        if (check == Check.GITHUB_CRC32 && !githubCrc32(s, b, e) || check == Check.BASE64_DIGITS && !base64Digits(s, at, e)) {
            return -1;
        }
        return entropy > 0 && Chars.entropy(s, b, Math.min(e, b + ENTROPY_SPAN)) < entropy ? -1 : e;
    }

    /** Whether the token at {@code [at, e)} up to its first {@code .} is base64url of 17-20 ASCII digits ({@link Check#BASE64_DIGITS}). */
    static boolean base64Digits(CharSequence s, int at, int e) {
        int dot = at;
        while (dot < e && s.charAt(dot) != '.') {
            dot++;
        }
        int len = dot - at;
        int bytes = len * 3 / 4;
        if (len % 4 == 1 || bytes < 17 || bytes > 20) {
            return false;
        }
        int bits = 0;
        int held = 0;
        for (int i = at; i < dot; i++) {
            int v = Chars.base64Value(s.charAt(i), true);
            if (v < 0) {
                return false;
            }
            bits = bits << 6 | v;
            held += 6;
            if (held >= 8) {
                held -= 8;
                int b = bits >>> held & 0xff;
                if (b < '0' || b > '9') {
                    return false;
                }
            }
        }
        return (bits & (1 << held) - 1) == 0; // the bits left over are zero in a canonical encoding
    }

    /** GitHub's check digits ({@link Check#GITHUB_CRC32}) of the body {@code [b, e)}. */
    static boolean githubCrc32(CharSequence s, int b, int e) {
        if (e - b < 7) {
            return false;
        }
        CRC32 crc = new CRC32();
        for (int i = b; i < e - 6; i++) {
            crc.update(s.charAt(i));
        }
        long v = crc.getValue();
        for (int i = e - 1; i >= e - 6; i--) {
            if (s.charAt(i) != BASE62.charAt((int) (v % 62))) {
                return false;
            }
            v /= 62;
        }
        return v == 0;
    }

    /** The whole format as the catalog and the listings write it: {@code ghp_alnum{36}}, {@code alnum{14}'.atlasv1.'b64url{60,70}}. */
    public String pattern() {
        return before == null ? prefix + body : before + "'" + prefix + "'" + body;
    }

    @Override
    public String toString() {
        return type + " " + pattern();
    }
}
