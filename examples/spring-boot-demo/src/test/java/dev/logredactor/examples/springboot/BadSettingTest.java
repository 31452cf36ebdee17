package dev.logredactor.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;

/** Spring Boot turns Logback's status errors into a start-up failure, which names our bad setting. */
class BadSettingTest {

    @Test
    void aRuleThatDoesNotCompileStopsTheApplicationWithTheElementNamed() {
        SpringApplication app = new SpringApplication(DemoApplication.class);
        assertThatThrownBy(() -> app.run("--logging.config=classpath:logback-badrule.xml", "--spring.main.web-application-type=none"))
                .hasStackTraceContaining("log-redactor: invalid <rule> in RedactingEncoder")
                .hasStackTraceContaining("rule.TICKET")
                .hasStackTraceContaining("Spring Boot stops the start-up on this error")
                .satisfies(e -> assertThat(stackTrace(e)).as("the application stops: it does not go on with the defaults")
                        .doesNotContain("defaults instead"));
    }

    private static String stackTrace(Throwable e) {
        java.io.StringWriter w = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(w));
        return w.toString();
    }
}
