package dev.logredactor.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.FindingCounts;
import dev.logredactor.core.Redactor;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.lang.management.ManagementFactory;
import java.util.Random;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The counts as Micrometer meters (logger tags bounded, the rest {@code other}, text outside events
 * {@code none}), as a JMX bean where Micrometer is absent, and which of them the auto-configuration makes.
 */
class TelemetryBeansTest {
    private final Random random = new Random();

    private static void event(Redactor r, String logger, String text) {
        FindingCounts.Tally t = FindingCounts.begin();
        try {
            r.redact(text);
        } finally {
            t.end(logger);
        }
    }

    private static double count(MeterRegistry registry, String type, String logger) {
        FunctionCounter c = registry.find(FindingsMeterBinder.FINDINGS).tags("type", type, "logger", logger).functionCounter();
        return c == null ? -1 : c.count();
    }

    @Test
    void metersNameTheFirstLoggersAndSumTheRestAsOther() {
        String type = "MTR_" + Long.toHexString(System.nanoTime()).toUpperCase(java.util.Locale.ROOT);
        Redactor r = Redactor.builder().rule(type, type + "-[0-9]{4}").build();
        String a = "com.example.A" + type;
        String b = "com.example.B" + type;
        String c = "com.example.C" + type;
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        // the loggers other tests of this JVM counted come first; two more get names of their own
        FindingsMeterBinder binder = new FindingsMeterBinder(FindingCounts.global().byLogger().size() + 2);
        binder.bindTo(registry);
        try {
            int na = 1 + random.nextInt(5);
            int nb = 1 + random.nextInt(5);
            int nc = 1 + random.nextInt(5);
            for (int i = 0; i < na; i++) {
                event(r, a, "id " + type + "-1234");
            }
            for (int i = 0; i < nb; i++) {
                event(r, b, "id " + type + "-1234");
            }
            for (int i = 0; i < nc; i++) {
                event(r, c, "id " + type + "-1234");
            }
            r.redact("outside any event " + type + "-4321");
            assertThat(count(registry, type, a)).isEqualTo(na);
            assertThat(count(registry, type, b)).isEqualTo(nb);
            assertThat(count(registry, type, c)).as("beyond the bound: no meter of its own").isEqualTo(-1);
            assertThat(count(registry, type, FindingCounts.OTHER)).isEqualTo(nc);
            assertThat(count(registry, type, FindingsMeterBinder.NONE)).isEqualTo(1);
            assertThat(registry.find(FindingsMeterBinder.FAILURES).functionCounter()).isNotNull();
        } finally {
            binder.close();
        }
    }

    @Test
    void theJmxBeanShowsTheCountsAndLeavesWhenTheApplicationCloses() throws Exception {
        FindingCountsJmx jmx = new FindingCountsJmx(5);
        ObjectName name = new ObjectName(FindingCountsJmx.NAME);
        boolean before = ManagementFactory.getPlatformMBeanServer().isRegistered(name);
        jmx.register();
        try {
            assertThat(ManagementFactory.getPlatformMBeanServer().isRegistered(name)).isTrue();
            assertThat(ManagementFactory.getPlatformMBeanServer().getAttribute(name, "Failures")).isInstanceOf(Long.class);
            assertThat(ManagementFactory.getPlatformMBeanServer().getAttribute(name, "Settings").toString()).isNotEmpty();
        } finally {
            jmx.unregister();
        }
        assertThat(ManagementFactory.getPlatformMBeanServer().isRegistered(name)).isEqualTo(before);
    }

    @Test
    void aMeterRegistryGivesMetersAndWithoutOneJmxAndActuatorAnEndpoint() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(LogRedactorAutoConfiguration.class));
        runner.withBean(MeterRegistry.class, SimpleMeterRegistry::new).run(ctx -> {
            assertThat(ctx).hasSingleBean(FindingsMeterBinder.class).doesNotHaveBean(FindingCountsJmx.class)
                    .hasSingleBean(LogRedactorEndpoint.class);
        });
        runner.run(ctx -> { // Micrometer on the class path (as a library brings it) but no registry
            assertThat(ctx).doesNotHaveBean(FindingsMeterBinder.class).hasSingleBean(FindingCountsJmx.class);
        });
        runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run(ctx -> {
            assertThat(ctx).doesNotHaveBean(FindingsMeterBinder.class).hasSingleBean(FindingCountsJmx.class);
        });
        runner.withPropertyValues("logredactor.enabled=false").run(ctx -> {
            assertThat(ctx).doesNotHaveBean(FindingsMeterBinder.class).doesNotHaveBean(LogRedactorEndpoint.class);
        });
    }
}
