package dev.logredactor.core;

/**
 * A configuration setting is invalid. The message names the setting (with the key used in properties
 * files, e.g. {@code strategy.EMAIL}) and says what would be valid; {@link #writtenAs()} says how the
 * user wrote the setting at fault, for front ends whose users write XML elements, attributes or flags.
 */
public class RedactorConfigException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The configuration key at fault. */
    private final String setting;
    /** What is wrong, without the key. */
    private final String reason;
    /** How the user wrote the setting at fault; {@code null} when it came from the builder's methods. */
    private final String writtenAs;

    /**
     * @param setting the configuration key at fault, e.g. {@code rule.EMPLOYEE_ID}
     * @param message what is wrong and how to fix it
     */
    public RedactorConfigException(String setting, String message) {
        this(setting, message, null, null);
    }

    /**
     * @param setting the configuration key at fault
     * @param message what is wrong and how to fix it
     * @param cause the underlying parse error
     */
    public RedactorConfigException(String setting, String message, Throwable cause) {
        this(setting, message, cause, null);
    }

    private RedactorConfigException(String setting, String message, Throwable cause, String writtenAs) {
        super(setting + ": " + message, cause);
        this.setting = setting;
        this.reason = message;
        this.writtenAs = writtenAs;
    }

    /** This error, told as about the setting the user wrote as {@code written}. */
    RedactorConfigException writtenAs(String written) {
        RedactorConfigException e = new RedactorConfigException(setting, reason, getCause(), written);
        e.setStackTrace(getStackTrace());
        return e;
    }

    /**
     * The configuration key at fault, e.g. {@code disable} or {@code rule.EMPLOYEE_ID}.
     *
     * @return the configuration key
     */
    public String setting() {
        return setting;
    }

    /**
     * What is wrong and how to fix it: the message without the key in front.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    /**
     * How the user wrote the setting at fault, as given to {@link Settings}: {@code <rule>},
     * {@code attribute strategy}, {@code --config app.properties}; else the key.
     *
     * @return how the setting at fault was written
     */
    public String writtenAs() {
        return writtenAs == null ? setting : writtenAs;
    }
}
