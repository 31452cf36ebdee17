package dev.logredactor.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells, in Spring Boot's start-up failure report, which {@code logredactor.*} property is wrong and why. */
public class LogRedactorFailureAnalyzer extends AbstractFailureAnalyzer<InvalidLogRedactorPropertyException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidLogRedactorPropertyException cause) {
        return new FailureAnalysis("log-redactor cannot use the property '" + cause.property() + "': " + cause.reason(),
                "Fix or remove '" + cause.property() + "' (the keys and their values are in log-redactor's README, "
                        + "section Configuration). Until the application starts, logs are redacted with the defaults.",
                cause);
    }
}
