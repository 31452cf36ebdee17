package dev.logredactor.log4j2;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.RedactorConfigException;
import dev.logredactor.core.Settings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Turns the settings of one of our plugins into a {@link Redactor}. Plugins of one configuration with the
 * same settings share one {@code Redactor}, kept as a component of the configuration, so a
 * reconfiguration (a new configuration) builds, and reports, afresh. A bad setting is reported through
 * the StatusLogger, once per configuration, in one shape,
 * {@code log-redactor: invalid attribute disable on <RedactionPolicy>: disable: ...}; the plugin then
 * redacts with the defaults rather than not at all.
 */
final class Redactors {
    /** The configuration component that holds its redactors by settings. */
    static final String SHARED = "dev.logredactor.log4j2.redactors";

    private Redactors() {
    }

    /**
     * The redactor for {@code settings} in {@code config} (which may be {@code null}: then not shared).
     *
     * @param plugin the plugin as messages name it: {@code <RedactionPolicy>}, {@code %redact}
     */
    static Redactor of(Settings settings, Configuration config, String plugin) {
        Map<Settings, Redactor> shared = shared(config);
        Redactor r = shared == null ? null : shared.get(settings);
        if (r != null) {
            return r;
        }
        try {
            r = settings.build(ex -> failed(plugin, ex));
        } catch (RedactorConfigException e) {
            StatusLogger.getLogger().error("log-redactor: invalid {} on {}: {}; redacting with the defaults instead",
                    e.writtenAs(), plugin, e.getMessage());
            r = new Settings().build(ex -> failed(plugin, ex));
        }
        if (r.reportsOnly()) {
            StatusLogger.getLogger().warn("log-redactor: mode=report on {}: findings are counted and each logger's first is "
                    + "reported, but nothing is redacted; for a rollout, never for production", plugin);
        }
        if (shared != null) {
            Redactor earlier = shared.putIfAbsent(settings, r);
            return earlier != null ? earlier : r;
        }
        return r;
    }

    private static void failed(String plugin, RuntimeException ex) {
        StatusLogger.getLogger().error("log-redactor: redaction failed in {}; the affected text was written as {} (reported once)",
                plugin, Redactor.FAILED, ex);
    }

    @SuppressWarnings("unchecked")
    private static Map<Settings, Redactor> shared(Configuration config) {
        if (config == null) {
            return null;
        }
        config.addComponent(SHARED, new ConcurrentHashMap<Settings, Redactor>()); // only if absent
        return (Map<Settings, Redactor>) config.getComponent(SHARED);
    }
}
