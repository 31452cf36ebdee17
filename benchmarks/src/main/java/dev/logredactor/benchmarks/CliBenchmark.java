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
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
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
 * {@link LineCopy} on the same file, each in a fresh JVM (start-up and JIT warm-up included, as in every
 * real run). One operation runs the copy, the CLI and the CLI without its JIT directives
 * ({@code -Dlog-redactor.jit=default}) one after another, so that each run of the CLI has a run of the
 * copy beside it under the same conditions of the machine. The {@link Times} counters
 * ({@code alternating:copyMs}, {@code :cliMs}, {@code :cliJitDefaultMs}) are each tool's milliseconds
 * summed over the measured runs (divide by {@code Cnt}); at the end the benchmark prints each tool's median
 * over all its runs and its ratio to the copy's. The file is made once from the {@link Inputs.Shape#MIX}
 * lines (with {@code ../shared/corpus} when it exists), ~2% of them carrying a secret; before anything is
 * measured each tool's output is checked (the copy gives the file back, the CLI keeps every line and no
 * secret).
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
// The harness JVM only starts processes and waits: no collector or compiler threads of its own should
// take the CPU from the JVMs it measures.
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"})
public class CliBenchmark {
    /** What runs on the file. */
    public enum Tool {
        COPY, CLI, CLI_JIT_DEFAULT
    }

    @Param("100")
    public int megabytes;

    /** The CLI's jar, relative to the directory the benchmarks run in. */
    @Param("cli/target/log-redactor.jar")
    public String jar;

    private Path dir;
    private Path file;
    private final Map<Tool, List<String>> commands = new EnumMap<>(Tool.class);
    /** Each tool's milliseconds per measured run, for the medians printed at the end. */
    private final Map<Tool, List<Double>> measured = new EnumMap<>(Tool.class);

    /** Each tool's milliseconds in the operations of one iteration (JMH sums them over the iterations). */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Times {
        public double copyMs;
        public double cliMs;
        public double cliJitDefaultMs;

        @Setup(Level.Iteration)
        public void reset() {
            copyMs = 0;
            cliMs = 0;
            cliJitDefaultMs = 0;
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
        dir = Files.createTempDirectory("cli-benchmark");
        file = dir.resolve("input.log");
        List<SecretLine> secretLines = new ArrayList<>();
        long lines = write(file, megabytes * (1L << 20), secretLines);
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        Path classes = dir.resolve("classes");
        Path copy = classes.resolve(LineCopy.class.getName().replace('.', '/') + ".class");
        Files.createDirectories(copy.getParent());
        try (InputStream in = LineCopy.class.getResourceAsStream("LineCopy.class")) {
            Files.copy(in, copy);
        }
        Path cli = Paths.get(jar);
        Checks.require(Files.isRegularFile(cli), "no CLI jar at " + cli.toAbsolutePath() + " (mvn package; or -p jar=...)");
        commands.put(Tool.COPY, List.of(java, "-cp", classes.toString(), LineCopy.class.getName(), file.toString()));
        commands.put(Tool.CLI, List.of(java, "-jar", cli.toString(), file.toString()));
        commands.put(Tool.CLI_JIT_DEFAULT, List.of(java, "-Dlog-redactor.jit=default", "-jar", cli.toString(), file.toString()));
        for (Tool tool : Tool.values()) {
            check(tool, lines, secretLines);
        }
        System.gc(); // the garbage of making the file, collected before anything is measured
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        printMedians();
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /**
     * The three tools one after another, so that each run of the CLI has a run of the copy beside it
     * under the same conditions of the machine; the score is their sum, the {@link Times} counters each.
     */
    @Benchmark
    public void alternating(Times times) throws IOException, InterruptedException {
        times.copyMs += run(Tool.COPY);
        times.cliMs += run(Tool.CLI);
        times.cliJitDefaultMs += run(Tool.CLI_JIT_DEFAULT);
    }

    /** Prints each tool's median over all runs (warm-up ones too) and the CLI's against the copy's. */
    private void printMedians() {
        if (!measured.containsKey(Tool.COPY)) {
            return;
        }
        double copy = median(measured.get(Tool.COPY));
        StringBuilder b = new StringBuilder("\nCliBenchmark medians over " + measured.get(Tool.COPY).size() + " runs each:");
        for (Tool tool : Tool.values()) {
            double m = median(measured.get(tool));
            b.append(String.format(java.util.Locale.ROOT, " %s %.0f ms (%.2fx)", tool, m, m / copy));
        }
        System.out.println(b);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Runs the tool on the file, its output discarded; returns the milliseconds it took. */
    double run(Tool tool) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process p = new ProcessBuilder(commands.get(tool)).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int status = p.waitFor();
        Checks.require(status == 0, tool + " exited with " + status);
        double ms = (System.nanoTime() - start) / 1e6;
        measured.computeIfAbsent(tool, t -> new ArrayList<>()).add(ms);
        return ms;
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
    private void check(Tool tool, long lines, List<SecretLine> secretLines) throws IOException, InterruptedException {
        Path out = dir.resolve("out.log");
        Process p = new ProcessBuilder(commands.get(tool)).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
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
