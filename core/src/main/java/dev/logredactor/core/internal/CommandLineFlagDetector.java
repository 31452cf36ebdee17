package dev.logredactor.core.internal;

/**
 * The argument of a sensitive command-line flag written with a space: {@code --password hunter2}.
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
        return new String[] {"--"};
    }

    @Override
    Findings detect(CharSequence s, int at, int from, Findings out) {
        int n = s.length();
        if (at + 2 >= n || s.charAt(at + 1) != '-' || !Chars.isLetter(s.charAt(at + 2))
                || at > 0 && Chars.is(s.charAt(at - 1), Chars.KEY)) {
            return null;
        }
        int keyStart = at + 2;
        int keyEnd = Chars.run(s, keyStart, Chars.KEY, 64);
        if (keyEnd + 1 >= n || s.charAt(keyEnd) != ' ' || s.charAt(keyEnd + 1) == '-') {
            return null;
        }
        SensitiveKeys.Entry e = keys.lookup(s, keyEnd, keyStart);
        return e == null ? null : values.emit(s, keyEnd + 1, false, e, out);
    }
}
