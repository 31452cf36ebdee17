package dev.logredactor.spark;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
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
 * The Spark job on 1 and 2 cores ({@code local[N]}), seconds per run over 64 MB of realistic log lines in
 * 4 files (~2% of lines with a secret), beside a pass-through job in the same run: Spark reading the same
 * text and writing it again. Not in the benchmarks jar (that would carry Spark); run it from this module's
 * test classes (PERFORMANCE.md has the command).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED", "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED", "--add-opens=java.base/java.net=ALL-UNNAMED",
    "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/java.util=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
    "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
    "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Djdk.reflect.useDirectMethodHandle=false"})
public class SparkBenchmark {
    /** The job measured. */
    public enum Job {
        /** The baseline: read the text, write it again. */
        PASS_THROUGH,
        /** {@link RedactFiles} with the defaults. */
        REDACT_FILES
    }

    static final int FILES = 4;
    static final long BYTES_PER_FILE = 16L << 20;

    @Param({"1", "2"})
    public int cores;

    @Param({"PASS_THROUGH", "REDACT_FILES"})
    public Job job;

    private Path dir;
    private Path in;
    private Path out;
    private SparkSession spark;
    private int run;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("spark-bench");
        in = dir.resolve("in");
        Files.createDirectories(in);
        Random random = new Random(42);
        RealisticLogLines lines = new RealisticLogLines(42, true);
        SensitiveType[] types = {SensitiveType.EMAIL, SensitiveType.CREDIT_CARD, SensitiveType.JWT, SensitiveType.GITHUB_TOKEN};
        long total = 0;
        for (int f = 0; f < FILES; f++) {
            try (BufferedWriter w = Files.newBufferedWriter(in.resolve("app-" + f + ".log"), StandardCharsets.UTF_8)) {
                long written = 0;
                while (true) {
                    String line = lines.next();
                    if (random.nextInt(50) == 0) {
                        line = line + " got " + SecretSamples.of(types[random.nextInt(types.length)], random);
                    }
                    int size = line.getBytes(StandardCharsets.UTF_8).length + 1;
                    if (written + size > BYTES_PER_FILE) {
                        break; // each file within one split
                    }
                    w.write(line);
                    w.write('\n');
                    written += size;
                }
                total += written;
            }
        }
        System.out.printf("%ninput: %d files, %.1f MB%n", FILES, total / 1e6);
        // one split per file, so that 2 cores have work for both
        spark = SparkSession.builder().master("local[" + cores + "]").appName("SparkBenchmark").config("spark.ui.enabled", "false")
                .config("spark.sql.files.maxPartitionBytes", String.valueOf(BYTES_PER_FILE)).getOrCreate();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        spark.stop();
        delete(dir);
    }

    @TearDown(Level.Invocation)
    public void removeOutput() throws IOException {
        delete(out);
    }

    private static void delete(Path p) throws IOException {
        if (p != null && Files.exists(p)) {
            try (Stream<Path> all = Files.walk(p)) {
                for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(q);
                }
            }
        }
    }

    @Benchmark
    public int run() {
        out = dir.resolve("out-" + run++);
        if (job == Job.PASS_THROUGH) {
            spark.read().text(in.toString()).write().text(out.toString());
            return 0;
        }
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int code = RedactFiles.run(spark, new String[] {"--in", in.toString(), "--out", out.toString()}, quiet, System.err);
        if (code != 0) {
            throw new IllegalStateException("RedactFiles exited " + code);
        }
        return code;
    }
}
