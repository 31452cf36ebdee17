package dev.logredactor.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The command-line tool as a user runs it, {@code java -jar log-redactor.jar FILE > /dev/null}, against
 * {@link LineCopy} on the same file: each operation starts a fresh JVM (start-up and JIT warm-up
 * included, as in every real run) and waits for it. The file is made once per tool from the
 * {@link Inputs.Shape#MIX} lines (with {@code ../shared/corpus} when it exists), ~2% of them carrying a
 * secret; before it is measured, each tool's output is checked (the copy gives the file back, the CLI
 * keeps every line and no secret). {@code CLI_JIT_DEFAULT} is the CLI with {@code -Dlog-redactor.jit=default}:
 * without its JIT directives. Milliseconds per run; ratios against {@code COPY} of the same run.
 *
 * <pre>
 * mvn -B -q -DskipTests package
 * java -jar benchmarks/target/benchmarks.jar CliBenchmark                  # from the repository root
 * java -jar benchmarks/target/benchmarks.jar CliBenchmark -p megabytes=300
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 10)
@Fork(1)
public class CliBenchmark {
    /** What runs on the file. */
    public enum Tool {
        COPY, CLI, CLI_JIT_DEFAULT
    }

    @Param
    public Tool tool;

    @Param("100")
    public int megabytes;

    /** The CLI's jar, relative to the directory the benchmarks run in. */
    @Param("cli/target/log-redactor.jar")
    public String jar;

    private Path dir;
    private Path file;
    private List<String> command;

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        dir = Files.createTempDirectory("cli-benchmark");
        file = dir.resolve("input.log");
        List<SecretLine> secretLines = new ArrayList<>();
        long lines = write(file, megabytes * (1L << 20), secretLines);
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        if (tool == Tool.COPY) {
            Path classes = dir.resolve("classes");
            Path copy = classes.resolve(LineCopy.class.getName().replace('.', '/') + ".class");
            Files.createDirectories(copy.getParent());
            try (InputStream in = LineCopy.class.getResourceAsStream("LineCopy.class")) {
                Files.copy(in, copy);
            }
            command = List.of(java, "-cp", classes.toString(), LineCopy.class.getName(), file.toString());
        } else {
            Path cli = Paths.get(jar);
            Checks.require(Files.isRegularFile(cli), "no CLI jar at " + cli.toAbsolutePath() + " (mvn package; or -p jar=...)");
            command = tool == Tool.CLI ? List.of(java, "-jar", cli.toString(), file.toString())
                    : List.of(java, "-Dlog-redactor.jit=default", "-jar", cli.toString(), file.toString());
        }
        check(lines, secretLines);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public int run() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int status = p.waitFor();
        Checks.require(status == 0, tool + " exited with " + status);
        return status;
    }

    /** A generated line that carries secrets, and where it is in the file: a line of the file, or several (a PEM block). */
    private static final class SecretLine {
        final int first;
        final int count;
        final Inputs.Line line;

        SecretLine(int first, int count, Inputs.Line line) {
            this.first = first;
            this.count = count;
            this.line = line;
        }
    }

    /** Writes MIX lines up to {@code size} bytes; returns how many lines of the file that made, and keeps those that carry secrets. */
    private static long write(Path file, long size, List<SecretLine> secretLines) throws IOException {
        long written = 0;
        long count = 0;
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long seed = 1; written < size; seed++) {
                for (Inputs.Line line : Inputs.lines(Inputs.Shape.MIX, 1 << 16, seed)) {
                    w.write(line.text);
                    w.write('\n');
                    written += line.text.getBytes(StandardCharsets.UTF_8).length + 1;
                    int spans = 1 + Checks.count(line.text, "\n");
                    if (!line.secrets.isEmpty()) {
                        secretLines.add(new SecretLine((int) count, spans, line));
                    }
                    count += spans;
                    if (written >= size) {
                        break;
                    }
                }
            }
        }
        return count;
    }

    /** One run with the output kept: the copy gives the file back; the CLI keeps each line and drops each secret. */
    private void check(long lines, List<SecretLine> secretLines) throws IOException, InterruptedException {
        Path out = dir.resolve("out.log");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Checks.require(p.waitFor() == 0, tool + " failed");
        if (tool == Tool.COPY) {
            Checks.require(Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(out)), "the copy differs from the file");
        } else {
            String[] result = new String(Files.readAllBytes(out), StandardCharsets.UTF_8).split("\n", -1);
            Checks.require(result.length == lines + 1, tool + " wrote " + (result.length - 1) + " lines of " + lines);
            for (SecretLine s : secretLines) {
                String redacted = String.join("\n", Arrays.asList(result).subList(s.first, s.first + s.count));
                for (String secret : s.line.secrets) {
                    Checks.require(Checks.count(redacted, secret) <= Checks.count(s.line.base, secret), "a secret survived: " + redacted);
                }
            }
            Checks.require(!secretLines.isEmpty(), "no secret-bearing line");
        }
        Files.delete(out);
    }
}
