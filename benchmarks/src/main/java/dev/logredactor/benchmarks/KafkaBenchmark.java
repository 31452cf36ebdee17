package dev.logredactor.benchmarks;

import dev.logredactor.core.Redactor;
import dev.logredactor.kafka.Redact;
import dev.logredactor.kafka.RedactTopology;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.connect.transforms.Transformation;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
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
 * The Kafka integrations on one core, records per second, each beside a baseline in the same run: the
 * Connect transform ({@code connect}: {@code Redact$Value.apply}, against {@code core}, the core redacting the same
 * line, and a transform that hands the record on) and the Streams topology ({@code streams}: a record piped
 * through Kafka's {@code TopologyTestDriver}, serialised and read back, against a topology that copies
 * {@code from} to {@code to}). Records are the
 * realistic lines of the core benchmarks (MIX: ~2% with a secret; CLEAN: none); MB/s is records/s times
 * {@code bytesPerRecord}, which the set-up prints.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar KafkaBenchmark
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KafkaBenchmark {
    /** What the record goes through. */
    public enum Stage {
        /** The baseline: the same harness, nothing redacted. */
        PASS_THROUGH,
        /** log-redactor with its defaults. */
        REDACT
    }

    @Param({"PASS_THROUGH", "REDACT"})
    public Stage stage;

    @Param({"MIX", "CLEAN"})
    public Inputs.Shape shape;

    private SourceRecord[] records;
    private byte[][] values;
    private int next;
    private Transformation<SourceRecord> transform;
    private Redactor redactor;
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> in;
    private TestOutputTopic<byte[], byte[]> out;
    private final byte[] key = "host-1".getBytes(StandardCharsets.UTF_8);

    @Setup(Level.Trial)
    public void setUp() {
        // Kafka logs through SLF4J, here to Logback's default configuration: DEBUG lines for each record
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext) {
            ((ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory()).getLogger("org.apache.kafka")
                    .setLevel(ch.qos.logback.classic.Level.WARN);
        }
        List<Inputs.Line> lines = Inputs.lines(shape, CoreBenchmark.LINES, 42);
        records = new SourceRecord[lines.size()];
        values = new byte[lines.size()][];
        long bytes = 0;
        for (int i = 0; i < lines.size(); i++) {
            records[i] = new SourceRecord(Map.of(), Map.of(), "logs", 0, Schema.STRING_SCHEMA, lines.get(i).text);
            values[i] = lines.get(i).text.getBytes(StandardCharsets.UTF_8);
            bytes += values[i].length;
        }
        System.out.printf("%nbytesPerRecord: %.1f%n", (double) bytes / lines.size());
        redactor = Redactor.defaults();
        if (stage == Stage.REDACT) {
            Redact.Value<SourceRecord> t = new Redact.Value<>();
            t.configure(Map.of());
            transform = t;
        } else {
            transform = new PassThrough();
        }
        Topology topology;
        if (stage == Stage.REDACT) {
            topology = RedactTopology.build("raw", "clean", redactor);
        } else {
            StreamsBuilder b = new StreamsBuilder();
            b.stream("raw", Consumed.with(Serdes.ByteArray(), Serdes.ByteArray())).to("clean",
                    Produced.with(Serdes.ByteArray(), Serdes.ByteArray()));
            topology = b.build();
        }
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "kafka-benchmark");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(topology, p);
        in = driver.createInputTopic("raw", new ByteArraySerializer(), new ByteArraySerializer());
        out = driver.createOutputTopic("clean", new ByteArrayDeserializer(), new ByteArrayDeserializer());
        check(lines, redactor);
    }

    /** Each setup redacts (or, as the baseline, does not) before it is measured. */
    private void check(List<Inputs.Line> lines, Redactor redactor) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text;
            String expected = stage == Stage.REDACT ? redactor.redact(text) : text;
            Checks.require(expected.equals(transform.apply(records[i]).value()), "the transform on " + text);
            in.pipeInput(key, values[i]);
            Checks.require(expected.equals(new String(out.readValue(), StandardCharsets.UTF_8)), "the topology on " + text);
        }
        Checks.require(stage == Stage.PASS_THROUGH || shape == Inputs.Shape.CLEAN
                || lines.stream().anyMatch(l -> !l.text.equals(redactor.redact(l.text))), "something to redact");
        next = 0;
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        driver.close();
        transform.close();
    }

    @Benchmark
    public SourceRecord connect() {
        SourceRecord r = records[next];
        next = next + 1 == records.length ? 0 : next + 1;
        return transform.apply(r);
    }

    /** The core alone on the same lines (whatever the stage): the Connect transform's baseline. */
    @Benchmark
    public String core() {
        String text = (String) records[next].value();
        next = next + 1 == records.length ? 0 : next + 1;
        return redactor.redact(text);
    }

    @Benchmark
    public byte[] streams() {
        byte[] v = values[next];
        next = next + 1 == values.length ? 0 : next + 1;
        in.pipeInput(key, v);
        return out.readValue();
    }

    /** A transform that hands each record on: the Connect baseline. */
    static final class PassThrough implements Transformation<SourceRecord> {
        @Override
        public SourceRecord apply(SourceRecord record) {
            return record;
        }

        @Override
        public org.apache.kafka.common.config.ConfigDef config() {
            return new org.apache.kafka.common.config.ConfigDef();
        }

        @Override
        public void close() {
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }
}
