package dev.logredactor.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The application on Log4j2, as shipped: log4j2-spring.xml puts %redact around the console pattern. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class Log4j2SpringXmlTest {
    @Test
    void consoleOutputIsRedacted(CapturedOutput output) {
        List<String> generated = RedactedOutput.logGenerated(21);
        RedactedOutput.assertRedacted(output.getOut(), generated);
        assertThat(output.getOut())
                .contains("Datasource ready: spring.datasource.url=jdbc:postgresql://[REDACTED_URL_CREDENTIALS]@db")
                .contains("traceId=4bf92f3577b34da6a3ce929d0e0e4736") // the ThreadContext, printed by %X
                .contains("customer=[REDACTED_EMAIL]");
    }
}
