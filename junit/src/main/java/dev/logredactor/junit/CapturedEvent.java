package dev.logredactor.junit;

/** One event as a backend gave it to the kit's appender, as text; immutable. */
final class CapturedEvent {
    final String logger;
    final String level;
    /** The message, then each MDC and key-value pair as {@code key=value}, then the stack trace. */
    final String text;
    /** The code that logged it ({@code Class.method(File.java:42)}), or {@code null} when unknown. */
    final String location;

    CapturedEvent(String logger, String level, String text, StackTraceElement location) {
        this.logger = logger;
        this.level = level;
        this.text = text;
        this.location = location == null ? null : location.toString();
    }
}
