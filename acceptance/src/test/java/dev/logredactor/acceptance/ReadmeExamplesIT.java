package dev.logredactor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example run in the README is run, and must print what the README shows: in a fenced block, a
 * line {@code $ java ...} is a command (run from the repository root, with this JVM's {@code java}), and
 * the lines after it, up to the next {@code $} line or the end of the block, are its whole standard
 * output, as printed.
 */
class ReadmeExamplesIT {
    /** A command of the README and the output shown under it. */
    static final class Example {
        final int line;
        final String command;
        final List<String> output = new ArrayList<>();

        Example(int line, String command) {
            this.line = line;
            this.command = command;
        }

        @Override
        public String toString() {
            return "README.md:" + line + " $ " + command;
        }
    }

    static List<Example> examples() throws IOException {
        List<String> lines = Files.readAllLines(Repository.ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        List<Example> examples = new ArrayList<>();
        boolean inBlock = false;
        Example current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("```")) {
                inBlock = !inBlock;
                current = null;
            } else if (inBlock && line.startsWith("$ ")) {
                current = new Example(i + 1, line.substring(2).trim());
                examples.add(current);
            } else if (current != null) {
                current.output.add(line);
            }
        }
        return examples;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void printsWhatTheReadmeShows(Example example) throws Exception {
        List<String> command = new ArrayList<>(Arrays.asList(example.command.split(" +")));
        assertThat(command.get(0)).as("README examples run java only, without a shell").isEqualTo("java");
        command.set(0, Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process p = new ProcessBuilder(command).directory(Repository.ROOT.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(out.lines().collect(Collectors.toList())).as("%s", example).isEqualTo(example.output);
    }

    /** The examples that matter most are among those checked, so that a change of format cannot skip them. */
    @Test
    void theDemoAndTheAuditAreChecked() throws IOException {
        assertThat(examples()).extracting(e -> e.command).contains("java -jar examples/logback-demo/target/logback-demo.jar")
                .contains("java -jar cli/target/log-redactor.jar --audit samples/app.log")
                .anyMatch(c -> c.startsWith("java -jar cli/target/log-redactor.jar --audit --format json"));
        assertThat(examples()).allMatch(e -> !e.output.isEmpty());
    }
}
