package dev.logredactor.logback;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import dev.logredactor.core.FindingCounts;
import dev.logredactor.core.Redactor;

/**
 * A throwable converter whose output is redacted: what {@link RedactingConverter} appends to the pattern
 * where Logback would have appended an unredacted {@code %ex}.
 */
final class RedactedThrowableConverter extends ThrowableHandlingConverter {
    private final ThrowableHandlingConverter delegate;
    private final Redactor redactor;

    RedactedThrowableConverter(ThrowableHandlingConverter delegate, Redactor redactor) {
        this.delegate = delegate;
        this.redactor = redactor;
        setContext(delegate.getContext());
    }

    @Override
    public void start() {
        if (!delegate.isStarted()) {
            delegate.start();
        }
        super.start();
    }

    @Override
    public void stop() {
        delegate.stop();
        super.stop();
    }

    @Override
    public String convert(ILoggingEvent event) {
        String trace = delegate.convert(event);
        if (trace == null || trace.isEmpty()) {
            return trace;
        }
        FindingCounts.Tally tally = redactor.counts() ? FindingCounts.begin() : null;
        try {
            return redactor.redact(trace);
        } finally {
            EventCounts.end(tally, event.getLoggerName(), redactor, this);
        }
    }
}
