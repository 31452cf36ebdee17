package dev.logredactor.spark;

import dev.logredactor.core.Redactor;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Redacts the values of some top-level fields of a JSON-lines record in place: every other byte of the line
 * stays as it was (field order, spacing, numbers, escapes). A named field's string is decoded, redacted with the
 * field's name as the key (so {@code "password":"..."} is a secret by its name) and encoded again only when it
 * changed; a number or literal of a named field is redacted so too, and written as a string when it changed
 * ({@code "card":4111...} becomes {@code "card":"[REDACTED_CREDIT_CARD]"}); a named field whose value is an
 * object or array has each member name, string and number inside redacted, with its own member name as the key.
 * A line that is not one JSON object (or nests deeper than {@value #MAX_DEPTH}) is left to the caller, which
 * redacts it whole: more is replaced, never less. Findings and failures are told only for a line read to its end.
 */
final class JsonFields {
    /** Deeper than this, the line is redacted whole rather than read (no recursion without bound). */
    static final int MAX_DEPTH = 64;

    /** The line cannot be read as one JSON object. */
    private static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable() {
            super(null, null, false, false);
        }
    }

    private static final Unreadable UNREADABLE = new Unreadable();

    private final String s;
    private final Set<String> fields;
    private final Redactor redactor;
    private StringBuilder out;
    private int copied;
    private int i;
    /** What was found and whether a value failed, told once the line is read to its end. */
    private final java.util.List<String> types = new java.util.ArrayList<>();
    private int failures;

    private JsonFields(String s, Set<String> fields, Redactor redactor) {
        this.s = s;
        this.fields = fields;
        this.redactor = redactor;
    }

    /**
     * The line with the named fields' values redacted; the same instance when nothing changed; {@code null} when
     * the line is not one JSON object (the caller redacts it whole). {@code failed} is told of each value whose
     * redaction failed (it is written as the failure placeholder).
     */
    static String redact(String line, Set<String> fields, Redactor redactor, Consumer<String> found, Runnable failed) {
        JsonFields p = new JsonFields(line, fields, redactor);
        try {
            p.space();
            p.object(true, false, 0);
            p.space();
            if (p.i != line.length()) {
                return null;
            }
        } catch (Unreadable e) {
            return null; // redacted whole by the caller, which tells its findings
        }
        p.types.forEach(found);
        for (int f = 0; f < p.failures; f++) {
            failed.run();
        }
        return p.out == null ? line : p.out.append(line, p.copied, line.length()).toString();
    }

    private void space() {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r' || s.charAt(i) == '\n')) {
            i++;
        }
    }

    private char at() throws Unreadable {
        if (i >= s.length()) {
            throw UNREADABLE;
        }
        return s.charAt(i);
    }

    /** An object at {@code i}: at the top, the named members are redacted; inside a named one, all. */
    private void object(boolean top, boolean all, int depth) throws Unreadable {
        if (at() != '{' || depth > MAX_DEPTH) {
            throw UNREADABLE;
        }
        i++;
        space();
        if (at() == '}') {
            i++;
            return;
        }
        while (true) {
            if (at() != '"') {
                throw UNREADABLE;
            }
            int start = i;
            int end = endOfString(start);
            String name = top || all ? decode(start + 1, end - 1) : null; // names elsewhere are not needed
            if (all) {
                redactName(name, start + 1, end - 1);
            }
            i = end;
            space();
            if (at() != ':') {
                throw UNREADABLE;
            }
            i++;
            space();
            value(name, all || top && fields.contains(name), depth);
            space();
            char c = at();
            i++;
            if (c == '}') {
                return;
            }
            if (c != ',') {
                throw UNREADABLE;
            }
            space();
        }
    }

    private void array(String key, boolean all, int depth) throws Unreadable {
        if (depth > MAX_DEPTH) {
            throw UNREADABLE;
        }
        i++; // '['
        space();
        if (at() == ']') {
            i++;
            return;
        }
        while (true) {
            value(key, all, depth);
            space();
            char c = at();
            i++;
            if (c == ']') {
                return;
            }
            if (c != ',') {
                throw UNREADABLE;
            }
            space();
        }
    }

    private void value(String key, boolean redact, int depth) throws Unreadable {
        char c = at();
        if (c == '"') {
            int start = i;
            int end = endOfString(start);
            if (redact) {
                redactString(key, start + 1, end - 1);
            }
            i = end;
        } else if (c == '{') {
            object(false, redact, depth + 1);
        } else if (c == '[') {
            array(key, redact, depth + 1);
        } else {
            int start = i;
            while (i < s.length() && "+-.0123456789eEtruefalsn".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (i == start) {
                throw UNREADABLE;
            }
            if (redact) {
                String literal = s.substring(start, i);
                String red = redactor.redactValue(key, literal, types::add);
                if (red != literal) {
                    replace(literal, red, start, i, true);
                }
            }
        }
    }

    /** A member name inside a named field: redacted as text (an e-mail address used as a key). */
    private void redactName(String name, int from, int to) {
        String red = redactor.redact(name, types::add);
        if (red != name) {
            replace(name, red, from, to, false);
        }
    }

    /** Writes {@code red} for {@code [from, to)}, encoded, in quotes when {@code quote} (a number that became text). */
    private void replace(String value, String red, int from, int to, boolean quote) {
        if (Redactor.isFailure(value, red)) {
            failures++;
        }
        if (out == null) {
            out = new StringBuilder(s.length() + 32);
        }
        out.append(s, copied, from);
        if (quote) {
            out.append('"');
        }
        encode(red, out);
        if (quote) {
            out.append('"');
        }
        copied = to;
    }

    /** Redacts the string whose content (still escaped) is {@code [from, to)}. */
    private void redactString(String key, int from, int to) throws Unreadable {
        String value = decode(from, to);
        String red = redactor.redactValue(key, value, types::add);
        if (red != value) {
            replace(value, red, from, to, false);
        }
    }

    /** The index after the closing quote of the string that opens at {@code start}. */
    private int endOfString(int start) throws Unreadable {
        for (int k = start + 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '"') {
                return k + 1;
            } else if (c < 0x20) {
                throw UNREADABLE; // a raw control char: not JSON
            }
        }
        throw UNREADABLE;
    }

    /** The text of the escaped string content {@code [from, to)}. */
    private String decode(int from, int to) throws Unreadable {
        int escape = from;
        while (escape < to && s.charAt(escape) != '\\') {
            escape++; // bounded by the string: no search to the end of a long line for each name
        }
        if (escape == to) {
            return s.substring(from, to);
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c != '\\') {
                b.append(c);
                continue;
            }
            if (++k >= to) {
                throw UNREADABLE;
            }
            char e = s.charAt(k);
            switch (e) {
                case '"': case '\\': case '/':
                    b.append(e);
                    break;
                case 'b':
                    b.append('\b');
                    break;
                case 'f':
                    b.append('\f');
                    break;
                case 'n':
                    b.append('\n');
                    break;
                case 'r':
                    b.append('\r');
                    break;
                case 't':
                    b.append('\t');
                    break;
                case 'u':
                    if (k + 4 >= to) {
                        throw UNREADABLE;
                    }
                    int code = 0;
                    for (int h = k + 1; h <= k + 4; h++) {
                        int d = Character.digit(s.charAt(h), 16);
                        if (d < 0) {
                            throw UNREADABLE;
                        }
                        code = code * 16 + d;
                    }
                    b.append((char) code);
                    k += 4;
                    break;
                default:
                    throw UNREADABLE;
            }
        }
        return b.toString();
    }

    /** Appends {@code text} as JSON string content: quotes, backslashes and control chars escaped. */
    static void encode(String text, StringBuilder out) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            switch (c) {
                case '"':
                    out.append("\\\"");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                default:
                    boolean lone = Character.isHighSurrogate(c) && (k + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(k + 1)))
                            || Character.isLowSurrogate(c) && (k == 0 || !Character.isHighSurrogate(text.charAt(k - 1)));
                    if (c < 0x20 || lone) {
                        out.append(String.format("\\u%04x", (int) c)); // a lone surrogate too, which UTF-8 cannot carry
                    } else {
                        out.append(c);
                    }
            }
        }
    }
}
