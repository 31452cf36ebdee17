package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * The user information of a URL that carries a password: {@code scheme://user:password@host}
 * ({@code jdbc:postgresql://app:s3cret@db:5432/x}, {@code redis://:pw@cache}). User and password go,
 * scheme and host stay. A raw {@code #} in the password (it should be encoded) does not end it.
 * Trigger: the {@code :} of {@code ://}.
 */
final class UrlCredentialsDetector extends BuiltInDetector {
    @Override
    protected String[] prefixes() {
        return new String[] {":/"};
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        if (!Chars.regionMatches(s, at, "://") || at == 0 || !Chars.isAlnum(s.charAt(at - 1))) {
            return null;
        }
        int start = at + 3;
        int n = s.length();
        int i = start;
        int lastAt = -1;
        int colon = -1;
        while (i < n && i - start < 512) {
            char c = s.charAt(i);
            if (c == '/' || c == '?' || c <= ' ' || c == '"' || c == '\'' || c == '<' || c == '>'
                    || c == '\\') {
                break;
            }
            if (c == '@') {
                lastAt = i;
            } else if (c == ':' && colon < 0 && lastAt < 0) {
                colon = i;
            }
            i++;
        }
        if (lastAt < 0 || colon < 0 || colon > lastAt || lastAt + 1 >= i) {
            return null;
        }
        return emit(out, start, lastAt, SensitiveType.URL_CREDENTIALS);
    }
}
