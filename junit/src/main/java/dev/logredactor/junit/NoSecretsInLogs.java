package dev.logredactor.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fails a test when what it logs holds secrets or personal data: every event that Logback or Log4j2
 * hands to its appenders while the test runs (message, MDC, key-value pairs, the stack trace with its
 * causes) is scanned with log-redactor's detectors, and the test fails with one entry per leaking event:
 * the types found, the logger, the code line that logged it, and the event with the values masked.
 *
 * <pre>{@code
 * @NoSecretsInLogs
 * class SignupServiceTest {
 *     @Test
 *     void registersAUser() { service.register("jane@example.com", "4111 1111 1111 1111"); }
 * }
 * }</pre>
 *
 * <p>On a class it applies to each of its tests; on a method it overrides the class's. Nothing in the
 * application's logging configuration has to change: the kit adds an appender of its own to the root
 * logger and to every logger that does not pass its events up, for the length of each test. It sees the
 * events as the loggers give them to appenders: a redaction done later, in an encoder or a layout
 * ({@code RedactingEncoder}, {@code %redact}), does not hide a leaking call from it, which is the point;
 * one done before the appenders (the turbo filter, the drop-in mode, the rewrite policy) does.
 *
 * <p>Events of every thread are captured, so tests that log at the same time (JUnit's parallel
 * execution) see each other's events: run such tests in the same thread, or under one
 * {@code @ResourceLock}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(NoSecretsInLogsExtension.class)
public @interface NoSecretsInLogs {
    /**
     * Types not to report, as in the {@code disable} setting: {@code "IP_ADDRESS"}, {@code "PHONE"}.
     *
     * @return the type names to leave alone
     */
    String[] disable() default {};

    /**
     * Exact values that are not secrets here, as in the {@code allow} setting: a test fixture's e-mail
     * address, a documented example key.
     *
     * @return the values to allow
     */
    String[] allow() default {};

    /**
     * A properties file on the test class path with more settings (the keys of the README's
     * configuration table: rules for the team's own ids, sensitive keys); empty for none.
     *
     * @return the resource name, such as {@code "log-redactor.properties"}
     */
    String config() default "";
}
