package dev.logredactor.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The CLI's jar, run as a user runs it, on one file: what the Spark job's output is compared with. */
final class Cli {
    private Cli() {
    }

    static List<String> redact(Path file, Path config, Path work) throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>(Arrays.asList(new String(redactBytes(file, config, work), StandardCharsets.UTF_8)
                .split("\n", -1)));
        if (lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // after the last line break
        }
        return lines;
    }

    /** What the CLI writes for the file, byte for byte. */
    static byte[] redactBytes(Path file, Path config, Path work) throws IOException, InterruptedException {
        Path jar = Paths.get("../cli/target/log-redactor.jar");
        assertThat(jar).as("the CLI's jar, built before this module (mvn package)").exists();
        Path out = Files.createTempFile(work, "cli", ".out");
        List<String> command = new ArrayList<>(Arrays.asList(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        if (config != null) {
            command.add("--config");
            command.add(config.toString());
        }
        command.add(file.toString());
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the CLI ends").isTrue();
        assertThat(p.exitValue()).as("the CLI's exit status").isZero();
        return Files.readAllBytes(out);
    }
}
