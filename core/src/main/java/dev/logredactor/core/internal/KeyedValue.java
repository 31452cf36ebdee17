package dev.logredactor.core.internal;

import dev.logredactor.core.SensitiveType;

/**
 * Reads the value that follows a sensitive key and emits it with the entry's type. Shared by the
 * {@code k=v}/{@code k: v}/JSON detector, the XML element detector and the command-line flag detector.
 *
 * <p>A value is quoted ({@code "v"}, {@code 'v'}, escaped {@code \"v\"} at any depth, {@code %22v%22},
 * {@code &quot;v&quot;}) and then runs to its closing quote, or the end of its line when that quote
 * never comes (fail closed); or it is a list ({@code [v]}, {@code ["v1","v2"]}) whose content goes; or
 * Spring's {@code rejected value [v]}; or it is unquoted and runs to the first delimiter (white space,
 * {@code , ; & | ) ] } < > " ' \}, a wire log's {@code [\r]}). Values that cannot be secrets stay: empty, {@code null}, booleans,
 * masks ({@code ****}), placeholders ({@code ${DB_PASSWORD}}, {@code [REDACTED_...]}) and object
 * renderings ({@code Token{a64f992}}, {@code Key@1b6d3586}).
 */
final class KeyedValue {
    /**
     * Values that say whether or what kind, not what: no secret ({@code using password: YES} is MySQL's
     * "access denied" message, {@code password: disabled} a setting).
     */
    private static final String[] HARMLESS = {"null", "none", "nil", "undefined", "true", "false", "n/a", "yes", "no", "on",
        "off", "enabled", "disabled"};
    /** Words that loggers and frameworks write in place of a secret. */
    private static final String[] MASKS = {"hidden", "redacted", "masked", "filtered", "protected", "omitted", "removed",
        "censored", "obfuscated", "suppressed", "concealed", "sanitized"};

    private final boolean[] enabled;

    /** @param enabled which {@link SensitiveType} ordinals may be emitted */
    KeyedValue(boolean[] enabled) {
        this.enabled = enabled;
    }

    /**
     * Emits the value starting at or after {@code vs} (spaces skipped) for a key that matched {@code e}.
     *
     * @param encoded whether the separator was URL-encoded ({@code %3D}), so {@code %26} and {@code +} end
     *     the value
     */
    Findings emit(CharSequence s, int vs, boolean encoded, SensitiveKeys.Entry e, Findings out) {
        return emit(s, vs, true, encoded, e, out);
    }

