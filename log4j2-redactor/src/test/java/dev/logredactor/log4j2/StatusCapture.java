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
    private final List<StatusData> collected = new ArrayList<>();
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
            synchronized (collected) {
                collected.add(data);
            }
        }
    }

    @Override
    public Level getStatusLevel() {
        return minimum;
    }

    /** Everything collected, each with its level and any throwable. */
    List<String> all() {
        List<String> r = new ArrayList<>();
        synchronized (collected) {
            for (StatusData d : collected) {
                r.add(d.getLevel() + " " + d.getMessage().getFormattedMessage() + (d.getThrowable() == null ? "" : " " + d.getThrowable()));
            }
        }
        return r;
    }

    /** The errors whose text contains {@code part}. */
    List<String> errors(String part) {
        List<String> r = new ArrayList<>();
        synchronized (collected) {
            for (StatusData d : collected) {
                String text = d.getMessage().getFormattedMessage();
                if (d.getLevel().isMoreSpecificThan(Level.ERROR) && text.contains(part)) {
                    r.add(text);
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
