package dev.logredactor.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.ConfigurationSource;
import org.apache.logging.log4j.core.config.xml.XmlConfiguration;
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
 * Events per second through a real Log4j2 {@link Logger} (configured from XML) to Log4j's
 * {@code OutputStreamAppender} over a stream that drops the bytes: a plain {@code PatternLayout} beside
 * {@code Rewrite} + {@code RedactionPolicy}, {@code %redact{%m}} and {@code RedactingLayout}; with
 * synchronous loggers and with asynchronous ones ({@code <AsyncRoot>}, LMAX disruptor), where the score
 * is bounded by the background thread. Each event's message is one line of the input.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar Log4j2Benchmark
 * java -jar benchmarks/target/benchmarks.jar Log4j2Benchmark -p loggers=SYNC -prof gc
 * java -jar benchmarks/target/benchmarks.jar Log4j2Benchmark -p config=POLICY,POLICY_UNCOUNTED -p loggers=SYNC -p shape=MIX,CLEAN -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Log4j2Benchmark {
    /** Log4j's default-like pattern. */
    static final String PATTERN = "%d{HH:mm:ss.SSS} [%t] %-5level %logger{36} - %m%n";

    /** The configurations compared. */
    public enum Config {
        /** {@code PatternLayout}, no redaction: the baseline. */
        PLAIN,
        /** A {@code Rewrite} appender with {@code RedactionPolicy} in front of the same appender. */
        POLICY,
        /** {@code POLICY} with {@code telemetry="false"}: what counting findings costs. */
        POLICY_UNCOUNTED,
        /** {@code %redact{%m}} in the pattern. */
        CONVERTER,
        /** {@code RedactingLayout} around the same {@code PatternLayout}. */
        LAYOUT;

        String appenders(String out) {
            String plain = "<PatternLayout pattern=\"" + PATTERN + "\"/>";
            switch (this) {
                case POLICY:
                case POLICY_UNCOUNTED:
                    return "<Discarding name=\"" + out + "\">" + plain + "</Discarding><Rewrite name=\"redacted\"><RedactionPolicy"
                            + (this == POLICY ? "" : " telemetry=\"false\"") + "/><AppenderRef ref=\"" + out + "\"/></Rewrite>";
                case CONVERTER:
                    return "<Discarding name=\"" + out + "\"><PatternLayout pattern=\"" + PATTERN.replace("%m", "%redact{%m}")
                            + "\"/></Discarding>";
                case LAYOUT:
                    return "<Discarding name=\"" + out + "\"><RedactingLayout>" + plain + "</RedactingLayout></Discarding>";
                default:
                    return "<Discarding name=\"" + out + "\">" + plain + "</Discarding>";
            }
        }
    }

    /** Which loggers. */
    public enum Loggers {
        SYNC, ASYNC
    }

    @Param
    public Config config;

    @Param
    public Loggers loggers;

    @Param({"MIX"})
    public Inputs.Shape shape;

    private LoggerContext context;
    private Logger logger;
    private Inputs.Cycle lines;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        String out = "out-" + config + "-" + loggers;
        String root = loggers == Loggers.ASYNC ? "AsyncRoot" : "Root";
        String ref = config == Config.POLICY || config == Config.POLICY_UNCOUNTED ? "redacted" : out;
        String xml = "<Configuration status=\"WARN\"><Appenders>" + config.appenders(out) + "</Appenders><Loggers><"
                + root + " level=\"info\"><AppenderRef ref=\"" + ref + "\"/></" + root + "></Loggers></Configuration>";
        context = new LoggerContext("bench-" + out);
        context.start(new XmlConfiguration(context,
                new ConfigurationSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))));
        logger = context.getLogger("dev.logredactor.benchmarks.OrderService");
        List<Inputs.Line> input = Inputs.lines(shape, CoreBenchmark.LINES, 7);
        lines = new Inputs.Cycle(input);
        Checks.logged(config != Config.PLAIN, input, DiscardingAppender.sink(out), line -> logger.info(line));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        context.stop();
    }

    @Benchmark
    public void log() {
        logger.info(lines.next());
    }
}
