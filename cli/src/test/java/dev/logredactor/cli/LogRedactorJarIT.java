package dev.logredactor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The built, self-contained jar runs with {@code java -jar} on the demo sample the README uses. */
class LogRedactorJarIT {
    @Test
    void runnableJarRedactsTheShippedSample() throws IOException, InterruptedException {
        Path jar = Paths.get("target/log-redactor.jar");
        Path sample = Paths.get("../samples/app.log");
        assertThat(jar).exists();
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-jar", jar.toString(), sample.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        List<String> in = Files.readAllLines(sample, StandardCharsets.UTF_8);
        assertThat(out.split("\n", -1)).hasSize(in.size() + 1);
        assertThat(out).contains("[REDACTED_EMAIL]").contains("[REDACTED_CREDIT_CARD]").contains("[REDACTED_SECRET]")
                .doesNotContain("hunter2").doesNotContain("BEGIN RSA PRIVATE KEY");
    }
}
