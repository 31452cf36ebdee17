package dev.logredactor.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Unlike its Logback support, Spring Boot does not stop on Log4j's status errors: the bad rule is reported
 * once, naming it, and the layout redacts with the defaults.
 */
@SpringBootTest(properties = "logging.config=classpath:log4j2-badrule.xml")
@ExtendWith(OutputCaptureExtension.class)
class BadSettingTest {
    @Test
    void aRuleThatDoesNotCompileIsNamedAndTheDefaultsRedact(CapturedOutput output) {
        List<String> generated = RedactedOutput.logGenerated(23);
        for (String secret : generated) {
            assertThat(output.getOut()).doesNotContain(secret);
        }
        assertThat(output.getAll()).contains("rule.TICKET");
    }
}
