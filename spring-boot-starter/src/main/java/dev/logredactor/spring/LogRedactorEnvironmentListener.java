package dev.logredactor.spring;

import dev.logredactor.core.DropIn;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.RedactorConfigException;
import dev.logredactor.core.Settings;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Reads the {@code logredactor.*} properties once the environment is ready (profiles and
 * {@code application-<profile>.yml} included) and hands them to the drop-in modes just before Spring
 * Boot configures logging, so that they apply from its logging initialisation on; until then the drop-in
 * modes redact with the defaults. A bad property stops the start-up, named by
 * {@link LogRedactorFailureAnalyzer}; so does {@code logredactor.mode=report} while a {@code prod}
 * profile is active, unless {@code logredactor.force-report=true}.
 */
public class LogRedactorEnvironmentListener implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {
    /** Before Spring Boot's logging initialisation, which runs on the same event. */
    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER - 1;
    }

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        Binder binder = Binder.get(env);
        boolean enabled = binder.bind(SpringSettings.PREFIX + "enabled", Boolean.class).orElse(true);
        if (!enabled) {
            DropIn.switchOff();
            Applied.set(new Applied(false, "off", "none: logredactor.enabled=false"));
            return;
        }
        Settings settings = SpringSettings.of(binder);
        Redactor redactor;
        try {
            redactor = settings.build(null);
        } catch (RedactorConfigException e) {
            throw new InvalidLogRedactorPropertyException(e.writtenAs() == null ? e.setting() : e.writtenAs(), e.reason(), e);
        }
        if (redactor.reportsOnly() && env.acceptsProfiles(Profiles.of("prod"))
                && !binder.bind(SpringSettings.PREFIX + "force-report", Boolean.class).orElse(false)) {
            throw new InvalidLogRedactorPropertyException(SpringSettings.PREFIX + "mode", "report mode writes logs unredacted and "
                    + "is refused while the prod profile is active; set logredactor.force-report=true to force it", null);
        }
        DropIn.use(settings);
        Applied.set(new Applied(true, redactor.reportsOnly() ? "report" : "redact", redactor.toString()));
    }
}
