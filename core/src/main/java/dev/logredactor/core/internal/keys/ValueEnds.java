package dev.logredactor.core.internal.keys;

import dev.logredactor.core.internal.scan.Chars;

/**
 * Where a value after a sensitive key ends, by its syntax: at its closing quote (plain, escaped at any
 * depth, URL-encoded, as an HTML entity, as Gson escapes it), at the end of a list or braces, at the
 * first delimiter of an unquoted value, of a cookie, of a few words (names, addresses). Each method
 * looks at most to the end of the line, so a value that never closes ends there (fail closed).
 */
final class ValueEnds {
    private ValueEnds() {
    }

    /** What {@link #opening} gives when there is no value at all. */
    static final long NO_VALUE = Long.MIN_VALUE;

    /**
     * How the value at {@code i} opens, as {@code start << 32 | end}: for a quoted value (a quote of any
     * kind, a list, braces, Spring's {@code rejected value [}) its content's start and where it closes;
     * for an unquoted one {@code i} and {@code -1} (each kind of key finds its end); {@link #NO_VALUE}
     * when there is none (a nested structure, whose own keys are scanned, a comparison, a placeholder).
     */
    static long opening(CharSequence s, int i, boolean encoded) {
        int n = s.length();
        int q = i;
        while (q < n && s.charAt(q) == '\\' && q - i < 8) {
            q++;
        }
        char c = s.charAt(i);
        if (q < n && (s.charAt(q) == '"' || s.charAt(q) == '\'')) {
            int start = q + 1;
            if (start >= n || ",}]:".indexOf(s.charAt(start)) >= 0) {
                return NO_VALUE; // the quote closes an enclosing string ("msg":"password="}): no value here
            }
            return span(start, closingQuote(s, start, s.charAt(q), q - i));
        } else if (Chars.isEscapedQuote(s, i)) {
            return span(i + 6, escapedQuoteEnd(s, i + 6)); // a quote as Gson escapes it (backslash, u0027)
        } else if (q > i) {
            return NO_VALUE;
        } else if (encoded && Chars.regionMatches(s, i, "%22")) {
            return span(i + 3, encodedQuoteEnd(s, i + 3));
        } else if (Chars.regionMatchesIgnoreCase(s, i, "&quot;")) {
            return span(i + 6, quotEntityEnd(s, i + 6));
        } else if (c == '[' && !Chars.regionMatches(s, i, "[REDACTED")) {
            long list = listSpan(s, i + 1);
            return list < 0 ? NO_VALUE : list; // a nested structure: its own keys are scanned
        } else if (c == '{' && bracedEnd(s, i + 1) > i + 1) {
            return span(i + 1, bracedEnd(s, i + 1)); // SQL Server's JDBC and ADO.NET quote a value in braces: password={p;w}
        } else if (Chars.regionMatches(s, i, "rejected value [")) {
            return span(i + 16, rejectedValueEnd(s, i + 16)); // Spring's FieldError: rejected value [v]; codes [...]
        } else if (c == '{' || c == '[' || c == '=' || c == '$' && i + 1 < n && s.charAt(i + 1) == '{') {
            return NO_VALUE; // a nested structure, a comparison, or a property placeholder such as ${DB_PASSWORD}
        }
        return span(i, -1);
    }

    private static long span(int start, int end) {
        return (long) start << 32 | end & 0xffffffffL;
    }

    /**
     * The content of a list value that starts after the {@code [} at {@code i - 1}, as {@code start << 32 | end}:
     * {@code X-Api-Key=[v]} and {@code {Authorization=[Bearer v]}} (a Java {@code Map<String, List<String>>}
     * of headers), {@code "token":["v1","v2"]} (from the first element's first char to the last one's
     * closing quote, so that JSON stays JSON). A list that holds structure ({@code [a=1]}, {@code [{...}]})
     * is no value: -1. One without its {@code ]} runs to the end of its token, as an unquoted value.
     */
    static long listSpan(CharSequence s, int i) {
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
    static int bracedEnd(CharSequence s, int i) {
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
    static int rejectedValueEnd(CharSequence s, int i) {
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
    static int encodedQuoteEnd(CharSequence s, int start) {
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
    static int escapedQuoteEnd(CharSequence s, int start) {
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
    static int quotEntityEnd(CharSequence s, int start) {
        int n = s.length();
        for (int j = start; j < n; j++) {
            char c = s.charAt(j);
            if (c == '\n' || c == '\r' || c == '&' && Chars.regionMatches(s, j, "&quot;")) {
                return j;
            }
        }
        return n;
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
    static boolean closesHere(CharSequence s, int i, int start) {
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
    static boolean isParameterSeparator(CharSequence s, int i) {
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
    static boolean isEncodedDelimiter(CharSequence s, int i, boolean twice) {
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

    static int cookieEnd(CharSequence s, int i) {
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
    static int extendWords(CharSequence s, int end, boolean encoded) {
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
    static boolean isKeyValue(CharSequence s, int start, int end) {
        int k = Chars.run(s, start, Chars.KEY, end - start);
        return k > start && k < end && (s.charAt(k) == '=' || s.charAt(k) == ':');
    }
}
