package dev.logredactor.core.internal.keys;

import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;

/**
 * Values of sensitive keys in {@code k=v}, {@code k: v}, {@code k = v}, {@code k -> v}, {@code "k":"v"}, escaped
 * {@code \"k\":\"v\"}, {@code -Dk=v}, URL query and fragment parameters, URL-encoded
 * {@code k%3Dv} (and {@code k%253Dv}, encoded twice), {@code =} as Gson escapes it (backslash, {@code u003d}), and name/value pairs
 * ({@code {"name":"DB_PASSWORD","value":"v"}}). Trigger: the separator; the key is looked up backwards from it.
 */
public final class KeyValueDetector extends BuiltInDetector {
    private static final String QUOTES = "\"'\\";
    /** The longest name of a name/value pair that is looked up. */
    private static final int MAX_NAME = 64;

    private final SensitiveKeys keys;
    private final KeyedValue values;

    public KeyValueDetector(SensitiveKeys keys, KeyedValue values) {
        this.keys = keys;
        this.values = values;
    }

    @Override
    protected String[] prefixes() {
        return new String[] {"=", ":", "%3", "%2", "->", "\\u"};
    }

    /**
     * The char before the separator ends the key, or is a space, quote or backslash that {@link #keyEnd}
     * skips ({@code ;} ends {@code &quot;}, {@code 2} ends {@code %22} and a quote as Gson escapes it,
     * backslash {@code u0022}, as {@code 7} ends backslash {@code u0027}), or {@code _}, which the key lookup
     * skips, or the {@code ]} of a bracketed name ({@code D} ends {@code %5D}).
     */
    @Override
    protected boolean mayFollow(int prev) {
        return prev == ' ' || prev == '\t' || prev == '"' || prev == '\'' || prev == '\\' || prev == ';' || prev == '2'
                || prev == '_' || prev == ']' || prev == '7' || prev == 'D' || prev == 'd' || prev < 128 && keys.mayEndWith((char) prev);
    }

    @Override
    protected Findings detect(CharSequence s, int at, int from, Findings out) {
        int n = s.length();
        char c = s.charAt(at);
        int valueStart = at + 1;
        boolean encoded = false;
        if (c == '-') {
            valueStart = at + 2; // password -> value
        } else if (c == '%') {
            int hex = at + 1;
            if (Chars.regionMatches(s, hex, "25")) {
                hex += 2; // encoded twice: %253D, as a URL in a parameter of a URL in a parameter
            }
            if (hex + 1 >= n || s.charAt(hex) != '3') {
                return null;
            }
            char d = (char) (s.charAt(hex + 1) | 0x20);
            if (d != 'd' && d != 'a') {
                return null;
            }
            encoded = true;
            valueStart = hex + 2;
        } else if (c == '\\') {
            if (!Chars.regionMatchesIgnoreCase(s, at, "\\u003d")) {
                return null;
            }
            valueStart = at + 6; // = as Gson escapes it in strings: backslash, u003d
        } else if (valueStart < n) {
            char next = s.charAt(valueStart);
            if (next == c || c == ':' && next == '/' || c == '=' && next == '=') {
                return null; // ::, ://, ==
            }
            if (c == ':' && next == '=') {
                valueStart++;
            }
        }
        if (at > 0) {
            char prev = s.charAt(at - 1);
            if (prev == c || prev == '!' || prev == '<' || prev == '>') {
                return null;
            }
        }
        int keyEnd = keyEnd(s, at, from, encoded);
        if (keyEnd < 0) {
            return null;
        }
        SensitiveKeys.Entry e = keys.lookup(s, keyEnd, from);
        if (e == null && ((e = namedValue(s, keyEnd, from)) == null || c == ':' && isNextField(s, valueStart))) {
            return null;
        }
        if (c == ':' && isPamService(s, keyEnd, from)) {
            return null;
        }
        char before = at > 0 ? s.charAt(at - 1) : ' ';
        boolean spaced = c != '=' || before == ' ' || before == '\t' || keyEnd < at - 1 && before != '"';
        return values.emit(s, valueStart, spaced, encoded, e, out);
    }

