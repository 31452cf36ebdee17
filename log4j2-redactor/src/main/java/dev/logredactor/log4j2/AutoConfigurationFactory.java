package dev.logredactor.log4j2;

import java.net.URI;
import java.util.function.Supplier;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationFactory;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.Order;
import org.apache.logging.log4j.core.config.plugins.Plugin;

/**
 * The drop-in mode's entry: a {@link ConfigurationFactory} that Log4j asks before its own (highest
 * {@link Order}, supported type {@code *}). It reads no configuration itself: it asks Log4j's usual
 * choice of factory to build it (XML, JSON, YAML, properties, or the default configuration when there
 * is none), with itself out of the way while it asks, then hands the result to {@link AutoMode}, which
 * puts redaction in front of every appender unless the configuration names one of our plugins or the
 * mode is switched off.
 *
 * <p>Not for direct use; Log4j finds it in the jar's plugin descriptor.
 */
@Plugin(name = "LogRedactorConfigurationFactory", category = ConfigurationFactory.CATEGORY)
@Order(100)
public final class AutoConfigurationFactory extends ConfigurationFactory {
    private static final String[] ALL = {"*"};
    /** Set while this thread asks Log4j's factories, so that they pass this one by. */
    private static final ThreadLocal<Boolean> DELEGATING = new ThreadLocal<>();

    @Override
    protected String[] getSupportedTypes() {
        return DELEGATING.get() != null ? null : ALL.clone(); // null: Log4j skips this factory
    }

    @Override
    public Configuration getConfiguration(LoggerContext context, String name, URI configLocation) {
        return delegate(context, () -> ConfigurationFactory.getInstance().getConfiguration(context, name, configLocation));
    }

    @Override
    public Configuration getConfiguration(LoggerContext context, ConfigurationSource source) {
        return delegate(context, () -> ConfigurationFactory.getInstance().getConfiguration(context, source));
    }

    /** What Log4j's factories make, with this one passed by, then through {@link AutoMode}; null when re-entered. */
    private static Configuration delegate(LoggerContext context, Supplier<Configuration> log4j) {
        if (DELEGATING.get() != null) {
            return null;
        }
        DELEGATING.set(Boolean.TRUE);
        Configuration c;
        try {
            c = log4j.get();
        } finally {
            DELEGATING.remove();
        }
        return AutoMode.apply(context, c);
    }
}
