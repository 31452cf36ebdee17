package dev.logredactor.spring;

/** What the starter put in place at the last start-up, for the Actuator endpoint and JMX. */
final class Applied {
    private static volatile Applied current = new Applied(true, "redact", "the defaults (no start-up seen yet)");

    final boolean enabled;
    final String mode;
    /** The redactor's settings in words, never a hash key. */
    final String settings;

    Applied(boolean enabled, String mode, String settings) {
        this.enabled = enabled;
        this.mode = mode;
        this.settings = settings;
    }

    static Applied current() {
        return current;
    }

    static void set(Applied a) {
        current = a;
    }
}
