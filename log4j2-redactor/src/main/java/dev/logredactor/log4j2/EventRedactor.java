package dev.logredactor.log4j2;

import dev.logredactor.core.FindingCounts;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.Throwables;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.ThreadContext;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.impl.ContextDataFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.MapMessage;
import org.apache.logging.log4j.message.ReusableMessage;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.message.StructuredDataMessage;
import org.apache.logging.log4j.spi.MutableThreadContextStack;
import org.apache.logging.log4j.status.StatusLogger;
import org.apache.logging.log4j.util.ReadOnlyStringMap;
import org.apache.logging.log4j.util.StringMap;
import org.apache.logging.log4j.util.TriConsumer;

/**
 * Makes the redacted copy of a {@link LogEvent}: its formatted message (map messages value by value),
 * ThreadContext map and stack, and throwable chain; with {@code neutralize-newlines}, the message with its
 * line breaks and control chars escaped. An event with nothing to redact is returned as it
 * is, and checking it allocates nothing ({@link Buffers}), so a garbage-free Log4j stays so.
 */
final class EventRedactor {
    private final Redactor redactor;
    private final String plugin;
    private final AtomicBoolean reported = new AtomicBoolean();

    EventRedactor(Redactor redactor, String plugin) {
        this.redactor = redactor;
        this.plugin = plugin;
    }

    Redactor redactor() {
        return redactor;
    }

    /**
     * The event, redacted: the same instance when nothing was found. ({@code setThrownProxy(null)} is a
     * no-op since Log4j 2.25; before, the builder copied the proxy of the raw throwable along.)
     */
    @SuppressWarnings("deprecation")
    LogEvent redact(LogEvent event) {
        try {
            Message message = redactMessage(event.getMessage());
            StringMap context = redactContext(event.getContextData());
            ThreadContext.ContextStack stack = redactStack(event.getContextStack());
            Throwable thrown = event.getThrown();
            Throwable redactedThrown = thrown == null ? null : redactThrowable(thrown);
            if (message == null && context == null && stack == null && redactedThrown == thrown) {
                return event;
            }
            Log4jLogEvent.Builder b = copyOf(event);
            if (message != null) {
                b.setMessage(message);
            }
            if (context != null) {
                b.setContextData(context);
            }
            if (stack != null) {
                b.setContextStack(stack);
            }
            if (redactedThrown != thrown) {
                b.setThrown(redactedThrown).setThrownProxy(null);
            }
            return b.build();
        } catch (RuntimeException | StackOverflowError e) {
            redactorFailed(e);
            return failed(event);
        }
    }

    /**
     * The event as a layout is to see it under {@code neutralize-newlines}: its message (a map message's
     * values) with line breaks and control chars escaped; the same instance when the option is off or
     * there is nothing to escape. The layout's own line breaks and stack traces stay.
     */
    LogEvent neutralized(LogEvent event) {
        if (!redactor.neutralizesNewlines()) {
            return event;
        }
        try {
            Message m = event.getMessage();
            Message n = null;
            if (m instanceof MapMessage) {
                n = redactMap((MapMessage<?, ?>) m);
            } else if (m != null) {
                String text = m.getFormattedMessage();
                n = redactor.needsNeutralizing(text) ? new SimpleMessage(redactor.neutralize(text)) : null;
            }
            return n == null ? event : copyOf(event).setMessage(n).build();
        } catch (RuntimeException e) {
            return event; // the layout meets the same failure, and the redaction around it fails closed
        }
    }

