package dev.logredactor.benchmarks;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.status.Status;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Events per second through a real Logback {@link Logger} (configured from XML, as applications do)
 * to an appender whose stream drops the bytes: the plain encoder beside each way of redacting, for
 * Logback's {@code PatternLayoutEncoder} (default Spring Boot-like pattern) and for
 * logstash-logback-encoder's {@code LogstashEncoder}. Each event's message is one line of the input.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar LogbackBenchmark
 * java -jar benchmarks/target/benchmarks.jar LogbackBenchmark -p config=PLAIN,ENCODER -prof gc
 * java -jar benchmarks/target/benchmarks.jar LogbackBenchmark -p config=TURBO,TURBO_UNCOUNTED -p shape=MIX,CLEAN -prof gc
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LogbackBenchmark {
    /** The configurations compared. */
    public enum Config {
        /** {@code PatternLayoutEncoder}, no redaction: the baseline. */
        PLAIN(pattern("%msg%n"), ""),
        /** {@code RedactingEncoder} around the same encoder. */
        ENCODER("<encoder class=\"dev.logredactor.logback.RedactingEncoder\"><delegate class=\""
                + "ch.qos.logback.classic.encoder.PatternLayoutEncoder\"><pattern>" + PATTERN_HEAD + "%msg%n"
                + "</pattern></delegate></encoder>", ""),
        /** {@code %redact(%msg%n%ex)} in the pattern (the exception inside, as the converter asks). */
        CONVERTER(pattern("%redact(%msg%n%ex)"),
                "<conversionRule conversionWord=\"redact\" class=\"dev.logredactor.logback.RedactingConverter\"/>"),
        /** {@code RedactingTurboFilter} and the plain encoder. */
        TURBO(pattern("%msg%n"), "<turboFilter class=\"dev.logredactor.logback.RedactingTurboFilter\"/>"),
        /** {@code ENCODER} with {@code telemetry=false}: what counting findings costs the encoder. */
        ENCODER_UNCOUNTED("<encoder class=\"dev.logredactor.logback.RedactingEncoder\"><delegate class=\""
                + "ch.qos.logback.classic.encoder.PatternLayoutEncoder\"><pattern>" + PATTERN_HEAD + "%msg%n"
                + "</pattern></delegate><telemetry>false</telemetry></encoder>", ""),
        /** {@code TURBO} with {@code telemetry=false}: what counting findings costs the turbo filter. */
        TURBO_UNCOUNTED(pattern("%msg%n"),
                "<turboFilter class=\"dev.logredactor.logback.RedactingTurboFilter\"><telemetry>false</telemetry></turboFilter>"),
        /** {@code LogstashEncoder}, no redaction: the JSON baseline. */
        JSON_PLAIN("<encoder class=\"net.logstash.logback.encoder.LogstashEncoder\"/>", ""),
        /** {@code RedactingEncoder} around {@code LogstashEncoder}. */
        JSON_ENCODER("<encoder class=\"dev.logredactor.logback.RedactingEncoder\"><delegate class=\""
                + "net.logstash.logback.encoder.LogstashEncoder\"/></encoder>", ""),
        /** {@code RedactingTurboFilter} and {@code LogstashEncoder}. */
        JSON_TURBO("<encoder class=\"net.logstash.logback.encoder.LogstashEncoder\"/>",
                "<turboFilter class=\"dev.logredactor.logback.RedactingTurboFilter\"/>");

        final String encoder;
        final String head;

        Config(String encoder, String head) {
            this.encoder = encoder;
            this.head = head;
        }

        private static String pattern(String msg) {
            return "<encoder><pattern>" + PATTERN_HEAD + msg + "</pattern></encoder>";
        }

        String xml() {
            return "<configuration>" + head
                    + "<appender name=\"OUT\" class=\"" + NullOutputStreamAppender.class.getName() + "\">" + encoder
                    + "</appender><root level=\"INFO\"><appender-ref ref=\"OUT\"/></root></configuration>";
        }
    }

    /** Logback's default pattern up to the message. */
    static final String PATTERN_HEAD = "%d{HH:mm:ss.SSS} [%thread] %-5level %logger{36} - ";

    @Param
    public Config config;

    @Param({"MIX"})
    public Inputs.Shape shape;

    private LoggerContext context;
    private Logger logger;
    private Inputs.Cycle lines;

    @Setup(Level.Trial)
    public void setUp() throws JoranException {
        context = new LoggerContext();
        context.setName("bench-" + config);
        context.setMDCAdapter(new LogbackMDCAdapter()); // what SLF4J's service provider does for the default context
        JoranConfigurator joran = new JoranConfigurator();
        joran.setContext(context);
        joran.doConfigure(new ByteArrayInputStream(config.xml().getBytes(StandardCharsets.UTF_8)));
        requireNoWarnings();
        logger = context.getLogger("dev.logredactor.benchmarks.OrderService");
        List<Inputs.Line> input = Inputs.lines(shape, CoreBenchmark.LINES, 7);
        lines = new Inputs.Cycle(input);
        Sink sink = ((NullOutputStreamAppender) context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("OUT")).sink();
        Checks.logged(config != Config.PLAIN && config != Config.JSON_PLAIN, input, sink, line -> logger.info(line));
        requireNoWarnings();
    }

    private void requireNoWarnings() {
        for (Status s : context.getStatusManager().getCopyOfStatusList()) {
            if (s.getLevel() >= Status.WARN) {
                throw new IllegalStateException(config + ": " + s, s.getThrowable());
            }
        }
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
