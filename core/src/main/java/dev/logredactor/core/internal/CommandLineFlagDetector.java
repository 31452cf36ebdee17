package dev.logredactor.core.internal;

/**
 * The argument of a sensitive command-line flag written with a space: {@code --password hunter2}, and
 * the password of {@code -u user:password} / {@code --user user:password} (curl).
 * ({@code --password=hunter2} and {@code -Dpassword=...} are separator syntax and go through
 * {@link KeyValueDetector}.) Trigger: {@code -} at the start of a flag.
 */
final class CommandLineFlagDetector extends Detector {
    private final SensitiveKeys keys;
    private final KeyedValue values;

    CommandLineFlagDetector(SensitiveKeys keys, KeyedValue values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    String[] prefixes() {
        return new String[] {"--", "-u"};
    }

    @Override
    Findings detect(CharSequence s, int at, int from, Findings out) {
        int n = s.length();
        if (at + 3 < n && s.charAt(at + 1) == 'u' && s.charAt(at + 2) == ' ' && (at == 0 || s.charAt(at - 1) == ' ')) {
            return userColonPassword(s, at + 3, out); // curl -u user:password
        }
        if (at + 2 >= n || s.charAt(at + 1) != '-' || !Chars.isLetter(s.charAt(at + 2))
                || at > 0 && Chars.is(s.charAt(at - 1), Chars.KEY)) {
            return null;
        }
        int keyStart = at + 2;
        int keyEnd = Chars.run(s, keyStart, Chars.KEY, 64);
        if (keyEnd + 1 >= n || s.charAt(keyEnd) != ' ' || s.charAt(keyEnd + 1) == '-') {
            return null;
        }
        if (keyEnd - keyStart == 4 && Chars.regionMatches(s, keyStart, "user")) {
            return userColonPassword(s, keyEnd + 1, out);
        }
        SensitiveKeys.Entry e = keys.lookup(s, keyEnd, keyStart);
        return e == null ? null : values.emit(s, keyEnd + 1, false, e, out);
    }

    /**
     * {@code -u admin:pw} and {@code --user admin:pw} (curl): the password after the colon goes. The user
     * has no whitespace: text up to a colon further on is not a user, and the scan must not skip it.
     */
    private Findings userColonPassword(CharSequence s, int i, Findings out) {
        int n = s.length();
        int quote = i < n && (s.charAt(i) == '\'' || s.charAt(i) == '"') ? s.charAt(i) : 0;
        int start = quote != 0 ? i + 1 : i;
        int end = quote != 0 ? KeyedValue.closingQuote(s, start, (char) quote, 0) : KeyedValue.unquotedEnd(s, start, false);
        int colon = start;
        while (colon < end && s.charAt(colon) != ':') {
            if (s.charAt(colon) <= ' ') {
                return null;
            }
            colon++;
        }
        if (colon + 1 >= end || colon == start) {
            return null;
        }
        return values.emitSecret(s, colon + 1, end, out);
    }
}
