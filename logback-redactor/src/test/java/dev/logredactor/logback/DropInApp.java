package dev.logredactor.logback;

import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * An application as users write one: SLF4J only, Logback configured by a plain {@code logback.xml}
 * (named by {@code -Dlogback.configurationFile}) that names none of our components, the jar on the class
 * path. Run in a JVM of its own by {@link DropInProcessTest}: arguments are the values to log.
 */
public final class DropInApp {
    private DropInApp() {
    }

    public static void main(String[] args) {
        String email = args[0];
        String password = args[1];
        String card = args[2];
        Logger log = LoggerFactory.getLogger("app.Checkout");
        log.info("classic call for {}", email);
        log.atInfo().addKeyValue("password", password).log("fluent login for {}", email);
        log.atWarn().setMessage("fluent card " + card).addKeyValue("order", 42).log();
        MDC.put("user", email);
        log.atInfo().log("fluent with mdc");
        MDC.clear();
        log.atError().setCause(new IllegalStateException("no account for " + email)).log("fluent failure");
        log.info("clean line {}", 7);
        ((LoggerContext) LoggerFactory.getILoggerFactory()).stop(); // drains the async appender
    }
}
