package dev.logredactor.spring;

import dev.logredactor.core.FindingCounts;
import java.lang.management.ManagementFactory;
import java.util.Map;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/** Registers {@link FindingCountsMXBean} with the platform MBean server for the application's life. */
public class FindingCountsJmx implements FindingCountsMXBean {
    /** The bean's name. */
    public static final String NAME = "dev.logredactor:type=FindingCounts";

    private final int topLoggers;
    private ObjectName registered;

    /** @param topLoggers how many loggers {@link #getTopLoggers()} names */
    public FindingCountsJmx(int topLoggers) {
        this.topLoggers = topLoggers;
    }

    /** Registers the bean; one already there (another application in the JVM) is left as it is. */
    public void register() {
        try {
            MBeanServer server = ManagementFactory.getPlatformMBeanServer();
            ObjectName name = new ObjectName(NAME);
            if (!server.isRegistered(name)) {
                server.registerMBean(this, name);
                registered = name;
            }
        } catch (JMException | RuntimeException e) {
            // JMX unavailable or refused: the counts stay readable through FindingCounts
        }
    }

    /** Unregisters the bean if this one registered it. */
    public void unregister() {
        if (registered != null) {
            try {
                ManagementFactory.getPlatformMBeanServer().unregisterMBean(registered);
            } catch (JMException | RuntimeException e) {
                // already gone
            }
            registered = null;
        }
    }

    @Override
    public Map<String, Long> getFindings() {
        return FindingCounts.global().byType();
    }

    @Override
    public Map<String, Long> getTopLoggers() {
        return FindingCounts.global().topLoggers(topLoggers);
    }

    @Override
    public long getFailures() {
        return FindingCounts.global().failures();
    }

    @Override
    public String getSettings() {
        Applied a = Applied.current();
        return a.enabled ? a.mode + ": " + a.settings : a.settings;
    }
}
