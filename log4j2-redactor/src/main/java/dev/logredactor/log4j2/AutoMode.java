package dev.logredactor.log4j2;

import dev.logredactor.core.DropIn;
import java.io.File;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LifeCycle;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.rewrite.RewriteAppender;
import org.apache.logging.log4j.core.config.AppenderRef;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.ConfigurationFileWatcher;
import org.apache.logging.log4j.core.config.ConfigurationListener;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Reconfigurable;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.core.util.Source;
import org.apache.logging.log4j.core.util.WatchManager;
import org.apache.logging.log4j.core.util.Watcher;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * The drop-in mode: with the jar on the class path and a configuration that names none of our plugins,
 * every appender a logger writes to gets the events through a {@link RewriteAppender} with the default
 * {@link RedactionPolicy} in front of it.
 *
 * <p>Design: {@link AutoConfigurationFactory} gets each configuration before Log4j starts it. This class
 * initializes it (Log4j's {@code start()} then skips that step), noting whether that built a plugin of
 * ours (then it leaves the configuration alone), and for each appender a logger refers
 * to adds {@code logredactor-<name>}, a rewrite appender with our policy that writes to it, and points
 * the logger there instead, with the same level and filter. Appenders behind other appenders (an
 * {@code Async} appender's target) get the events already redacted. A configuration reloaded after
 * {@code monitorInterval} is built by the old one, not by a factory, so the file watcher is given a
 * {@link Reconfigurable} that passes the new configuration through here before the context uses it.
 *
 * <p>Off with {@code -Dlogredactor.auto=false} or the environment variable {@code LOGREDACTOR_AUTO=false}.
 */
final class AutoMode {
    static final String PROPERTY = "logredactor.auto";
    static final String ENV = "LOGREDACTOR_AUTO";
    static final String PREFIX = "logredactor-";
    private static final String DONE = "logredactor.auto.applied";
    /** While {@link #apply} initializes a configuration on this thread: [0] the first plugin of ours it builds. */
    private static final ThreadLocal<String[]> BUILDING = new ThreadLocal<>();

    private AutoMode() {
    }

    static boolean enabled() {
        String p = System.getProperty(PROPERTY);
        if (p == null) {
            p = System.getenv(ENV);
        }
        return p == null || !p.trim().toLowerCase(Locale.ROOT).equals("false");
    }

    /** The configuration, with redaction in front of every appender when the mode applies; never throws. */
    static Configuration apply(LoggerContext context, Configuration config) {
        if (config == null || !enabled()) {
            return config;
        }
        try {
            if (config.getComponent(DONE) != null) {
                return config;
            }
            String[] named = {null};
            if (config.getState() == LifeCycle.State.INITIALIZING) {
                BUILDING.set(named);
                try {
                    config.initialize();
                } finally {
                    BUILDING.remove();
                }
            }
            String plugin = named[0] != null ? named[0] : ourPluginIn(config);
            DropIn.steppedAside(plugin);
            if (plugin != null) {
                StatusLogger.getLogger().info("log-redactor: drop-in mode steps aside: the configuration {} names {}, which takes "
                        + "over; only what the configured log-redactor plugins cover is redacted", config.getName(), plugin);
                return config;
            }
            RedactionPolicy policy = RedactionPolicy.defaults();
            Map<String, Appender> wrappers = new HashMap<>();
            List<LoggerConfig> loggers = new ArrayList<>(config.getLoggers().values());
            if (!loggers.contains(config.getRootLogger())) {
                loggers.add(config.getRootLogger());
            }
            for (LoggerConfig logger : loggers) {
                wrap(config, logger, policy, wrappers);
            }
            if (context != null && config instanceof Reconfigurable) {
                watchThroughHere(context, config);
            }
            config.addComponent(DONE, Boolean.TRUE);
            StatusLogger.getLogger().info("log-redactor: drop-in mode on: the appenders {} of the configuration {} get the events "
                    + "redacted with the defaults (-D{}=false or {}=false turns it off)", wrappers.keySet(), config.getName(),
                    PROPERTY, ENV);
        } catch (RuntimeException | LinkageError e) {
            StatusLogger.getLogger().error("log-redactor: the drop-in mode could not put redaction in front of the appenders of {}",
                    config, e);
        }
        return config;
    }

    private static void wrap(Configuration config, LoggerConfig logger, RedactionPolicy policy, Map<String, Appender> wrappers) {
        Map<String, AppenderRef> refs = new HashMap<>();
        for (AppenderRef r : logger.getAppenderRefs()) {
            refs.put(r.getRef(), r);
        }
        for (Appender target : new ArrayList<>(logger.getAppenders().values())) {
            if (target.getName().startsWith(PREFIX)) {
                continue;
            }
            Appender w = wrappers.get(target.getName());
            if (w == null) {
                w = RewriteAppender.createAppender(PREFIX + target.getName(), "false",
                        new AppenderRef[] {AppenderRef.createAppenderRef(target.getName(), null, null)}, config, policy, null);
                config.addAppender(w);
                wrappers.put(target.getName(), w);
            }
            AppenderRef ref = refs.get(target.getName());
            Level level = ref == null ? null : ref.getLevel();
            Filter filter = ref == null ? null : ref.getFilter();
            logger.removeAppender(target.getName());
            logger.addAppender(w, level, filter);
        }
    }

    /**
     * Called by each plugin of ours when Log4j builds it, with its name as configurations write it: while
     * {@link #apply} initializes a configuration, that tells it the configuration names our plugins, and
     * which. (Log4j takes the nodes of built plugin elements out of the configuration's node tree, so the
     * tree cannot tell afterwards.)
     */
    static void pluginBuilt(String plugin) {
        String[] named = BUILDING.get();
        if (named != null && named[0] == null) {
            named[0] = plugin;
        }
    }

    /** For a configuration that was initialized before it got here: a layout of ours, or {@code %redact}; else null. */
    private static String ourPluginIn(Configuration config) {
        for (Appender a : config.getAppenders().values()) {
            Layout<? extends Serializable> layout = a.getLayout();
            if (layout instanceof RedactingLayout) {
                return "RedactingLayout";
            }
            if (layout instanceof PatternLayout && ((PatternLayout) layout).getConversionPattern().contains("%redact")) {
                return "%redact";
            }
        }
        return null;
    }

    /**
     * Replaces the configuration's file watchers by ones whose reload goes through {@link #apply}, and
     * that tell only the context (Log4j's own watcher would tell the context directly).
     */
    private static void watchThroughHere(LoggerContext context, Configuration config) {
        WatchManager watches = config.getWatchManager();
        if (watches == null) {
            return;
        }
        Reconfigurable reload = new Reload(context, (Reconfigurable) config);
        List<ConfigurationListener> listeners = new ArrayList<>();
        listeners.add(context);
        for (Map.Entry<Source, Watcher> e : new HashMap<>(watches.getConfigurationWatchers()).entrySet()) {
            File file = e.getKey().getFile();
            if (e.getValue() instanceof ConfigurationFileWatcher && file != null) {
                watches.watch(e.getKey(), new ConfigurationFileWatcher(config, reload, listeners, file.lastModified()));
            }
        }
    }

    /** A reload that passes the new configuration through {@link #apply} before the context starts it. */
    private static final class Reload implements Reconfigurable {
        private final LoggerContext context;
        private final Reconfigurable config;

        Reload(LoggerContext context, Reconfigurable config) {
            this.context = context;
            this.config = config;
        }

        @Override
        public Configuration reconfigure() {
            return apply(context, config.reconfigure());
        }
    }
}
