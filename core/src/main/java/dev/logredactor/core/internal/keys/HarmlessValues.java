package dev.logredactor.core.internal.keys;

import dev.logredactor.core.internal.scan.Chars;

/**
 * Values after a sensitive key that cannot be secrets and stay: empty, {@code null}, booleans and
 * settings ({@code YES}, {@code disabled}), masks that loggers write in place of a secret
 * ({@code ****}, {@code [hidden]}, {@code [FILTERED]}), file paths where a key file is named, messages
 * ({@code must not be blank}) and object renderings ({@code Token{a64f992}}, {@code Key@1b6d3586}).
 */
final class HarmlessValues {
    private HarmlessValues() {
    }

    /**
     * Values that say whether or what kind, not what: no secret ({@code using password: YES} is MySQL's
     * "access denied" message, {@code password: disabled} a setting).
     */
    static final String[] HARMLESS = {"null", "none", "nil", "undefined", "true", "false", "n/a", "yes", "no", "on",
        "off", "enabled", "disabled"};

    /** Words that loggers and frameworks write in place of a secret. */
    static final String[] MASKS = {"hidden", "redacted", "masked", "filtered", "protected", "omitted", "removed",
        "censored", "obfuscated", "suppressed", "concealed", "sanitized"};

    static boolean isHarmless(CharSequence s, int start, int end, boolean quoted) {
        int len = end - start;
        if (len <= 0) {
            return true;
        }
        if (len <= 9 && Chars.isOneOfIgnoreCase(s, start, end, HARMLESS)) {
            return true;
        }
        boolean mask = true;
        for (int i = start; i < end && mask; i++) {
            char c = s.charAt(i);
            mask = c == '*' || c == '\u2588' || c == '\u2022' || c == '\u25cf'; // *, full blocks (OkHttp's ██), bullets
        }
        if (mask || Chars.regionMatches(s, start, "[REDACTED") || isMaskWord(s, start, end) || isFilePath(s, start, end)) {
            return true;
        }
        if (len > 3 && s.charAt(start) == '$' && s.charAt(start + 1) == '{' && s.charAt(end - 1) == '}') {
            return true;
        }
        return isMessage(s, start, end, quoted) || !quoted && isObjectRendering(s, start, end);
    }

    /**
     * Whether the value is a mask that a logger or a framework wrote in place of the secret, in brackets,
     * angle brackets, parentheses or asterisks or bare: Kafka's config dump ({@code ssl.key.password = [hidden]}),
     * Rails' {@code [FILTERED]}, {@code <redacted>}, {@code ***masked***}, {@code xxxxxx}.
     */
    static boolean isMaskWord(CharSequence s, int start, int end) {
        int a = start;
        int b = end;
        while (a < b && isMaskPunctuation(s.charAt(a))) {
            a++;
        }
        while (b > a && isMaskPunctuation(s.charAt(b - 1))) {
            b--;
        }
        int len = b - a;
        if (len >= 3) {
            boolean xs = true;
            for (int i = a; i < b && xs; i++) {
                xs = (s.charAt(i) | 0x20) == 'x';
            }
            if (xs) {
                return true;
            }
        }
        return len >= 6 && len <= 10 && Chars.isOneOfIgnoreCase(s, a, b, MASKS);
    }

    /** Directories a file path that stands for a key or password file starts with. */
    static final String[] PATH_ROOTS = {"/etc/", "/home/", "/var/", "/run/", "/opt/", "/usr/", "/tmp/", "/root/", "/srv/",
        "/data/", "/mnt/", "/secrets/", "/certs/", "/keys/", "/Users/", "/app/", "~/", "./", "../"};

    /** Directories that a value may be by itself: sudo logs the working directory as {@code PWD=/tmp}. */
    static final String[] ROOT_DIRS = {"/etc", "/home", "/var", "/run", "/opt", "/usr", "/tmp", "/root", "/srv", "/data",
        "/mnt", "/app", "/Users"};

