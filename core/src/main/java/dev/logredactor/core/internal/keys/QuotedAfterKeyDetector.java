package dev.logredactor.core.internal.keys;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * A quoted token after a credential named in prose and a space: {@code Using API key 'a1B2c3D4e5'},
 * {@code login with password "Tr0ub4dor&3" failed}, {@code refresh token 'x9…'}. The name may be two words
 * ({@link SensitiveKeys#lookupPhrase}). The token has no white space, at least 4 chars, and looks made: a digit,
 * an upper-case letter after its first char or a char that is no letter; or 16 chars or more. So prose
 * ({@code token 'expired'}, {@code password "must be set"}) stays. Trigger: a quote after a space.
 */
public final class QuotedAfterKeyDetector extends BuiltInDetector {
    /** The longest name looked at before the space. */
    private static final int MAX_NAME = 48;
    /** The longest token looked at between the quotes. */
    private static final int MAX_TOKEN = 512;

    private final SensitiveKeys keys;
    private final KeyedValue values;

    public QuotedAfterKeyDetector(SensitiveKeys keys, KeyedValue values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    protected String[] prefixes() {
        return new String[] {"'", "\""};
    }

    @Override
    protected boolean mayFollow(int prev) {
        return prev == ' ';
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        int nameEnd = at - 1;
        if (nameEnd - 1 < from || s.charAt(nameEnd) != ' ' || !Chars.isAlnum(s.charAt(nameEnd - 1))) {
            return null;
        }
        SensitiveKeys.Entry e = keys.lookupPhrase(s, nameEnd, Math.max(from, nameEnd - MAX_NAME));
        if (e == null || e.type != SensitiveType.SECRET
                || e.kind != SensitiveKeys.Kind.PLAIN && e.kind != SensitiveKeys.Kind.SESSION) {
            return null;
        }
        char quote = s.charAt(at);
        int start = at + 1;
        int n = Math.min(s.length(), start + MAX_TOKEN);
        int end = start;
        while (end < n && s.charAt(end) > ' ' && (s.charAt(end) != quote || end + 1 < n && s.charAt(end + 1) == quote)) {
            end += s.charAt(end) == quote ? 2 : 1; // a quote doubled inside, as SQL writes it, goes on
        }
        if (end >= n || s.charAt(end) != quote || end - start < 4 || !looksMade(s, start, end)) {
            return null;
        }
        return values.emitSecret(s, start, end, out);
    }

    /** Whether {@code [start, end)} has a digit, an upper-case letter after its first char or a char that is no letter, or 16 chars. */
    private static boolean looksMade(CharSequence s, int start, int end) {
        if (end - start >= 16) {
            return true;
        }
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!Chars.isLetter(c) || i > start && Chars.isUpper(c)) {
                return true;
            }
        }
        return false;
    }
}
