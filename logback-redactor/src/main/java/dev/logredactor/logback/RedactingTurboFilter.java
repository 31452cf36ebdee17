package dev.logredactor.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.CallerData;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.spi.FilterReply;
import dev.logredactor.core.DropIn;
import dev.logredactor.core.FindingCounts;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.Setting;
import dev.logredactor.core.Settings;
import dev.logredactor.core.Throwables;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;

/**
 * Redacts every event before any appender, async queue or third-party appender sees it: the
 * formatted message (also one built by string concatenation), each argument, SLF4J 2 fluent-API
 * key-value pairs, MDC values, and the messages of the throwable, its causes and suppressed ones. With
 * {@code <neutralizeNewlines>true</neutralizeNewlines>} the message and string arguments also have their
 * line breaks and control chars escaped.
 *
 * <pre>{@code <turboFilter class="dev.logredactor.logback.RedactingTurboFilter"/>}</pre>
 *
 * <p>How: a turbo filter runs inside the logging call, before Logback builds the event, but cannot
 * change the message or throwable it is given (and for one or two arguments gets a copy of them). So
 * when an event needs redacting, this filter builds the redacted event itself, asks the turbo filters
 * after it and the level as Logback would, hands it to the logger's appenders and answers
 * {@code DENY} for the original. A clean event gets {@code NEUTRAL} and goes on untouched. Caller data
 * ({@code %caller}, {@code %line}) of a redacted event still points at the application's call.
 *
 * <p>Logback before 1.5.21 shows SLF4J fluent-API events ({@code logger.atInfo()...log()}) to no turbo
 * filter: there this filter also redacts in the encoders of the appenders ({@link FluentEventEncoders}).
 *
 * <p>Fails closed: if redaction fails, the event goes out with {@value Redactor#FAILED} as its message
 * and without arguments, MDC or throwable message, and one error goes to the status manager.
 */
public class RedactingTurboFilter extends TurboFilter implements RedactorElements {
    private static final int MAX_NESTING = 4;
    private static final ThreadLocal<int[]> NESTING = ThreadLocal.withInitial(() -> new int[1]);

    private final RedactorSettings settings = new RedactorSettings();
    private volatile Redactor redactor = Redactor.defaults();
    private volatile boolean failureReported;
    /**
     * Where Logback hides fluent-API events from turbo filters: the encoders this filter redacts them in;
     * else null. Set at start, before Logback adds the filter to its (copy-on-write) list, which publishes it.
     */
    private FluentEventEncoders fluentEncoders;

    @Override
    public void start() {
        AutoMode.explicitlyConfigured(this, "RedactingTurboFilter");
        begin("RedactingTurboFilter");
        if (fluentEncoders != null) {
            fluentEncoders.listen(true);
        }
    }

    /** Starts the drop-in instance, which must not remove itself; the drop-in mode tells it when the context starts. */
    void startWithoutTakingControl() {
        settings.use(DropIn.settings());
        begin("the drop-in mode");
        if (fluentEncoders != null) {
            fluentEncoders.listen(false);
        }
    }

    /**
     * The redactor of the encoders this filter wraps around the appenders' (Logback before 1.5.21), read
     * at each event; {@code null} when they are to let events through.
     */
    Redactor encoderRedactor() {
        return redactor;
    }

    /** For the drop-in instance: redacts with {@code all} from now on, here and in the encoders it wrapped. */
    void reload(Settings all) {
        settings.use(all);
        redactor = settings.redactor(this, "RedactingTurboFilter");
    }

    private void begin(String component) {
        redactor = settings.redactor(this, "RedactingTurboFilter");
        if (!LogbackVersion.TURBO_FILTERS_SEE_FLUENT_EVENTS && getContext() instanceof LoggerContext) {
            fluentEncoders = new FluentEventEncoders(this, component, (LoggerContext) getContext());
        }
        super.start();
    }

    @Override
    public void stop() {
        if (fluentEncoders != null) {
            fluentEncoders.stop();
        }
        super.stop();
    }

