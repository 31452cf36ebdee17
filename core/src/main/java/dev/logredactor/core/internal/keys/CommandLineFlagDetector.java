package dev.logredactor.core.internal.keys;

import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * The argument of a sensitive command-line flag written with a space: {@code --password hunter2} (or as the
 * next element of a Java or JSON list of arguments: {@code [--password, hunter2]}, {@code ["--password","hunter2"]}),
 * {@code -storepass hunter2} (a single dash after white space: keytool, Go), OpenSSL's
 * {@code -passin pass:hunter2} (not {@code env:}, {@code file:}, {@code fd:} or {@code stdin}), and the
 * password of {@code -u user:password} / {@code --user user:password} (curl).
 * The password flags of a few commands, {@code -p}, {@code -a}, {@code -w}, {@code -k} and {@code -K} (see
 * {@link #shortPasswordFlag}), and the password argument of htpasswd's batch mode ({@link #htpasswdBatch}).
 * ({@code --password=hunter2} and {@code -Dpassword=...} are separator syntax and go through
 * {@link KeyValueDetector}.) Trigger: {@code -} and a letter or {@code -} at the start of a flag.
 */
public final class CommandLineFlagDetector extends BuiltInDetector {
    private static final String[] OPENSSL_PASS_FLAGS = {"pass", "passin", "passout", "password"};
    /** Commands whose {@code -p} takes the password glued to it: the MySQL clients, sshpass. */
    private static final String[] GLUED_P_COMMANDS = {"mysql", "mysqldump", "mysqladmin", "mysqlimport", "mysqlshow",
        "mysqlcheck", "mysqlpump", "mysqlsh", "mariadb", "sshpass"};
    /** Commands whose {@code -p} takes the password after a space: registry logins, sshpass. */
    private static final String[] SPACED_P_COMMANDS = {"login", "sshpass"};
    /** Commands whose {@code -a} takes the password after a space. */
    private static final String[] A_COMMANDS = {"redis-cli"};
    /** Commands whose {@code -k} takes a password and {@code -K} a raw key after a space: {@code openssl enc}. */
    private static final String[] K_COMMANDS = {"openssl"};
    /** Commands whose {@code -w} takes the bind password after a space: the OpenLDAP clients. */
    private static final String[] W_COMMANDS = {"ldapsearch", "ldapmodify", "ldapadd", "ldapdelete", "ldapwhoami", "ldappasswd",
        "ldapcompare", "ldapmodrdn", "ldapexop"};
    /** How far back on its line a flag looks for the command it belongs to. */
    private static final int MAX_COMMAND_DISTANCE = 256;

    private final SensitiveKeys keys;
    private final KeyedValue values;

    public CommandLineFlagDetector(SensitiveKeys keys, KeyedValue values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    protected String[] prefixes() {
        String[] p = new String[53];
        p[0] = "--";
        for (int i = 0; i < 26; i++) {
            p[1 + i] = "-" + (char) ('a' + i);
            p[27 + i] = "-" + (char) ('A' + i);
        }
        return p;
    }

    @Override
    protected boolean mayFollow(int prev) {
        return prev >= 128 || !Chars.is((char) prev, Chars.KEY);
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        int n = s.length();
        boolean single = at + 1 < n && s.charAt(at + 1) != '-';
        if (single && at > 0 && s.charAt(at - 1) != ' ' && s.charAt(at - 1) != '\t' && s.charAt(at - 1) != '"'
                && s.charAt(at - 1) != '[') {
            return null; // a single-dash flag stands after white space, or starts an element of a list of arguments
        }
        if (at + 3 < n && s.charAt(at + 1) == 'u' && s.charAt(at + 2) == ' ') {
            return userColonPassword(s, at + 3, out); // curl -u user:password
        }
        if (single && at + 3 < n && (s.charAt(at + 1) == 'p' && !Chars.regionMatches(s, at + 1, "pass")
                || isSpacedPasswordFlag(s.charAt(at + 1)) && s.charAt(at + 2) == ' ')) {
            Findings f = shortPasswordFlag(s, at, from, out);
            if (f != null) {
                return f;
            }
        }
        if (single && isBatchFlags(s, at + 1)) {
            Findings f = htpasswdBatch(s, at, from, out);
            if (f != null) {
                return f;
            }
        }
        int keyStart = single ? at + 1 : at + 2;
        if (keyStart >= n || !Chars.isLetter(s.charAt(keyStart)) || at > 0 && Chars.is(s.charAt(at - 1), Chars.KEY)) {
            return null;
        }
        int keyEnd = Chars.run(s, keyStart, Chars.KEY, 64);
        int vs = argumentStart(s, keyEnd, at);
        if (vs < 0 || vs + 1 >= n || s.charAt(vs) == '-' || s.charAt(vs) == '"' && s.charAt(vs + 1) == '-') {
            return null;
        }
        if (keyEnd - keyStart == 4 && Chars.regionMatches(s, keyStart, "user")) {
            return userColonPassword(s, vs, out);
        }
        boolean openssl = isOpensslPassFlag(s, keyStart, keyEnd);
        if (openssl && Chars.regionMatches(s, vs, "pass:")) {
            return values.emitSecret(s, vs + 5, ValueEnds.unquotedEnd(s, vs + 5, false), out);
        }
        if (openssl && isOpensslPassSource(s, vs)) {
            return null; // the password is read from elsewhere: env:VAR, file:path, fd:3, stdin
        }
        SensitiveKeys.Entry e = keys.lookup(s, keyEnd, keyStart);
        return e == null ? null : values.emit(s, vs, false, e, out);
    }

    /**
     * Where the argument of the flag that ends at {@code keyEnd} starts, or -1: after a space
     * ({@code --password v}), or as the next element of a list of arguments, a Java one
     * ({@code [--password, v]}, as {@code Arrays.toString(args)} prints it) or a JSON one
     * ({@code ["--password","v"]}, as Docker and Kubernetes print a command), where it is quoted.
     */
    private static int argumentStart(CharSequence s, int keyEnd, int at) {
        int n = s.length();
        if (keyEnd + 1 >= n) {
            return -1;
        }
        char c = s.charAt(keyEnd);
        if (c == ' ') {
            return keyEnd + 1;
        }
        char before = at > 0 ? s.charAt(at - 1) : ' ';
        if (c == ',' && s.charAt(keyEnd + 1) == ' ' && (before == '[' || before == ' ')) {
            return keyEnd + 2; // [--password, v]
        }
        if (c == '"' && before == '"' && s.charAt(keyEnd + 1) == ',') {
            int q = keyEnd + 2 < n && s.charAt(keyEnd + 2) == ' ' ? keyEnd + 3 : keyEnd + 2;
            return q < n && s.charAt(q) == '"' ? q : -1; // ["--password","v"]: the quoted value
        }
        return -1;
    }

    /**
     * {@code -p} as a password: glued after a MySQL client ({@code mysql -u root -phunter2},
     * {@code mysqldump -p'hunter2'}), or after a space on a registry login ({@code docker login -u bob -p hunter2},
     * podman, helm registry, oc); after sshpass either way ({@code sshpass -p hunter2 ssh host}). Elsewhere
     * {@code -p} is a port ({@code ssh -p 22}) or another flag, and a MySQL client's {@code -p name} asks for
     * the password and names a database. Also redis-cli's {@code -a hunter2} and the OpenLDAP clients'
     * {@code -w hunter2} ({@code ldapsearch -x -D cn=admin,dc=example -w hunter2}), and OpenSSL's {@code -k hunter2}
     * and {@code -K} and a raw key in hex ({@code openssl enc -aes-256-cbc -k hunter2}); no password flags elsewhere
     * ({@code curl -k} skips TLS checks).
     */
    private Findings shortPasswordFlag(CharSequence s, int at, int from, Findings out) {
        int lineStart = commandStart(s, at, from);
        char flag = s.charAt(at + 1);
        char next = s.charAt(at + 2);
        int start = at + 2;
        if (isSpacedPasswordFlag(flag)) {
            start = at + 3;
            String[] commands = flag == 'a' ? A_COMMANDS : flag == 'w' ? W_COMMANDS : K_COMMANDS;
            if (s.charAt(start) <= ' ' || s.charAt(start) == '-' || !hasWord(s, lineStart, at, commands)) {
                return null;
            }
        } else if (next == ' ') {
            start = at + 3;
            if (s.charAt(start) <= ' ' || s.charAt(start) == '-' || !hasWord(s, lineStart, at, SPACED_P_COMMANDS)) {
                return null;
            }
        } else if (!hasWord(s, lineStart, at, GLUED_P_COMMANDS)) {
            return null;
        }
        char quote = s.charAt(start);
        if (quote == '\'' || quote == '"') {
            return values.emitSecret(s, start + 1, ValueEnds.closingQuote(s, start + 1, quote, 0), out);
        }
        return values.emitSecret(s, start, ValueEnds.unquotedEnd(s, start, false), out);
    }

    /** Where to look back from {@code at} for the command of a flag: the line start, at most {@value #MAX_COMMAND_DISTANCE} chars back. */
    private static int commandStart(CharSequence s, int at, int from) {
        int lineStart = at;
        int lo = Math.max(from, at - MAX_COMMAND_DISTANCE);
        while (lineStart > lo && s.charAt(lineStart - 1) != '\n' && s.charAt(lineStart - 1) != '\r') {
            lineStart--;
        }
        return lineStart;
    }

    /** The short flags that take a password after a space, each of some commands only. */
    private static boolean isSpacedPasswordFlag(char flag) {
        return flag == 'a' || flag == 'w' || flag == 'k' || flag == 'K';
    }

    /** Whether the flags after the dash at {@code i - 1} are letters only, among them {@code b}: htpasswd's batch mode. */
    private static boolean isBatchFlags(CharSequence s, int i) {
        int end = Chars.run(s, i, Chars.UPPER | Chars.LOWER, 8);
        if (end == i || end < s.length() && s.charAt(end) != ' ') {
            return false;
        }
        for (int k = i; k < end; k++) {
            if (s.charAt(k) == 'b') {
                return true;
            }
        }
        return false;
    }

    /**
     * htpasswd in batch mode, which takes the password on the command line after the file and the user
     * ({@code htpasswd -b -c /etc/nginx/.htpasswd bob hunter2}), or after the user alone with {@code -n}
     * ({@code htpasswd -nbB bob hunter2}). The flags may come apart or together; {@code -C} and {@code -r}
     * take a number.
     */
    private Findings htpasswdBatch(CharSequence s, int at, int from, Findings out) {
        int lineStart = commandStart(s, at, from);
        int command = wordEnd(s, lineStart, at, "htpasswd");
        if (command < 0) {
            return null;
        }
        int n = s.length();
        int i = skipSpaces(s, command);
        boolean noFile = false;
        while (i + 1 < n && s.charAt(i) == '-' && Chars.isLetter(s.charAt(i + 1))) {
            int end = Chars.run(s, i + 1, Chars.UPPER | Chars.LOWER, 8);
            boolean takesNumber = false;
            for (int k = i + 1; k < end; k++) {
                noFile |= s.charAt(k) == 'n';
                takesNumber |= s.charAt(k) == 'C' || s.charAt(k) == 'r';
            }
            i = skipSpaces(s, end);
            if (takesNumber) {
                i = skipSpaces(s, Chars.digits(s, i));
            }
        }
        if (i <= at) {
            return null; // the batch flag is not among the command's flags
        }
        for (int arg = noFile ? 1 : 0; arg < 2; arg++) { // past the file and the user
            int end = ValueEnds.unquotedEnd(s, i, false);
            if (end == i) {
                return null;
            }
            i = skipSpaces(s, end);
        }
        if (i >= n || s.charAt(i) == '-' && i + 1 < n && Chars.isLetter(s.charAt(i + 1))) {
            return null;
        }
        char quote = s.charAt(i);
        if (quote == '\'' || quote == '"') {
            return values.emitSecret(s, i + 1, ValueEnds.closingQuote(s, i + 1, quote, 0), out);
        }
        int end = ValueEnds.unquotedEnd(s, i, false);
        return end == i ? null : values.emitSecret(s, i, end, out);
    }

    /** Where the last {@code word} that stands as a word in {@code [start, end)} ends, or -1. */
    private static int wordEnd(CharSequence s, int start, int end, String word) {
        for (int i = end - word.length(); i >= start; i--) {
            int e = i + word.length();
            if ((i == start || !Chars.isWord(s.charAt(i - 1))) && Chars.regionMatches(s, i, word)
                    && (e == end || !Chars.isWord(s.charAt(e)))) {
                return e;
            }
        }
        return -1;
    }

    private static int skipSpaces(CharSequence s, int i) {
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * Whether one of {@code words} stands as a word in {@code [start, end)}: after a char that is no word char
     * ({@code /usr/bin/mysql} too) and before one.
     */
    private static boolean hasWord(CharSequence s, int start, int end, String[] words) {
        for (int i = start; i < end; i++) {
            if (i > start && Chars.isWord(s.charAt(i - 1)) || !Chars.isLetter(s.charAt(i))) {
                continue;
            }
            for (String w : words) {
                int e = i + w.length();
                if (e <= end && Chars.regionMatches(s, i, w) && (e == end || !Chars.isWord(s.charAt(e)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the flag name {@code [start, end)} is one of OpenSSL's password flags. */
    private static boolean isOpensslPassFlag(CharSequence s, int start, int end) {
        for (String flag : OPENSSL_PASS_FLAGS) {
            if (end - start == flag.length() && Chars.regionMatches(s, start, flag)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOpensslPassSource(CharSequence s, int i) {
        return Chars.regionMatches(s, i, "env:") || Chars.regionMatches(s, i, "file:") || Chars.regionMatches(s, i, "fd:")
                || Chars.regionMatches(s, i, "stdin") && ValueEnds.unquotedEnd(s, i, false) == i + 5;
    }

    /**
     * {@code -u admin:pw} and {@code --user admin:pw} (curl): the password after the colon goes. The user
     * has no whitespace: text up to a colon further on is not a user, and the scan must not skip it.
     */
    private Findings userColonPassword(CharSequence s, int i, Findings out) {
        int n = s.length();
        int quote = i < n && (s.charAt(i) == '\'' || s.charAt(i) == '"') ? s.charAt(i) : 0;
        int start = quote != 0 ? i + 1 : i;
        int end = quote != 0 ? ValueEnds.closingQuote(s, start, (char) quote, 0) : ValueEnds.unquotedEnd(s, start, false);
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