    /**
     * As {@link #emit(CharSequence, int, boolean, SensitiveKeys.Entry, Findings)}; with {@code spaced}
     * false a space right after the separator means there is no value ({@code password= in}).
     */
    Findings emit(CharSequence s, int vs, boolean spaced, boolean encoded, SensitiveKeys.Entry e, Findings out) {
        int n = s.length();
        int i = spaced ? skipSpaces(s, vs) : vs;
        for (int k = 0; encoded && k < 3 && (Chars.regionMatches(s, i, "%20") || i < n && s.charAt(i) == '+'); k++) {
            i += s.charAt(i) == '+' ? 1 : 3; // an encoded space after the separator: password%3A%20v
        }
        if (i < n && s.charAt(i) == '>' && i == vs) {
            i = skipSpaces(s, i + 1); // Ruby's =>
        }
        if (i >= n) {
            return null;
        }
        int q = i;
        while (q < n && s.charAt(q) == '\\' && q - i < 8) {
            q++;
        }
        int backslashes = q - i;
        int start;
        int end;
        boolean quoted = true;
        if (q < n && (s.charAt(q) == '"' || s.charAt(q) == '\'')) {
            start = q + 1;
            if (start >= n || ",}]:".indexOf(s.charAt(start)) >= 0) {
                return null; // the quote closes an enclosing string ("msg":"password="}): no value here
            }
            end = closingQuote(s, start, s.charAt(q), backslashes);
        } else if (Chars.isEscapedQuote(s, i)) {
            start = i + 6; // a quote as Gson escapes it (backslash, u0027)
            end = escapedQuoteEnd(s, start);
        } else if (backslashes > 0) {
            return null;
        } else if (encoded && Chars.regionMatches(s, i, "%22")) {
            start = i + 3;
            end = encodedQuoteEnd(s, start);
        } else if (Chars.regionMatchesIgnoreCase(s, i, "&quot;")) {
            start = i + 6;
            end = quotEntityEnd(s, start);
        } else if (s.charAt(i) == '[' && !Chars.regionMatches(s, i, "[REDACTED")) {
            long span = listSpan(s, i + 1);
            if (span < 0) {
                return null; // a nested structure: its own keys are scanned
            }
            start = (int) (span >>> 32);
            end = (int) span;
        } else if (s.charAt(i) == '{' && bracedEnd(s, i + 1) > i + 1) {
            start = i + 1; // SQL Server's JDBC and ADO.NET quote a value in braces: password={p;w}
            end = bracedEnd(s, start);
        } else if (Chars.regionMatches(s, i, "rejected value [")) {
            start = i + 16; // Spring's FieldError: on field 'password': rejected value [v]; codes [...]
            end = rejectedValueEnd(s, start);
            if (end == s.length() || s.charAt(end) != ']') {
                return emitUnclosed(s, start, end, e, out);
            }
        } else {
            char c = s.charAt(i);
            if (c == '{' || c == '[' || c == '=') {
                return null; // a nested structure (its own keys are scanned) or a comparison
            }
            if (c == '$' && i + 1 < n && s.charAt(i + 1) == '{') {
                return null; // a property placeholder such as ${DB_PASSWORD}: configuration, not a value
            }
            quoted = false;
            start = i;
            end = -1; // found below, by each kind's own rule
        }
        // Linear time: a value that is harmless by its first chars is dropped before its end is looked
        // for. Found after a scan to the end of a long token, it would be found again from the next key
        // in that token ("a=[REDACTED]a=[REDACTED]..."), which is quadratic in the token's length.
        if (Chars.regionMatches(s, start, "[REDACTED") || !quoted && e.kind != SensitiveKeys.Kind.AUTHORIZATION
                && isObjectRenderingStart(s, start)) {
            return null;
        }
        if (!quoted && e.kind != SensitiveKeys.Kind.AUTHORIZATION && AuthHeaderDetector.schemeEnd(s, start, n) >= 0) {
            return authorization(s, start, n, out); // token: Bearer xyz, the credential goes, not the scheme word
        }
        switch (e.kind) {
            case AUTHORIZATION:
                return authorization(s, start, quoted ? end : n, out); // its parts end at a line break anyway
            case COOKIE:
                return emitChecked(s, start, quoted ? end : cookieEnd(s, start), quoted, e.type, out);
            case WORDS:
            case ADDRESS:
                return emitSpan(s, start, quoted ? end : extendWords(s, unquotedEnd(s, start, encoded), encoded), quoted, e, out);
            case PHONE:
                return emitSpan(s, start, quoted ? end : phoneEnd(s, start), quoted, e, out);
            case SSN:
                return emitSpan(s, start, quoted ? end : Math.max(spacedSsnEnd(s, start), unquotedEnd(s, start, encoded)), quoted,
                        e, out);
            case POSTCODE:
                return emitSpan(s, start, quoted ? end : postcodeEnd(s, unquotedEnd(s, start, encoded), start), quoted, e, out);
            case DATE:
                return emitSpan(s, start, quoted ? end : dateEnd(s, unquotedEnd(s, start, encoded), start), quoted, e, out);
            default:
                return emitSpan(s, start, quoted ? end : unquotedEnd(s, start, encoded), quoted, e, out);
        }
    }