    /** The context has started, so its configuration is in place: for the drop-in instance, which cannot listen itself. */
    void contextStarted() {
        if (fluentEncoders != null) {
            fluentEncoders.cover();
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (fluentEncoders != null) {
            fluentEncoders.coverIfPending(); // only where Logback hides fluent-API events from turbo filters
        }
        return decide(logger, level, marker == null ? null : List.of(marker), format, params, t, null, Logger.FQCN);
    }

    @Override
    public FilterReply decide(Logger logger, org.slf4j.event.LoggingEvent event) {
        String boundary = event.getCallerBoundary();
        return decide(logger, Level.convertAnSLF4JLevel(event.getLevel()), event.getMarkers(), event.getMessage(),
                event.getArgumentArray(), event.getThrowable(), event.getKeyValuePairs(), boundary == null ? Logger.FQCN : boundary);
    }

    private FilterReply decide(Logger logger, Level level, List<Marker> markers, String format, Object[] params, Throwable t,
            List<KeyValuePair> pairs, String fqcn) {
        if (!isStarted() || logger == null || level == null) {
            return FilterReply.NEUTRAL;
        }
        if (format == null && (params == null || params.length == 0) && t == null && pairs == null) {
            // isInfoEnabled() and friends (also SLF4J's atInfo()) ask the turbo filters with nothing but the
            // level: answer as if we were not there, and log nothing. log.info(null) looks the same and goes
            // on unchanged; it has no text to redact, though an encoder would still be needed for its MDC.
            return FilterReply.NEUTRAL;
        }
        LoggerContext lc = logger.getLoggerContext();
        if (!level.isGreaterOrEqual(logger.getEffectiveLevel()) && lc.getTurboFilterList().size() == 1) {
            return FilterReply.NEUTRAL; // dropped by the level check, and no other turbo filter can let it through
        }
        int[] nesting = NESTING.get();
        if (nesting[0] >= MAX_NESTING) {
            return FilterReply.DENY; // toString() that logs that logs ...: drop rather than loop or leak
        }
        nesting[0]++;
        FindingCounts.Tally tally = redactor.counts() ? FindingCounts.begin() : null;
        try {
            Event e = redact(fqcn, logger, level, format, params, t, pairs);
            if (e == null) {
                return FilterReply.NEUTRAL;
            }
            e.addMarkers(markers);
            relog(lc, logger, level, markers, e);
        } catch (RuntimeException | StackOverflowError err) {
            FindingCounts.failed();
            reportOnce(err);
            Event e = new Event(fqcn, logger, level, Redactor.FAILED, Redactor.FAILED, null, null, java.util.Collections.emptyMap());
            e.addMarkers(markers);
            relog(lc, logger, level, markers, e);
        } finally {
            nesting[0]--;
            EventCounts.end(tally, logger.getName(), redactor, this);
        }
        return FilterReply.DENY;
    }

    /** The redacted event, or {@code null} when nothing needs redacting. */
    private Event redact(String fqcn, Logger logger, Level level, String format, Object[] params, Throwable t,
            List<KeyValuePair> pairs) {
        LoggerContext lc = logger.getLoggerContext();
        Throwable throwable = t;
        Object[] args = params;
        if (throwable == null && args != null && args.length > 0 && args[args.length - 1] instanceof Throwable) {
            throwable = (Throwable) args[args.length - 1];
            args = Arrays.copyOf(args, args.length - 1);
        }
        boolean changed = false;
        Object[] shown = args; // the arguments as rendered: strings, redacted where needed
        Object[] redactedArgs = args;
        if (args != null && args.length > 0) {
            shown = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                Object a = args[i];
                if (a == null || a.getClass().isArray()) {
                    shown[i] = a;
                    continue;
                }
                String s = a instanceof String ? (String) a : String.valueOf(a);
                String r = redactor.redact(s);
                shown[i] = s;
                if (r != s) {
                    if (redactedArgs == args) {
                        redactedArgs = args.clone();
                    }
                    redactedArgs[i] = r;
                    changed = true;
                }
            }
        }
        String message = args == null || args.length == 0 ? format : MessageFormatter.basicArrayFormat(format, shown);
        String redactedMessage = redactor.neutralize(redactor.redact(message));
        changed |= redactedMessage != message;
        if (redactor.neutralizesNewlines() && args != null) {
            for (int i = 0; i < args.length; i++) {
                String text = redactedArgs[i] instanceof String ? (String) redactedArgs[i] : null;
                String n = redactor.neutralize(text);
                if (n != text) {
                    if (redactedArgs == args) {
                        redactedArgs = args.clone();
                    }
                    redactedArgs[i] = n;
                    changed = true;
                }
            }
        }
        IThrowableProxy proxy = null;
        if (throwable != null) {
            ThrowableProxy raw = new ThrowableProxy(throwable);
            if (lc.isPackagingDataEnabled()) {
                raw.calculatePackagingData();
            }
            proxy = raw;
            if (throwableNeedsRedacting(throwable)) {
                proxy = new RedactedThrowableProxy(raw, redactor);
                changed = true;
            }
        }
        Map<String, String> mdc = mdc(lc);
        Map<String, String> redactedMdc = redactMap(mdc);
        changed |= redactedMdc != mdc;
        List<KeyValuePair> redactedPairs = redactPairs(pairs);
        changed |= redactedPairs != pairs;
        if (!changed) {
            return null;
        }
        String redactedFormat = redactor.neutralize(redactor.redact(format)); // only now: most events are clean
        Event e = new Event(fqcn, logger, level, redactedFormat, redactedMessage, redactedArgs, proxy, redactedMdc);
        e.setKeyValuePairs(redactedPairs);
        return e;
    }

