package dev.logredactor.junit;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.event.KeyValuePair;

/** Logback: an appender on the root logger and on each logger that does not pass its events up. */
final class LogbackBackend extends AppenderBase<ILoggingEvent> implements LogCapture.Backend {
    private final Queue<CapturedEvent> events = new ConcurrentLinkedQueue<>();
    private final List<Logger> attached = new ArrayList<>();

    /** Started when SLF4J is bound to Logback, else {@code null}. */
    static LogCapture.Backend startIfBound() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (!(factory instanceof LoggerContext)) {
            return null;
        }
        LoggerContext context = (LoggerContext) factory;
        LogbackBackend appender = new LogbackBackend();
        appender.setContext(context);
        appender.setName("log-redactor-junit");
        appender.start();
        for (Logger logger : context.getLoggerList()) {
            if (logger.getName().equals(Logger.ROOT_LOGGER_NAME) || !logger.isAdditive()) {
                logger.addAppender(appender);
                appender.attached.add(logger);
            }
        }
        return appender;
    }

    @Override
    protected void append(ILoggingEvent e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getFormattedMessage()));
        Map<String, String> mdc = e.getMDCPropertyMap();
        if (mdc != null) {
            mdc.forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
        }
        List<KeyValuePair> pairs = e.getKeyValuePairs();
        if (pairs != null) {
            for (KeyValuePair p : pairs) {
                text.append(' ').append(p.key).append('=').append(p.value);
            }
        }
        IThrowableProxy thrown = e.getThrowableProxy();
        if (thrown != null) {
            text.append('\n').append(ThrowableProxyUtil.asString(thrown));
        }
        StackTraceElement[] caller = e.getCallerData();
        events.add(new CapturedEvent(e.getLoggerName(), String.valueOf(e.getLevel()), text.toString(),
                caller != null && caller.length > 0 ? caller[0] : null));
    }

    @Override
    public boolean intact() {
        for (Logger logger : attached) {
            if (!logger.isAttached(this)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public List<CapturedEvent> finish() {
        for (Logger logger : attached) {
            logger.detachAppender(this);
        }
        stop();
        return new ArrayList<>(events);
    }
}