    /**
     * The entry of a name/value pair's name, when the key that ends at {@code keyEnd} is {@code value} and the
     * member before it names a sensitive key: {@code {"name":"DB_PASSWORD","value":"v"}} (Kubernetes and ECS
     * environment variables), {@code {"Key":"password","Value":"v"}}, escaped inside a JSON string too; and with
     * the name unquoted, as Java's and Go's structs print: {@code EnvVar(name=DB_PASSWORD, value=v, ...)}
     * (fabric8), {@code KeyValuePair(Name=DB_PASSWORD, Value=v)} (AWS SDK), {@code {Name:DB_PASSWORD Value:v}} (Go's
     * {@code %+v}), {@code {name: DB_PASSWORD, value: v}}, and the attributes of HTML-escaped XML
     * ({@code &lt;property name=&quot;password&quot; value=&quot;v&quot;/&gt;}).
     */
    private SensitiveKeys.Entry namedValue(CharSequence s, int keyEnd, int from) {
        int j = keyEnd - 5;
        if (j < from || (s.charAt(keyEnd - 1) | 0x20) != 'e' || !Chars.regionMatchesIgnoreCase(s, j, "value")) {
            return null;
        }
        j = skipQuotes(s, j - 1, from);
        int beforeValue = j;
        j = skipBack(s, j, from, " ");
        if (j >= from && s.charAt(j) == ',') {
            j = skipBack(s, j - 1, from, " ");
        } else if (j == beforeValue) {
            return null; // neither a comma nor a space between the members
        }
        int nameEnd = skipQuotes(s, j, from);
        boolean quoted = nameEnd != j;
        int nameStart = nameEnd;
        while (nameStart >= from && nameEnd - nameStart < MAX_NAME && Chars.is(s.charAt(nameStart), Chars.KEY)) {
            nameStart--;
        }
        j = skipQuotes(s, nameStart, from);
        if (quoted == (j == nameStart) || nameStart == nameEnd) {
            return null; // a name quoted on one side only, or none
        }
        j = skipBack(s, j, from, " ");
        if (j < from || s.charAt(j) != ':' && s.charAt(j) != '=') {
            return null;
        }
        int fieldEnd = skipQuotes(s, skipBack(s, j - 1, from, " "), from) + 1;
        boolean named = Chars.isWordBefore(s, fieldEnd, from, "name") || Chars.isWordBefore(s, fieldEnd, from, "key");
        return named ? keys.lookup(s, nameEnd + 1, nameStart + 1) : null;
    }

    /**
     * Whether the key that ends at {@code keyEnd} is the service of a PAM module's log prefix,
     * {@code pam_unix(passwd:chauthtok)}: a service and a management group, no key and value.
     */
    private static boolean isPamService(CharSequence s, int keyEnd, int from) {
        int j = keyEnd;
        int lo = Math.max(from, keyEnd - 64);
        while (j > lo && Chars.is(s.charAt(j - 1), Chars.KEY)) {
            j--;
        }
        if (j <= lo || s.charAt(j - 1) != '(') {
            return false;
        }
        int module = j - 1;
        while (module > lo && Chars.isWord(s.charAt(module - 1))) {
            module--;
        }
        return Chars.regionMatches(s, module, "pam_") && (module == from || !Chars.isWord(s.charAt(module - 1)));
    }

    /**
     * Whether a space and then the next field of a struct as Go's {@code %+v} prints it follow at {@code i}, a
     * capitalized name glued to its colon: an empty value ({@code {Name:DB_PASSWORD Value: ValueFrom:&...}}).
     */
    private static boolean isNextField(CharSequence s, int i) {
        if (i + 1 >= s.length() || s.charAt(i) != ' ' || !Chars.isUpper(s.charAt(i + 1))) {
            return false;
        }
        int end = Chars.run(s, i + 1, Chars.WORD, 64);
        return end < s.length() && s.charAt(end) == ':';
    }

