package dev.logredactor.core.internal.keys;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Credentials after the HTTP authentication schemes {@code Basic} and {@code Bearer}, wherever they
 * stand (header lines, curl commands, JSON). The scheme word stays. A Basic credential must decode to
 * {@code user:password}; a Bearer token must be at least 8 chars and not a plain word, so prose like
 * "Bearer token expired" stays. Trigger: {@code B} or {@code b} at the start of a word.
 */
public final class AuthHeaderDetector extends BuiltInDetector {
    private final boolean basic;
    private final boolean bearer;

    public AuthHeaderDetector(boolean basic, boolean bearer) {
        this.basic = basic;
        this.bearer = bearer;
    }

    @Override
    protected String[] prefixes() {
        return new String[] {"Be", "BE", "be", "Ba", "BA", "ba"};
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        int schemeEnd = schemeEnd(s, at, s.length());
        if (schemeEnd < 0) {
            return null;
        }
        boolean isBasic = schemeEnd - at == 5;
        if (isBasic ? !basic : !bearer) {
            return null;
        }
        int ts = ValueEnds.skipSpaces(s, schemeEnd);
        int te = isBasic ? base64End(s, ts) : token68End(s, ts);
        while (te > ts && s.charAt(te - 1) == '.') {
            te--;
        }
        if (te < s.length() && (Chars.gluesToWord(s.charAt(te)) || te > ts && s.charAt(te - 1) == '=' && valueGoesOn(s, te))) {
            return null; // a longer word, or key=value (Bearer api_key=/x...): the key's value is found by its key
        }
        if (isBasic) {
            return isBasicCredential(s, ts, te) ? emit(out, ts, te, SensitiveType.BASIC_AUTH) : null;
        }
        return isBearerToken(s, ts, te) ? emit(out, ts, te, SensitiveType.BEARER_TOKEN) : null;
    }

    /** Whether a token68 char other than a letter or digit, not a sentence's full stop, follows {@code =} at {@code e}. */
    private static boolean valueGoesOn(CharSequence s, int e) {
        char c = s.charAt(e);
        return c == '+' || c == '/' || c == '-' || c == '_' || c == '~'
                || c == '.' && e + 1 < s.length() && Chars.isAlnum(s.charAt(e + 1));
    }

    /**
     * Where the scheme word ends when {@code Basic } or {@code Bearer } (any case, with its space) starts at
     * {@code i} and ends by {@code end}: {@code i + 5} for Basic, {@code i + 6} for Bearer; otherwise -1.
     */
    static int schemeEnd(CharSequence s, int i, int end) {
        if (i + 7 <= end && Chars.regionMatchesIgnoreCase(s, i, "bearer ")) {
            return i + 6;
        }
        return i + 6 <= end && Chars.regionMatchesIgnoreCase(s, i, "basic ") ? i + 5 : -1;
    }

    /** End of an RFC 7235 token68: {@code [A-Za-z0-9-._~+/]+=*}. */
    private static int token68End(CharSequence s, int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (!(Chars.isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/')) {
                break;
            }
            i++;
        }
        while (i < n && s.charAt(i) == '=') {
            i++;
        }
        return i;
    }

    /** End of standard base64: {@code [A-Za-z0-9+/]+=*}. */
    private static int base64End(CharSequence s, int i) {
        int n = s.length();
        while (i < n && (Chars.isAlnum(s.charAt(i)) || s.charAt(i) == '+' || s.charAt(i) == '/')) {
            i++;
        }
        while (i < n && s.charAt(i) == '=') {
            i++;
        }
        return i;
    }

    /**
     * The bytes that the standard base64 {@code [start, end)} stands for, or {@code null} when it is none. Callers
     * first rule out the lengths they do not take, so that most non-base64 text throws nothing here.
     */
    static byte[] decodeBase64(CharSequence s, int start, int end) {
        try {
            return Base64.getDecoder().decode(s.subSequence(start, end).toString());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isBasicCredential(CharSequence s, int start, int end) {
        if (end - start < 4 || end - start > 1024 || (end - start) % 4 == 1) {
            return false; // a length base64 never has: no decoding, and no exception to throw and catch
        }
        byte[] raw = decodeBase64(s, start, end);
        if (raw == null) {
            return false;
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        int colon = text.indexOf(':');
        if (colon < 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i)) || text.charAt(i) == '\uFFFD') {
                return false;
            }
        }
        return true;
    }

    private static boolean isBearerToken(CharSequence s, int start, int end) {
        if (end - start < 8) {
            return false;
        }
        boolean letters = true;
        for (int i = start + 1; i < end && letters; i++) {
            letters = Chars.isLower(s.charAt(i));
        }
        return !(letters && Chars.isLetter(s.charAt(start)));
    }
}
