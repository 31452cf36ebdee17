package dev.logredactor.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.DropIn;
import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.spring.app.TestApp;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An application whose logging configuration ({@code logging.config}) names log-redactor's components:
 * they keep their own settings, and the log and the endpoint say that {@code logredactor.*} do not apply.
 * In a JVM of its own (the build forks one per test class): Spring Boot keeps such a configuration for
 * later applications of the same JVM.
 */
@ExtendWith(OutputCaptureExtension.class)
class OwnLoggingConfigTest {
    private final Random random = new Random();

    /** A logging configuration that names our components keeps their settings, and the endpoint and log say so. */
    @Test
    void aLoggingConfigurationNamingOurComponentsIsToldApart(CapturedOutput output) {
        String config = "classpath:explicit-" + System.getProperty("backend", "logback") + ".xml";
        String email = SecretSamples.email(random);
        SpringApplication app = new SpringApplication(TestApp.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext ctx = app.run("--logging.config=" + config, "--logredactor.placeholder=<{type}>")) {
            assertThat(ctx.isActive()).isTrue();
            assertThat(DropIn.steppedAsideFor()).isNotNull();
            assertThat(new LogRedactorEndpoint(5).report().get("settings").toString()).contains("stepped aside");
            LoggerFactory.getLogger("com.example.Explicit").info("mail {}", email);
        }
        assertThat(output.getOut()).contains("logredactor.* properties apply to the drop-in mode only")
                .contains("mail [REDACTED_EMAIL]").doesNotContain(email);
    }
}
