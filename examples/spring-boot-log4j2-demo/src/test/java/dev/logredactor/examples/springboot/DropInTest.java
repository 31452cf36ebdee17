package dev.logredactor.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Drop-in mode under Spring Boot on Log4j2: the configuration names none of our plugins, and Spring Boot
 * builds it through Log4j's configuration factories after its own start-up configuration.
 */
@SpringBootTest(properties = "logging.config=classpath:log4j2-plain.xml")
@ExtendWith(OutputCaptureExtension.class)
class DropInTest {
    @Test
    void outputIsRedactedAfterSpringBootConfiguresLogging(CapturedOutput output) {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        assertThat(context.getConfiguration().getAppenders()).containsKey("logredactor-CONSOLE");
        List<String> generated = RedactedOutput.logGenerated(22);
        RedactedOutput.assertRedacted(output.getOut(), generated);
    }
}
