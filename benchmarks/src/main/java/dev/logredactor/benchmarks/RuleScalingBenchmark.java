package dev.logredactor.benchmarks;

import dev.logredactor.core.Redactor;
import java.util.List;
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
 * What user rules cost: the core on realistic lines with 0 (the baseline of the same run), 1, 5, 20 and
 * 200 rules, each with a literal every match starts with ({@code ZQ007-[0-9]{6}}), as teams write them for
 * their own ids. The lines hold none of those ids, as almost all lines of an application do not.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RuleScalingBenchmark -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RuleScalingBenchmark {
    @Param({"0", "1", "5", "20", "200"})
    public int rules;

    @Param({"MIX", "CLEAN"})
    public Inputs.Shape shape;

    private Inputs.Cycle lines;
    private Redactor redactor;

    @Setup(Level.Trial)
    public void setUp() {
        List<Inputs.Line> input = Inputs.lines(shape, CoreBenchmark.LINES, 42);
        lines = new Inputs.Cycle(input);
        Redactor.Builder b = Redactor.builder();
        for (int i = 0; i < rules; i++) {
            b.rule(String.format("RULE_%03d", i), String.format("ZQ%03d-[0-9]{6}", i));
        }
        redactor = b.build();
        Redactor plain = Redactor.defaults();
        for (Inputs.Line l : input) { // the rules find nothing here: each line as without them
            Checks.require(redactor.redact(l.text).equals(plain.redact(l.text)), "a rule changed " + l.text);
        }
        String id = String.format("ZQ%03d-123456", Math.max(0, rules - 1));
        Checks.require(rules == 0 || redactor.redact("order " + id).equals("order [REDACTED_" + String.format("RULE_%03d", rules - 1)
                + "]"), "the last rule finds its id");
    }

    @Benchmark
    public String redact() {
        return redactor.redact(lines.next());
    }
}
