package dev.logredactor.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Progress on standard error for large inputs, shown only when standard error is a terminal (so
 * redirected or piped runs stay clean), at most twice a second.
 */
class Progress {
    /** Inputs smaller than this finish before progress would help. */
    static final long LARGE = 32L << 20;

    /** Shows nothing. */
    static final Progress NONE = new Progress(null, 0);

    private final PrintStream err;
    private final long total;
    private long shown;
    private long done;
    private long lastInput;

    Progress(PrintStream err, long total) {
        this.err = err;
        this.total = total;
    }

    static Progress forInputs(List<Input> inputs, PrintStream err) {
        long total = 0;
        for (Input in : inputs) {
            total += Math.max(0, in.size());
        }
        return total >= LARGE && isTerminal() ? new Progress(err, total) : NONE;
    }

    void update(Input input) {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (now - shown < 500_000_000L) {
            return;
        }
        shown = now;
        long read = input.bytesRead();
        if (read < lastInput) {
            done += lastInput;
        }
        lastInput = read;
        long sofar = done + read;
        err.printf(Locale.ROOT, "\rlog-redactor: %3d%%  %d of %d MB  %s ", sofar * 100 / total, sofar >> 20,
                total >> 20, input.name());
        err.flush();
    }

    void done() {
        if (err != null && shown != 0) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }

    /** Whether file descriptor 2 is a terminal (Linux: its /proc link names a tty), else whether a console is. */
    private static boolean isTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return System.console() != null;
        }
    }
}
