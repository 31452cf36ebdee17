package dev.logredactor.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the benchmarked appenders write: bytes are dropped, except while a setup check captures them.
 * Only the check reads the capture, after the logging thread has written (or, for async loggers, after
 * the captured text shows the check's last event).
 */
final class Sink extends OutputStream {
    private volatile ByteArrayOutputStream capture;

    void capture(boolean on) {
        capture = on ? new ByteArrayOutputStream() : null;
    }

    /** What was written since {@link #capture} was switched on. */
    String captured() {
        ByteArrayOutputStream c = capture;
        if (c == null) {
            return "";
        }
        synchronized (c) {
            return c.toString(StandardCharsets.UTF_8);
        }
    }

    @Override
    public void write(int b) {
        ByteArrayOutputStream c = capture;
        if (c != null) {
            synchronized (c) {
                c.write(b);
            }
        }
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ByteArrayOutputStream c = capture;
        if (c != null) {
            synchronized (c) {
                c.write(b, off, len);
            }
        }
    }
}
