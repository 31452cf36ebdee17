package dev.logredactor.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.LineRedactor;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.kafka.Redact;
import dev.logredactor.kafka.RedactTopology;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.connect.data.Schema;
import org.apache.kafka.connect.source.SourceRecord;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same lines, with the same settings file (neutralize-newlines on), through every engine: the core line by
 * line, the CLI's jar, the Kafka Connect transform, the Kafka Streams topology and the Spark job. Each must write
 * exactly the core's lines; the Spark job's bytes against the CLI's are checked in {@code RedactFilesTest}.
 */
class SameResultsEverywhereTest {
    private final Random random = new Random(59);

    @TempDir
    Path dir;

    /** Lines of every generated shape with secrets of every type, JSON lines and keys among them; no line break inside. */
    private List<String> lines() {
        List<String> lines = new RealisticLogLines(59, true).lines(600);
        SensitiveType[] types = SensitiveType.values();
        for (int i = 0; i < lines.size(); i += 2) {
            SensitiveType t = types[(i / 2) % types.length];
            String sample = t == SensitiveType.PRIVATE_KEY ? SecretSamples.privateKey(random, "\\n") : SecretSamples.of(t, random);
            switch (i % 8) {
                case 0:
                    lines.set(i, lines.get(i) + " got " + sample);
                    break;
                case 2:
                    lines.set(i, "{\"level\":\"WARN\",\"message\":\"retry for " + sample.replace("\"", "\\\"") + "\",\"n\":" + i + "}");
                    break;
                case 4:
                    lines.set(i, lines.get(i) + " password=" + SecretSamples.password(random) + " ticket=TCK-" + (100000 + i));
                    break;
                default:
                    lines.set(i, sample + " at the start, then " + lines.get(i));
            }
        }
        lines.add("");
        lines.add("\u00e9t\u00e9 \u4f60\u597d mail jos\u00e9@example.com \uD83D\uDE00 end");
        lines.add("10:00:00 WARN \u001b[31mred\u001b[0m\ttab and a bell \u0007 for " + SecretSamples.email(random));
        lines.add("10:00:01 INFO clean, with a tab\tthat stays");
        return lines;
    }

    @Test
    void everyEngineWritesTheCoresBytes() throws Exception {
        List<String> lines = lines();
        Path config = dir.resolve("redactor.properties");
        Files.write(config, List.of("strategy.CREDIT_CARD=keep-last-4", "strategy.EMAIL=keep-domain", "rule.TICKET=TCK-[0-9]{6}",
                "disable=IP_ADDRESS", "neutralize-newlines=true"), StandardCharsets.UTF_8);
        Path file = dir.resolve("app.log");
        Files.write(file, lines, StandardCharsets.UTF_8);
        Redactor redactor = Redactor.builder().configFile(config).build();

        List<String> core = new ArrayList<>();
        LineRedactor byLine = redactor.newLineRedactor();
        lines.forEach(l -> core.add(byLine.redactLine(l)));
        assertThat(core).as("the settings apply").anyMatch(l -> l.contains("[REDACTED_TICKET]"))
                .anyMatch(l -> l.contains("[REDACTED_CREDIT_CARD:")).anyMatch(l -> l.contains("@example.com"))
                .noneMatch(l -> l.contains("\u001b") || l.contains("\u0007")).anyMatch(l -> l.contains("\t"));
        long changed = 0;
        for (int i = 0; i < lines.size(); i++) {
            changed += lines.get(i).equals(core.get(i)) ? 0 : 1;
        }
        assertThat(changed).as("lines changed").isGreaterThan(250);

        Map<String, List<String>> engines = new LinkedHashMap<>();
        engines.put("CLI", Cli.redact(file, config, dir));
        engines.put("Connect transform", connect(lines, config));
        engines.put("Streams topology", streams(lines, redactor));
        engines.put("Spark job", spark(file, config));
        byte[] expected = String.join("\n", core).getBytes(StandardCharsets.UTF_8);
        for (Map.Entry<String, List<String>> e : engines.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).hasSize(core.size());
            for (int i = 0; i < core.size(); i++) {
                assertThat(e.getValue().get(i)).as(e.getKey() + ", line " + (i + 1)).isEqualTo(core.get(i));
            }
            assertThat(String.join("\n", e.getValue()).getBytes(StandardCharsets.UTF_8)).as(e.getKey()).isEqualTo(expected);
        }
    }

    private static List<String> connect(List<String> lines, Path config) throws Exception {
        Properties p = new Properties();
        try (var in = Files.newInputStream(config)) {
            p.load(in);
        }
        Map<String, Object> props = new HashMap<>();
        p.stringPropertyNames().forEach(k -> props.put(k, p.getProperty(k)));
        List<String> out = new ArrayList<>();
        try (Redact.Value<SourceRecord> t = new Redact.Value<>()) {
            t.configure(props);
            for (String line : lines) {
                SourceRecord r = new SourceRecord(Map.of(), Map.of(), "logs", 0, Schema.STRING_SCHEMA, line);
                out.add((String) t.apply(r).value());
            }
        }
        return out;
    }

    private static List<String> streams(List<String> lines, Redactor redactor) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "same-results");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try (TopologyTestDriver d = new TopologyTestDriver(RedactTopology.build("raw", "clean", redactor), p)) {
            TestInputTopic<String, String> in = d.createInputTopic("raw", new StringSerializer(), new StringSerializer());
            TestOutputTopic<String, String> out = d.createOutputTopic("clean", new StringDeserializer(), new StringDeserializer());
            lines.forEach(l -> in.pipeInput("k", l));
            return out.readValuesToList();
        }
    }

    private List<String> spark(Path file, Path config) throws Exception {
        Path out = dir.resolve("spark-out");
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        int code = RedactFiles.run(LocalSpark.session(), new String[] {"--in", file.toString(), "--out", out.toString(), "--config",
            config.toString()}, quiet, quiet);
        assertThat(code).isZero();
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(out)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                all.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return all;
    }
}
