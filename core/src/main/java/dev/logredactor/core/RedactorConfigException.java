package dev.logredactor.core;

/**
 * A configuration setting is invalid. The message names the setting (with the key used in properties
 * files, e.g. {@code strategy.EMAIL}) and says what would be valid.
 */
public class RedactorConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The configuration key at fault. */
    private final String setting;

    /**
     * @param setting the configuration key at fault, e.g. {@code rule.EMPLOYEE_ID}
     * @param message what is wrong and how to fix it
     */
    public RedactorConfigException(String setting, String message) {
        super(setting + ": " + message);
        this.setting = setting;
    }

    /**
     * @param setting the configuration key at fault
     * @param message what is wrong and how to fix it
     * @param cause the underlying parse error
     */
    public RedactorConfigException(String setting, String message, Throwable cause) {
        super(setting + ": " + message, cause);
        this.setting = setting;
    }

    /**
     * The configuration key at fault, e.g. {@code disable} or {@code rule.EMPLOYEE_ID}.
     *
     * @return the configuration key
     */
    public String setting() {
        return setting;
    }
}
