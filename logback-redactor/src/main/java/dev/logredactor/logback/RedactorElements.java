package dev.logredactor.logback;

import dev.logredactor.core.Setting;

/**
 * The child elements every component of ours takes in {@code logback.xml}, one per {@link Setting}
 * (its {@link Setting#element()} name): Logback's configurator calls these methods, which all hand the
 * value to {@link #addSetting}. A setting that takes a list is an adder, so its element may repeat.
 *
 * <pre>{@code
 * <disable>IP_ADDRESS</disable>
 * <strategy>CREDIT_CARD=keep-last-4</strategy>
 * <rule>TICKET=TCK-[0-9]{6}</rule>
 * <hashKeyFile>/run/secrets/log-hash-key</hashKeyFile>
 * }</pre>
 */
public interface RedactorElements {
    /**
     * Takes one setting as its element gives it (a named setting as {@code NAME=value}); checked when
     * the component starts.
     *
     * @param setting the setting
     * @param value the element's text
     */
    void addSetting(Setting setting, String value);

    /** @param types {@link Setting#DISABLE} */
    default void addDisable(String types) {
        addSetting(Setting.DISABLE, types);
    }

    /** @param types {@link Setting#ONLY} */
    default void addOnly(String types) {
        addSetting(Setting.ONLY, types);
    }

    /** @param typeAndStrategy {@link Setting#STRATEGY}: {@code TYPE=strategy} */
    default void addStrategy(String typeAndStrategy) {
        addSetting(Setting.STRATEGY, typeAndStrategy);
    }

    /** @param keys {@link Setting#SENSITIVE_KEYS} */
    default void addSensitiveKey(String keys) {
        addSetting(Setting.SENSITIVE_KEYS, keys);
    }

    /** @param values {@link Setting#ALLOW} */
    default void addAllow(String values) {
        addSetting(Setting.ALLOW, values);
    }

    /** @param nameAndPattern {@link Setting#RULE}: {@code NAME=pattern} */
    default void addRule(String nameAndPattern) {
        addSetting(Setting.RULE, nameAndPattern);
    }

    /** @param className {@link Setting#DETECTORS}: a detector's class */
    default void addDetector(String className) {
        addSetting(Setting.DETECTORS, className);
    }

    /** @param path {@link Setting#HASH_KEY_FILE} */
    default void setHashKeyFile(String path) {
        addSetting(Setting.HASH_KEY_FILE, path);
    }

    /** @param variable {@link Setting#HASH_KEY_ENV} */
    default void setHashKeyEnv(String variable) {
        addSetting(Setting.HASH_KEY_ENV, variable);
    }

    /** @param key {@link Setting#HASH_KEY} */
    default void setHashKey(String key) {
        addSetting(Setting.HASH_KEY, key);
    }

    /** @param template {@link Setting#PLACEHOLDER} */
    default void setPlaceholder(String template) {
        addSetting(Setting.PLACEHOLDER, template);
    }

    /** @param on {@link Setting#NEUTRALIZE_NEWLINES}: {@code true} or {@code false} */
    default void setNeutralizeNewlines(String on) {
        addSetting(Setting.NEUTRALIZE_NEWLINES, on);
    }

    /** @param mode {@link Setting#MODE}: {@code redact} or {@code report} */
    default void setMode(String mode) {
        addSetting(Setting.MODE, mode);
    }

    /** @param on {@link Setting#TELEMETRY}: {@code true} or {@code false} */
    default void setTelemetry(String on) {
        addSetting(Setting.TELEMETRY, on);
    }

    /** @param path {@link Setting#CONFIG_FILE} */
    default void setConfigFile(String path) {
        addSetting(Setting.CONFIG_FILE, path);
    }
}
