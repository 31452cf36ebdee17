package dev.logredactor.cli;

import dev.logredactor.core.LineRedactor;
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
    final byte[] data;
    final int length;
    /** Whether this chunk starts an input, so no private key block is open before it. */
    final boolean firstOfInput;
    private int[] ends = new int[0];
    private int count;
    private String[] texts;
    /** Per line, its redacted text, or {@code null} when the line is clean. */
    private String[] redacted;
    private boolean endsInPrivateKey;
    private final CountDownLatch done = new CountDownLatch(1);

    /** @param data holds the chunk's bytes at {@code [0, length)}: whole lines, the last one perhaps unterminated */
    Chunk(byte[] data, int length, boolean firstOfInput) {
        this.data = data;
        this.length = length;
        this.firstOfInput = firstOfInput;
    }

    /**
     * Finds the lines and decodes them; bytes that are not valid UTF-8 become U+FFFD. When every char
     * decodes from one byte (ASCII text, the usual case) the chunk is decoded once and cut with
     * {@link String#indexOf(int, int)}, which the JVM vectorizes.
     */
    void split() {
        String all = new String(data, 0, length, StandardCharsets.UTF_8);
        int[] e = new int[Math.max(16, length / 64)];
        String[] t = new String[e.length];
        int n = 0;
        if (all.length() == length) {
            int from = 0;
            while (from < length) {
                int nl = all.indexOf('\n', from);
                int end = nl < 0 ? length : nl + 1;
                if (n == e.length) {
                    e = Arrays.copyOf(e, n * 2);
                    t = Arrays.copyOf(t, n * 2);
                }
                e[n] = end;
                t[n++] = all.substring(from, textEnd(from, end));
                from = end;
            }
        } else {
            int from = 0;
            while (from < length) {
                int end = from;
                while (end < length && data[end++] != '\n') {
                    // up to and including the terminator
                }
                if (n == e.length) {
                    e = Arrays.copyOf(e, n * 2);
                    t = Arrays.copyOf(t, n * 2);
                }
                e[n] = end;
                t[n++] = new String(data, from, textEnd(from, end) - from, StandardCharsets.UTF_8);
                from = end;
            }
        }
        ends = e;
        texts = t;
        count = n;
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

    /** The line's text, after {@link #split()}. */
    String text(int i) {
        return texts[i];
    }

    /** The line as it is to be written: its redacted text, or {@code null} when it is clean. */
    String redacted(int i) {
        return redacted[i];
    }

    boolean endsInPrivateKey() {
        return endsInPrivateKey;
    }

    /** Redacts every line, continuing the state the redactor is in, and leaves it at the chunk's end. */
    void redactWith(LineRedactor lines) {
        String[] r = new String[count];
        for (int i = 0; i < count; i++) {
            String text = texts[i];
            String out = lines.redactLine(text);
            r[i] = out == text ? null : out;
        }
        redacted = r;
        endsInPrivateKey = lines.insidePrivateKey();
    }

    void markDone() {
        done.countDown();
    }

    boolean awaitDone(long millis) throws InterruptedException {
        return done.await(millis, TimeUnit.MILLISECONDS);
    }
}
