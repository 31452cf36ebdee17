package dev.logredactor.log4j2;

import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;

/** Collects the StatusLogger's errors while open. */
final class StatusCapture implements StatusListener, AutoCloseable {
    private final List<String> errors = new ArrayList<>();
    private boolean closed;

    StatusCapture() {
        StatusLogger.getLogger().registerListener(this);
    }

    @Override
    public void log(StatusData data) {
        if (data.getLevel().isMoreSpecificThan(Level.ERROR)) {
            synchronized (errors) {
                errors.add(data.getMessage().getFormattedMessage());
            }
        }
    }

    @Override
    public Level getStatusLevel() {
        return Level.ERROR;
    }

    /** The errors whose text contains {@code part}. */
    List<String> errors(String part) {
        List<String> r = new ArrayList<>();
        synchronized (errors) {
            for (String e : errors) {
                if (e.contains(part)) {
                    r.add(e);
                }
            }
        }
        return r;
    }

    /** Stops collecting. (StatusLogger calls it back from removeListener, hence the guard.) */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            StatusLogger.getLogger().removeListener(this);
        }
    }
}
