package dev.logredactor.cli;

import dev.logredactor.core.LineRedactor;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Whole lines of one input as the bytes that were read. {@link #split()} finds the lines: line
 * {@code i} is {@code data[start(i), textEnd(i))} followed by its terminator ({@code \n},
 * {@code \r\n}, or none at the end of the input) up to {@code end(i)}. {@link #redactWith} fills in the
 * redacted lines; the bytes themselves never change, so a clean line is written out as it came in.
 */
final class Chunk {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long TOPS = 0x8080808080808080L;
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    /** The first size of the buffer the redacted lines of a chunk are encoded into. */
    static final int REDACTED_BUFFER = 64 * 1024;

    final byte[] data;
    final int length;
    /** Whether this chunk starts an input, so no private key block is open before it. */
    final boolean firstOfInput;
    private int[] ends = new int[0];
    private int count;
    /** Per line, whether it holds a byte outside ASCII. */
    private boolean[] wide;
    /**
     * Per line, where its redacted text ends in {@link #redactedBytes} (it starts where the one before it
     * ends), or -1 when the line is clean.
     */
    private int[] redactedEnd;
    /** The redacted lines, encoded in UTF-8, one after another. */
    private byte[] redactedBytes;
    private boolean endsInPrivateKey;
    private final CountDownLatch done = new CountDownLatch(1);

    /** @param data holds the chunk's bytes at {@code [0, length)}: whole lines, the last one perhaps unterminated */
    Chunk(byte[] data, int length, boolean firstOfInput) {
        this.data = data;
        this.length = length;
        this.firstOfInput = firstOfInput;
    }

    /**
     * Finds the lines, and which of them hold a byte outside ASCII: only those need decoding from UTF-8
     * ({@link #text}); the others are copied as they are, a byte per char.
     */
    void split() {
        int[] e = new int[Math.max(16, length / 64)];
        boolean[] w = new boolean[e.length];
        int n = 0;
        int from = 0;
        while (from < length) {
            int packed = lineEnd(data, from, length);
            if (n == e.length) {
                e = Arrays.copyOf(e, n * 2);
                w = Arrays.copyOf(w, n * 2);
            }
            from = packed < 0 ? ~packed : packed;
            w[n] = packed < 0;
            e[n++] = from;
        }
        ends = e;
        wide = w;
        count = n;
    }

    /**
     * Where the line that starts at {@code from} ends, after its {@code \n} if it has one; bitwise negated
     * when the line holds a byte outside ASCII. Reads eight bytes at a time: a newline is a zero byte of
     * the word XOR eight newlines, found by the borrow of subtracting one from each byte (exact for the
     * lowest such byte, the only one used), and a byte outside ASCII is one whose top bit is set.
     */
    private static int lineEnd(byte[] data, int from, int length) {
        long high = 0;
        int i = from;
        for (; i <= length - 8; i += 8) {
            long w = (long) LONGS.get(data, i);
            long x = w ^ NEWLINES;
            long newline = (x - ONES) & ~x & TOPS;
            if (newline != 0) {
                long lowest = newline & -newline; // the top bit of the first newline's byte
                high |= w & ((lowest << 1) - 1); // the bytes up to and with it (all when it is the eighth)
                i += (Long.numberOfTrailingZeros(newline) >>> 3) + 1;
                return (high & TOPS) != 0 ? ~i : i;
            }
            high |= w;
        }
        int tail = 0;
        while (i < length) {
            byte b = data[i++];
            tail |= b;
            if (b == '\n') {
                break;
            }
        }
        return (high & TOPS) != 0 || tail < 0 ? ~i : i;
    }

    int count() {
        return count;
    }

    int start(int i) {
        return i == 0 ? 0 : ends[i - 1];
    }

    int end(int i) {
        return ends[i];
    }

    /** Where the line's text ends and its terminator starts. */
    int textEnd(int i) {
        return textEnd(start(i), ends[i]);
    }

    private int textEnd(int start, int end) {
        int e = end;
        if (e > start && data[e - 1] == '\n') {
            e--;
            if (e > start && data[e - 1] == '\r') {
                e--;
            }
        }
        return e;
    }

    /** Whether the line holds a byte outside ASCII, so that its text is decoded from UTF-8. */
    boolean wide(int i) {
        return wide[i];
    }

    /** The line's text, decoded (bytes that are not valid UTF-8 become U+FFFD), after {@link #split()}. */
    String text(int i) {
        return new String(data, start(i), textEnd(i) - start(i), wide(i) ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    /**
     * Where the line's redacted text ends in {@link #redactedBytes()}, after {@link #redactWith}; it starts
     * where the one of the last redacted line before it ends, or at 0. -1 when the line is clean.
     */
    int redactedEnd(int i) {
        return redactedEnd[i];
    }

    /** The redacted lines, encoded in UTF-8, one after another; {@code null} before {@link #redactWith}. */
    byte[] redactedBytes() {
        return redactedBytes;
    }

    boolean endsInPrivateKey() {
        return endsInPrivateKey;
    }

    /**
     * Redacts every line, continuing the state the redactor is in, and leaves it at the chunk's end. An
     * ASCII line is read where it lies ({@link AsciiLine}); only a line with other bytes is decoded. The
     * redacted lines are encoded into {@code buffer} (grown when too small), so a chunk makes no garbage
     * but for what the redactor makes of the lines it changes.
     *
     * @param scratch where each redacted line is put together before it is encoded; emptied here
     * @param buffer where the redacted lines go, or {@code null} for a new one
     */
    void redactWith(LineRedactor lines, StringBuilder scratch, byte[] buffer) {
        int[] e = new int[count];
        byte[] b = buffer != null ? buffer : new byte[REDACTED_BUFFER];
        int used = 0;
        AsciiLine ascii = new AsciiLine();
        for (int i = 0; i < count; i++) {
            CharSequence text = wide[i] ? text(i) : ascii.set(data, start(i), textEnd(i));
            scratch.setLength(0);
            if (lines.appendRedactedLine(text, scratch)) {
                if (b.length - used < 3 * scratch.length()) {
                    b = Arrays.copyOf(b, Math.max(2 * b.length, used + 3 * scratch.length()));
                }
                used = Utf8.encode(scratch, b, used);
                e[i] = used;
            } else {
                e[i] = -1;
            }
        }
        redactedEnd = e;
        redactedBytes = b;
        endsInPrivateKey = lines.insidePrivateKey();
    }

    void markDone() {
        done.countDown();
    }

    boolean awaitDone(long millis) throws InterruptedException {
        return done.await(millis, TimeUnit.MILLISECONDS);
    }
}
