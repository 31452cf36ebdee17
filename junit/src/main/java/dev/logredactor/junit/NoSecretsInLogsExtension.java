package dev.logredactor.junit;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.RedactorConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The extension behind {@link NoSecretsInLogs}: captures the events of each test and fails the test when
 * one holds something. Registered by the annotation; can also be registered with {@code @ExtendWith}, then
 * with the default settings.
 */
public final class NoSecretsInLogsExtension implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(NoSecretsInLogsExtension.class);

    /** What one test's check needs between before and after. */
    private static final class Run {
        final Redactor redactor;
        final LogCapture capture;

        Run(Redactor redactor, LogCapture capture) {
            this.redactor = redactor;
            this.capture = capture;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Redactor redactor = redactor(context, settings(context));
        LogCapture capture;
        try {
            capture = LogCapture.start();
        } catch (IllegalStateException e) {
            throw new ExtensionConfigurationException(e.getMessage(), e);
        }
        context.getStore(NAMESPACE).put(Run.class, new Run(redactor, capture));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Run run = context.getStore(NAMESPACE).remove(Run.class, Run.class);
        if (run == null) {
            return;
        }
        boolean intact = run.capture.intact();
        List<CapturedEvent> events = run.capture.stop();
        // a parameterized test's display name holds its arguments: redacted like the events
        String test = run.redactor.redact(context.getDisplayName());
        Leaks leaks = new Leaks("the events logged by " + test);
        for (CapturedEvent e : events) {
            String where = e.level + " logger " + e.logger + (e.location == null ? "" : " at " + e.location);
            leaks.check(run.redactor.newLineRedactor(), where, e.text);
        }
        leaks.throwIfAny();
        if (!intact) { // fail closed: what was logged after the reconfiguration went unchecked
            throw new org.opentest4j.AssertionFailedError("@NoSecretsInLogs: the logging was configured again during "
                    + test + " (a Spring application started in the test?), and the events logged after "
                    + "that were not checked; start it before the test (@SpringBootTest does) or check its output with LogAssertions");
        }
    }

    /** The annotation nearest the test: the method's, else its class's, else an enclosing class's. */
    private static Optional<NoSecretsInLogs> settings(ExtensionContext context) {
        for (Optional<ExtensionContext> c = Optional.of(context); c.isPresent(); c = c.get().getParent()) {
            Optional<AnnotatedElement> element = c.get().getElement();
            if (element.isPresent()) {
                Optional<NoSecretsInLogs> found = AnnotationSupport.findAnnotation(element.get(), NoSecretsInLogs.class);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Redactor redactor(ExtensionContext context, Optional<NoSecretsInLogs> settings) {
        if (settings.isEmpty()) {
            return Redactor.defaults();
        }
        NoSecretsInLogs s = settings.get();
        Redactor.Builder b = Redactor.builder();
        try {
            if (!s.config().isEmpty()) {
                b.properties(load(context, s.config()));
            }
            if (s.disable().length > 0) {
                b.disable(s.disable());
            }
            if (s.allow().length > 0) {
                b.allow(s.allow());
            }
            return b.build();
        } catch (RedactorConfigException e) {
            throw new ExtensionConfigurationException("@NoSecretsInLogs: " + e.getMessage(), e);
        }
    }

    private static Properties load(ExtensionContext context, String resource) {
        ClassLoader loader = context.getRequiredTestClass().getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ExtensionConfigurationException("@NoSecretsInLogs(config = \"" + resource
                        + "\"): no such resource on the test class path");
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new ExtensionConfigurationException("@NoSecretsInLogs(config = \"" + resource + "\"): cannot read it", e);
        }
    }
}
