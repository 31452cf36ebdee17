package dev.logredactor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built, self-contained jar runs with {@code java -jar} on the demo sample the README uses. */
class LogRedactorJarIT {
    @TempDir
    Path dir;

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

    /**
     * The jar opens the JDK package that {@link JitTuning} needs, HotSpot accepts the directives, and its
     * JIT follows them: with {@code -XX:+PrintCompilation}, a method of the scan is refused by C2 ("excluded
     * by CompileCommand", HotSpot's wording for directives too) and compiled by C1 at level 1 instead;
     * with {@code -Dlog-redactor.jit=default}, and in a JVM without tiered compilation, no method is. And
     * with {@code -XX:+PrintInlining}, C2 keeps the word shapes out of the char loop it compiles (inlined
     * there, they made the CLI ~5% slower), which it inlines without the directives.
     */
    @Test
    void runnableJarGivesTheJitItsDirectives() throws IOException, InterruptedException {
        Path jar = Paths.get("target/log-redactor.jar");
        List<String> sample = Files.readAllLines(Paths.get("../samples/app.log"), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        while (lines.size() < 60_000) {
            lines.addAll(sample); // enough calls of the scan for the JIT to want C2 for it
        }
        Path input = Files.write(dir.resolve("input.log"), lines, StandardCharsets.UTF_8);
        String tuned = compilations(jar, input);
        assertThat(tuned).contains("made not compilable on level 4  dev.logredactor.core.internal.scan.Scanner::scan")
                .containsPattern("\\s1\\s+dev\\.logredactor\\.core\\.internal\\.scan\\.Scanner::scan ");
        assertThat(compilations(jar, input, "-D" + JitTuning.PROPERTY + "=default")).doesNotContain("excluded by CompileCommand")
                .contains("dev.logredactor.core.internal.scan.Scanner::scan");
        assertThat(compilations(jar, input, "-XX:-TieredCompilation")).as("no C1 to fall back on")
                .doesNotContain("excluded by CompileCommand").contains("dev.logredactor.core.internal.scan.Scanner::scan");
        String shapeInlined = "Scanner::shape \\(\\d+ bytes\\)\\s+inline \\(hot\\)";
        String shapeKeptOut = "Scanner::shape \\(\\d+ bytes\\)\\s+disallowed by CompileCommand";
        assertThat(compilations(jar, input, "-XX:+UnlockDiagnosticVMOptions", "-XX:+PrintInlining")).containsPattern(shapeKeptOut)
                .doesNotContainPattern(shapeInlined);
        assertThat(compilations(jar, input, "-XX:+UnlockDiagnosticVMOptions", "-XX:+PrintInlining", "-D" + JitTuning.PROPERTY + "=default"))
                .containsPattern(shapeInlined);
    }

    private static String compilations(Path jar, Path input, String... options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+PrintCompilation"));
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", jar.toString(), input.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out;
    }
}
