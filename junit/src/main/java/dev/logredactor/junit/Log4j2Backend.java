package dev.logredactor.junit;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

/** Log4j2: an appender on the root logger config and on each one that does not pass its events up. */
final class Log4j2Backend extends AbstractAppender implements LogCapture.Backend {
    private final Queue<CapturedEvent> events = new ConcurrentLinkedQueue<>();
    private final List<LoggerConfig> attached = new ArrayList<>();
    private final LoggerContext context;

    private Log4j2Backend(LoggerContext context) {
        super("log-redactor-junit", null, null, true, Property.EMPTY_ARRAY);
        this.context = context;
    }

    /** Started when the Log4j API is served by Log4j Core, else {@code null}. */
    static LogCapture.Backend startIfInUse() {
        Object ctx = LogManager.getContext(false);
        if (!(ctx instanceof LoggerContext)) {
            return null; // the Log4j API routed elsewhere (log4j-to-slf4j): Logback's side sees the events
        }
        LoggerContext context = (LoggerContext) ctx;
        Log4j2Backend appender = new Log4j2Backend(context);
        appender.start();
        LoggerConfig root = context.getConfiguration().getRootLogger();
        root.addAppender(appender, null, null);
        appender.attached.add(root);
        for (LoggerConfig config : context.getConfiguration().getLoggers().values()) {
            if (config != root && !config.isAdditive()) {
                config.addAppender(appender, null, null);
                appender.attached.add(config);
            }
        }
        context.updateLoggers();
        return appender;
    }

    @Override
    public void append(LogEvent e) {
        StringBuilder text = new StringBuilder(e.getMessage() == null ? "null" : String.valueOf(e.getMessage().getFormattedMessage()));
        e.getContextData().forEach((k, v) -> text.append(' ').append(k).append('=').append(v));
        if (e.getThrown() != null) {
            StringWriter trace = new StringWriter();
            e.getThrown().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        events.add(new CapturedEvent(e.getLoggerName(), String.valueOf(e.getLevel()), text.toString(), e.getSource()));
    }

    @Override
    public boolean intact() {
        for (LoggerConfig config : attached) {
            boolean replaced = config != context.getConfiguration().getLoggerConfig(config.getName());
            if (replaced || !config.getAppenders().containsKey(getName())) {
                return false; // a new configuration: its loggers do not know this appender
            }
        }
        return true;
    }

    @Override
    public List<CapturedEvent> finish() {
        for (LoggerConfig config : attached) {
            config.removeAppender(getName());
        }
        context.updateLoggers();
        stop();
        return new ArrayList<>(events);
    }
}