    /**
     * Whether the value is where the secret is kept, not the secret: a file path ({@code ssh_key=~/.ssh/id_rsa},
     * {@code private_key: /etc/ssl/private/server.key}, {@code client_key=classpath:keys/client.pem}). It starts
     * at a common directory or with {@code classpath:} or {@code file:}, or is an absolute path whose last part
     * has a file extension; it holds only path chars. An AWS secret may start with {@code /} but has no {@code .}
     * and no such directory.
     */
    static boolean isFilePath(CharSequence s, int start, int end) {
        if (end - start == 1 && s.charAt(start) == '/') {
            return true; // the root directory: sudo's PWD=/
        }
        for (String dir : ROOT_DIRS) {
            if (end - start == dir.length() && Chars.regionMatches(s, start, dir)) {
                return true; // a common directory itself: PWD=/tmp
            }
        }
        int i = start;
        boolean rooted = false;
        if (Chars.regionMatches(s, i, "classpath:")) {
            i += 10;
            rooted = true;
        } else if (Chars.regionMatches(s, i, "file:")) {
            i += 5;
            rooted = true;
        }
        if (i >= end) {
            return false;
        }
        for (String root : PATH_ROOTS) {
            rooted |= Chars.regionMatches(s, i, root);
        }
        int slash = -1;
        int dot = -1;
        for (int k = i; k < end; k++) {
            char c = s.charAt(k);
            if (c == '/') {
                slash = k;
            } else if (c == '.') {
                dot = k;
            } else if (!Chars.isAlnum(c) && c != '-' && c != '_' && c != '~') {
                return false;
            }
        }
        if (slash < 0) {
            return false;
        }
        int ext = end - dot - 1;
        return rooted || s.charAt(i) == '/' && dot > slash && ext >= 1 && ext <= 5;
    }

    static boolean isMaskPunctuation(char c) {
        return c == '[' || c == ']' || c == '<' || c == '>' || c == '(' || c == ')' || c == '*';
    }

    /**
     * Whether a message stands where the value would: a Bean Validation one ({@code password: must not be
     * blank}, {@code size must be between 8 and 64}, {@code length must be ...}), quoted too, as in a JSON map of
     * field errors; unquoted, also a sentence that starts with {@code not}, {@code is} or {@code cannot}
     * ({@code apiKey: not configured}). A word of the message, then a space and a letter: {@code mustang1} goes.
     */
    static boolean isMessage(CharSequence s, int start, int end, boolean quoted) {
        int n = s.length();
        int w = start;
        while (w < n && w - start < 10 && Chars.isLetter(s.charAt(w))) {
            w++;
        }
        int len = w - start;
        if (len < 2 || len > 9 || w + 1 >= n || quoted && w + 1 >= end) {
            return false;
        }
        boolean spaced = s.charAt(w) == ' ' && Chars.isLetter(s.charAt(w + 1));
        if (spaced && (isWord(s, start, len, "must") || (isWord(s, start, len, "size") || isWord(s, start, len, "length"))
                && Chars.regionMatchesIgnoreCase(s, w + 1, "must "))) {
            return true;
        }
        if (quoted) {
            return false;
        }
        // a status word, then more words: "token: expired, requesting a new one", "otp: sent via SMS"
        boolean goesOn = spaced || (s.charAt(w) == ',' || s.charAt(w) == ';') && w + 2 < n && s.charAt(w + 1) == ' '
                && Chars.isLetter(s.charAt(w + 2));
        return goesOn && Chars.isOneOfIgnoreCase(s, start, w, STATUS_WORDS);
    }

    /**
     * Words that start a sentence about a secret, not the secret, when more words follow: {@code apiKey: not
     * configured}, {@code token: expired, requesting a new one}.
     */
    static final String[] STATUS_WORDS = {"not", "is", "was", "cannot", "expired", "invalid", "missing", "required",
        "failed", "rejected", "accepted", "refreshed", "revoked", "verified", "validated", "generated", "rotated", "sent",
        "received", "loaded", "saved", "stored", "updated", "changed", "reset", "empty", "provided", "configured"};

