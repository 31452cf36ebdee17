package dev.logredactor.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.Finding;
import dev.logredactor.core.LineRedactor;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code RedactFiles} job on a local[2] session: text files in partition directories come out in the same
 * directories with the same lines as the CLI writes for each file; JSON lines with named fields change only
 * those fields; the summary counts what the core counts; bad command lines and settings are refused.
 */
class RedactFilesTest {
    private final SparkSession spark = LocalSpark.session();
    private final Random random = new Random(47);

    @TempDir
    Path dir;

    private List<String> lines(int n, List<String> secrets) {
        List<String> lines = new RealisticLogLines(random.nextLong(), true).lines(n);
        for (int i = 0; i < n; i += 3) {
            SensitiveType t = SensitiveType.values()[random.nextInt(SensitiveType.values().length)];
            if (t == SensitiveType.PRIVATE_KEY) {
                continue; // added below as a block across lines
            }
            String sample = SecretSamples.of(t, random);
            String part = SecretSamples.secretPart(t, sample);
            if (part.length() >= 6) {
                secrets.add(part); // long enough not to occur by chance in the rest of the output
            }
            lines.set(i, lines.get(i) + " got " + sample);
        }
        return lines;
    }

    /** Every line of the part files below {@code dir}, in file order. */
    private static List<String> partLines(Path dir) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                all.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return all;
    }

    private int run(String... args) {
        return RedactFiles.run(spark, args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void textFilesKeepTheirPartitionsAndLinesAndComeOutAsTheCliWritesThem() throws Exception {
        Path in = dir.resolve("in");
        List<String> secrets = new ArrayList<>();
        Map<String, List<Path>> byPartition = new TreeMap<>();
        String[][] layout = {{"dt=2026-12-01", "app-1.log"}, {"dt=2026-12-01", "app-2.log"}, {"dt=2026-12-02", "app-3.log"}};
        List<String> keyLines = new ArrayList<>();
        for (int f = 0; f < layout.length; f++) {
            List<String> lines = lines(250 + 50 * f, secrets);
            String key = SecretSamples.privateKey(random, "\n");
            List<String> block = List.of(key.split("\n"));
            keyLines.add(block.get(1));
            if (f == 1) {
                lines.addAll(lines.size() - 1, block.subList(0, block.size() - 1)); // a block the file leaves open
            } else {
                lines.addAll(40, block);
            }
            Path file = in.resolve(layout[f][0]).resolve(layout[f][1]);
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardCharsets.UTF_8);
            byPartition.computeIfAbsent(layout[f][0], k -> new ArrayList<>()).add(file);
        }
        Path config = dir.resolve("redactor.properties");
        Files.write(config, List.of("strategy.CREDIT_CARD=keep-last-4", "rule.TICKET=TCK-[0-9]{6}"), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");

        assertThat(run("--in", in.toString(), "--out", out.toString(), "--config", config.toString())).isZero();

        Redactor redactor = Redactor.builder().configFile(config).build();
        Map<String, Long> expectedFindings = new TreeMap<>();
        long expectedLines = 0;
        for (Map.Entry<String, List<Path>> e : byPartition.entrySet()) {
            List<String> expected = new ArrayList<>();
            for (Path file : e.getValue()) {
                expected.addAll(Cli.redact(file, config, dir));
                LineRedactor counter = redactor.newLineRedactor();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    expectedLines++;
                    for (Finding f : counter.scanLine(line)) {
                        expectedFindings.merge(f.type(), 1L, Long::sum);
                    }
                }
            }
            List<String> got = partLines(out.resolve(e.getKey()));
            assertThat(got).as(e.getKey() + ": as many lines as read").hasSize(expected.size());
            Collections.sort(expected);
            Collections.sort(got);
            assertThat(got).as(e.getKey() + ": the CLI's lines").isEqualTo(expected);
            String all = String.join("\n", got);
            for (String k : keyLines) {
                assertThat(all).doesNotContain(k);
            }
        }
        String summary = Files.readString(out.resolve(RedactFiles.SUMMARY));
        assertThat(summary).contains("\"lines\":" + expectedLines).contains("\"failures\":0");
        Map<String, Long> counted = new TreeMap<>();
        String findings = summary.substring(summary.indexOf("\"findings\":{") + 12, summary.lastIndexOf("}}"));
        for (String pair : findings.split(",")) {
            String[] kv = pair.split(":");
            counted.put(kv[0].replace("\"", ""), Long.parseLong(kv[1]));
        }
        assertThat(counted).isEqualTo(expectedFindings);
        String written = String.join("\n", partLines(out.resolve("dt=2026-12-01")))
                + String.join("\n", partLines(out.resolve("dt=2026-12-02")));
        for (String s : secrets) {
            assertThat(written).doesNotContain(s);
        }
    }

    @Test
    void jsonLinesChangeOnlyTheNamedFieldsOrAreRedactedWholeAsTheCliDoes() throws Exception {
        Redactor redactor = Redactor.defaults();
        List<String> lines = new ArrayList<>();
        List<String> expectedNamed = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            String user = SecretSamples.email(random);
            String message = i % 2 == 0 ? "login from " + SecretSamples.email(random) + " card " + SecretSamples.card(random)
                    : "request " + i + " took " + random.nextInt(900) + " ms";
            String stack = i % 5 == 0 ? "java.lang.IllegalStateException: token " + SecretSamples.of(SensitiveType.GITHUB_TOKEN, random)
                    + "\\n\\tat c.e.Svc.call(Svc.java:" + i + ")" : "";
            String head = "{\"@timestamp\":\"2026-12-07T10:00:" + String.format("%02d", i % 60) + ".000Z\",\"level\":\"INFO\", \"n\":" + i
                    + ",\"ctx\":{\"user\":\"" + user + "\"},\"message\":\"";
            lines.add(head + message + "\",\"stack\":\"" + stack + "\",\"user\":\"" + user + "\"}");
            expectedNamed.add(head + redactor.redactValue("message", message) + "\",\"stack\":\"" + redactor.redactValue("stack", stack)
                    + "\",\"user\":\"" + user + "\"}");
        }
        lines.add("not json: mail " + SecretSamples.email(random));
        expectedNamed.add(redactor.redact(lines.get(lines.size() - 1)));
        Path in = dir.resolve("events.json");
        Files.write(in, lines, StandardCharsets.UTF_8);

        Path named = dir.resolve("named");
        assertThat(run("--in", in.toString(), "--out", named.toString(), "--format", "json", "--columns", "message,stack")).isZero();
        assertThat(partLines(named)).isEqualTo(expectedNamed);

        Path whole = dir.resolve("whole");
        assertThat(run("--in", in.toString(), "--out", whole.toString(), "--format", "json")).isZero();
        assertThat(partLines(whole)).isEqualTo(Cli.redact(in, null, dir));
    }

    @Test
    void badCommandLinesAndSettingsAreRefusedNamingWhatIsWrong() throws Exception {
        Path in = dir.resolve("a.log");
        Files.write(in, List.of("10:00:00 INFO mail ann@example.com"), StandardCharsets.UTF_8);
        Path config = dir.resolve("bad.properties");
        Files.write(config, List.of("strategy.EMAIL=keep-last-9"), StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream errs = new PrintStream(err, true, StandardCharsets.UTF_8);
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertThat(RedactFiles.run(spark, new String[] {"--in", in.toString(), "--out", out.toString(), "--config", config.toString()},
                quiet, errs)).isEqualTo(RedactFiles.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("strategy.EMAIL");
        assertThat(out).doesNotExist();
        assertThat(run("--in", in.toString(), "--out", out.toString(), "--columns", "message")).isEqualTo(RedactFiles.USAGE);
        assertThat(run("--in", in.toString())).isEqualTo(RedactFiles.USAGE);
        assertThat(run("--in", in.toString(), "--out", out.toString(), "--format", "xml")).isEqualTo(RedactFiles.USAGE);
        assertThat(run("--in", in.toString(), "--out", out.toString())).isZero();
        assertThat(run("--in", in.toString(), "--out", out.toString())).as("an output that exists").isEqualTo(1);
        assertThat(partLines(out)).containsExactly("10:00:00 INFO mail [REDACTED_EMAIL]");
    }
}
