package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * JSON Web Tokens: JWS ({@code header.payload.signature}) and JWE (five parts), base64url parts whose
 * header decodes to a JSON object naming {@code alg}, {@code enc} or {@code typ}. Trigger: {@code eyJ}
 * (the base64url of <code>{"</code>) at the start of a word.
 */
final class JwtDetector extends BuiltInDetector {
    private static final int MAX_HEADER = 1024;

    @Override
    protected String[] prefixes() {
        return new String[] {"ey"};
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        if (!Chars.regionMatches(s, at, "eyJ")) {
            return null;
        }
        int n = s.length();
        int[] dots = new int[4];
        int parts = 1;
        int i = Chars.run(s, at, Chars.B64URL, Integer.MAX_VALUE);
        int headerEnd = i;
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
