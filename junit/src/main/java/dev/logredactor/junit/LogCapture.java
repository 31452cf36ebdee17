package dev.logredactor.junit;

import java.util.ArrayList;
import java.util.List;

/**
 * Captures the events of the logging backends present, from {@link #start} until {@link #stop}: Logback
 * when SLF4J is bound to it, Log4j2 when the Log4j API is served by Log4j Core; both when both are.
 */
final class LogCapture {
    private static final ClassLoader LOADER = LogCapture.class.getClassLoader();

    /** What one backend needs: attach an appender, and detach it giving back what it saw. */
    interface Backend {
        /** Whether the appender is still where it was put: a reconfiguration during the test removes it. */
        boolean intact();

        List<CapturedEvent> finish();
    }

    private final List<Backend> backends;

    private LogCapture(List<Backend> backends) {
        this.backends = backends;
    }

    /**
     * Starts capturing.
     *
     * @throws IllegalStateException when neither Logback nor Log4j2 is in use: nothing would be seen
     */
    static LogCapture start() {
        List<Backend> found = new ArrayList<>();
        if (present("ch.qos.logback.classic.LoggerContext") && present("org.slf4j.LoggerFactory")) {
            Backend b = LogbackBackend.startIfBound();
            if (b != null) {
                found.add(b);
            }
        }
        if (present("org.apache.logging.log4j.core.LoggerContext")) {
            Backend b = Log4j2Backend.startIfInUse();
            if (b != null) {
                found.add(b);
            }
        }
        if (found.isEmpty()) {
            throw new IllegalStateException("@NoSecretsInLogs found neither Logback (bound to SLF4J) nor Log4j2 Core "
                    + "(behind the Log4j API) on the class path: it has no events to check");
        }
        return new LogCapture(found);
    }

    /**
     * Whether every backend's appender is still in place; {@code false} when the logging was configured
     * again during the test (a Spring application started in it), after which events went unseen.
     */
    boolean intact() {
        for (Backend b : backends) {
            if (!b.intact()) {
                return false;
            }
        }
        return true;
    }

    /** Stops capturing; the events seen by every backend, each backend's in the order they came. */
    List<CapturedEvent> stop() {
        List<CapturedEvent> all = new ArrayList<>();
        for (Backend b : backends) {
            all.addAll(b.finish());
        }
        return all;
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, LOADER);
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
