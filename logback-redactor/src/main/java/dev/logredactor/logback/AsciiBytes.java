package dev.logredactor.logback;

/**
 * A read-only view of bytes that are all ASCII as chars, so encoded output can be scanned without
 * decoding it. Only valid when {@link #isAscii} holds for the range.
 */
final class AsciiBytes implements CharSequence {
    private final byte[] bytes;
    private final int offset;
    private final int length;

    AsciiBytes(byte[] bytes, int offset, int length) {
        this.bytes = bytes;
        this.offset = offset;
        this.length = length;
    }

    static boolean isAscii(byte[] b) {
        int or = 0;
        for (byte x : b) {
            or |= x;
        }
        return or >= 0;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return (char) bytes[offset + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (start < 0 || end > length || start > end) {
            throw new IndexOutOfBoundsException(start);
        }
        return new AsciiBytes(bytes, offset + start, end - start);
    }

    @Override
    public String toString() {
        return new String(bytes, offset, length, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
