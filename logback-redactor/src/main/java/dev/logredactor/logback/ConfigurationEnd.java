package dev.logredactor.logback;

import ch.qos.logback.core.Context;
import ch.qos.logback.core.spi.ConfigurationEvent;
import ch.qos.logback.core.spi.ConfigurationEventListener;

/**
 * Runs an action when a configuration of the context ends. Logback has configuration events since 1.3.6
 * and 1.4.6, and named the end {@code CONFIGURATION_ENDED} before 1.5 and
 * {@code CONFIGURATION_ENDED_SUCCESSFULLY} (with {@code PARTIAL_...} and {@code ..._WITH_XML_PARSING_ERRORS})
 * after, so the type is told by its name. A class of its own, so that only calling it fails (with a
 * {@link LinkageError}) on a Logback without those events, not loading the classes that use it.
 */
final class ConfigurationEnd implements ConfigurationEventListener {
    private final Runnable action;

    private ConfigurationEnd(Runnable action) {
        this.action = action;
    }

    /** Adds a listener that runs {@code action} at the end of each configuration; returns it, for {@link #remove}. */
    static Object listen(Context context, Runnable action) {
        ConfigurationEnd listener = new ConfigurationEnd(action);
        context.addConfigurationEventListener(listener);
        return listener;
    }

    /** Removes the listener; a {@link LinkageError} on Logback before 1.5, which cannot remove one. */
    static void remove(Context context, Object listener) {
        context.removeConfigurationEventListener((ConfigurationEventListener) listener);
    }

    @Override
    public void listen(ConfigurationEvent event) {
        if (event.getEventType().name().contains("ENDED")) {
            action.run();
        }
    }
}