    /** Whether the message of the throwable, a cause or a suppressed one has something to redact. */
    private boolean throwableNeedsRedacting(Throwable t) {
        return Throwables.any(t, x -> {
            String m = x.getMessage();
            return m != null && redactor.redact(m) != m;
        });
    }

    private static Map<String, String> mdc(LoggerContext lc) {
        MDCAdapter a = lc.getMDCAdapter();
        if (a instanceof LogbackMDCAdapter) {
            return ((LogbackMDCAdapter) a).getPropertyMap();
        }
        return a == null ? null : a.getCopyOfContextMap();
    }

    private Map<String, String> redactMap(Map<String, String> map) {
        if (map == null || map.isEmpty()) {
            return map;
        }
        Map<String, String> out = null;
        for (Map.Entry<String, String> e : map.entrySet()) {
            String v = e.getValue();
            String r = redactor.redactValue(e.getKey(), v);
            if (r != v) {
                if (out == null) {
                    out = new LinkedHashMap<>(map);
                }
                out.put(e.getKey(), r);
            }
        }
        return out == null ? map : java.util.Collections.unmodifiableMap(out);
    }

    private List<KeyValuePair> redactPairs(List<KeyValuePair> pairs) {
        if (pairs == null || pairs.isEmpty()) {
            return pairs;
        }
        List<KeyValuePair> out = null;
        for (int i = 0; i < pairs.size(); i++) {
            KeyValuePair p = pairs.get(i);
            if (p.value == null) {
                continue;
            }
            String v = String.valueOf(p.value);
            String r = redactor.redactValue(p.key, v);
            if (r != v) {
                if (out == null) {
                    out = new ArrayList<>(pairs);
                }
                out.set(i, new KeyValuePair(p.key, r));
            }
        }
        return out == null ? pairs : out;
    }

    /** Asks the turbo filters after this one and the level, as Logback would, then appends. */
    private void relog(LoggerContext lc, Logger logger, Level level, List<Marker> markers, Event e) {
        FilterReply reply = FilterReply.NEUTRAL;
        boolean after = false;
        Marker marker = markers == null || markers.isEmpty() ? null : markers.get(0);
        for (TurboFilter f : lc.getTurboFilterList()) {
            if (f == this) {
                after = true;
                continue;
            }
            if (after && reply == FilterReply.NEUTRAL) {
                reply = f.decide(marker, logger, level, e.getMessage(), e.getArgumentArray(), null);
            }
        }
        if (reply == FilterReply.DENY || reply == FilterReply.NEUTRAL && !level.isGreaterOrEqual(logger.getEffectiveLevel())) {
            return;
        }
        logger.callAppenders(e);
    }

    private void reportOnce(Throwable err) {
        if (!failureReported) {
            failureReported = true;
            addError("log-redactor: redaction failed in RedactingTurboFilter; the event was written as " + Redactor.FAILED
                    + " (reported once)", err);
        }
    }

    /** The redacted event: its formatted message is fixed, and its caller data skips this filter. */
    static final class Event extends LoggingEvent {
        private final String formatted;
        private final IThrowableProxy proxy;
        private final String fqcn;
        private final LoggerContext context;

        Event(String fqcn, Logger logger, Level level, String format, String formatted, Object[] args, IThrowableProxy proxy,
                Map<String, String> mdc) {
            super(fqcn, logger, level, format, null, null);
            this.fqcn = fqcn;
            this.context = logger.getLoggerContext();
            this.formatted = formatted;
            this.proxy = proxy;
            if (args != null && args.length > 0) {
                setArgumentArray(args);
            }
            if (mdc != null) {
                setMDCPropertyMap(mdc);
            }
        }

        void addMarkers(List<Marker> markers) {
            if (markers != null) {
                markers.forEach(this::addMarker);
            }
        }

        @Override
        public String getFormattedMessage() {
            return formatted;
        }

        @Override
        public IThrowableProxy getThrowableProxy() {
            return proxy;
        }

        @Override
        public StackTraceElement[] getCallerData() {
            if (!hasCallerData()) {
                // The stack holds the appenders, this filter, then the logger's frames and the caller: look
                // for the caller below this filter's frames only.
                StackTraceElement[] stack = new Throwable().getStackTrace();
                int from = 0;
                for (int i = 0; i < stack.length; i++) {
                    if (stack[i].getClassName().equals(RedactingTurboFilter.class.getName())) {
                        from = i + 1;
                    }
                }
                Throwable below = new Throwable();
                below.setStackTrace(Arrays.copyOfRange(stack, from, stack.length));
                setCallerData(CallerData.extract(below, fqcn, context.getMaxCallerDataDepth(), context.getFrameworkPackages()));
            }
            return super.getCallerData();
        }
    }

    @Override
    public void addSetting(Setting setting, String value) {
        settings.element(setting, value);
    }
}
