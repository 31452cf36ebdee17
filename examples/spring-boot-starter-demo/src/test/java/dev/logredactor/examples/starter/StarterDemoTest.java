package dev.logredactor.examples.starter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;

/** The demo as its README section shows it: the start-up events redacted, and counted at the endpoint at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class StarterDemoTest {
    @Autowired
    private Environment env;

    @Test
    void theStartUpEventsAreRedactedAndCounted(CapturedOutput output) throws Exception {
        assertThat(output.getOut()).doesNotContain("jane.doe@example.com").doesNotContain("4111 1111 1111 1111")
                .doesNotContain("S3cr3t!pass").contains("welcome mail sent to [REDACTED_EMAIL]")
                .contains("card [REDACTED_CREDIT_CARD:\u20261111] authorised").contains("password=[REDACTED_SECRET] pool=10");
        URI uri = URI.create("http://localhost:" + env.getProperty("local.server.port") + "/actuator/logredactor");
        String json = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(json).contains("\"EMAIL\":2").contains("\"CREDIT_CARD\":1").contains("\"SECRET\":1")
                .contains("\"com.example.shop.Signups\":2").contains("\"failures\":0");
    }
}