    /**
     * The index of the last char at or before {@code j} that is no quote: {@code "}, {@code '} and backslashes
     * (escaped JSON), or {@code &quot;} (HTML-escaped XML: {@code &lt;property name=&quot;k&quot; value=...}).
     */
    private static int skipQuotes(CharSequence s, int j, int from) {
        int k = skipBack(s, j, from, QUOTES);
        while (k - 5 >= from && s.charAt(k) == ';' && Chars.regionMatchesIgnoreCase(s, k - 5, "&quot;")) {
            k = skipBack(s, k - 6, from, QUOTES);
        }
        return k;
    }

    /** The index of the last char at or before {@code j} that is not one of {@code chars}, looking back at most 8. */
    private static int skipBack(CharSequence s, int j, int from, String chars) {
        int lo = Math.max(from, j - 8);
        while (j >= lo && chars.indexOf(s.charAt(j)) >= 0) {
            j--;
        }
        return j;
    }

    /** Index after the key that ends before the separator at {@code sep}: spaces and quotes skipped. */
    private static int keyEnd(CharSequence s, int sep, int from, boolean encoded) {
        int j = sep - 1;
        int spaces = 0;
        while (j >= from && spaces < 3 && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j--;
            spaces++;
        }
        int quotes = 0;
        while (j >= from && quotes < 8) {
            char c = s.charAt(j);
            if (c == '"' || c == '\'' || c == '\\') {
                j--;
                quotes++;
            } else if (c == ';' && j - 5 >= from && Chars.regionMatchesIgnoreCase(s, j - 5, "&quot;")) {
                j -= 6;
                quotes++;
            } else if ((c == '2' || c == '7') && j - 5 >= from && Chars.isEscapedQuote(s, j - 5)) {
                j -= 6; // a quote as Gson escapes it (backslash, u0027): a dict's repr inside a JSON string
                quotes++;
            } else if (encoded && j - 2 >= from && c == '2' && s.charAt(j - 1) == '2' && s.charAt(j - 2) == '%') {
                j -= 3;
                quotes++;
            } else {
                break;
            }
        }
        if (j >= from && (s.charAt(j) == ']' || isEscape(s, j, from, ']'))) {
            return bracketedKeyEnd(s, s.charAt(j) == ']' ? j : j - 2, from, s.charAt(sep) == ':');
        }
        return j >= from && Chars.isWord(s.charAt(j)) ? j + 1 : -1;
    }

    /** Whether {@code s[j]} ends the URL-encoded {@code bracket} ({@code %5B}, {@code %5D}), at or after {@code from}. */
    private static boolean isEscape(CharSequence s, int j, int from, char bracket) {
        return j - 2 >= from && Chars.escapedBefore(s, j + 1) == bracket;
    }

    /**
     * The end of the key of a bracketed name whose {@code ]} (or {@code %5D}) is at {@code close}: the name in
     * the brackets ({@code user[password]=v}, as Rails and PHP name form fields), or the name before them when
     * they hold an index ({@code password[0]=v}); -1 when there is none. An index before a colon is a process
     * id: syslog's {@code passwd[1234]: ...} and {@code chpasswd[88]: ...} name the program that logs.
     */
    private static int bracketedKeyEnd(CharSequence s, int close, int from, boolean colon) {
        int j = close - 1;
        int lo = Math.max(from, close - 64);
        while (j >= lo && Chars.is(s.charAt(j), Chars.KEY) && !isEscape(s, j, from, '[')) {
            j--;
        }
        boolean raw = j >= from && s.charAt(j) == '[';
        boolean escaped = j >= lo && isEscape(s, j, from, '[');
        if (j == close - 1 || !raw && !escaped) {
            return -1;
        }
        int open = raw ? j : j - 2;
        if (Chars.digits(s, j + 1) != close) {
            return close; // user[password]
        }
        return !colon && open > from && Chars.isWord(s.charAt(open - 1)) ? open : -1; // password[0]
    }
}
