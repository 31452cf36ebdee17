package dev.logredactor.spring;

/**
 * A {@code logredactor.*} property that cannot be used: it stops the start-up, and
 * {@link LogRedactorFailureAnalyzer} names the property. Never holds a value of a secret setting.
 */
public class InvalidLogRedactorPropertyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The property at fault, as written. */
    private final String property;
    /** What is wrong with it. */
    private final String reason;

    /**
     * @param property the property as the application wrote it
     * @param reason what is wrong and what would be right
     * @param cause the core's exception, if any
     */
    public InvalidLogRedactorPropertyException(String property, String reason, Throwable cause) {
        super("invalid " + property + ": " + reason, cause);
        this.property = property;
        this.reason = reason;
    }

    /**
     * The property at fault.
     *
     * @return its name, as written
     */
    public String property() {
        return property;
    }

    /**
     * What is wrong with it.
     *
     * @return the reason
     */
    public String reason() {
        return reason;
    }
}
