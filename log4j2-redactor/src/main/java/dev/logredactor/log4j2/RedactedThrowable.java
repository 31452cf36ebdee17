package dev.logredactor.log4j2;

/**
 * Stands in for a throwable whose text held something sensitive: it renders as the original would
 * ({@code toString()} with the original class name, the same stack frames, cause and suppressed chain)
 * but with the text redacted. Log4j's {@code %ex} and {@code %xEx} print a throwable through
 * {@code toString()} and {@code getStackTrace()}, so class names and frames stay readable.
 */
final class RedactedThrowable extends Throwable {
    private static final long serialVersionUID = 1L;

    private final String rendered;

    /** @param rendered the original's {@code toString()}, redacted: it starts with the original's class name */
    RedactedThrowable(String message, String rendered, StackTraceElement[] frames) {
        super(message); // cause left unset, for initCause
        this.rendered = rendered;
        setStackTrace(frames);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this; // the frames are the original's, set in the constructor
    }

    @Override
    public String toString() {
        return rendered;
    }
}
