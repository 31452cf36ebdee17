package dev.logredactor.cli;

import dev.logredactor.core.LineRedactor;
import dev.logredactor.core.Redactor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Redacts inputs to an output stream, with the stages of a large file spread over the machine's cores:
 * a reader thread cuts the raw bytes into {@link Chunk}s of whole lines, worker threads decode and
 * redact chunks in any order, and the calling thread writes them in input order. A clean line is
 * written as the bytes that were read, so only redacted lines are encoded again.
 *
 * <p>A private key block may span chunks that different workers redacted: each worker starts its chunk
 * outside a block, and when the writer sees that the chunk before ended inside one, it redacts the
 * chunk again from that state before writing it. That is rare and keeps the workers independent.
 *
 * <p>An I/O error of any stage ends the run and is thrown from {@link #run}.
 */
final class Pipeline {
    private static final int IN_FLIGHT = 8;
    private static final long POLL_MILLIS = 100;
    private static final Chunk END = new Chunk(new byte[0], 0, false);

    private final Redactor redactor;
    private final int workers;
    private final BlockingQueue<Chunk> inOrder = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final BlockingQueue<Chunk> toRedact = new LinkedBlockingQueue<>();
    /** Written chunks' buffers, for the reader to fill again: fresh memory costs page faults and zeroing. */
    private final BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(2 * IN_FLIGHT);
    /** Likewise, the buffers that written chunks' redacted lines were encoded into, for the workers. */
    private final BlockingQueue<byte[]> freeRedacted = new ArrayBlockingQueue<>(2 * IN_FLIGHT);
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile boolean stopped;

    private Pipeline(Redactor redactor, int workers) {
        this.redactor = redactor;
        this.workers = workers;
    }

    static void run(List<Input> inputs, Redactor redactor, OutputStream out, Progress progress) throws IOException {
        int workers = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        new Pipeline(redactor, workers).execute(inputs, out, progress);
    }

    private void execute(List<Input> inputs, OutputStream out, Progress progress) throws IOException {
        start(new Thread(() -> read(inputs, progress), "log-redactor-reader"));
        for (int i = 0; i < workers; i++) {
            start(new Thread(this::redact, "log-redactor-worker-" + i));
        }
        try {
            write(out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        } catch (IOException e) {
            failure.compareAndSet(null, e);
        } finally {
            stopped = true;
        }
        Throwable e = failure.get();
        if (e instanceof IOException) {
            throw (IOException) e;
        }
        if (e instanceof Error) {
            throw (Error) e;
        }
        if (e != null) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static void start(Thread t) {
        t.setDaemon(true);
        t.start();
    }

    private void read(List<Input> inputs, Progress progress) {
        try {
            for (int i = 0; i < inputs.size(); i++) {
                LineReader.forEachChunk(inputs.get(i), progress, this::buffer, chunk -> {
                    put(inOrder, chunk);
                    toRedact.add(chunk);
                }, i < inputs.size() - 1);
            }
            put(inOrder, END);
        } catch (IOException | InterruptedException | RuntimeException e) {
            fail(e);
        }
    }

    private byte[] buffer() {
        byte[] b = free.poll();
        return b != null ? b : new byte[LineReader.CHUNK];
    }

    private void redact() {
        StringBuilder scratch = new StringBuilder(256);
        try {
            while (!stopped) {
                Chunk c = toRedact.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (c != null) {
                    c.split();
                    c.redactWith(redactor.newLineRedactor(), scratch, freeRedacted.poll());
                    c.markDone();
                }
            }
        } catch (InterruptedException | RuntimeException | Error e) {
            fail(e);
        }
    }

    private void write(OutputStream out) throws IOException, InterruptedException {
        boolean insideKey = false;
        while (true) {
            Chunk c = inOrder.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
            if (c == null) {
                out.flush(); // nothing more yet: let a streaming reader see what we have
                if (failure.get() != null) {
                    return;
                }
                continue;
            }
            if (c == END) {
                out.flush();
                return;
            }
            while (!c.awaitDone(POLL_MILLIS)) {
                if (failure.get() != null) {
                    return;
                }
            }
            if (c.firstOfInput) {
                insideKey = false;
            }
            if (insideKey) {
                LineRedactor lines = redactor.newLineRedactor();
                lines.insidePrivateKey(true);
                c.redactWith(lines, new StringBuilder(256), c.redactedBytes());
            }
            insideKey = c.endsInPrivateKey();
            writeChunk(c, out);
            if (c.data.length == LineReader.CHUNK) {
                free.offer(c.data);
            }
            if (c.redactedBytes() != null) {
                freeRedacted.offer(c.redactedBytes());
            }
            if (inOrder.isEmpty()) {
                out.flush();
            }
        }
    }

    /** Writes clean lines as the bytes read, in runs, and redacted lines as encoded, each with its terminator. */
    private static void writeChunk(Chunk c, OutputStream out) throws IOException {
        int run = 0;
        int from = 0;
        for (int i = 0; i < c.count(); i++) {
            int to = c.redactedEnd(i);
            if (to >= 0) {
                out.write(c.data, run, c.start(i) - run);
                out.write(c.redactedBytes(), from, to - from);
                run = c.textEnd(i);
                from = to;
            }
        }
        out.write(c.data, run, c.length - run);
    }

    private void fail(Throwable e) {
        failure.compareAndSet(null, e);
        stopped = true;
    }

    private void put(BlockingQueue<Chunk> q, Chunk c) throws InterruptedException {
        while (!q.offer(c, POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (stopped) {
                throw new InterruptedException("pipeline stopped");
            }
        }
    }
}
