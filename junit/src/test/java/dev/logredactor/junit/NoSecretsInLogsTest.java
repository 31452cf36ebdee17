package dev.logredactor.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import ch.qos.logback.classic.LoggerContext;
import dev.logredactor.core.testdata.SecretSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * {@link NoSecretsInLogs} run by JUnit itself ({@code EngineTestKit}) on fixture test classes that log
 * through Logback (SLF4J) and Log4j2 (the Log4j API), both present here: a test whose events hold a
 * generated secret fails with the type, the logger and the code line, never the value; a clean one passes.
 */
class NoSecretsInLogsTest {
    /** What the fixtures log, generated afresh for each test of this class. */
    static volatile String email;
    static volatile String card;
    static volatile String password;
    static final String FIXTURE_EMAIL = "fixture.user@example.org";

    private final Random random = new Random();

    @BeforeEach
    void newSecrets() {
        email = SecretSamples.email(random);
        card = SecretSamples.card(random);
        password = SecretSamples.password(random);
    }

    @AfterEach
    void theKitLeavesNoAppenderBehind() {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        for (ch.qos.logback.classic.Logger l : logback.getLoggerList()) {
            assertThat(l.getAppender("log-redactor-junit")).as(l.getName()).isNull();
        }
        org.apache.logging.log4j.core.LoggerContext log4j = (org.apache.logging.log4j.core.LoggerContext) LogManager.getContext(false);
        log4j.getConfiguration().getLoggers().values().forEach(c -> assertThat(c.getAppenders()).doesNotContainKey("log-redactor-junit"));
        assertThat(log4j.getConfiguration().getRootLogger().getAppenders()).doesNotContainKey("log-redactor-junit");
    }

    /** The outcome of each test of a fixture class, by method name: "passed" or the failure's message. */
    private static Map<String, String> run(Class<?> fixture) {
        EngineExecutionResults results = EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute();
        Map<String, String> outcomes = new TreeMap<>();
        for (Event e : results.testEvents().finished().list()) {
            TestExecutionResult r = e.getPayload(TestExecutionResult.class).orElseThrow();
            String name = e.getTestDescriptor().getLegacyReportingName().replace("()", "");
            outcomes.put(name, r.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? "passed"
                    : r.getThrowable().map(t -> t.getClass().getSimpleName() + ": " + t.getMessage()).orElse("failed"));
        }
        return outcomes;
    }

    @Test
    void aLeakThroughLogbackFailsTheTestWithTypeLoggerAndLineAndNoValue() {
        Map<String, String> outcomes = run(LogbackCalls.class);
        assertThat(outcomes.get("logsCleanValues")).isEqualTo("passed");
        String failure = outcomes.get("logsAnEmailAndACard");
        assertThat(failure).startsWith("AssertionFailedError: 1 entry of the events logged by logsAnEmailAndACard() holds")
                .contains("EMAIL, CREDIT_CARD in INFO logger com.example.Signup at dev.logredactor.junit.NoSecretsInLogsTest$LogbackCalls"
                        + ".logsAnEmailAndACard(NoSecretsInLogsTest.java:")
                .contains("user [REDACTED_EMAIL] paid with [REDACTED_CREDIT_CARD]")
                .doesNotContain(email).doesNotContain(card);
    }

    @Test
    void aLeakThroughLog4j2FailsTheTestWithTypeLoggerAndLineAndNoValue() {
        Map<String, String> outcomes = run(Log4j2Calls.class);
        assertThat(outcomes.get("logsCleanValues")).isEqualTo("passed");
        String failure = outcomes.get("logsAnEmailAndACard");
        assertThat(failure).startsWith("AssertionFailedError: 1 entry of the events logged by logsAnEmailAndACard() holds")
                .contains("EMAIL, CREDIT_CARD in WARN logger com.example.Billing at dev.logredactor.junit.NoSecretsInLogsTest$Log4j2Calls"
                        + ".logsAnEmailAndACard(NoSecretsInLogsTest.java:")
                .contains("refund to [REDACTED_EMAIL] on [REDACTED_CREDIT_CARD]")
                .doesNotContain(email).doesNotContain(card);
    }

