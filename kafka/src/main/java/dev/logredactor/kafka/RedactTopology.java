package dev.logredactor.kafka;

import dev.logredactor.core.Redactor;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsMetrics;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * A Kafka Streams topology that copies a topic of log records to another, each record's value redacted:
 * {@code logs.raw -> logs.clean}. Keys, headers and timestamps stay as they are; the producer's partitioner
 * places each record (by key: the source's partition when both topics have as many; records without a key
 * are spread). A value is read as UTF-8 text and redacted as a whole (one event, multi-line stack traces
 * included; with {@code neutralize-newlines}, control chars escaped); a clean value keeps its bytes. A record
 * whose redaction fails stops the task with an error that holds none of its content, so it never goes out
 * raw; the application's {@code processing.exception.handler} decides what comes next (by default the
 * application stops; {@code LogAndContinueProcessingExceptionHandler} drops the record).
 *
 * <p>Per type, the findings count as Kafka Streams metrics: group {@value #METRIC_GROUP}, names
 * {@code findings-total} and {@code findings-rate}, tags {@code thread-id}, {@code log-redactor-id} and
 * {@code type} (the type name, such as {@code EMAIL}); and {@code failures-total}/{@code failures-rate} with
 * {@code log-redactor-id=all}. They are recorded at level {@code INFO}, the default
 * {@code metrics.recording.level}.
 *
 * <p>Run it with {@link RedactApp}, or add it to an application of your own with {@link #build}.
 */
public final class RedactTopology {
    /** The group of the findings metrics. */
    public static final String METRIC_GROUP = "stream-log-redactor-metrics";

    private static final String SCOPE = "log-redactor";

    private RedactTopology() {
    }

    /**
     * The topology: records of {@code from}, values redacted, to {@code to}.
     *
     * @param from the source topic
     * @param to the topic the redacted records go to
     * @param redactor the redactor, shared by every task
     * @return the topology
     * @throws IllegalArgumentException for a redactor in {@code mode=report}, which would copy records raw
     */
    public static Topology build(String from, String to, Redactor redactor) {
        Objects.requireNonNull(redactor, "redactor");
        if (redactor.reportsOnly()) {
            throw new IllegalArgumentException("a redactor in mode=report would copy every record unredacted");
        }
        StreamsBuilder b = new StreamsBuilder();
        b.stream(from, Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("log-redactor-source"))
                .processValues(() -> new RedactValue(redactor), Named.as("log-redactor-redact"))
                .to(to, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("log-redactor-sink"));
        return b.build();
    }

    /** Redacts each record's value; counts findings per type in the task's thread metrics. */
    static final class RedactValue implements FixedKeyProcessor<byte[], byte[], byte[]> {
        private final Redactor redactor;
        private final Map<String, Sensor> findings = new HashMap<>();
        private FixedKeyProcessorContext<byte[], byte[]> context;
        private StreamsMetrics metrics;
        private Sensor failures;

        RedactValue(Redactor redactor) {
            this.redactor = redactor;
        }

        @Override
        public void init(FixedKeyProcessorContext<byte[], byte[]> context) {
            this.context = context;
            this.metrics = context.metrics();
            this.failures = metrics.addRateTotalSensor(SCOPE, "all", "failures", Sensor.RecordingLevel.INFO);
        }

        @Override
        public void process(FixedKeyRecord<byte[], byte[]> record) {
            byte[] value = record.value();
            if (value == null) {
                context.forward(record); // a tombstone
                return;
            }
            String text = new String(value, StandardCharsets.UTF_8);
            String redacted = redactor.redact(text, this::found);
            String out = redactor.neutralize(redacted); // the same unless neutralize-newlines is on
            if (out == text) {
                context.forward(record); // the bytes as they came
            } else if (Redactor.isFailure(text, redacted)) {
                failures.record();
                throw new StreamsException("log-redactor could not redact a record of topic " + context.recordMetadata()
                        .map(m -> m.topic() + " (partition " + m.partition() + ", offset " + m.offset() + ")").orElse("?")
                        + "; it is not passed on");
            } else {
                context.forward(record.withValue(out.getBytes(StandardCharsets.UTF_8)));
            }
        }

        private void found(String type) {
            Sensor s = findings.get(type);
            if (s == null) {
                s = metrics.addRateTotalSensor(SCOPE, type, "findings", Sensor.RecordingLevel.INFO, "type", type);
                findings.put(type, s);
            }
            s.record();
        }
    }
}
