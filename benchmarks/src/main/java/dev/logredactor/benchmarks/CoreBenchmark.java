package dev.logredactor.benchmarks;

import dev.logredactor.core.Catalog;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.ReferenceRedactor;
import dev.logredactor.core.SensitiveType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * One log line through the core, beside three baselines in the same run: {@code NONE} (the line as it
 * is), {@code REFERENCE} (the core on the per-char scanner that the current one replaced, which finds the
 * same), {@code FIRST_TYPES} (the core with the 26 types it had before the token catalog grew: what the
 * catalog's newer types cost) and {@code REGEX_CHAIN} (one {@code java.util.regex} {@code replaceAll} per type, the usual
 * approach). The score is lines per second; the {@code bytes} counter is chars per second, so MB/s is
 * that divided by 10^6 (the inputs are ASCII but for the corpus).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar CoreBenchmark
 * java -jar benchmarks/target/benchmarks.jar CoreBenchmark -p shape=CLEAN -prof gc   # allocation per line
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CoreBenchmark {
    /** How the line is redacted. */
    public enum Impl {
        NONE, REGEX_CHAIN, REFERENCE, REDACTOR,
        /** The core with only the types it had before the token catalog grew: the catalog's newer types disabled. */
        FIRST_TYPES
    }

    static final int LINES = 4096;

    @Param
    public Impl impl;

    @Param({"MIX", "CLEAN", "DENSE", "ADVERSARIAL"})
    public Inputs.Shape shape;

    private Inputs.Cycle lines;
    private Redactor redactor;
    private Redactor reference;
    private Redactor firstTypes;

    /** Chars handed to the implementation, reported per second next to the score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;
    }

    @Setup(Level.Trial)
    public void setUp() {
        List<Inputs.Line> input = Inputs.lines(shape, LINES, 42);
        lines = new Inputs.Cycle(input);
        redactor = Redactor.defaults();
        reference = ReferenceRedactor.defaults();
        List<String> newer = new ArrayList<>(Catalog.types().subList(SensitiveType.values().length, Catalog.types().size()));
        firstTypes = Redactor.builder().disable(newer.toArray(new String[0])).build();
        Checks.core(impl, shape, input, this::apply);
    }

    String apply(String line) {
        switch (impl) {
            case NONE:
                return line;
            case REGEX_CHAIN:
                return RegexChain.redact(line);
            case REFERENCE:
                return reference.redact(line);
            case FIRST_TYPES:
                return firstTypes.redact(line);
            default:
                return redactor.redact(line);
        }
    }

    @Benchmark
    public String redact(Bytes counter) {
        String line = lines.next();
        counter.bytes += line.length();
        return apply(line);
    }
}
