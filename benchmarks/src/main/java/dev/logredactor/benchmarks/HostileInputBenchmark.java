package dev.logredactor.benchmarks;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.testdata.HostileText;
import java.util.Random;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time linear in size on hostile text: one line of each {@link HostileText.Kind} at 1 MB and at 10 MB,
 * redacted whole. Linear time shows as the 10 MB score being about ten times the 1 MB score of the same
 * kind (a quadratic scan would make it a hundred times). Milliseconds per line.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar HostileInputBenchmark
 * java -jar benchmarks/target/benchmarks.jar HostileInputBenchmark -p kind=LINE_END_RUN -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class HostileInputBenchmark {
    @Param
    public HostileText.Kind kind;

    @Param({"1000000", "10000000"})
    public int length;

    private String line;
    private Redactor redactor;

    @Setup(Level.Trial)
    public void setUp() {
        line = HostileText.of(kind, length, new Random(kind.ordinal()));
        redactor = Redactor.defaults();
        if (redactor.redact(line).equals(Redactor.FAILED)) {
            throw new IllegalStateException("redaction failed on " + kind);
        }
    }

    @Benchmark
    public String redact() {
        return redactor.redact(line);
    }
}
