package dev.logredactor.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggerContextVO;
import dev.logredactor.core.Redactor;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;

/**
 * An event as its layout or encoder is to see it under {@code neutralize-newlines}: message, pattern and
 * string arguments with line breaks and control chars escaped ({@link Redactor#neutralize}); everything
 * else, stack trace included, is the original's. Only an event whose message holds such a char is
 * wrapped, so the others cost one scan of their message.
 */
final class NeutralizedEvent implements ILoggingEvent {
    private final ILoggingEvent event;
    private final String message;
    private final String formatted;
    private final Object[] arguments;

    private NeutralizedEvent(ILoggingEvent event, Redactor redactor, String formatted) {
        this.event = event;
        this.formatted = redactor.neutralize(formatted);
        this.message = redactor.neutralize(event.getMessage());
        Object[] args = event.getArgumentArray();
        if (args != null) {
            args = args.clone();
            for (int i = 0; i < args.length; i++) {
                if (args[i] instanceof String) {
                    args[i] = redactor.neutralize((String) args[i]);
                }
            }
        }
        this.arguments = args;
    }

    /** The event to render: the same one when the option is off or its message needs nothing escaped. */
    static ILoggingEvent of(ILoggingEvent event, Redactor redactor) {
        if (!redactor.neutralizesNewlines() || event == null) {
            return event;
        }
        try {
            String formatted = event.getFormattedMessage();
            String pattern = event.getMessage();
            if (!redactor.needsNeutralizing(formatted) && !redactor.needsNeutralizing(pattern)) {
                return event;
            }
            return new NeutralizedEvent(event, redactor, formatted);
        } catch (RuntimeException e) {
            return event; // the layout meets the same failure and the redactor's fail-closed path handles it
        }
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public Object[] getArgumentArray() {
        return arguments;
    }

    @Override
    public String getFormattedMessage() {
        return formatted;
    }

    @Override
    public String getThreadName() {
        return event.getThreadName();
    }

    @Override
    public Level getLevel() {
        return event.getLevel();
    }

    @Override
    public String getLoggerName() {
        return event.getLoggerName();
    }

    @Override
    public LoggerContextVO getLoggerContextVO() {
        return event.getLoggerContextVO();
    }

    @Override
    public IThrowableProxy getThrowableProxy() {
        return event.getThrowableProxy();
    }

    @Override
    public StackTraceElement[] getCallerData() {
        return event.getCallerData();
    }

    @Override
    public boolean hasCallerData() {
        return event.hasCallerData();
    }

    @Override
    @SuppressWarnings("deprecation")
    public Marker getMarker() {
        return event.getMarker();
    }

    @Override
    public List<Marker> getMarkerList() {
        return event.getMarkerList();
    }

    @Override
    public Map<String, String> getMDCPropertyMap() {
        return event.getMDCPropertyMap();
    }

    @Override
    @SuppressWarnings("deprecation")
    public Map<String, String> getMdc() {
        return event.getMdc();
    }

    @Override
    public long getTimeStamp() {
        return event.getTimeStamp();
    }

    @Override
    public int getNanoseconds() {
        return event.getNanoseconds();
    }

    @Override
    public Instant getInstant() {
        return event.getInstant();
    }

    @Override
    public long getSequenceNumber() {
        return event.getSequenceNumber();
    }

    @Override
    public List<KeyValuePair> getKeyValuePairs() {
        return event.getKeyValuePairs();
    }

    @Override
    public void prepareForDeferredProcessing() {
        event.prepareForDeferredProcessing();
    }
}