    /**
     * A builder holding the event's fields, like {@code new Log4jLogEvent.Builder(event)} but for the
     * caller's location: that constructor asks for it, which makes a synchronous event walk the stack
     * (half the cost of a redacted event, measured), whether or not a layout prints it. On the thread that
     * logged, the copy is left to find the location itself when a layout asks, from the same stack; an
     * event that crossed threads (async loggers, {@code Async} appender) had it taken before, if at all.
     */
    private static Log4jLogEvent.Builder copyOf(LogEvent event) {
        Message m = event.getMessage();
        ReadOnlyStringMap data = event.getContextData();
        Log4jLogEvent.Builder b = Log4jLogEvent.newBuilder()
                .setLoggerFqcn(event.getLoggerFqcn())
                .setLevel(event.getLevel())
                .setLoggerName(event.getLoggerName())
                .setMarker(event.getMarker())
                .setThrown(event.getThrown())
                .setEndOfBatch(event.isEndOfBatch())
                .setIncludeLocation(event.isIncludeLocation())
                .setNanoTime(event.getNanoTime())
                .setInstant(event.getInstant())
                .setThreadId(event.getThreadId())
                .setThreadPriority(event.getThreadPriority())
                .setThreadName(event.getThreadName())
                .setMessage(m instanceof ReusableMessage ? ((ReusableMessage) m).memento() : m)
                .setContextData(data instanceof StringMap && ((StringMap) data).isFrozen() ? (StringMap) data
                        : data != null ? ContextDataFactory.createContextData(data) : ContextDataFactory.emptyFrozenContextData())
                .setContextStack(event.getContextStack());
        if (event.getThreadId() != Thread.currentThread().getId()) {
            b.setSource(event.getSource());
        }
        return b;
    }

    /** Fail closed: the event with a placeholder for its message and throwable, and no context. */
    @SuppressWarnings("deprecation")
    private static LogEvent failed(LogEvent event) {
        try {
            return new Log4jLogEvent.Builder(event)
                    .setMessage(new SimpleMessage(Redactor.FAILED))
                    .setContextData(ContextDataFactory.emptyFrozenContextData())
                    .setContextStack(ThreadContext.EMPTY_STACK)
                    .setThrown(null)
                    .setThrownProxy(null)
                    .build();
        } catch (RuntimeException | StackOverflowError e) {
            return Log4jLogEvent.newBuilder()
                    .setLoggerName(safeLoggerName(event))
                    .setLevel(event.getLevel())
                    .setMessage(new SimpleMessage(Redactor.FAILED))
                    .build();
        }
    }

    private static String safeLoggerName(LogEvent event) {
        try {
            return event.getLoggerName();
        } catch (RuntimeException e) {
            return "";
        }
    }

    private void redactorFailed(Throwable e) {
        FindingCounts.failed();
        if (reported.compareAndSet(false, true)) {
            StatusLogger.getLogger().error("log-redactor: redaction failed in {}; the event was written with {} in place of "
                    + "its message, context and throwable (reported once)", plugin, Redactor.FAILED, e);
        }
    }

    /** The redacted message, or {@code null} when it is clean. */
    private Message redactMessage(Message m) {
        if (m == null) {
            return null;
        }
        if (m instanceof MapMessage) {
            return redactMap((MapMessage<?, ?>) m);
        }
        StringBuilder[] buf = Buffers.acquire();
        try {
            StringBuilder text = buf[0];
            if (m instanceof ReusableMessage) {
                ((ReusableMessage) m).formatTo(text); // garbage-free mode: no String made
            } else {
                text.append(m.getFormattedMessage()); // cached by the message: layouts print this very text
            }
            boolean changed = redactor.appendRedacted(text, buf[1]);
            StringBuilder result = changed ? buf[1] : text;
            if (redactor.needsNeutralizing(result)) {
                return new SimpleMessage(redactor.neutralize(result.toString()));
            }
            return changed ? new SimpleMessage(result.toString()) : null;
        } finally {
            Buffers.release(buf);
        }
    }

    /** The map message with its values (and a structured-data message's text) redacted, or {@code null} when clean. */
    private MapMessage<?, ?> redactMap(MapMessage<?, ?> m) {
        MapCheck check = new MapCheck(redactor);
        m.forEach(MapCheck.VISIT, check);
        String text = null;
        String redactedText = null;
        if (m instanceof StructuredDataMessage) {
            text = ((StructuredDataMessage) m).getFormat();
            redactedText = text == null ? null : redactor.redact(text);
        }
        if (!check.dirty && redactedText == text) {
            return null;
        }
        if (m instanceof StructuredDataMessage) {
            StructuredDataMessage sd = (StructuredDataMessage) m;
            return new StructuredDataMessage(sd.getId(), redactedText, sd.getType(), check.values);
        }
        MapMessage<?, Object> copy = new MapMessage<>(check.values.size());
        check.values.forEach(copy::with);
        return copy;
    }

