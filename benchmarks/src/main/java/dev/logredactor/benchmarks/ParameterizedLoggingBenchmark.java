package dev.logredactor.benchmarks;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parameterized log calls ({@link CallSites}: a few hundred call sites, 1 to 4 arguments each, ~2% of the
 * arguments secret) through a real Logback or Log4j2 logger (synchronous, configured from XML, to an
 * appender that drops the bytes): each backend plain beside its redacting setup that sees parameterized
 * events, the Logback turbo filter and the Log4j2 rewrite policy, in the same run.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ParameterizedLoggingBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParameterizedLoggingBenchmark {
    /** The setups compared. */
    public enum Setup {
        LOGBACK_PLAIN, LOGBACK_TURBO, LOG4J2_PLAIN, LOG4J2_POLICY
    }

    static final int SITES = 300;
    static final int CALLS = 8192;

    @Param
    public Setup setup;

    private ch.qos.logback.classic.Logger logback;
    private LoggerContext logbackContext;
    private org.apache.logging.log4j.core.Logger log4j;
    private org.apache.logging.log4j.core.LoggerContext log4jContext;
    private CallSites.Call[] calls;
    private int next;

    @org.openjdk.jmh.annotations.Setup(Level.Trial)
    public void setUp() throws JoranException, java.io.IOException {
        List<CallSites.Call> list = CallSites.calls(SITES, CALLS, 11);
        calls = list.toArray(new CallSites.Call[0]);
        Sink sink;
        if (setup == Setup.LOGBACK_PLAIN || setup == Setup.LOGBACK_TURBO) {
            logbackContext = new LoggerContext();
            logbackContext.setMDCAdapter(new LogbackMDCAdapter());
            String turbo = setup == Setup.LOGBACK_TURBO ? "<turboFilter class=\"dev.logredactor.logback.RedactingTurboFilter\"/>" : "";
            String xml = "<configuration>" + turbo + "<appender name=\"OUT\" class=\"" + NullOutputStreamAppender.class.getName()
                    + "\"><encoder><pattern>" + LogbackBenchmark.PATTERN_HEAD + "%msg%n</pattern></encoder></appender>"
                    + "<root level=\"INFO\"><appender-ref ref=\"OUT\"/></root></configuration>";
            JoranConfigurator joran = new JoranConfigurator();
            joran.setContext(logbackContext);
            joran.doConfigure(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
            logback = logbackContext.getLogger("dev.logredactor.benchmarks.OrderService");
            sink = ((NullOutputStreamAppender) logbackContext.getLogger(ch.qos.logback.classic.Logger.ROOT_LOGGER_NAME)
                    .getAppender("OUT")).sink();
        } else {
            String out = "out-param-" + setup;
            Log4j2Benchmark.Config c = setup == Setup.LOG4J2_POLICY ? Log4j2Benchmark.Config.POLICY : Log4j2Benchmark.Config.PLAIN;
            String ref = c == Log4j2Benchmark.Config.POLICY ? "redacted" : out;
            String xml = "<Configuration status=\"WARN\"><Appenders>" + c.appenders(out) + "</Appenders><Loggers><Root level=\"info\">"
                    + "<AppenderRef ref=\"" + ref + "\"/></Root></Loggers></Configuration>";
            log4jContext = new org.apache.logging.log4j.core.LoggerContext("bench-" + out);
            log4jContext.start(new XmlConfiguration(log4jContext,
                    new ConfigurationSource(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))));
            log4j = log4jContext.getLogger("dev.logredactor.benchmarks.OrderService");
            sink = DiscardingAppender.sink(out);
        }
        Checks.parameterized(setup == Setup.LOGBACK_TURBO || setup == Setup.LOG4J2_POLICY, list, sink, this::log);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (logbackContext != null) {
            logbackContext.stop();
        }
        if (log4jContext != null) {
            log4jContext.stop();
        }
    }

    private void log(CallSites.Call c) {
        if (logback != null) {
            logback.info(c.template, c.args);
        } else {
            log4j.info(c.template, c.args);
        }
    }

    @Benchmark
    public void log() {
        log(calls[next++ & (CALLS - 1)]);
    }
}
