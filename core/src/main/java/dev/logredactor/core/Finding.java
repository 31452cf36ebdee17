package dev.logredactor.core;

import java.util.Objects;

/**
 * One piece of sensitive data found in a text: its type and its position. A finding never holds the
 * sensitive value itself, so findings can be reported (audit mode) without leaking it.
 *
 * <p>Immutable and thread-safe.
 */
public final class Finding {
    private final String type;
    private final int start;
    private final int end;

    /**
     * @param type the type name: a built-in type's ({@link SensitiveType} or the token catalog's:
     *     {@link Catalog#types()}) or a user rule's
     * @param start index of the first redacted char
     * @param end index after the last redacted char
     */
    public Finding(String type, int start, int end) {
        this.type = Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
        this.start = start;
        this.end = end;
    }

    /**
     * The type name, e.g. {@code EMAIL} or the name of a user rule.
     *
     * @return the type name
     */
    public String type() {
        return type;
    }

    /**
     * Index of the first char of the sensitive value in the scanned text.
     *
     * @return the start index
     */
    public int start() {
        return start;
    }

    /**
     * Index after the last char of the sensitive value.
     *
     * @return the end index, exclusive
     */
    public int end() {
        return end;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Finding)) {
            return false;
        }
        Finding f = (Finding) o;
        return start == f.start && end == f.end && type.equals(f.type);
    }

    @Override
    public int hashCode() {
        return (type.hashCode() * 31 + start) * 31 + end;
    }

    @Override
    public String toString() {
        return type + "[" + start + "," + end + ")";
    }
}