    /** A map message's values, redacted, in order, and whether any changed. */
    private static final class MapCheck {
        static final TriConsumer<String, Object, MapCheck> VISIT = (k, v, c) -> c.visit(k, v);

        final Redactor redactor;
        final Map<String, String> values = new LinkedHashMap<>();
        boolean dirty;

        MapCheck(Redactor redactor) {
            this.redactor = redactor;
        }

        void visit(String key, Object value) {
            String v = String.valueOf(value);
            String r = redactor.neutralize(redactor.redactValue(key, v));
            dirty |= r != v;
            values.put(key, r);
        }
    }

    /** The redacted ThreadContext map, or {@code null} when every value is clean. */
    private StringMap redactContext(ReadOnlyStringMap data) {
        if (data == null || data.isEmpty()) {
            return null;
        }
        ContextCheck check = CONTEXT_CHECK.get();
        if (check.owner != null) {
            check = new ContextCheck(); // in use further up this thread's stack (a value's toString() that logs)
        }
        check.dirty = false;
        check.owner = this;
        try {
            data.forEach(ContextCheck.VISIT, check);
        } finally {
            check.owner = null;
        }
        if (!check.dirty) {
            return null;
        }
        StringMap copy = ContextDataFactory.createContextData(data.size());
        data.forEach((String k, Object v) -> copy.putValue(k, v == null ? null : redactor.redactValue(k, String.valueOf(v))));
        copy.freeze();
        return copy;
    }

    private static final ThreadLocal<ContextCheck> CONTEXT_CHECK = ThreadLocal.withInitial(ContextCheck::new);

    /** Finds whether any ThreadContext value is dirty, without allocating. */
    private static final class ContextCheck {
        static final TriConsumer<String, Object, ContextCheck> VISIT = (k, v, c) -> c.visit(k, v);

        EventRedactor owner;
        boolean dirty;

        void visit(String key, Object value) {
            if (!dirty && value != null) {
                dirty = owner.isDirty(key, value);
            }
        }
    }

    /** Whether {@code key=value} holds something to redact; allocation-free for String values. */
    private boolean isDirty(String key, Object value) {
        String v = value instanceof String ? (String) value : String.valueOf(value);
        StringBuilder[] buf = Buffers.acquire();
        try {
            buf[0].append(key).append('=').append(v);
            return redactor.appendRedacted(buf[0], buf[1]);
        } finally {
            Buffers.release(buf);
        }
    }

    private ThreadContext.ContextStack redactStack(ThreadContext.ContextStack stack) {
        if (stack == null || stack.getDepth() == 0) {
            return null;
        }
        List<String> items = stack.asList();
        List<String> out = null;
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            String r = item == null ? null : redactor.redact(item);
            if (out == null && r != item) {
                out = new ArrayList<>(items.subList(0, i));
            }
            if (out != null) {
                out.add(r);
            }
        }
        return out == null ? null : new MutableThreadContextStack(out).getImmutableStackOrNull();
    }

    /** The throwable, or a {@link RedactedThrowable} tree in its place when any text in it has something to redact. */
    private Throwable redactThrowable(Throwable t) {
        return Throwables.any(t, this::dirty) ? Throwables.copy(t, copier) : t;
    }

    private boolean dirty(Throwable t) {
        String s = t.toString();
        return s != null && redactor.redact(s) != s;
    }

    /** Copies a throwable as a {@link RedactedThrowable}: its text redacted, its frames kept. */
    private final Throwables.Copier<Throwable> copier = new Throwables.Copier<>() {
        @Override
        public Throwable copyOf(Throwable t) {
            String message = t.getMessage();
            String rendered = t.toString();
            return new RedactedThrowable(message == null ? null : redactor.redact(message),
                    rendered == null ? null : redactor.redact(rendered), t.getStackTrace());
        }

        @Override
        public void setCause(Throwable copy, Throwable cause) {
            copy.initCause(cause);
        }

        @Override
        public void addSuppressed(Throwable copy, Throwable suppressed) {
            copy.addSuppressed(suppressed);
        }
    };
}
