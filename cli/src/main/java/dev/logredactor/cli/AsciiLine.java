package dev.logredactor.cli;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A line of ASCII bytes read as chars where it lies, one byte per char, so that the redactor reads a
 * clean line without a {@code String} being made of it: no copy, no garbage. One instance per worker,
 * pointed at each line in turn with {@link #set}; {@link #subSequence} and {@link #toString} copy.
 *
 * <p>Only for bytes below 0x80, whose UTF-8 and ISO-8859-1 readings are the same chars.
 */
final class AsciiLine implements CharSequence {
    private byte[] data;
    private int start;
    private int length;

    /** Points this view at {@code data[start, end)}, which holds ASCII bytes only. */
    AsciiLine set(byte[] data, int start, int end) {
        this.data = data;
        this.start = start;
        this.length = end - start;
        return this;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return (char) data[start + Objects.checkIndex(index, length)];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
        Objects.checkFromToIndex(from, to, length);
        return new String(data, start + from, to - from, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return new String(data, start, length, StandardCharsets.ISO_8859_1);
    }
}
