package dev.logredactor.core.internal.keys;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;
import java.nio.charset.StandardCharsets;

/**
 * The initial response of an SMTP {@code AUTH} or IMAP {@code AUTHENTICATE} command in a mail protocol
 * log (a client's debug output, a server's session log): {@code AUTH PLAIN <base64>} carries the user
 * and the password, {@code AUTH XOAUTH2 <base64>} and {@code AUTH OAUTHBEARER <base64>} a bearer token.
 * The base64 goes when it decodes to what the mechanism sends: two NULs for PLAIN (RFC 4616), an
 * {@code auth=} field for the OAuth mechanisms (RFC 7628). Trigger: {@code AU} at the start of a word.
 */
public final class SaslAuthDetector extends BuiltInDetector {
    private static final String[] MECHANISMS = {"PLAIN ", "XOAUTH2 ", "OAUTHBEARER "};
    /** The longest initial response looked at; an OAuth one holds a token of a few KB at most. */
    private static final int MAX_RESPONSE = 16 * 1024;

    @Override
    protected String[] prefixes() {
        return new String[] {"AU"};
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        int i;
        if (Chars.regionMatches(s, at, "AUTH ")) {
            i = at + 5;
        } else if (Chars.regionMatches(s, at, "AUTHENTICATE ")) {
            i = at + 13;
        } else {
            return null;
        }
        for (int m = 0; m < MECHANISMS.length; m++) {
            String mechanism = MECHANISMS[m];
            if (Chars.regionMatches(s, i, mechanism)) {
                int start = i + mechanism.length();
                int end = base64End(s, start);
                if (end < s.length() && Chars.gluesToWord(s.charAt(end)) || !isResponse(s, start, end, m == 0)) {
                    return null;
                }
                return emit(out, start, end, SensitiveType.SECRET);
            }
        }
        return null;
    }

    /** End of standard base64 ({@code [A-Za-z0-9+/]+=*}) from {@code i}, or {@code i} when it is longer than any response. */
    private static int base64End(CharSequence s, int i) {
        int n = Math.min(s.length(), i + MAX_RESPONSE + 3);
        int j = i;
        while (j < n && (Chars.isAlnum(s.charAt(j)) || s.charAt(j) == '+' || s.charAt(j) == '/')) {
            j++;
        }
        while (j < n && (j - i) % 4 != 0 && s.charAt(j) == '=') {
            j++;
        }
        return j - i > MAX_RESPONSE ? i : j;
    }

    /** Whether {@code [start, end)} decodes to a PLAIN response ({@code plain}) or an OAuth one. */
    private static boolean isResponse(CharSequence s, int start, int end, boolean plain) {
        if (end - start < 8 || (end - start) % 4 != 0) {
            return false; // no decoding of what base64 cannot be, and no exception to throw and catch
        }
        byte[] raw = AuthHeaderDetector.decodeBase64(s, start, end);
        if (raw == null) {
            return false;
        }
        if (plain) {
            int nuls = 0;
            for (byte b : raw) {
                nuls += b == 0 ? 1 : 0;
            }
            return nuls == 2;
        }
        return new String(raw, StandardCharsets.ISO_8859_1).contains("auth=");
    }
}
