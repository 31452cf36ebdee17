package dev.logredactor.core.internal.detect;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * The user and password of an Oracle logon, which Oracle writes {@code user/password@database} instead of
 * as a URL's user information: JDBC URLs of the thin and OCI drivers
 * ({@code jdbc:oracle:thin:scott/tiger@db:1521/ORCL}, {@code jdbc:oracle:oci:scott/tiger@db}) and SQL*Plus
 * command lines ({@code sqlplus -s scott/tiger@//db/svc}, {@code sqlplus "sys/pw as sysdba"}). User and
 * password go, as {@link SensitiveType#URL_CREDENTIALS}; the database stays. A logon with no user
 * ({@code thin:@db}, {@code sqlplus / as sysdba}) or no password ({@code sqlplus scott}) has nothing to
 * redact. Triggers: the {@code :} after {@code thin}, {@code oci} or {@code oci8}, and the word
 * {@code sqlplus}.
 */
final class OracleLogonDetector extends BuiltInDetector {
    /** The longest user or password looked at. */
    private static final int MAX_PART = 128;

    @Override
    protected String[] prefixes() {
        return new String[] {":", "sq", "SQ"};
    }

    @Override
    protected boolean mayFollow(int prev) {
        return prev == 'n' || prev == 'i' || prev == '8' || prev == 'N' || prev == 'I';
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        if (s.charAt(at) == ':') {
            boolean driver = endsWithIgnoreCase(s, at, from, "oracle:thin") || endsWithIgnoreCase(s, at, from, "oracle:oci")
                    || endsWithIgnoreCase(s, at, from, "oracle:oci8");
            return driver ? logon(s, at + 1, true, out) : null;
        }
        int n = s.length();
        if (!Chars.regionMatchesIgnoreCase(s, at, "sqlplus") || at + 7 >= n || s.charAt(at + 7) != ' ') {
            return null;
        }
        int i = at + 7;
        while (i < n && s.charAt(i) == ' ') {
            i++;
            if (i + 1 < n && s.charAt(i) == '-' && Chars.isLetter(s.charAt(i + 1))) {
                i = Chars.run(s, i + 1, Chars.WORD, 16); // -s, -L, -silent
            }
        }
        if (i < n && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
            i++;
        }
        return logon(s, i, false, out);
    }

    /** {@code user/password}, then {@code @}; for SQL*Plus also a space, a quote or the end. */
    private static Findings logon(CharSequence s, int start, boolean needsAt, Findings out) {
        int n = s.length();
        int slash = partEnd(s, start);
        if (slash == start || slash >= n || s.charAt(slash) != '/') {
            return null;
        }
        int end = partEnd(s, slash + 1);
        if (end == slash + 1 || needsAt && (end >= n || s.charAt(end) != '@')) {
            return null;
        }
        return emit(out, start, end, SensitiveType.URL_CREDENTIALS);
    }

    /** Where a user or password that starts at {@code i} ends: at {@code / @}, white space, a quote or a {@code ;}. */
    private static int partEnd(CharSequence s, int i) {
        int n = s.length();
        int max = Math.min(n, i + MAX_PART);
        while (i < max) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '/' || c == '@' || c == '"' || c == '\'' || c == ';') {
                return i;
            }
            i++;
        }
        return i;
    }

    private static boolean endsWithIgnoreCase(CharSequence s, int end, int from, String lowerWhat) {
        int start = end - lowerWhat.length();
        return start >= from && Chars.regionMatchesIgnoreCase(s, start, lowerWhat);
    }
}