    @Test
    void secretsOutsideTheMessageAreFoundToo() {
        Map<String, String> outcomes = run(HiddenPlaces.class);
        assertThat(outcomes).hasSize(8);
        assertThat(outcomes.get("logbackMdc")).contains("EMAIL in INFO logger com.example.Web").doesNotContain(email);
        assertThat(outcomes.get("logbackKeyValuePairs")).contains("SECRET in INFO logger com.example.Auth").doesNotContain(password);
        assertThat(outcomes.get("logbackCause")).contains("EMAIL in ERROR logger com.example.Refunds")
                .contains("Caused by: java.lang.IllegalArgumentException: no account for [REDACTED_EMAIL]").doesNotContain(email);
        assertThat(outcomes.get("log4j2ThreadContext")).contains("CREDIT_CARD in INFO logger com.example.Billing").doesNotContain(card);
        assertThat(outcomes.get("log4j2Cause")).contains("EMAIL in ERROR logger com.example.Billing").doesNotContain(email);
        assertThat(outcomes.get("anotherThread")).contains("EMAIL in INFO logger com.example.Worker").doesNotContain(email);
        assertThat(outcomes.get("logbackLoggerThatDoesNotPassItsEventsUp")).contains("EMAIL in INFO logger audit").doesNotContain(email);
        assertThat(outcomes.get("log4j2LoggerThatDoesNotPassItsEventsUp")).contains("EMAIL in INFO logger audit").doesNotContain(email);
    }

    @Test
    void settingsOfTheAnnotationApplyAndAMethodsOverrideItsClasss() {
        Map<String, String> outcomes = run(WithSettings.class);
        assertThat(outcomes.get("theFixturesAddressIsAllowed")).isEqualTo("passed");
        assertThat(outcomes.get("anotherAddressIsNot")).contains("EMAIL").doesNotContain(email);
        assertThat(outcomes.get("aRuleFromAPropertiesFile")).contains("TICKET in INFO logger com.example.Support")
                .contains("ticket [REDACTED_TICKET] opened");
        assertThat(outcomes.get("aTypeLeftAlone")).isEqualTo("passed");
    }

    @Test
    void badSettingsAreNamed() {
        Map<String, String> outcomes = run(BadSettings.class);
        assertThat(outcomes.get("missingConfig")).startsWith("ExtensionConfigurationException")
                .contains("config = \"no-such.properties\"").contains("no such resource");
        assertThat(outcomes.get("unknownType")).startsWith("ExtensionConfigurationException").contains("disable").contains("EMAL");
    }

    @Test
    void aParameterizedTestsArgumentsAreMaskedInTheMessageToo() {
        String failure = run(Parameterized.class).values().iterator().next();
        assertThat(failure).contains("EMAIL").doesNotContain(Parameterized.ADDRESS).contains("[REDACTED_EMAIL]");
    }

    @Test
    void aReconfigurationDuringTheTestFailsItRatherThanLetEventsGoUnchecked() throws Exception {
        Map<String, String> outcomes = run(Reconfigures.class);
        assertThat(outcomes.get("logback")).contains("the logging was configured again during logback()");
        assertThat(outcomes.get("log4j2")).contains("the logging was configured again during log4j2()");
    }

    @Test
    void withoutTheAnnotationNothingIsChecked() {
        assertThat(run(NotAnnotated.class)).containsEntry("logsAnEmail", "passed");
    }

    @Test
    void manyLeaksAreCountedAndTheFirstOnesShown() {
        String failure = run(ManyLeaks.class).get("logsFiftyEmails");
        assertThat(failure).contains("50 entries of the events").contains("... and " + (50 - Leaks.SHOWN) + " more");
        assertThat(failure.split("\n")).filteredOn(l -> l.startsWith("  EMAIL in ")).hasSize(Leaks.SHOWN);
    }

    // ---- fixtures: run only through EngineTestKit above (Surefire skips nested classes) ----

    @NoSecretsInLogs
    static class LogbackCalls {
        private static final Logger LOG = LoggerFactory.getLogger("com.example.Signup");

        @Test
        void logsAnEmailAndACard() {
            LOG.info("user {} paid with {}", email, card);
        }

        @Test
        void logsCleanValues() {
            LOG.info("order {} placed at {} trace {} in {} ms", 48213377, "2026-12-07T10:15:30.123Z", UUID.randomUUID(), 184);
        }
    }

    @NoSecretsInLogs
    static class Log4j2Calls {
        private static final org.apache.logging.log4j.Logger LOG = LogManager.getLogger("com.example.Billing");

        @Test
        void logsAnEmailAndACard() {
            LOG.warn("refund to {} on {}", email, card);
        }

        @Test
        void logsCleanValues() {
            LOG.info("invoice {} of {} sent, epoch {}", 1709251200, "2026-12-07", System.currentTimeMillis() / 1000);
        }
    }

