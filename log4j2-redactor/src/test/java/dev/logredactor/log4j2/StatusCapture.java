package dev.logredactor.log4j2;

import java.util.ArrayList;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.status.StatusData;
import org.apache.logging.log4j.status.StatusListener;
import org.apache.logging.log4j.status.StatusLogger;

/** Collects the StatusLogger's errors (or, if asked, its warnings too) while open. */
final class StatusCapture implements StatusListener, AutoCloseable {
    private final Level minimum;
    private final List<String> errors = new ArrayList<>();
    private final List<String> all = new ArrayList<>();
    private boolean closed;

    StatusCapture() {
        this(Level.ERROR);
    }

    /** @param minimum the least severe level collected */
    StatusCapture(Level minimum) {
        this.minimum = minimum;
        StatusLogger.getLogger().registerListener(this);
    }

    @Override
    public void log(StatusData data) {
        if (data.getLevel().isMoreSpecificThan(minimum)) {
            String text = data.getMessage().getFormattedMessage();
            synchronized (errors) {
                all.add(data.getLevel() + " " + text + (data.getThrowable() == null ? "" : " " + data.getThrowable()));
                if (data.getLevel().isMoreSpecificThan(Level.ERROR)) {
                    errors.add(text);
                }
            }
        }
    }

    @Override
    public Level getStatusLevel() {
        return minimum;
    }

    /** Everything collected, each with its level and any throwable. */
    List<String> all() {
        synchronized (errors) {
            return new ArrayList<>(all);
        }
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
