package dev.logredactor.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * Found by Logback through {@code META-INF/services}; runs before the configurator that reads
 * {@code logback.xml} and lets it run afterwards: it only switches on the {@link AutoMode drop-in mode}.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public class AutoConfigurator extends ContextAwareBase implements Configurator {
    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (getContext() == null) {
            setContext(context); // Logback sets it before it calls; a configurator called by hand reports there too
        }
        if (AutoMode.switchedOff()) {
            addInfo("log-redactor: drop-in mode off (" + AutoMode.PROPERTY + "/" + AutoMode.ENV + ")");
        } else {
            AutoMode.install(context);
        }
        return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
}
