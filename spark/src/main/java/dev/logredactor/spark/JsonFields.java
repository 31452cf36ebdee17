package dev.logredactor.spark;

import dev.logredactor.core.Redactor;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Redacts the string values of some top-level fields of a JSON-lines record in place: every other byte of the
 * line stays as it was (field order, spacing, numbers). A value is redacted as JSON text (escapes included),
 * with its field's name as the key, so {@code "password":"..."} is a secret by its name; a named field whose value
 * is an object or array has its JSON text redacted as any text. A line that is not a
 * JSON object is redacted whole, as a text line: more is replaced, never less.
 */
final class JsonFields {
    private JsonFields() {
    }

    /**
     * The line with the named fields' string values redacted; the same instance when nothing changed; {@code null}
     * when the line is not a JSON object the reader below understands (the caller redacts it whole).
     */
    static String redact(String line, Set<String> fields, Redactor redactor, Consumer<String> found) {
        int n = line.length();
        int i = skipSpace(line, 0);
        if (i >= n || line.charAt(i) != '{') {
            return null;
        }
        StringBuilder out = null;
        int copied = 0;
        boolean closed = false;
        i = skipSpace(line, i + 1);
        if (i < n && line.charAt(i) == '}') {
            return line;
        }
        while (i < n) {
            if (line.charAt(i) != '"') {
                return null;
            }
            int nameEnd = endOfString(line, i);
            if (nameEnd < 0) {
                return null;
            }
            String name = line.substring(i + 1, nameEnd - 1);
            i = skipSpace(line, nameEnd);
            if (i >= n || line.charAt(i) != ':') {
                return null;
            }
            i = skipSpace(line, i + 1);
            if (i >= n) {
                return null;
            }
            int valueEnd;
            if (line.charAt(i) == '"') {
                valueEnd = endOfString(line, i);
                if (valueEnd < 0) {
                    return null;
                }
                if (fields.contains(name)) {
                    String value = line.substring(i + 1, valueEnd - 1);
                    String red = redactor.redactValue(name, value, found);
                    if (red != value) {
                        if (out == null) {
                            out = new StringBuilder(n + 32);
                        }
                        out.append(line, copied, i + 1).append(red);
                        copied = valueEnd - 1;
                    }
                }
            } else {
                valueEnd = endOfValue(line, i);
                if (valueEnd < 0) {
                    return null;
                }
                if (fields.contains(name)) {
                    // an object or array where a string was expected: its JSON text, redacted as any text
                    String value = line.substring(i, valueEnd);
                    String red = redactor.redact(value, found);
                    if (red != value) {
                        if (out == null) {
                            out = new StringBuilder(n + 32);
                        }
                        out.append(line, copied, i).append(red);
                        copied = valueEnd;
                    }
                }
            }
            i = skipSpace(line, valueEnd);
            if (i >= n) {
                return null;
            }
            char c = line.charAt(i);
            if (c == '}') {
                if (skipSpace(line, i + 1) != n) {
                    return null;
                }
                closed = true;
                break;
            }
            if (c != ',') {
                return null;
            }
            i = skipSpace(line, i + 1);
        }
        if (!closed) {
            return null; // ended after a comma
        }
        if (out == null) {
            return line;
        }
        return out.append(line, copied, n).toString();
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\r' || s.charAt(i) == '\n')) {
            i++;
        }
        return i;
    }

    /** The index after the closing quote of the string that opens at {@code i}; -1 when it does not close. */
    private static int endOfString(String s, int i) {
        for (int k = i + 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\') {
                k++;
            } else if (c == '"') {
                return k + 1;
            }
        }
        return -1;
    }

    /** The index after a value that is no string: a number, a literal, or an object or array with what is inside. */
    private static int endOfValue(String s, int i) {
        int depth = 0;
        for (int k = i; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"') {
                k = endOfString(s, k);
                if (k < 0) {
                    return -1;
                }
                k--;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return k;
                }
                depth--;
                if (depth == 0) {
                    return k + 1;
                }
            } else if (depth == 0 && (c == ',' || c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
                return k;
            }
        }
        return depth == 0 ? s.length() : -1;
    }
}
