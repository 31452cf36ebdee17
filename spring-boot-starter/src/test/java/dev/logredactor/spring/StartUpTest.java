package dev.logredactor.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.logredactor.core.DropIn;
import dev.logredactor.core.Settings;
import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.spring.app.TestApp;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Start-ups with properties that change what the starter does: a bad one stops the start-up naming it
 * (and what was logged before is redacted with the defaults), report mode under a {@code prod} profile,
 * {@code logredactor.enabled=false}, a profile's YAML. Each starts an application of its own, without a
 * web server.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartUpTest {
    private final Random random = new Random();
    /** A hash key, which the endpoint and the settings in words must never show. */
    private static final String KEY = "k3y-" + Long.toHexString(System.nanoTime()) + "-0123456789";

    @AfterEach
    void dropInBackToTheDefaults() {
        DropIn.use(new Settings());
    }

    private static SpringApplication app() {
        SpringApplication app = new SpringApplication(TestApp.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        return app;
    }

    @Test
    void aBadPropertyStopsTheStartUpNamingItAndWhatWasLoggedBeforeIsRedacted(CapturedOutput output) {
        String email = SecretSamples.email(random);
        SpringApplication app = app();
        app.addListeners(e -> {
            if (e instanceof ApplicationStartingEvent || e instanceof ApplicationFailedEvent) {
                LoggerFactory.getLogger("com.example.Early").warn("{} for {}", e.getClass().getSimpleName(), email);
            }
        });
        assertThatThrownBy(() -> app.run("--logredactor.strategy.credit-card=keep-last-9"))
                .isInstanceOfSatisfying(InvalidLogRedactorPropertyException.class, e -> {
                    assertThat(e.property()).isEqualTo("logredactor.strategy.credit-card");
                    FailureAnalysis a = new LogRedactorFailureAnalyzer().analyze(e);
                    assertThat(a.getDescription()).contains("'logredactor.strategy.credit-card'").contains("from 1 to 4, not 9");
                });
        String out = output.getOut() + output.getErr();
        // Spring Boot drops what is logged before it configures logging; after the failure the defaults redact
        assertThat(out).doesNotContain(email).contains("ApplicationFailedEvent for [REDACTED_EMAIL]")
                .contains("log-redactor cannot use the property 'logredactor.strategy.credit-card'");
    }

    @Test
    void reportModeIsRefusedUnderProdUnlessForcedAndWarnsWhenOn(CapturedOutput output) {
        assertThatThrownBy(() -> app().run("--logredactor.mode=report", "--spring.profiles.active=prod"))
                .isInstanceOfSatisfying(InvalidLogRedactorPropertyException.class,
                        e -> assertThat(e.property()).isEqualTo("logredactor.mode"));
        try (ConfigurableApplicationContext ctx = app().run("--logredactor.mode=report", "--spring.profiles.active=prod",
                "--logredactor.force-report=true")) {
            assertThat(ctx.isActive()).isTrue();
            assertThat(Applied.current().mode).isEqualTo("report");
        }
        String email = SecretSamples.email(random);
        try (ConfigurableApplicationContext ctx = app().run("--logredactor.mode=report")) {
            assertThat(ctx.getEnvironment().getActiveProfiles()).isEmpty();
            assertThat(Applied.current().mode).isEqualTo("report");
            LoggerFactory.getLogger("com.example.Rollout").info("mail {}", email);
        }
        assertThat(output.getOut()).contains("log-redactor: mode=report: findings are counted").contains("mail " + email);
    }

    @Test
    void enabledFalseTurnsRedactionOff(CapturedOutput output) {
        String email = SecretSamples.email(random);
        try (ConfigurableApplicationContext ctx = app().run("--logredactor.enabled=false")) {
            LoggerFactory.getLogger("com.example.Off").info("mail {}", email);
            assertThat(DropIn.enabled()).isFalse();
            assertThat(ctx.getBeansOfType(FindingsMeterBinder.class)).isEmpty();
        }
        assertThat(output.getOut()).contains("mail " + email);
    }

    @Test
    void aProfilesYamlApplies(CapturedOutput output) {
        String email = SecretSamples.email(random);
        try (ConfigurableApplicationContext ctx = app().run("--spring.profiles.active=demo")) {
            assertThat(ctx.getEnvironment().getActiveProfiles()).containsExactly("demo");
            LoggerFactory.getLogger("com.example.Demo").info("mail {}", email);
        }
        assertThat(output.getOut()).contains("mail <EMAIL>").doesNotContain(email);
    }

    @Test
    void listsAndNamedSettingsBindInEveryStyle() {
        try (ConfigurableApplicationContext ctx = app().run("--logredactor.disable=IP_ADDRESS,PHONE", "--logredactor.placeholder=#{type}#",
                "--logredactor.rule.order-id=ORD-[0-9]{6}", "--logredactor.strategy.creditcard=keep-last-2",
                "--logredactor.strategy.email=hash", "--logredactor.hash.key=" + KEY)) {
            assertThat(ctx.isActive()).isTrue();
            assertThat(Applied.current().settings).doesNotContain("IP_ADDRESS").doesNotContain("PHONE").contains("rules=[ORDER_ID]")
                    .contains("CREDIT_CARD=keep-last-2").contains("EMAIL=hash").doesNotContain(KEY);
            assertThat(new LogRedactorEndpoint(5).report().toString()).doesNotContain(KEY);
            assertThat(DropIn.settings().build(null).redact("order ORD-123456")).isEqualTo("order #ORDER_ID#");
        }
    }
}
