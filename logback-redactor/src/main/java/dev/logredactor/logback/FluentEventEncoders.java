package dev.logredactor.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.AppenderAttachable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Where Logback hides SLF4J fluent-API events ({@code logger.atInfo().addKeyValue(...).log(...)}) from
 * turbo filters (before 1.5.21, such an event goes from the logger straight to the appenders), a
 * {@link RedactingTurboFilter} redacts them in the appenders' encoders instead: this puts a
 * {@link RedactingEncoder} with the filter's redactor around the encoder of every
 * {@link OutputStreamAppender} (console, file, rolling file) that a logger of the context writes to,
 * also behind an {@code AsyncAppender} or any other appender that holds appenders. An appender without
 * such an encoder (a socket, syslog or third-party one) cannot be covered: a warning names it.
 *
 * <p>When: the appenders exist only once a configuration has been read. So the encoders are covered when
 * a configuration ends (Logback's configuration events, 1.3.6/1.4.6 and later), when the context starts
 * (after its first configuration, and after Spring Boot's), and at the filter's first event, in case
 * neither came. Covering is idempotent. During a reconfiguration, the new appenders write fluent-API
 * events unredacted until it ends.
 */
final class FluentEventEncoders implements LoggerContextListener {
    private final RedactingTurboFilter filter;
    private final String component;
    private final LoggerContext context;
    /** Appenders already covered or reported, so that each is named once. */
    private final Set<Appender<ILoggingEvent>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private volatile boolean pending = true;
    private Object configurationListener;

    FluentEventEncoders(RedactingTurboFilter filter, String component, LoggerContext context) {
        this.filter = filter;
        this.component = component;
        this.context = context;
    }

    /**
     * Listens for the end of each configuration and, unless {@code alsoOnStart} is false, for the context's
     * start. Adding a context listener from inside another's callback (the drop-in filter is made in one)
     * would break Logback's iteration over them: the drop-in mode tells the filter of the start instead.
     */
    void listen(boolean alsoOnStart) {
        if (alsoOnStart) {
            context.addListener(this);
        }
        try {
            configurationListener = ConfigurationEnd.listen(context, this::cover);
        } catch (LinkageError e) {
            // Logback before 1.3.6 / 1.4.6 has no configuration events: the start and the first event remain
        }
    }

    void stop() {
        context.removeListener(this);
        if (configurationListener != null) {
            try {
                ConfigurationEnd.remove(context, configurationListener);
            } catch (LinkageError e) {
                // no removal before Logback 1.5: the listener stays, and does nothing once the filter is stopped
            }
        }
    }

    /** Covers the encoders if that has not happened since the filter started; a volatile read otherwise. */
    void coverIfPending() {
        if (pending) {
            cover();
        }
    }

    /** Puts a redacting encoder around the encoder of every appender that does not have one yet. */
    synchronized void cover() {
        pending = false;
        if (!filter.isStarted()) {
            return;
        }
        List<String> covered = new ArrayList<>();
        List<Appender<ILoggingEvent>> uncovered = new ArrayList<>();
        for (Logger logger : context.getLoggerList()) {
            for (Iterator<Appender<ILoggingEvent>> it = logger.iteratorForAppenders(); it.hasNext();) {
                cover(it.next(), covered, uncovered);
            }
        }
        if (!covered.isEmpty()) {
            filter.addInfo("log-redactor: Logback " + LogbackVersion.VERSION + " does not show SLF4J fluent-API events "
                    + "(logger.atInfo()...log()) to turbo filters (1.5.21 and later do), so " + component
                    + " redacts them in the encoders of the appenders " + covered);
        }
        for (Appender<ILoggingEvent> a : uncovered) {
            filter.addWarn("log-redactor: appender '" + a.getName() + "' (" + a.getClass().getName() + ") has no encoder "
                    + component + " can redact in: on Logback " + LogbackVersion.VERSION + ", SLF4J fluent-API events "
                    + "(logger.atInfo()...log()) reach it unredacted. Upgrade Logback to 1.5.21 or later, or log to it "
                    + "without the fluent API");
        }
    }

    private void cover(Appender<ILoggingEvent> appender, List<String> covered, List<Appender<ILoggingEvent>> uncovered) {
        if (appender instanceof OutputStreamAppender) {
            OutputStreamAppender<ILoggingEvent> out = (OutputStreamAppender<ILoggingEvent>) appender;
            Encoder<ILoggingEvent> encoder = out.getEncoder();
            if (encoder != null && !(encoder instanceof RedactingEncoder)) {
                out.setEncoder(RedactingEncoder.around(encoder, filter));
                covered.add(appender.getName());
            }
            seen.add(appender);
        } else if (appender instanceof AppenderAttachable) {
            if (seen.add(appender)) {
                @SuppressWarnings("unchecked")
                AppenderAttachable<ILoggingEvent> holder = (AppenderAttachable<ILoggingEvent>) appender;
                for (Iterator<Appender<ILoggingEvent>> it = holder.iteratorForAppenders(); it.hasNext();) {
                    cover(it.next(), covered, uncovered);
                }
            }
        } else if (seen.add(appender)) {
            uncovered.add(appender);
        }
    }

    @Override
    public boolean isResetResistant() {
        return false;
    }

    @Override
    public void onStart(LoggerContext lc) {
        cover();
    }

    @Override
    public void onReset(LoggerContext lc) {
        // the filter is stopped by the reset and a new one will cover the new appenders
    }

    @Override
    public void onStop(LoggerContext lc) {
        // nothing to release
    }

    @Override
    public void onLevelChange(Logger logger, Level level) {
        // levels do not matter here
    }
}
