package dev.logredactor.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Drop-in mode under Spring Boot: the configuration is Spring Boot's own default console setup and names
 * none of our components, and Spring Boot stops and resets the Logback context before it applies it.
 */
@SpringBootTest(properties = "logging.config=classpath:logback-plain.xml")
@ExtendWith(OutputCaptureExtension.class)
class DropInTest {

    @Test
    void outputIsRedactedAfterSpringBootReinitialisesLogging(CapturedOutput output) {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertThat(context.getTurboFilterList()).anyMatch(f -> "log-redactor-auto".equals(f.getName()));
        List<String> generated = RedactedOutput.logGenerated(12);
        RedactedOutput.assertRedacted(output.getOut(), generated);
    }
}
