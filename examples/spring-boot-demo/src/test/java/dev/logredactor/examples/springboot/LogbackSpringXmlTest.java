package dev.logredactor.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The application as shipped: logback-spring.xml wraps the console encoder in RedactingEncoder. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class LogbackSpringXmlTest {

    @Test
    void consoleOutputIsRedacted(CapturedOutput output) {
        List<String> generated = RedactedOutput.logGenerated(11);
        RedactedOutput.assertRedacted(output.getOut(), generated);
        assertThat(output.getOut())
                .contains("Datasource ready: spring.datasource.url=jdbc:postgresql://[REDACTED_URL_CREDENTIALS]@db")
                .contains("traceId=4bf92f3577b34da6a3ce929d0e0e4736") // the MDC, printed by this pattern
                .contains("customer=[REDACTED_EMAIL]")
                .contains("token=\"[REDACTED_SECRET]\""); // the fluent API's key-value pair, by its key
    }
}
