package dev.logredactor.logback;

import ch.qos.logback.core.Context;
import ch.qos.logback.core.spi.ContextAware;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.RedactorConfigException;
import dev.logredactor.core.Setting;
import dev.logredactor.core.Settings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The settings of one of our components, as Logback's configurator hands them over (one call per child
 * element, or the {@code %redact} options), turned into a {@link Redactor} at {@code start()}.
 *
 * <p>Components of one {@link Context} with the same settings share one {@code Redactor}, kept among the
 * context's objects, which a reconfiguration clears. A bad setting is reported through the status
 * manager, once per configuration, in one shape, {@code log-redactor: invalid <rule> in RedactingEncoder:
 * rule.TICKET: ...}; the component then redacts with the defaults rather than not at all.
 */
final class RedactorSettings {
    /** The context object that holds the context's redactors by settings. */
    static final String SHARED = "dev.logredactor.logback.redactors";

    private Settings settings = new Settings();

    /** All the settings at once: the drop-in mode's, from {@link dev.logredactor.core.DropIn}. */
    void use(Settings all) {
        settings = all;
    }

    /** One child element. */
    void element(Setting setting, String value) {
        settings.add(setting, value, "<" + setting.element() + ">");
    }

    /** One {@code %redact} option: {@code key=value}, with the core keys. */
    void option(String option) {
        settings.addOption(option);
    }

    /**
     * The redactor for these settings, shared in the context; on a bad setting the defaults, with one
     * error naming the setting as written.
     */
    Redactor redactor(ContextAware status, String component) {
        Context context = status.getContext();
        Map<Settings, Redactor> shared = shared(context);
        Redactor r = shared == null ? null : shared.get(settings);
        if (r != null) {
            return r;
        }
        String failed = "log-redactor: redaction failed in " + component + "; the affected text was written as "
                + Redactor.FAILED + " (reported once)";
        try {
            r = settings.build(ex -> status.addError(failed, ex));
        } catch (RedactorConfigException e) {
            status.addError("log-redactor: invalid " + e.writtenAs() + " in " + component + ": " + e.getMessage() + whatNow(context));
            r = new Settings().build(ex -> status.addError(failed, ex));
        }
        if (r.reportsOnly()) {
            status.addWarn("log-redactor: mode=report in " + component + ": findings are counted and each logger's first is "
                    + "reported, but nothing is redacted; for a rollout, never for production");
        }
        if (shared != null) {
            Redactor earlier = shared.putIfAbsent(settings, r);
            return earlier != null ? earlier : r;
        }
        return r;
    }

    /**
     * What happens after a bad setting. Spring Boot turns any error in Logback's status output into a
     * start-up failure, so there the component does not go on with the defaults. Spring Boot puts its
     * {@code Environment} in the context's objects before it configures Logback; nothing else does.
     */
    private static String whatNow(Context context) {
        if (context != null && context.getObject("org.springframework.core.env.Environment") != null) {
            return "; Spring Boot stops the start-up on this error: fix the setting";
        }
        return "; redacting with the defaults instead";
    }

    @SuppressWarnings("unchecked")
    private static Map<Settings, Redactor> shared(Context context) {
        if (context == null) {
            return null;
        }
        synchronized (RedactorSettings.class) {
            Object o = context.getObject(SHARED);
            if (!(o instanceof Map)) {
                o = new ConcurrentHashMap<Settings, Redactor>();
                context.putObject(SHARED, o);
            }
            return (Map<Settings, Redactor>) o;
        }
    }
}
