package dev.logredactor.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.logredactor.core.Finding;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.core.testdata.ThrowingDetector;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * The Streams topology, driven by Kafka's {@link TopologyTestDriver}: every generated secret is gone from the
 * values, clean records keep their bytes, keys, headers and timestamps pass, findings count per type as
 * metrics, and a record whose redaction fails stops the task without going out.
 */
class RedactTopologyTest {
    private static final String FROM = "logs.raw";
    private static final String TO = "logs.clean";

    private final Random random = new Random(23);

    private static TopologyTestDriver driver(Redactor redactor) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "redact-topology-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return new TopologyTestDriver(RedactTopology.build(FROM, TO, redactor), p);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void valuesAreRedactedAsTheCoreDoesAndEverythingElsePasses() {
        Redactor redactor = Redactor.defaults();
        try (TopologyTestDriver d = driver(redactor)) {
            TestInputTopic<byte[], byte[]> in = d.createInputTopic(FROM, new ByteArraySerializer(), new ByteArraySerializer());
            TestOutputTopic<byte[], byte[]> out = d.createOutputTopic(TO, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            List<String> lines = new RealisticLogLines(23, true).lines(400);
            List<String> secrets = new ArrayList<>();
            for (int i = 0; i < lines.size(); i += 4) {
                SensitiveType type = SensitiveType.values()[random.nextInt(SensitiveType.values().length)];
                String sample = SecretSamples.of(type, random);
                secrets.add(SecretSamples.secretPart(type, sample));
                lines.set(i, lines.get(i) + " got " + sample);
            }
            lines.add("2026-12-07 10:15:30 ERROR c.e.Pay - failed\njava.lang.IllegalStateException: card "
                    + SecretSamples.card(random) + "\n\tat c.e.Pay.charge(Pay.java:42)");
            Instant t0 = Instant.parse("2026-12-07T10:00:00Z");
            for (int i = 0; i < lines.size(); i++) {
                RecordHeaders headers = new RecordHeaders();
                headers.add("host", utf8("web-" + i % 3));
                in.pipeInput(new TestRecord<>(utf8("key-" + i), utf8(lines.get(i)), headers, t0.plusMillis(i)));
            }
            List<TestRecord<byte[], byte[]>> got = out.readRecordsToList();
            assertThat(got).hasSize(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                TestRecord<byte[], byte[]> r = got.get(i);
                assertThat(new String(r.value(), StandardCharsets.UTF_8)).as(lines.get(i)).isEqualTo(redactor.redact(lines.get(i)));
                assertThat(r.key()).isEqualTo(utf8("key-" + i));
                assertThat(r.headers().lastHeader("host").value()).isEqualTo(utf8("web-" + i % 3));
                assertThat(r.getRecordTime()).isEqualTo(t0.plusMillis(i));
            }
            StringBuilder all = new StringBuilder();
            got.forEach(r -> all.append(new String(r.value(), StandardCharsets.UTF_8)).append('\n'));
            for (String s : secrets) {
                assertThat(all).doesNotContain(s);
            }
        }
    }

    @Test
    void aCleanValueKeepsItsBytesEvenWhenTheyAreNotUtf8AndATombstonePasses() {
        try (TopologyTestDriver d = driver(Redactor.defaults())) {
            TestInputTopic<byte[], byte[]> in = d.createInputTopic(FROM, new ByteArraySerializer(), new ByteArraySerializer());
            TestOutputTopic<byte[], byte[]> out = d.createOutputTopic(TO, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            byte[] latin1 = "10:00:01 INFO Gr\u00fc\u00dfe aus K\u00f6ln".getBytes(StandardCharsets.ISO_8859_1);
            in.pipeInput(utf8("k"), latin1);
            in.pipeInput(utf8("gone"), (byte[]) null);
            List<TestRecord<byte[], byte[]>> got = out.readRecordsToList();
            assertThat(got.get(0).value()).isEqualTo(latin1);
            assertThat(got.get(1).key()).isEqualTo(utf8("gone"));
            assertThat(got.get(1).value()).isNull();
        }
    }

    @Test
    void findingsCountPerTypeAsStreamsMetrics() {
        Redactor redactor = Redactor.defaults();
        try (TopologyTestDriver d = driver(redactor)) {
            TestInputTopic<byte[], byte[]> in = d.createInputTopic(FROM, new ByteArraySerializer(), new ByteArraySerializer());
            Map<String, Integer> expected = new TreeMap<>();
            SensitiveType[] types = {SensitiveType.EMAIL, SensitiveType.CREDIT_CARD, SensitiveType.IBAN, SensitiveType.JWT};
            for (int i = 0; i < 200; i++) {
                StringBuilder line = new StringBuilder("10:00:0" + i % 10 + " INFO c.e.Svc - request");
                for (int k = random.nextInt(3); k > 0; k--) {
                    line.append(" with ").append(SecretSamples.of(types[random.nextInt(types.length)], random));
                }
                for (Finding f : redactor.scan(line)) {
                    expected.merge(f.type(), 1, Integer::sum);
                }
                in.pipeInput(utf8("k"), utf8(line.toString()));
            }
            assertThat(expected).hasSizeGreaterThanOrEqualTo(3);
            Map<String, Integer> counted = new TreeMap<>();
            d.metrics().forEach((name, metric) -> {
                if (name.group().equals(RedactTopology.METRIC_GROUP) && name.name().equals("findings-total")) {
                    counted.merge(name.tags().get("type"), ((Double) metric.metricValue()).intValue(), Integer::sum);
                }
            });
            assertThat(counted).isEqualTo(expected);
        }
    }

    @Test
    void aRecordWhoseRedactionFailsStopsTheTaskAndDoesNotGoOut() {
        Redactor redactor = Redactor.builder().set("detectors", ThrowingDetector.class.getName()).build();
        String email = SecretSamples.email(random);
        try (TopologyTestDriver d = driver(redactor)) {
            TestInputTopic<byte[], byte[]> in = d.createInputTopic(FROM, new ByteArraySerializer(), new ByteArraySerializer());
            TestOutputTopic<byte[], byte[]> out = d.createOutputTopic(TO, new ByteArrayDeserializer(), new ByteArrayDeserializer());
            in.pipeInput(utf8("k"), utf8("mail " + email));
            assertThatThrownBy(() -> in.pipeInput(utf8("k"), utf8("mail " + email + " " + ThrowingDetector.TRIGGER)))
                    .satisfies(e -> {
                        StringBuilder all = new StringBuilder();
                        for (Throwable t = e; t != null; t = t.getCause()) {
                            all.append(t.getMessage()).append('\n');
                        }
                        assertThat(all.toString()).contains("could not redact a record of topic " + FROM).doesNotContain(email);
                    });
            List<TestRecord<byte[], byte[]>> got = out.readRecordsToList();
            assertThat(got).hasSize(1);
            assertThat(new String(got.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("mail [REDACTED_EMAIL]");
            double failures = d.metrics().entrySet().stream()
                    .filter(e -> e.getKey().group().equals(RedactTopology.METRIC_GROUP) && e.getKey().name().equals("failures-total"))
                    .mapToDouble(e -> (Double) e.getValue().metricValue()).sum();
            assertThat(failures).isEqualTo(1.0);
        }
    }
}
