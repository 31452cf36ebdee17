package dev.logredactor.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The kit with one backend on the class path, as in an application: run by the build twice, once
 * without Log4j (SLF4J bound to Logback) and once without Logback (the Log4j API on Log4j Core, SLF4J
 * without a provider), as {@code -Dkit.backend=logback|log4j2} says. The other backend's classes are
 * absent, and the kit must neither need them nor fail for their lack.
 */
class OneBackendTest {
    static volatile String email;

    @Test
    void aLeakFailsAndACleanTestPassesWithOnlyThisBackend() throws Exception {
        String backend = System.getProperty("kit.backend", "");
        String other = backend.equals("logback") ? "org.apache.logging.log4j.core.LoggerContext" : "ch.qos.logback.classic.LoggerContext";
        assertThat(backend).as("set by the build's surefire execution").isIn("logback", "log4j2");
        assertThat(present(other)).as(other + " is off the class path in this run").isFalse();
        email = dev.logredactor.core.testdata.SecretSamples.email(new Random());
        Map<String, String> outcomes = new TreeMap<>();
        Class<?> fixture = backend.equals("logback") ? ThroughSlf4j.class : ThroughLog4jApi.class;
        for (Event e : EngineTestKit.engine("junit-jupiter").selectors(selectClass(fixture)).execute().testEvents().finished().list()) {
            TestExecutionResult r = e.getPayload(TestExecutionResult.class).orElseThrow();
            outcomes.put(e.getTestDescriptor().getLegacyReportingName(),
                    r.getThrowable().map(Throwable::getMessage).orElse(r.getStatus().toString()));
        }
        assertThat(outcomes.get("clean()")).isEqualTo("SUCCESSFUL");
        assertThat(outcomes.get("leaks()")).contains("EMAIL in INFO logger com.example.Signup at ")
                .contains("user [REDACTED_EMAIL] signed up").doesNotContain(email);
    }

    private static boolean present(String name) {
        try {
            Class.forName(name, false, OneBackendTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @NoSecretsInLogs
    static class ThroughSlf4j {
        @Test
        void leaks() {
            org.slf4j.LoggerFactory.getLogger("com.example.Signup").info("user {} signed up", email);
        }

        @Test
        void clean() {
            org.slf4j.LoggerFactory.getLogger("com.example.Signup").info("{} users signed up today", 42);
        }
    }

    @NoSecretsInLogs
    static class ThroughLog4jApi {
        @Test
        void leaks() {
            org.apache.logging.log4j.LogManager.getLogger("com.example.Signup").info("user {} signed up", email);
        }

        @Test
        void clean() {
            org.apache.logging.log4j.LogManager.getLogger("com.example.Signup").info("{} users signed up today", 42);
        }
    }
}
