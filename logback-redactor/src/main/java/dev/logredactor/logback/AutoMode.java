package dev.logredactor.logback;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggerContextListener;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.Context;
import ch.qos.logback.core.spi.ContextAware;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.spi.FilterReply;
import dev.logredactor.core.DropIn;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.Settings;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.Marker;

/**
 * The drop-in mode: with this jar on the classpath, a {@link RedactingTurboFilter} with the defaults
 * sits first in every {@link LoggerContext}'s turbo filters, so every appender gets redacted events
 * whatever the configuration says. It is put back after each {@code reset()} (Logback's
 * {@code scan="true"} reconfiguration, Spring Boot's re-initialisation), and it leaves as soon as the
 * configuration names one of our components, which then take control. Off with
 * {@code -Dlogredactor.auto=false} or {@code LOGREDACTOR_AUTO=false}.
 *
 * <p>A reset-resistant listener puts the filter back after a {@code reset()}, but {@code stop()} drops
 * every listener. Spring Boot calls {@code stop()} and then {@code reset()} before it configures; the
 * second {@code reset()} stops the filter, and the filter then installs the listener again, in time for
 * that reset's {@code onReset} to add a new filter.
 */
final class AutoMode extends ContextAwareBase implements LoggerContextListener {
    static final String PROPERTY = "logredactor.auto";
    static final String ENV = "LOGREDACTOR_AUTO";
    private static final String FILTER_NAME = "log-redactor-auto";

    private final LoggerContext context;

    private AutoMode(LoggerContext context) {
        this.context = context;
        setContext(context);
    }

    /** Whether the system property or, without it, the environment switches the drop-in mode off. */
    static boolean switchedOff() {
        String v = System.getProperty(PROPERTY);
        if (v == null) {
            v = System.getenv(ENV);
        }
        return v != null && v.trim().toLowerCase(Locale.ROOT).equals("false");
    }

    /** Installs the drop-in filter and the listener that restores it after a reset. */
    static void install(LoggerContext context) {
        if (installed(context)) {
            return;
        }
        AutoMode mode = new AutoMode(context);
        context.addListener(mode);
        mode.addFilter();
        mode.addInfo("log-redactor: drop-in mode on: every event is redacted before any appender sees it "
                + "(-D" + PROPERTY + "=false or " + ENV + "=false turns it off)");
    }

    /**
     * Called by each of our components at start: the configuration takes control, the drop-in filter
     * leaves, and the status output says so (once: later components find no filter to remove).
     *
     * @param component the component that starts, which reports through its context
     * @param name the component's name as the configuration writes it
     */
    static void explicitlyConfigured(ContextAware component, String name) {
        Context context = component.getContext();
        if (!(context instanceof LoggerContext)) {
            return;
        }
        LoggerContext lc = (LoggerContext) context;
        boolean removed = false;
        for (TurboFilter f : lc.getTurboFilterList()) {
            if (f instanceof RedactingTurboFilter && FILTER_NAME.equals(f.getName())) {
                lc.getTurboFilterList().remove(f);
                f.stop();
                removed = true;
            }
        }
        if (removed) {
            DropIn.steppedAside(name);
            component.addInfo("log-redactor: drop-in mode steps aside: the configuration names " + name + ", which takes over; "
                    + "from now on only what the configured log-redactor components cover is redacted");
        }
    }

    static boolean isAutoFilter(TurboFilter f) {
        return FILTER_NAME.equals(f.getName());
    }

    private static boolean installed(LoggerContext context) {
        for (LoggerContextListener l : context.getCopyOfListenerList()) {
            if (l instanceof AutoMode) {
                return true;
            }
        }
        return false;
    }

    private void addFilter() {
        DropIn.steppedAside(null);
        RedactingTurboFilter filter = new AutoFilter(context);
        filter.setName(FILTER_NAME);
        filter.setContext(context);
        filter.startWithoutTakingControl();
        context.getTurboFilterList().add(0, filter);
    }

    @Override
    public boolean isResetResistant() {
        return true;
    }

    @Override
    public void onStart(LoggerContext lc) {
        for (TurboFilter f : lc.getTurboFilterList()) {
            if (f instanceof AutoFilter) {
                ((AutoFilter) f).contextStarted(); // its configuration is in place (for Logback before 1.5.21)
            }
        }
    }

    @Override
    public void onReset(LoggerContext lc) {
        addFilter(); // reset() cleared the turbo filters; the new configuration may name ours and take over
    }

    @Override
    public void onStop(LoggerContext lc) {
        // nothing to release
    }

    @Override
    public void onLevelChange(ch.qos.logback.classic.Logger logger, ch.qos.logback.classic.Level level) {
        // levels do not matter here
    }

    /** The drop-in filter; when it is stopped by a reset that follows {@code stop()}, it brings the listener back. */
    private static final class AutoFilter extends RedactingTurboFilter {
        private final LoggerContext owner;

        private final DropIn.Follower dropIn = DropIn.follower();
        /** Made once: a method reference evaluated at each event would be an object per event. */
        private final Consumer<Settings> reload = this::reload;

        AutoFilter(LoggerContext owner) {
            this.owner = owner;
        }

        @Override
        public FilterReply decide(Marker marker, ch.qos.logback.classic.Logger logger, Level level, String format, Object[] params,
                Throwable t) {
            return current() ? super.decide(marker, logger, level, format, params, t) : FilterReply.NEUTRAL;
        }

        @Override
        public FilterReply decide(ch.qos.logback.classic.Logger logger, org.slf4j.event.LoggingEvent event) {
            return current() ? super.decide(logger, event) : FilterReply.NEUTRAL;
        }

        @Override
        Redactor encoderRedactor() {
            return current() ? super.encoderRedactor() : null;
        }

        /**
         * Takes the drop-in settings when they changed since this filter started (Spring Boot does not
         * configure a context again that it finds configured); whether the drop-in mode is still on.
         */
        private boolean current() {
            return dropIn.current(reload);
        }

        @Override
        public void stop() {
            super.stop();
            if (!installed(owner) && !switchedOff()) {
                AutoMode mode = new AutoMode(owner);
                owner.addListener(mode);
            }
        }
    }
}
