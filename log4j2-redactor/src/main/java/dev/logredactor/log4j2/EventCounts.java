package dev.logredactor.log4j2;

import dev.logredactor.core.FindingCounts;
import dev.logredactor.core.Redactor;
import org.apache.logging.log4j.status.StatusLogger;

/** The end of one event's counting in {@link FindingCounts}, and report mode's message per logger. */
final class EventCounts {
    private EventCounts() {
    }

    /**
     * Ends the event's tally (if any: {@code null} with telemetry off) under its logger; in report mode,
     * the first event of a logger with findings is told once as a warning naming the logger and the
     * types, never the values.
     */
    static void end(FindingCounts.Tally tally, String logger, Redactor redactor) {
        if (tally == null) {
            return; // telemetry off
        }
        String warning = tally.endReporting(logger, redactor);
        if (warning != null) {
            StatusLogger.getLogger().warn(warning);
        }
    }
}
