package dev.logredactor.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.spring.app.TestApp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;

/**
 * The starter in a running web application (one started application for the class): a real HTTP request
 * to a controller that logs secrets leaves the console clean, the YAML's {@code logredactor.*} properties
 * apply, and {@code /actuator/logredactor} and the {@code log.redactor.findings} meter show the counts.
 * The build runs this once on Logback and once on Log4j2 (Spring Boot's {@code spring-boot-starter-log4j2}).
 */
@SpringBootTest(classes = TestApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class StarterTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    private Environment env;

    private String get(String path) throws Exception {
        URI uri = URI.create("http://localhost:" + env.getProperty("local.server.port") + path);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return r.body();
    }

    private static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void aRequestThatLogsSecretsLeavesTheConsoleCleanAndIsCounted(CapturedOutput output) throws Exception {
        Random r = new Random();
        String email = SecretSamples.email(r);
        String card = SecretSamples.card(r);
        String password = SecretSamples.password(r);
        String digits = card.replaceAll("[^0-9]", "");
        String backend = System.getProperty("backend", "logback");
        String factory = org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName();
        assertThat(factory).as("the run's backend").contains(backend.equals("log4j2") ? "org.apache.logging.slf4j" : "ch.qos.logback");
        assertThat(get("/signup?email=" + q(email) + "&card=" + q(card) + "&password=" + q(password))).isEqualTo("ok");

        String out = output.getOut() + output.getErr();
        assertThat(out).doesNotContain(email).doesNotContain(card).doesNotContain(password)
                .contains("signup [REDACTED_EMAIL] card [REDACTED_CREDIT_CARD:\u2026" + digits.substring(digits.length() - 4) + "]")
                .contains("db.password=[REDACTED_SECRET] timeout=30s");

        String report = get("/actuator/logredactor");
        assertThat(report).contains("\"enabled\":true").contains("\"mode\":\"redact\"").contains("CREDIT_CARD=keep-last-4")
                .contains("\"EMAIL\":").contains("\"com.example.Signups\":").doesNotContain(email);
        String metric = get("/actuator/metrics/" + FindingsMeterBinder.FINDINGS + "?tag=type:EMAIL&tag=logger:com.example.Signups");
        assertThat(metric).contains("\"statistic\":\"COUNT\"").doesNotContain("\"value\":0.0");
        assertThat(get("/actuator/metrics/" + FindingsMeterBinder.FAILURES)).contains("\"statistic\":\"COUNT\"");
    }
}
