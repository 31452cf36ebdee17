package dev.logredactor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.core.testdata.ThrowingDetector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorStateInfo;
import org.apache.kafka.connect.runtime.rest.errors.ConnectRestException;
import org.apache.kafka.connect.util.clusters.EmbeddedConnectStandalone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real engines, started once for the class: a KRaft broker and a Connect worker in standalone mode in
 * this JVM (Kafka's own test kit), the transform on a file source connector whose topic a file sink
 * connector writes out, and {@code log-redactor-kafka.jar} run with {@code java -jar} as a user would,
 * with exactly-once processing, against the same broker.
 */
class KafkaEnginesIT {
    private static EmbeddedConnectStandalone connect;

    @TempDir
    static Path dir;

    private final Random random = new Random(41);

    @BeforeAll
    static void start() {
        Properties broker = new Properties();
        broker.put("transaction.state.log.replication.factor", "1");
        broker.put("transaction.state.log.min.isr", "1");
        broker.put("group.initial.rebalance.delay.ms", "0");
        Map<String, String> worker = new HashMap<>();
        worker.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("value.converter", "org.apache.kafka.connect.storage.StringConverter");
        worker.put("offset.flush.interval.ms", "500");
        // plugins found only through their ServiceLoader manifests, as Kafka recommends: ours must have one
        worker.put("plugin.discovery", "service_load");
        connect = new EmbeddedConnectStandalone.Builder().brokerProps(broker).workerProps(worker).build();
        connect.start();
    }

    @AfterAll
    static void stop() {
        if (connect != null) {
            connect.stop();
        }
    }

    /** Log lines with a generated secret in every third one. */
    private List<String> lines(int n, List<String> secrets) {
        List<String> lines = new RealisticLogLines(random.nextLong(), true).lines(n);
        SensitiveType[] types = {SensitiveType.EMAIL, SensitiveType.CREDIT_CARD, SensitiveType.IBAN, SensitiveType.JWT,
            SensitiveType.GITHUB_TOKEN, SensitiveType.SSN};
        for (int i = 0; i < n; i += 3) {
            SensitiveType t = types[random.nextInt(types.length)];
            String sample = SecretSamples.of(t, random);
            secrets.add(SecretSamples.secretPart(t, sample));
            lines.set(i, lines.get(i) + " value " + sample);
        }
        return lines;
    }

    private static List<String> waitForLines(Path file, int n) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (Files.exists(file)) {
                List<String> got = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (got.size() >= n) {
                    return got;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("fewer than " + n + " lines in " + file + " after 90 s");
    }

    private static Map<String, String> fileSource(Path file, String topic) {
        Map<String, String> c = new HashMap<>();
        c.put("connector.class", "org.apache.kafka.connect.file.FileStreamSourceConnector");
        c.put("tasks.max", "1");
        c.put("file", file.toString());
        c.put("topic", topic);
        c.put("transforms", "redact");
        c.put("transforms.redact.type", "dev.logredactor.kafka.Redact$Value");
        return c;
    }

    @Test
    void aConnectWorkerRedactsWhatAFileSourceReadsBeforeTheTopicHoldsIt() throws Exception {
        List<String> secrets = new ArrayList<>();
        List<String> lines = lines(300, secrets);
        Path in = dir.resolve("connect-in.log");
        Path out = dir.resolve("connect-out.log");
        Files.write(in, lines, StandardCharsets.UTF_8);
        connect.kafka().createTopic("logs.connect"); // the test kit's broker creates no topic on its own
        Map<String, String> source = fileSource(in, "logs.connect");
        source.put("transforms.redact.strategy.CREDIT_CARD", "keep-last-4");
        source.put("transforms.redact.disable", "IP_ADDRESS");
        connect.configureConnector("file-source", source);
        Map<String, String> sink = new HashMap<>();
        sink.put("connector.class", "org.apache.kafka.connect.file.FileStreamSinkConnector");
        sink.put("tasks.max", "1");
        sink.put("file", out.toString());
        sink.put("topics", "logs.connect");
        connect.configureConnector("file-sink", sink);

        List<String> got = waitForLines(out, lines.size());
        Redactor same = Redactor.builder().strategy("CREDIT_CARD", "keep-last-4").disable("IP_ADDRESS").build();
        assertThat(got).hasSize(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(got.get(i)).isEqualTo(same.redact(lines.get(i)));
        }
        String all = String.join("\n", got);
        for (String s : secrets) {
            assertThat(all).doesNotContain(s);
        }
        List<String> raw = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : connect.kafka().consume(lines.size(), 30_000, "logs.connect")) {
            raw.add(new String(r.value(), StandardCharsets.UTF_8));
        }
        assertThat(String.join("\n", raw)).as("the topic itself").doesNotContain(secrets.get(0)).doesNotContain(secrets.get(1));
        connect.deleteConnector("file-source");
        connect.deleteConnector("file-sink");
    }

    @Test
    void aBadSettingFailsTheConnectorsStartNamingIt() throws Exception {
        Path in = dir.resolve("bad-in.log");
        Files.write(in, List.of("10:00:00 INFO mail ann@example.com"), StandardCharsets.UTF_8);
        connect.kafka().createTopic("logs.bad");
        Map<String, String> source = fileSource(in, "logs.bad");
        source.put("transforms.redact.strategy.EMAIL", "keep-last-9");
        String said;
        try {
            connect.configureConnector("bad-source", source);
            connect.assertions().assertConnectorIsRunningAndTasksHaveFailed("bad-source", 1, "the task should fail to start");
            ConnectorStateInfo status = connect.connectorStatus("bad-source");
            said = status.tasks().get(0).trace();
        } catch (ConnectRestException e) {
            said = e.getMessage();
        }
        assertThat(said).contains("log-redactor: invalid strategy.EMAIL").contains("not 9");
        assertThat(connect.kafka().endOffset(new TopicPartition("logs.bad", 0))).as("records in the topic").isZero();
    }

    @Test
    void theStreamsApplicationJarRedactsATopicIntoAnotherWithExactlyOnce() throws Exception {
        connect.kafka().createTopic("logs.raw", 2);
        connect.kafka().createTopic("logs.clean", 2);
        Path config = dir.resolve("redactor.properties");
        Files.write(config, List.of("strategy.CREDIT_CARD=keep-last-4", "rule.TICKET=TCK-[0-9]{6}"), StandardCharsets.UTF_8);
        Path log = dir.resolve("app.out");
        Path jar = Paths.get("target/log-redactor-kafka.jar");
        assertThat(jar).as("built by mvn package").exists();
        List<String> command = List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--bootstrap", connect.kafka().bootstrapServers(), "--from", "logs.raw", "--to", "logs.clean",
                "--config", config.toString(), "--exactly-once", "--application-id", "log-redactor-it");
        Process app = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            List<String> secrets = new ArrayList<>();
            List<String> lines = lines(400, secrets);
            for (int i = 0; i < lines.size(); i++) {
                lines.set(i, lines.get(i) + (i % 7 == 0 ? " TCK-" + (100000 + i) : ""));
                connect.kafka().produce("logs.raw", "host-" + i % 5, lines.get(i));
            }
            List<String> got = new ArrayList<>();
            Map<String, Object> readCommitted = Map.of("isolation.level", "read_committed", "auto.offset.reset", "earliest");
            for (ConsumerRecord<byte[], byte[]> r : connect.kafka().consume(lines.size(), 120_000, readCommitted, "logs.clean")) {
                got.add(new String(r.value(), StandardCharsets.UTF_8));
            }
            Redactor same = Redactor.builder().configFile(config).build();
            List<String> expected = new ArrayList<>();
            lines.forEach(l -> expected.add(same.redact(l)));
            Collections.sort(expected);
            Collections.sort(got);
            assertThat(got).isEqualTo(expected);
            String all = String.join("\n", got) + Files.readString(log);
            for (String s : secrets) {
                assertThat(all).doesNotContain(s);
            }
        } finally {
            app.destroy(); // SIGTERM: the application closes its Streams client, then the JVM exits
            boolean ended = app.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                app.destroyForcibly();
            }
            assertThat(ended).as("stopped on SIGTERM").isTrue();
        }
        assertThat(app.exitValue()).as(readQuietly(log)).isIn(0, 143);
        assertThat(readQuietly(log)).contains("redacting logs.raw -> logs.clean").doesNotContain("stopping:");
    }

    @Test
    void theApplicationStopsWithStatus1OnARecordItCannotRedactAndWritesNothingOfIt() throws Exception {
        connect.kafka().createTopic("fail.raw");
        connect.kafka().createTopic("fail.clean");
        Path config = dir.resolve("failing.properties");
        Files.write(config, List.of("detectors=" + ThrowingDetector.class.getName()), StandardCharsets.UTF_8);
        String email = SecretSamples.email(random);
        connect.kafka().produce("fail.raw", "k", "10:00:00 INFO fine " + email);
        connect.kafka().produce("fail.raw", "k", "10:00:01 INFO mail " + email + " " + ThrowingDetector.TRIGGER);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> code = pool.submit(() -> RedactApp.run(new String[] {"--bootstrap", connect.kafka().bootstrapServers(),
                "--from", "fail.raw", "--to", "fail.clean", "--config", config.toString(), "--application-id", "log-redactor-fail"},
                quiet, new PrintStream(err, true, StandardCharsets.UTF_8)));
            assertThat(code.get(120, TimeUnit.SECONDS)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("stopping").doesNotContain(email);
        List<String> written = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> r : connect.kafka().consume(1, 30_000, "fail.clean")) {
            written.add(new String(r.value(), StandardCharsets.UTF_8));
        }
        assertThat(written).containsExactly("10:00:00 INFO fine [REDACTED_EMAIL]");
    }

    private static String readQuietly(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
