package dev.logredactor.spring;

import java.util.Map;

/**
 * The finding counts over JMX, as {@code dev.logredactor:type=FindingCounts}, where Micrometer is not on
 * the class path. Never a value.
 */
public interface FindingCountsMXBean {
    /**
     * Logged events per type found.
     *
     * @return type name to count
     */
    Map<String, Long> getFindings();

    /**
     * The loggers with the most findings, the rest as {@code other}.
     *
     * @return logger name to count
     */
    Map<String, Long> getTopLoggers();

    /**
     * Redactions that failed.
     *
     * @return the count
     */
    long getFailures();

    /**
     * Whether redaction is on, how, and with which settings (never key material).
     *
     * @return the settings in words
     */
    String getSettings();
}
