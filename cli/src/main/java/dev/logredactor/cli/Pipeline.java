package dev.logredactor.cli;

import dev.logredactor.core.LineRedactor;
import dev.logredactor.core.Redactor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Redacts inputs to a writer in three stages on their own threads, so that decoding, redaction and
 * encoding of a large file overlap on a multi-core machine: a reader splits lines into batches, the
 * calling thread redacts them in order (one {@link LineRedactor} per input, so a private key block is
 * carried across lines and batches), a writer encodes them. Output order and line terminators are
 * those of the input. An I/O error of any stage ends the run and is thrown from {@link #run}.
 */
final class Pipeline {
    private static final int BATCH = 2048;
    private static final int QUEUED = 8;

    private static final class Batch {
        final String[] lines = new String[BATCH];
        final String[] terminators = new String[BATCH];
        int count;
        boolean firstOfInput;
    }

    private static final Batch END = new Batch();

    private final BlockingQueue<Batch> toRedact = new ArrayBlockingQueue<>(QUEUED);
    private final BlockingQueue<Batch> toWrite = new ArrayBlockingQueue<>(QUEUED);
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    private Pipeline() {
    }

    static void run(List<Input> inputs, Redactor redactor, Writer out, Progress progress) throws IOException {
        new Pipeline().execute(inputs, redactor, out, progress);
    }

    private void execute(List<Input> inputs, Redactor redactor, Writer out, Progress progress) throws IOException {
        Thread reader = new Thread(() -> read(inputs, progress), "log-redactor-reader");
        Thread writer = new Thread(() -> write(out), "log-redactor-writer");
        reader.setDaemon(true);
        writer.setDaemon(true);
        reader.start();
        writer.start();
        try {
            LineRedactor lines = null;
            while (true) {
                Batch b = take(toRedact);
                if (b == END || b == null) {
                    break;
                }
                if (b.firstOfInput || lines == null) {
                    lines = redactor.newLineRedactor();
                }
                for (int i = 0; i < b.count; i++) {
                    b.lines[i] = lines.redactLine(b.lines[i]);
                }
                put(toWrite, b);
            }
            put(toWrite, END);
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted");
        }
        Exception e = failure.get();
        if (e instanceof IOException) {
            throw (IOException) e;
        }
        if (e != null) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void read(List<Input> inputs, Progress progress) {
        try {
            for (Input in : inputs) {
                Batch[] current = {new Batch()};
                current[0].firstOfInput = true;
                LineCopier.forEachLine(in, progress, (line, terminator) -> {
                    Batch b = current[0];
                    b.lines[b.count] = line;
                    b.terminators[b.count] = terminator;
                    if (++b.count == BATCH) {
                        put(toRedact, b);
                        current[0] = new Batch();
                    }
                });
                put(toRedact, current[0]);
            }
        } catch (IOException | UncheckedIOException | InterruptedException e) {
            failure.compareAndSet(null, e);
        } finally {
            toRedact.offer(END);
            forceOffer(toRedact);
        }
    }

    private void write(Writer out) {
        try {
            while (true) {
                Batch b = take(toWrite);
                if (b == END || b == null) {
                    break;
                }
                for (int i = 0; i < b.count; i++) {
                    out.write(b.lines[i]);
                    out.write(b.terminators[i]);
                }
            }
            out.flush();
        } catch (IOException | InterruptedException e) {
            failure.compareAndSet(null, e);
            toRedact.clear();
            forceOffer(toRedact);
        }
    }

    /** Puts {@link #END} even into a full queue, so the consumer stops. */
    private static void forceOffer(BlockingQueue<Batch> q) {
        while (!q.offer(END)) {
            q.poll();
        }
    }

    private void put(BlockingQueue<Batch> q, Batch b) throws InterruptedException {
        while (!q.offer(b, 100, TimeUnit.MILLISECONDS)) {
            if (failure.get() != null) {
                throw new InterruptedException("pipeline stopped");
            }
        }
    }

    private Batch take(BlockingQueue<Batch> q) throws InterruptedException {
        while (true) {
            Batch b = q.poll(100, TimeUnit.MILLISECONDS);
            if (b != null) {
                return b;
            }
            if (failure.get() != null && q == toWrite) {
                return END;
            }
        }
    }
}
