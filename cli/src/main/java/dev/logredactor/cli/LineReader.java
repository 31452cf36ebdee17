package dev.logredactor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads an input as {@link Chunk}s of whole lines: it cuts the raw bytes after the last {@code \n} of
 * what was read (a {@code \n} byte never occurs inside a multi-byte UTF-8 char) and leaves the lines
 * themselves to {@link Chunk#split()}, on whichever thread redacts the chunk. A chunk is handed on
 * when the buffer is full or when the input has nothing more to give right now, so
 * {@code tail -f app.log | log-redactor} shows lines as they come.
 */
final class LineReader {
    static final int CHUNK = 1 << 18;

    /** Receives each chunk in input order. */
    interface ChunkSink {
        void chunk(Chunk chunk) throws IOException, InterruptedException;
    }

    /** Hands out buffers of {@link #CHUNK} bytes; the pipeline gives written chunks' buffers back to it. */
    interface Buffers {
        Buffers NEW = () -> new byte[CHUNK];

        byte[] take();
    }

    /** Receives each line's text in input order. */
    interface LineSink {
        void line(String text) throws IOException, InterruptedException;
    }

    private LineReader() {
    }

    /**
     * Hands each chunk of the input to {@code sink}, in order.
     *
     * @param terminate whether a last line without a terminator gets a {@code \n}: when another input
     *     follows, so that the two inputs' lines stay apart in the output
     */
    static void forEachChunk(Input input, Progress progress, Buffers buffers, ChunkSink sink, boolean terminate)
            throws IOException, InterruptedException {
        try (InputStream in = input.open()) {
            byte[] buf = buffers.take();
            int len = 0;
            boolean first = true;
            int n;
            while ((n = in.read(buf, len, buf.length - len)) >= 0) {
                len += n;
                progress.update(input);
                boolean full = len == buf.length;
                if (!full && in.available() > 0) {
                    continue;
                }
                int used = len;
                while (used > 0 && buf[used - 1] != '\n') {
                    used--;
                }
                if (used == 0) {
                    if (full) {
                        buf = Arrays.copyOf(buf, buf.length * 2); // a line longer than the buffer
                    }
                    continue;
                }
                boolean small = used < buf.length / 2;
                sink.chunk(new Chunk(small ? Arrays.copyOf(buf, used) : buf, used, first));
                first = false;
                byte[] next = small ? buf : 2 * (len - used) <= CHUNK ? buffers.take() : new byte[2 * (len - used)];
                System.arraycopy(buf, used, next, 0, len - used);
                buf = next;
                len -= used;
            }
            if (len > 0) {
                if (terminate) {
                    if (len == buf.length) {
                        buf = Arrays.copyOf(buf, len + 1);
                    }
                    buf[len++] = '\n';
                }
                sink.chunk(new Chunk(buf, len, first)); // unless terminated, ends with a line that has no terminator
            }
        }
    }

    /** Each line's text, decoded, in input order, on the calling thread. */
    static void forEachLine(Input input, LineSink sink) throws IOException, InterruptedException {
        forEachChunk(input, Progress.NONE, Buffers.NEW, chunk -> {
            chunk.split();
            for (int i = 0; i < chunk.count(); i++) {
                sink.line(chunk.text(i));
            }
        }, false);
    }
}
