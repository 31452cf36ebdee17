package dev.logredactor.spring;

import dev.logredactor.core.DropIn;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter's beans: the finding counts as Micrometer meters when Micrometer is on the class path, as a
 * JMX bean otherwise, and the {@code logredactor} Actuator endpoint when Actuator is. Redaction itself is
 * put in place before the context exists, by {@link LogRedactorEnvironmentListener}.
 */
// after the meter registries are made (their auto-configuration's package differs in Spring Boot 3 and 4)
@AutoConfiguration(afterName = {"org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnProperty(prefix = "logredactor", name = "enabled", havingValue = "true", matchIfMissing = true)
public class LogRedactorAutoConfiguration {
    /**
     * Says in the application's own log, once the context is up, that report mode writes everything
     * unredacted (the logging backends' status output, where the integrations say it too, is often not shown).
     *
     * @return the bean that warns
     */
    @Bean
    static SmartInitializingSingleton logRedactorReportModeWarning() {
        return () -> {
            String aside = DropIn.steppedAsideFor();
            if (aside != null) {
                LogFactory.getLog("dev.logredactor.spring").info("log-redactor: the logging configuration names " + aside
                        + ", which redacts with its own settings; logredactor.* properties apply to the drop-in mode only");
            }
            if ("report".equals(Applied.current().mode)) {
                LogFactory.getLog("dev.logredactor.spring").warn("log-redactor: mode=report: findings are counted (see "
                        + "/actuator/logredactor) but nothing is redacted; for a rollout, never for production");
            }
        };
    }

    /** A Micrometer registry: the counts as meters. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
    @ConditionalOnBean(type = "io.micrometer.core.instrument.MeterRegistry")
    static class Metrics {
        @Bean(destroyMethod = "close")
        FindingsMeterBinder logRedactorMeterBinder(@Value("${logredactor.metrics.max-loggers:20}") int maxLoggers) {
            return new FindingsMeterBinder(maxLoggers);
        }
    }

    /** No Micrometer registry (Micrometer absent, or on the class path without one): the counts over JMX. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnMissingBean(type = "io.micrometer.core.instrument.MeterRegistry")
    static class Jmx {
        @Bean(initMethod = "register", destroyMethod = "unregister")
        FindingCountsJmx logRedactorMBean(@Value("${logredactor.metrics.max-loggers:20}") int maxLoggers) {
            return new FindingCountsJmx(maxLoggers);
        }
    }

    /** Actuator on the class path: {@code /actuator/logredactor}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.annotation.Endpoint")
    static class Actuator {
        @Bean
        LogRedactorEndpoint logRedactorEndpoint(@Value("${logredactor.metrics.max-loggers:20}") int maxLoggers) {
            return new LogRedactorEndpoint(maxLoggers);
        }
    }
}