    /**
     * The content of a list value that starts after the {@code [} at {@code i - 1}, as {@code start << 32 | end}:
     * {@code X-Api-Key=[v]} and {@code {Authorization=[Bearer v]}} (a Java {@code Map<String, List<String>>}
     * of headers), {@code "token":["v1","v2"]} (from the first element's first char to the last one's
     * closing quote, so that JSON stays JSON). A list that holds structure ({@code [a=1]}, {@code [{...}]})
     * is no value: -1. One without its {@code ]} runs to the end of its token, as an unquoted value.
     */
    private static long listSpan(CharSequence s, int i) {
        int n = s.length();
        int q = i;
        while (q < n && s.charAt(q) == '\\' && q - i < 8) {
            q++;
        }
        if (q < n && (s.charAt(q) == '"' || s.charAt(q) == '\'')) {
            char quote = s.charAt(q);
            int backslashes = q - i;
            int start = q + 1;
            int end = start;
            int j = q;
            while (j < n && s.charAt(j) == quote) { // at the opening quote of an element
                end = closingQuote(s, j + 1, quote, backslashes);
                j = end + backslashes + 1;
                while (j < n && (s.charAt(j) == ',' || s.charAt(j) == ' ' || s.charAt(j) == '\\')) {
                    j++;
                }
            }
            return end > start ? (long) start << 32 | end : -1;
        }
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            if (c == ']') {
                return j > i ? (long) i << 32 | j : -1;
            }
            if (c == '[' || c == '{' || c == '}' || c == '=' || c == '"' || c == '\'' || c == '\\') {
                return -1;
            }
            if (c == '\n' || c == '\r') {
                break;
            }
        }
        return (long) i << 32 | unquotedEnd(s, i, false);
    }

    /**
     * The {@code }} that closes a braced value whose content starts at {@code i}, or -1 when the braces hold
     * structure ({@code {user=bob}}, {@code {"a":1}}, {@code {a: 1}}), nothing but blanks, or do not close on
     * the line. The content may hold spaces ({@code Password={my pass phrase}}, as SQL Server's connection
     * strings allow). Linear: the search stops at the next {@code {}, so no char is read by two of them.
     */
    private static int bracedEnd(CharSequence s, int i) {
        int n = s.length();
        boolean blank = true;
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            if (c == '}') {
                return blank ? -1 : j;
            }
            if (c < ' ' && c != '\t' || c == '{' || c == '[' || c == '=' || c == ':' || c == '"' || c == '\'') {
                return -1;
            }
            blank &= c == ' ' || c == '\t';
        }
        return -1;
    }

    /**
     * The {@code ]} that closes the rejected value of a Spring {@code FieldError} whose content starts at
     * {@code i}: the first one followed by {@code ;}, {@code ]}, {@code ,}, a space or the end of the line;
     * else the end of the line.
     */
    private static int rejectedValueEnd(CharSequence s, int i) {
        int n = s.length();
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
            if (c == ']' && (i + 1 == n || ";], \r\n".indexOf(s.charAt(i + 1)) >= 0)) {
                return i;
            }
        }
        return n;
    }

    /**
     * Where a value quoted with URL-encoded quotes ends: at its closing {@code %22}, so that encoded spaces
     * and separators inside it stay in it ({@code %22password%22%3A%22my+pass%2C1%22}, a name or an
     * address of several words); without one before a raw space, quote or {@code &}, as an unquoted
     * value. Each char is read by one such search at most: none starts between a value's quotes.
     */
    private static int encodedQuoteEnd(CharSequence s, int start) {
        int n = s.length();
        for (int j = start; j < n; j++) {
            char c = s.charAt(j);
            if (c == '%' && Chars.regionMatches(s, j, "%22")) {
                return j;
            }
            if (c <= ' ' || c == '&' || c == '"' || c == '\'') {
                break;
            }
        }
        return unquotedEnd(s, start, true);
    }

    /**
     * Where a value quoted with a quote as Gson escapes it ends: at the next such quote, or where the JSON
     * string that holds it ends ({@code "} or a line break), so that spaces inside it go too.
     */
    private static int escapedQuoteEnd(CharSequence s, int start) {
        int n = s.length();
        for (int j = start; j < n; j++) {
            char c = s.charAt(j);
            if (c == '"' || c == '\n' || c == '\r' || c == '\\' && Chars.isEscapedQuote(s, j)) {
                return j;
            }
        }
        return n;
    }

    /** Where a value quoted with {@code &quot;} ends: at the closing {@code &quot;} or the end of the line. */
    private static int quotEntityEnd(CharSequence s, int start) {
        int n = s.length();
        for (int j = start; j < n; j++) {
            char c = s.charAt(j);
            if (c == '\n' || c == '\r' || c == '&' && Chars.regionMatches(s, j, "&quot;")) {
                return j;
            }
        }
        return n;
    }

    /**
     * Emits a value whose extent is known (quoted, or the content of an XML element or {@code value}
     * attribute), by its key's rules in every syntax alike: a bare {@code address} keeps a network address
     * ({@code <address>10.0.0.5:8080</address>}) and an unquoted value without a digit ({@code client
     * address: Connection reset}), a {@code session} keeps a numeric id or a hex literal, a {@code code} all but
     * an authorization code.
     */
    Findings emitSpan(CharSequence s, int start, int end, boolean quoted, SensitiveKeys.Entry e, Findings out) {
        switch (e.kind) {
            case ADDRESS:
                return isNetworkShaped(s, start, end) || !quoted && !hasDigit(s, start, end) ? null
                        : emitChecked(s, start, end, quoted, e.type, out);
            case PHONE:
                return isPhoneValue(s, start, end) && enabled[SensitiveType.PHONE.ordinal()]
                        ? Detector.emit(out, start, end, SensitiveType.PHONE) : null;
            case AWS_SECRET:
                if (!quoted && end - start == 41 && s.charAt(end - 1) == '.') {
                    end--; // the end of a sentence
                }
                if (end - start == 40 && isAwsSecret(s, start, end)) {
                    return enabled[SensitiveType.AWS_SECRET_KEY.ordinal()]
                            ? Detector.emit(out, start, end, SensitiveType.AWS_SECRET_KEY) : null;
                }
                return emitChecked(s, start, end, quoted, SensitiveType.SECRET, out);
            case AUTHORIZATION:
                return authorization(s, start, end, out);
            case SESSION:
                return isNumericId(s, start, end) || isHexLiteral(s, start, end) || !quoted && isSentence(s, start, end) ? null
                        : emitChecked(s, start, end, quoted, e.type, out);
            case AUTH_CODE:
                return isAuthorizationCode(s, start, end) ? emitChecked(s, start, end, quoted, e.type, out) : null;
            default:
                return emitChecked(s, start, end, quoted, e.type, out);
        }
    }

    /**
     * Emits a value that runs to the end of its line because it is never closed, with {@code e}'s type: not
     * checked for harmless values, whose test looks at the end (a text of many such openings would be
     * read to its end from each).
     */
    Findings emitUnclosed(CharSequence s, int start, int end, SensitiveKeys.Entry e, Findings out) {
        SensitiveType type = e.kind == SensitiveKeys.Kind.AWS_SECRET ? SensitiveType.SECRET : e.type;
        return end > start && enabled[type.ordinal()] ? Detector.emit(out, start, end, type) : null;
    }

    /**
     * Hex digits and {@code . : [ ] /} only, up to an IPv6 zone ({@code %eth0}): an IP address, with a port or
     * prefix length, or a MAC address.
     */
    private static boolean isNetworkShaped(CharSequence s, int start, int end) {
        boolean colon = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '%' && colon) {
                return true; // an IPv6 zone; a number before an encoded space is a house number (12%20Elm%20St)
            }
            colon |= c == ':';
            if (!Chars.isHex(c) && ".:[]/".indexOf(c) < 0) {
                return false;
            }
        }
        return end > start;
    }

    /**
     * Whether {@code [start, end)} is shaped like an OAuth authorization code: at least 16 chars of a URL
     * parameter, one of them a lower-case letter and one a digit. Status and error codes are short, all
     * digits, or words and constants without a digit ({@code card_declined}, {@code INVALID_GRANT}).
     */
    private static boolean isAuthorizationCode(CharSequence s, int start, int end) {
        if (end - start < 16) {
            return false;
        }
        boolean lower = false;
        boolean digit = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c == '"' || c == '\'') {
                return false;
            }
            lower |= Chars.isLower(c);
            digit |= Chars.isDigit(c);
        }
        return lower && digit && !isHexLiteral(s, start, end);
    }

    /**
     * Whether the unquoted value {@code [start, end)} starts a sentence, not an id: a short word of letters
     * (lower case after its first), then a space and a word of lower-case letters, as OpenSSH and PAM write
     * after {@code session:} ({@code Starting session: shell on pts/0}, {@code Close session: user bob},
     * {@code Cannot create session: Already running in a session}, {@code session: subsystem 'sftp'}). A session
     * id is longer or holds a digit.
     */
    private static boolean isSentence(CharSequence s, int start, int end) {
        int len = end - start;
        if (len < 2 || len > 10 || end + 2 >= s.length() || s.charAt(end) != ' ' || !Chars.isLetter(s.charAt(start))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            if (!Chars.isLower(s.charAt(i))) {
                return false;
            }
        }
        int next = s.charAt(end + 1) == '\'' ? end + 2 : end + 1; // subsystem 'sftp'
        int e = next;
        while (e < s.length() && Chars.isLower(s.charAt(e))) {
            e++;
        }
        return e - next >= 2 && (e == s.length() || !Chars.isWord(s.charAt(e)) && s.charAt(e) != ':');
    }

    /** Digits with single {@code _ - .} between them: {@code 30546173_4261722401}, {@code 42}. */
    private static boolean isNumericId(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            boolean separator = c == '_' || c == '-' || c == '.';
            if (!Chars.isDigit(c) && !(separator && i > start && i + 1 < end && Chars.isDigit(s.charAt(i - 1)))) {
                return false;
            }
        }
        return end > start;
    }

    private static boolean hasDigit(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            if (Chars.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the value's first word is {@code 0x} and hex digits: a memory address
     * ({@code instruction address: 0x00004ed8 in module x}), no personal data.
     */
    private static boolean isHexLiteral(CharSequence s, int start, int end) {
        if (end - start < 3 || s.charAt(start) != '0' || (s.charAt(start + 1) | 0x20) != 'x') {
            return false;
        }
        int i = start + 2;
        while (i < end && Chars.isHex(s.charAt(i))) {
            i++;
        }
        return i > start + 2 && (i == end || s.charAt(i) == ' ');
    }

    /** Emits {@code [start, end)} as a SECRET unless it is harmless or SECRET is off. */
    Findings emitSecret(CharSequence s, int start, int end, Findings out) {
        return emitChecked(s, start, end, true, SensitiveType.SECRET, out);
    }

    private Findings emitChecked(CharSequence s, int start, int end, boolean quoted, SensitiveType type,
            Findings out) {
        if (!enabled[type.ordinal()] || isHarmless(s, start, end, quoted)
                || type == SensitiveType.PII_FIELD && isHexLiteral(s, start, end)) {
            return null;
        }
        return Detector.emit(out, start, end, type);
    }

    /**
     * {@code Basic xyz}, {@code Bearer xyz}, {@code Token xyz}: the scheme stays, the credentials go. A
     * scheme repeated ({@code Basic Bearer xyz}) is not the credential: the one after the last is.
     */
    private Findings authorization(CharSequence s, int start, int end, Findings out) {
        int w = schemeWordEnd(s, start, end);
        while (w < end && s.charAt(w) == ' ' && AuthHeaderDetector.schemeEnd(s, skipSpaces(s, w), end) >= 0) {
            start = skipSpaces(s, w);
            w = schemeWordEnd(s, start, end);
        }
        if (w < end && s.charAt(w) == ' ' && w > start) {
            int cs = skipSpaces(s, w);
            int ce = Math.min(end, unquotedEnd(s, cs, false));
            if (Chars.regionMatches(s, cs, "[REDACTED")) {
                return null;
            }
            if (isAuthParam(s, cs, end)) {
                return emitChecked(s, cs, authParamsEnd(s, cs, end), true, SensitiveType.SECRET, out);
            }
            SensitiveType type = SensitiveType.SECRET;
            if (AuthHeaderDetector.schemeEnd(s, start, end) == w) {
                type = w - start == 5 ? SensitiveType.BASIC_AUTH : SensitiveType.BEARER_TOKEN;
            }
            return emitChecked(s, cs, ce, true, type, out);
        }
        return emitChecked(s, start, Math.min(end, unquotedEnd(s, start, false)), true, SensitiveType.SECRET, out);
    }

    /**
     * Whether the credentials at {@code i} are a list of auth-params ({@code Digest username="bob",
     * response="6629..."}, {@code AWS4-HMAC-SHA256 Credential=..., Signature=...}) rather than one token:
     * a name, then {@code =} and a quote (escaped in JSON) or a letter or digit.
     */
    private static boolean isAuthParam(CharSequence s, int i, int end) {
        int e = Chars.run(s, i, Chars.B64URL, end - i); // [A-Za-z0-9_-]
        return e > i && e + 1 < end && s.charAt(e) == '='
                && (s.charAt(e + 1) == '"' || s.charAt(e + 1) == '\\' || Chars.isAlnum(s.charAt(e + 1)));
    }

    /** The end of an auth-param list: all of them go, up to {@code end} or the line's end, without trailing spaces. */
    private static int authParamsEnd(CharSequence s, int i, int end) {
        int e = i;
        while (e < end && s.charAt(e) != '\n' && s.charAt(e) != '\r') {
            e++;
        }
        while (e > i && s.charAt(e - 1) == ' ') {
            e--;
        }
        return e;
    }

    /** The end of an auth scheme word: letters, digits and {@code -} ({@code Basic}, {@code AWS4-HMAC-SHA256}). */
    private static int schemeWordEnd(CharSequence s, int i, int end) {
        while (i < end && (Chars.isAlnum(s.charAt(i)) || s.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    static int skipSpaces(CharSequence s, int i) {
        int n = s.length();
        int max = i + 3;
        while (i < n && i < max && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * Index of the quote closing a string that starts at {@code start}; with {@code backslashes > 0}, the
     * index where the closing {@code \"} (that many backslashes) begins. The end of the line when the
     * string is not closed on it.
     */
    static int closingQuote(CharSequence s, int start, char quote, int backslashes) {
        int n = s.length();
        for (int j = start; j < n; j++) {
            char c = s.charAt(j);
            if (c == '\n' || c == '\r') {
                return j;
            }
            if (backslashes == 0) {
                if (c == '\\') {
                    j++;
                } else if (c == quote) {
                    return j;
                }
            } else if (c == quote) {
                int k = j;
                while (k > start && s.charAt(k - 1) == '\\') {
                    k--;
                }
                if (j - k == backslashes) {
                    return k;
                }
            }
        }
        return n;
    }

    /**
     * Whether the bracket at {@code i} closes what holds the value ({@code User(password=v)}, {@code {k=v}},
     * {@code [k=v, ...]}): the text ends there or goes on with a space or punctuation. One glued to more of the
     * token is part of the value ({@code password=ab)cd12}, as generated passwords hold brackets), and so is one
     * that starts the value ({@code password=))x}) unless a space follows.
     */
    private static boolean closesHere(CharSequence s, int i, int start) {
        if (i + 1 >= s.length()) {
            return true;
        }
        if (i == start) {
            return s.charAt(i + 1) <= ' '; // the value's first char: it closes an empty value only before a space
        }
        char c = s.charAt(i + 1);
        return c <= ' ' || ",;:)]}\"'|<>\\[".indexOf(c) >= 0 || c == '.' && (i + 2 >= s.length() || s.charAt(i + 2) <= ' ');
    }

    /**
     * Whether the {@code &} at {@code i} separates parameters ({@code password=v&next=/home}, {@code &amp;}, a
     * name with {@code [}, the end of the text or a space after it) rather than standing in a value
     * ({@code password=Tr0ub4dor&3} in a {@code toString()}).
     */
    private static boolean isParameterSeparator(CharSequence s, int i) {
        int n = s.length();
        int e = Chars.run(s, i + 1, Chars.KEY, 64);
        if (e == i + 1) { // no name after it: the end, a space, or the shell's && before a space
            return e >= n || s.charAt(e) <= ' ' || s.charAt(e) == '&' && (e + 1 >= n || s.charAt(e + 1) <= ' ');
        }
        return e < n && (s.charAt(e) == '=' || s.charAt(e) == '[' || s.charAt(e) == ';');
    }

    static int unquotedEnd(CharSequence s, int i, boolean encoded) {
        int n = s.length();
        int start = i;
        boolean twice = encoded && Chars.regionMatches(s, i - 5, "%253"); // after %253D: its delimiters are encoded twice too
        while (i < n) {
            char c = s.charAt(i);
            if (c <= ' ' || c == ',' || c == ';' || c == '&' && isParameterSeparator(s, i) || c == '"' || c == '\''
                    || (c == ')' || c == ']' || c == '}') && closesHere(s, i, start) || c == '<' || c == '>' || c == '|' || c == '\\'
                    || c == '[' && isWireLineEnd(s, i)) {
                return i;
            }
            if (encoded && (c == '+' || c == '%' && isEncodedDelimiter(s, i, twice))) {
                return i;
            }
            i++;
        }
        return n;
    }

    /** Whether a URL-encoded delimiter starts at {@code i}: {@code %26}, or {@code %2526} in a value encoded {@code twice}. */
    private static boolean isEncodedDelimiter(CharSequence s, int i, boolean twice) {
        int k = twice && Chars.regionMatches(s, i + 1, "25") ? i + 3 : i + 1;
        if (k + 1 >= s.length()) {
            return false;
        }
        char a = s.charAt(k);
        char b = (char) (s.charAt(k + 1) | 0x20);
        return a == '2' && (b == '6' || b == '2' || b == 'c' || b == '0')
                || a == '7' && b == 'd' || a == '3' && b == 'b';
    }

    /**
     * Whether a {@code [\r]} or {@code [\n]} starts at {@code i}: how Apache HttpClient's wire log writes the
     * end of a header line ({@code >> "X-Api-Key: v[\r][\n]"}).
     */
    static boolean isWireLineEnd(CharSequence s, int i) {
        return i + 3 < s.length() && s.charAt(i + 1) == '\\' && (s.charAt(i + 2) == 'r' || s.charAt(i + 2) == 'n')
                && s.charAt(i + 3) == ']';
    }

    private static int cookieEnd(CharSequence s, int i) {
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '"' || c == '\\' || c == '[' && isWireLineEnd(s, i)) {
                break;
            }
            i++;
        }
        while (i > 0 && s.charAt(i - 1) == ' ') {
            i--;
        }
        return i;
    }

    /** Names and addresses: further words, up to six, until a word that is itself a key. */
    private static int extendWords(CharSequence s, int end, boolean encoded) {
        int n = s.length();
        for (int words = 0; words < 6 && end + 1 < n && s.charAt(end) == ' ' && Chars.isAlnum(s.charAt(end + 1));
                words++) {
            int w = unquotedEnd(s, end + 1, encoded);
            if (w < n && (s.charAt(w) == '=' || s.charAt(w) == ':') || isKeyValue(s, end + 1, w)) {
                break; // the next key: city: Lyon, user_id=7
            }
            end = w;
        }
        return end;
    }

    /** Whether the token {@code [start, end)} is a key and its value ({@code user_id=7}): key chars, then = or :. */
    private static boolean isKeyValue(CharSequence s, int start, int end) {
        int k = Chars.run(s, start, Chars.KEY, end - start);
        return k > start && k < end && (s.charAt(k) == '=' || s.charAt(k) == ':');
    }

    private static int phoneEnd(CharSequence s, int i) {
        int n = s.length();
        int last = i;
        boolean open = false;
        while (i < n) {
            char c = s.charAt(i);
            if (Chars.isDigit(c) || c == ')' && open) {
                last = i + 1;
                open &= c != ')';
            } else if (c == '(') {
                open = true;
            } else if (!(c == '+' || c == '-' || c == '.' || c == ' ')) {
                break;
            }
            i++;
        }
        return PhoneDetector.extensionEnd(s, last); // 505-931-0743x002
    }

    /**
     * The end of a postal code whose first part is {@code [start, end)}: after the second part when it is
     * written in two ({@code SW1A 1AA}, {@code K1A 0B1}, {@code 1012 AB}: two short runs of upper-case letters
     * and digits), else {@code end}.
     */
    private static int postcodeEnd(CharSequence s, int end, int start) {
        int n = s.length();
        int upperAlnum = Chars.UPPER | Chars.DIGIT;
        if (end - start < 2 || end - start > 4 || Chars.run(s, start, upperAlnum, end - start) != end || end + 2 >= n
                || s.charAt(end) != ' ') {
            return end;
        }
        int e = Chars.run(s, end + 1, upperAlnum, 4);
        int len = e - end - 1;
        return len >= 2 && len <= 3 && (e == n || !Chars.gluesToWord(s.charAt(e))) ? e : end;
    }

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december"};

    /**
     * The end of a date whose first word is {@code [start, end)}: after its last part when it is written with a
     * month's name ({@code March 12, 1984}, {@code 12 Mar 1984}: a month or a day, then up to two more words,
     * each a number of at most four digits or a month, with a comma after the day), else {@code end}.
     */
    private static int dateEnd(CharSequence s, int end, int start) {
        int n = s.length();
        boolean month = isMonth(s, start, end);
        if (!month && !(end - start <= 2 && Chars.digits(s, start) == end)) {
            return end; // neither a month nor a day: 1984-03-12, 12/03/1984
        }
        int last = end;
        int i = end;
        for (int words = 0; words < 2; words++) {
            int w = i;
            if (w < n && s.charAt(w) == ',') {
                w++;
            }
            if (w + 1 >= n || s.charAt(w) != ' ') {
                break;
            }
            int e = Chars.digits(s, w + 1);
            if (e > w + 1 && e - w - 1 <= 4) {
                i = e;
            } else {
                e = w + 1;
                while (e < n && Chars.isLetter(s.charAt(e))) {
                    e++;
                }
                if (month || !isMonth(s, w + 1, e)) {
                    break;
                }
                month = true;
                i = e;
            }
            last = i;
        }
        return month && (last == n || !Chars.gluesToWord(s.charAt(last))) ? last : end;
    }

    /** Whether {@code [start, end)} is a month's name, its first three letters or {@code Sept}, in any case. */
    private static boolean isMonth(CharSequence s, int start, int end) {
        int len = end - start;
        for (String m : MONTHS) {
            if ((len == m.length() || len == 3 || len == 4 && m.startsWith("sept")) && len <= m.length()
                    && Chars.regionMatchesIgnoreCase(s, start, m.substring(0, len))) {
                return true;
            }
        }
        return false;
    }

    /** The end of an SSN written with spaces at {@code i} ({@code 123 45 6789}), or -1. */
    private static int spacedSsnEnd(CharSequence s, int i) {
        int n = s.length();
        int a = Chars.digits(s, i);
        if (a - i != 3 || a + 1 >= n || s.charAt(a) != ' ') {
            return -1;
        }
        int b = Chars.digits(s, a + 1);
        if (b - a != 3 || b + 1 >= n || s.charAt(b) != ' ') {
            return -1;
        }
        int c = Chars.digits(s, b + 1);
        return c - b == 5 && (c == n || !Chars.gluesToWord(s.charAt(c))) ? c : -1;
    }

    private static boolean isPhoneValue(CharSequence s, int start, int end) {
        int digits = 0;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (Chars.isDigit(c)) {
                digits++;
            } else if (!(c == '+' || c == '(' || c == ')' || c == '-' || c == '.' || c == ' ')) {
                return false;
            }
        }
        return digits >= 7 && digits <= 15;
    }

    private static boolean isAwsSecret(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (!(Chars.isAlnum(c) || c == '/' || c == '+')) {
                return false;
            }
        }
        return true;
    }

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
    private static boolean isMaskWord(CharSequence s, int start, int end) {
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
    private static final String[] PATH_ROOTS = {"/etc/", "/home/", "/var/", "/run/", "/opt/", "/usr/", "/tmp/", "/root/", "/srv/",
        "/data/", "/mnt/", "/secrets/", "/certs/", "/keys/", "/Users/", "/app/", "~/", "./", "../"};

    /** Directories that a value may be by itself: sudo logs the working directory as {@code PWD=/tmp}. */
    private static final String[] ROOT_DIRS = {"/etc", "/home", "/var", "/run", "/opt", "/usr", "/tmp", "/root", "/srv", "/data",
        "/mnt", "/app", "/Users"};

    /**
     * Whether the value is where the secret is kept, not the secret: a file path ({@code ssh_key=~/.ssh/id_rsa},
     * {@code private_key: /etc/ssl/private/server.key}, {@code client_key=classpath:keys/client.pem}). It starts
     * at a common directory or with {@code classpath:} or {@code file:}, or is an absolute path whose last part
     * has a file extension; it holds only path chars. An AWS secret may start with {@code /} but has no {@code .}
     * and no such directory.
     */
    private static boolean isFilePath(CharSequence s, int start, int end) {
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

    private static boolean isMaskPunctuation(char c) {
        return c == '[' || c == ']' || c == '<' || c == '>' || c == '(' || c == ')' || c == '*';
    }

    /**
     * Whether a message stands where the value would: a Bean Validation one ({@code password: must not be
     * blank}, {@code size must be between 8 and 64}, {@code length must be ...}), quoted too, as in a JSON map of
     * field errors; unquoted, also a sentence that starts with {@code not}, {@code is} or {@code cannot}
     * ({@code apiKey: not configured}). A word of the message, then a space and a letter: {@code mustang1} goes.
     */
    private static boolean isMessage(CharSequence s, int start, int end, boolean quoted) {
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
    private static final String[] STATUS_WORDS = {"not", "is", "was", "cannot", "expired", "invalid", "missing", "required",
        "failed", "rejected", "accepted", "refreshed", "revoked", "verified", "validated", "generated", "rotated", "sent",
        "received", "loaded", "saved", "stored", "updated", "changed", "reset", "empty", "provided", "configured"};

    private static boolean isWord(CharSequence s, int start, int len, String lowerWord) {
        return len == lowerWord.length() && Chars.regionMatchesIgnoreCase(s, start, lowerWord);
    }

    /**
     * Whether an unquoted value starts like {@code Token{...}} or {@code Credentials[...]}: the bracket
     * part of {@link #isObjectRendering}, decided without the value's end (brackets never end a value).
     */
    private static boolean isObjectRenderingStart(CharSequence s, int start) {
        int i = classNameEnd(s, start, s.length());
        if (i >= 0 && s.charAt(i) == ' ' && i + 1 < s.length() && s.charAt(i + 1) == '{' && isCapitalizedWord(s, start, i)) {
            return true; // Hadoop's Token { kind: ..., service: ... }
        }
        return i >= 0 && isOpeningBracket(s.charAt(i)) && !isWireLineEnd(s, i) && closesOnItsLine(s, i);
    }

    /** The most chars an object rendering's brackets are looked into for their closing bracket. */
    private static final int MAX_RENDERING = 512;

    /**
     * Whether the bracket at {@code open} closes before the line ends ({@code Token{a64f992}},
     * {@code Credentials(user=bob)}); a password that holds a bracket ({@code S3a(PH*!x}) does not, and is no
     * object rendering. Looks a bounded way ahead, so a text of many such openings stays linear.
     */
    private static boolean closesOnItsLine(CharSequence s, int open) {
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
    private static boolean isCapitalizedWord(CharSequence s, int start, int end) {
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

    private static boolean isOpeningBracket(char c) {
        return c == '{' || c == '[' || c == '(';
    }

    /**
     * Where a (qualified) class name at {@code start} whose last segment has three chars or more and
     * starts upper-case ends, if a char follows it before {@code end}; else -1.
     */
    private static int classNameEnd(CharSequence s, int start, int end) {
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
    private static boolean isObjectRendering(CharSequence s, int start, int end) {
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