    @NoSecretsInLogs
    static class HiddenPlaces {
        @Test
        void logbackMdc() {
            MDC.put("user.email", email);
            try {
                LoggerFactory.getLogger("com.example.Web").info("request done");
            } finally {
                MDC.remove("user.email");
            }
        }

        @Test
        void logbackKeyValuePairs() {
            LoggerFactory.getLogger("com.example.Auth").atInfo().addKeyValue("password", password).log("login");
        }

        @Test
        void logbackCause() {
            LoggerFactory.getLogger("com.example.Refunds").error("refund failed",
                    new IllegalStateException("wrapped", new IllegalArgumentException("no account for " + email)));
        }

        @Test
        void log4j2ThreadContext() {
            ThreadContext.put("card", card);
            try {
                LogManager.getLogger("com.example.Billing").info("charged");
            } finally {
                ThreadContext.remove("card");
            }
        }

        @Test
        void log4j2Cause() {
            LogManager.getLogger("com.example.Billing").error("failed", new IllegalStateException("for " + email));
        }

        @Test
        void anotherThread() throws InterruptedException {
            Thread t = new Thread(() -> LoggerFactory.getLogger("com.example.Worker").info("mailing {}", email));
            t.start();
            t.join();
        }

        @Test
        void logbackLoggerThatDoesNotPassItsEventsUp() {
            LoggerFactory.getLogger("audit").info("export for {}", email);
        }

        @Test
        void log4j2LoggerThatDoesNotPassItsEventsUp() {
            LogManager.getLogger("audit").info("export for {}", email);
        }
    }

    @NoSecretsInLogs(allow = FIXTURE_EMAIL)
    static class WithSettings {
        private static final Logger LOG = LoggerFactory.getLogger("com.example.Support");

        @Test
        void theFixturesAddressIsAllowed() {
            LOG.info("mail to {}", FIXTURE_EMAIL);
        }

        @Test
        void anotherAddressIsNot() {
            LOG.info("mail to {}", email);
        }

        @Test
        @NoSecretsInLogs(config = "kit-settings.properties")
        void aRuleFromAPropertiesFile() {
            LOG.info("ticket TCK-{} opened", SecretSamples.digits(new Random(), 6));
        }

        @Test
        @NoSecretsInLogs(disable = "IP_ADDRESS")
        void aTypeLeftAlone() {
            LOG.info("request from {}", SecretSamples.ip(new Random()));
        }
    }

    static class BadSettings {
        @Test
        @NoSecretsInLogs(config = "no-such.properties")
        void missingConfig() {
        }

        @Test
        @NoSecretsInLogs(disable = "EMAL")
        void unknownType() {
        }
    }

    @NoSecretsInLogs
    static class Parameterized {
        static final String ADDRESS = "param.user@example.net";

        @org.junit.jupiter.params.ParameterizedTest
        @org.junit.jupiter.params.provider.ValueSource(strings = ADDRESS)
        void logsItsArgument(String address) {
            LoggerFactory.getLogger("com.example.Param").info("user {}", address);
        }
    }

    @NoSecretsInLogs
    static class Reconfigures {
        @Test
        void logback() throws Exception {
            LoggerContext lc = (LoggerContext) LoggerFactory.getILoggerFactory();
            lc.reset(); // what a Spring application started inside a test does
            ch.qos.logback.classic.joran.JoranConfigurator jc = new ch.qos.logback.classic.joran.JoranConfigurator();
            jc.setContext(lc);
            jc.doConfigure(NoSecretsInLogsTest.class.getResource("/logback-test.xml"));
            LoggerFactory.getLogger("com.example.After").info("unseen {}", email);
        }

        @Test
        void log4j2() {
            ((org.apache.logging.log4j.core.LoggerContext) LogManager.getContext(false)).reconfigure();
            LogManager.getLogger("com.example.After").info("unseen {}", email);
        }
    }

    static class NotAnnotated {
        @Test
        void logsAnEmail() {
            LoggerFactory.getLogger("com.example.Signup").info("user {}", email);
        }
    }

    @NoSecretsInLogs
    static class ManyLeaks {
        @Test
        void logsFiftyEmails() {
            List<String> sent = new ArrayList<>();
            Random r = new Random();
            for (int i = 0; i < 50; i++) {
                sent.add(SecretSamples.email(r));
                LoggerFactory.getLogger("com.example.Mailer").info("sent to {}", sent.get(i));
            }
        }
    }
}
