package dev.logredactor.core;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * What the drop-in modes of the Logback and Log4j2 integrations redact with: the defaults, unless an
 * integration that knows the application's settings (the Spring Boot starter, from {@code logredactor.*}
 * properties) sets others. The drop-in modes take them at their next event (one volatile read per event
 * tells them the settings changed), so settings given before Spring Boot configures logging apply from
 * then on, and switching off lets events through. Components named in a logging configuration keep their
 * own settings.
 *
 * <p>Thread-safe. The settings handed over must not be changed afterwards.
 */
public final class DropIn {
    private static volatile Settings settings = new Settings();
    private static volatile boolean on = true;
    private static volatile int version;
    private static volatile String steppedAsideFor;

    private DropIn() {
    }

    /**
     * The settings the drop-in modes redact with.
     *
     * @return the settings; the defaults unless {@link #use} set others
     */
    public static Settings settings() {
        return settings;
    }

    /**
     * Whether the drop-in modes are on: they are unless {@link #switchOff()} was called, or the system
     * property {@code logredactor.auto} or the variable {@code LOGREDACTOR_AUTO} is {@code false}.
     *
     * @return whether the drop-in modes put redaction in place
     */
    public static boolean enabled() {
        String v = System.getProperty("logredactor.auto");
        if (v == null) {
            v = System.getenv("LOGREDACTOR_AUTO");
        }
        return on && (v == null || !v.trim().equalsIgnoreCase("false"));
    }

    /**
     * Sets the settings of the drop-in modes, from the next event on, and switches them on. Validate them
     * first ({@link Settings#build}): a bad setting found later is reported through the backend's status
     * output and the defaults are used.
     *
     * @param s the settings
     */
    public static void use(Settings s) {
        settings = Objects.requireNonNull(s, "settings");
        on = true;
        version++;
    }

    /**
     * Switches the drop-in modes off: from the next event on, they let events through as they are (they
     * stay in place, and {@link #use} switches them on again).
     */
    public static void switchOff() {
        on = false;
        version++;
    }

    /**
     * A number that changes with each {@link #use} or {@link #switchOff()}: a drop-in already in place (a
     * backend that Spring Boot finds configured and does not configure again) compares it at each event,
     * one volatile read, and takes the new settings when it changed.
     *
     * @return the version of the settings
     */
    public static int version() {
        return version;
    }

    /**
     * For the integrations: the last logging configuration named one of log-redactor's components, and
     * the drop-in mode stepped aside for it, so these settings do not apply ({@code null}: it is in place).
     *
     * @param component the component as the configuration names it, or {@code null} when the drop-in is in place
     */
    public static void steppedAside(String component) {
        steppedAsideFor = component;
    }

    /**
     * The component of the last logging configuration that the drop-in mode stepped aside for.
     *
     * @return the component, or {@code null} when the drop-in mode is in place (or was never set up)
     */
    public static String steppedAsideFor() {
        return steppedAsideFor;
    }

    /**
     * A follower of the settings, for a drop-in already in place: made with the settings as they are.
     *
     * @return a follower of the changes from now on
     */
    public static Follower follower() {
        return new Follower();
    }

    /** Tells a drop-in in place, at each event, whether it is on and whether its settings changed. */
    public static final class Follower {
        private volatile int seen = version;

        private Follower() {
        }

        /**
         * Whether the drop-in modes are on; first, when the settings changed since the last call (or since
         * this follower was made) and they are on, hands the new settings to {@code reload}, once.
         *
         * @param reload what takes the new settings
         * @return whether to redact
         */
        public boolean current(Consumer<Settings> reload) {
            int v = version;
            if (v != seen) {
                synchronized (this) {
                    if (v != seen) {
                        seen = v;
                        if (on) {
                            try {
                                reload.accept(settings);
                            } catch (RuntimeException | LinkageError e) {
                                // keep the settings in place; the integration reports its own failures
                            }
                        }
                    }
                }
            }
            return on;
        }
    }
}
