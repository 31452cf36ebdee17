package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * JSON Web Tokens: JWS ({@code header.payload.signature}) and JWE (five parts), base64url parts whose
 * header decodes to a JSON object naming {@code alg}, {@code enc} or {@code typ}, also with URL-encoded dots
 * and encoded once more in standard base64. Trigger: {@code eyJ} (the base64url of <code>{"</code>) or {@code ZXlK} (the base64 of
 * {@code eyJ}) at the start of a word.
 */
final class JwtDetector extends BuiltInDetector {
    private static final int MAX_HEADER = 1024;

    /** The base64 of {@code eyJ}: a JWT encoded once more, as a cookie or a config value may hold one. */
    private static final String ENCODED = "ZXlK";
    /** The longest base64-encoded JWT looked at. */
    private static final int MAX_ENCODED = 4096;
    /** The base64 chars of the start of an encoded JWT decoded first: they must decode to base64url chars. */
    private static final int QUICK = 24;

    @Override
    protected String[] prefixes() {
        return new String[] {"ey", "ZX"};
    }

    private static final boolean[] AFTER_EY = thirdChars("J", false);
    private static final boolean[] AFTER_ZX = thirdChars("l", false);

    @Override
    protected boolean[] thirdChars(String prefix) {
        return "ZX".equals(prefix) ? AFTER_ZX : AFTER_EY;
    }

    @Override
    protected long wordLengths(String prefix) {
        return "ZX".equals(prefix) ? lengths(ENCODED.length(), Integer.MAX_VALUE) : -1L;
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        if (s.charAt(at) == 'Z') {
            return encoded(s, at, out);
        }
        if (!Chars.regionMatches(s, at, "eyJ")) {
            return null;
        }
        int n = s.length();
        int[] dots = new int[4];
        int parts = 1;
        int i = Chars.run(s, at, Chars.B64URL, Integer.MAX_VALUE);
        int headerEnd = i;
        if (Chars.regionMatches(s, i, "%2E") || Chars.regionMatches(s, i, "%2e")) {
            return percentEncoded(s, at, headerEnd, out);
        }
        while (i < n && s.charAt(i) == '.' && parts < 5
                && (i + 1 < n && Chars.is(s.charAt(i + 1), Chars.B64URL) || parts == 2)) {
            dots[parts - 1] = i;
            parts++;
            i = Chars.run(s, i + 1, Chars.B64URL, Integer.MAX_VALUE);
        }
        if (parts != 3 && parts != 5 || i + 1 < n && s.charAt(i) == '.' && Chars.is(s.charAt(i + 1), Chars.B64URL)
                || i < n && Chars.gluesToWord(s.charAt(i))) {
            return null;
        }
        if (headerEnd - at < 10 || headerEnd - at > MAX_HEADER || parts == 3 && dots[1] - dots[0] < 3) {
            return null;
        }
        return isJoseHeader(s, at, headerEnd) ? emit(out, at, i, SensitiveType.JWT) : null;
    }

    /**
     * A JWT whose dots are URL-encoded ({@code eyJ...%2EeyJ...%2E...}, as a query parameter or a form
     * body carries one): the same parts as a plain one, each dot written {@code %2E}.
     */
    private static Findings percentEncoded(CharSequence s, int at, int headerEnd, Findings out) {
        int n = s.length();
        int parts = 1;
        int payload = 0;
        int i = headerEnd;
        while (parts < 5 && (Chars.regionMatches(s, i, "%2E") || Chars.regionMatches(s, i, "%2e"))) {
            int e = Chars.run(s, i + 3, Chars.B64URL, Integer.MAX_VALUE);
            if (e == i + 3 && parts != 2) {
                break; // only a JWE's encrypted key may be empty
            }
            if (parts == 1) {
                payload = e - i - 3;
            }
            parts++;
            i = e;
        }
        if (parts != 3 && parts != 5 || i < n && (Chars.gluesToWord(s.charAt(i)) || s.charAt(i) == '%' && Chars.regionMatches(s, i, "%2E"))
                || headerEnd - at < 10 || headerEnd - at > MAX_HEADER || parts == 3 && payload < 2) {
            return null;
        }
        return isJoseHeader(s, at, headerEnd) ? emit(out, at, i, SensitiveType.JWT) : null;
    }

    /**
     * A JWT in standard base64 ({@code ZXlKaGJHY2lPaUpJVXpJ...}): the run of base64 chars from {@code at},
     * nothing glued after it, that decodes to a text a JWT starts (a JOSE header and its parts) goes whole.
     */
    private Findings encoded(CharSequence s, int at, Findings out) {
        if (!Chars.regionMatches(s, at, ENCODED) || at > 0 && (s.charAt(at - 1) == '+' || s.charAt(at - 1) == '/')) {
            return null; // after + or / it is the middle of a base64 run, not the start of an encoded JWT
        }
        int n = s.length();
        if (!decodesToBase64url(s, at, Math.min(n, at + QUICK))) {
            return null; // a run such as ZXlK+ZXlK+... starts no JWT: stop before reading it to its end
        }
        int e = at;
        while (e < n && e - at <= MAX_ENCODED && (Chars.isAlnum(s.charAt(e)) || s.charAt(e) == '+' || s.charAt(e) == '/')) {
            e++;
        }
        int data = e;
        while (e < n && e - data < 2 && s.charAt(e) == '=') {
            e++;
        }
        if (data - at < 40 || data - at > MAX_ENCODED || e < n && Chars.gluesToWord(s.charAt(e))) {
            return null;
        }
        int usable = data - (data - at) % 4; // whole quads; a cut-off encoding still shows its header
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(s.subSequence(at, usable).toString());
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
        String decoded = new String(raw, StandardCharsets.ISO_8859_1);
        Findings inner = detect(decoded, 0, 0, null);
        return inner != null && inner.start(0) == 0 ? emit(out, at, e, SensitiveType.JWT) : null;
    }

    /**
     * Whether the standard base64 in {@code [start, end)}, its whole quads, decodes to base64url chars and
     * dots only, as a JWT's first bytes do; no allocation.
     */
    private static boolean decodesToBase64url(CharSequence s, int start, int end) {
        int quads = (end - start) / 4;
        if (quads < 2) {
            return false;
        }
        for (int q = 0; q < quads; q++) {
            int v = 0;
            for (int k = 0; k < 4; k++) {
                int d = Chars.base64Value(s.charAt(start + q * 4 + k), false);
                if (d < 0) {
                    return false;
                }
                v = v << 6 | d;
            }
            for (int b = 2; b >= 0; b--) {
                char c = (char) (v >>> 8 * b & 0xff);
                if (!Chars.is(c, Chars.B64URL) && c != '.') {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean isJoseHeader(CharSequence s, int start, int end) {
        int len = end - start;
        if (len % 4 == 1) {
            return false;
        }
        byte[] json;
        try {
            json = Base64.getUrlDecoder().decode(s.subSequence(start, end).toString());
        } catch (IllegalArgumentException e) {
            return false;
        }
        String h = new String(json, StandardCharsets.ISO_8859_1);
        return h.startsWith("{") && (h.contains("\"alg\"") || h.contains("\"enc\"") || h.contains("\"typ\""));
    }
}