    static boolean isWord(CharSequence s, int start, int len, String lowerWord) {
        return len == lowerWord.length() && Chars.regionMatchesIgnoreCase(s, start, lowerWord);
    }

    /**
     * Whether an unquoted value starts like {@code Token{...}} or {@code Credentials[...]}: the bracket
     * part of {@link #isObjectRendering}, decided without the value's end (brackets never end a value).
     */
    static boolean isObjectRenderingStart(CharSequence s, int start) {
        int i = classNameEnd(s, start, s.length());
        if (i >= 0 && s.charAt(i) == ' ' && i + 1 < s.length() && s.charAt(i + 1) == '{' && isCapitalizedWord(s, start, i)) {
            return true; // Hadoop's Token { kind: ..., service: ... }
        }
        return i >= 0 && isOpeningBracket(s.charAt(i)) && !ValueEnds.isWireLineEnd(s, i) && closesOnItsLine(s, i);
    }

    /** The most chars an object rendering's brackets are looked into for their closing bracket. */
    static final int MAX_RENDERING = 512;

    /**
     * Whether the bracket at {@code open} closes before the line ends ({@code Token{a64f992}},
     * {@code Credentials(user=bob)}); a password that holds a bracket ({@code S3a(PH*!x}) does not, and is no
     * object rendering. Looks a bounded way ahead, so a text of many such openings stays linear.
     */
    static boolean closesOnItsLine(CharSequence s, int open) {
        char o = s.charAt(open);
        char c = o == '(' ? ')' : o == '[' ? ']' : '}';
        int depth = 0;
        int n = Math.min(s.length(), open + MAX_RENDERING);
        for (int i = open; i < n; i++) {
            char x = s.charAt(i);
            if (x == '\n' || x == '\r') {
                return false;
            }
            if (x == o) {
                depth++;
            } else if (x == c && --depth == 0) {
                return true;
            }
        }
        return false;
    }

    /** Letters only, an upper-case one first and a lower-case one after: {@code Token}, not {@code AB123456C}. */
    static boolean isCapitalizedWord(CharSequence s, int start, int end) {
        boolean lower = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!Chars.isLetter(c)) {
                return false;
            }
            lower |= Chars.isLower(c);
        }
        return lower && Chars.isUpper(s.charAt(start));
    }

    static boolean isOpeningBracket(char c) {
        return c == '{' || c == '[' || c == '(';
    }

    /**
     * Where a (qualified) class name at {@code start} whose last segment has three chars or more and
     * starts upper-case ends, if a char follows it before {@code end}; else -1.
     */
    static int classNameEnd(CharSequence s, int start, int end) {
        int i = start;
        int segment = start;
        while (i < end && (Chars.isWord(s.charAt(i)) || s.charAt(i) == '$' || s.charAt(i) == '.')) {
            if (s.charAt(i) == '.') {
                segment = i + 1;
            }
            i++;
        }
        return i - segment < 3 || i >= end || !Chars.isUpper(s.charAt(segment)) ? -1 : i;
    }

    /**
     * {@code Token{a64f992 ...}}, {@code android.os.BinderProxy@2bd79ce}, {@code Credentials[...]}: a
     * (qualified) class name whose last segment starts upper-case, then {@code { [ (} or an identity hash.
     */
    static boolean isObjectRendering(CharSequence s, int start, int end) {
        int i = classNameEnd(s, start, end);
        if (i < 0) {
            return false;
        }
        char c = s.charAt(i);
        if (isOpeningBracket(c)) {
            return closesOnItsLine(s, i);
        }
        if (c == '@') {
            int h = i + 1;
            boolean letter = false;
            while (h < end && Chars.isHex(s.charAt(h))) {
                letter |= !Chars.isDigit(s.charAt(h));
                h++;
            }
            int len = end - i - 1;
            return h == end && len >= 5 && len <= 8 && (letter || len >= 7);
        }
        return false;
    }
}
