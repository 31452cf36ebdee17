package dev.logredactor.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.Finding;
import dev.logredactor.core.LineRedactor;
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
                    + "\n\tat c.e.Svc.call(Svc.java:" + i + ")" : "";
            String head = "{\"@timestamp\":\"2026-12-07T10:00:" + String.format("%02d", i % 60) + ".000Z\",\"level\":\"INFO\", \"n\":" + i
                    + ",\"ctx\":{\"user\":\"" + user + "\"},\"message\":\"";
            lines.add(head + message + "\",\"stack\":\"" + json(stack) + "\",\"user\":\"" + user + "\"}");
            expectedNamed.add(head + json(redactor.redactValue("message", message)) + "\",\"stack\":\""
                    + json(redactor.redactValue("stack", stack)) + "\",\"user\":\"" + user + "\"}");
        }
        lines.add("not json: mail " + SecretSamples.email(random));
        expectedNamed.add(redactor.redact(lines.get(lines.size() - 1)));
        Path in = dir.resolve("events");
        Files.createDirectories(in);
        List<String> expectedWhole = new ArrayList<>();
        for (int f = 0; f < 3; f++) { // several files, lines of each in order
            Path file = in.resolve("events-" + f + ".json");
            Files.write(file, lines.subList(f * 100, f == 2 ? lines.size() : (f + 1) * 100), StandardCharsets.UTF_8);
            expectedWhole.addAll(Cli.redact(file, null, dir));
        }

        Path named = dir.resolve("named");
        assertThat(run("--in", in.toString(), "--out", named.toString(), "--format", "json", "--columns", "message,stack")).isZero();
        List<String> got = partLines(named);
        Collections.sort(got);
        Collections.sort(expectedNamed);
        assertThat(got).isEqualTo(expectedNamed);

        Path whole = dir.resolve("whole");
        assertThat(run("--in", in.toString(), "--out", whole.toString(), "--format", "json")).isZero();
        got = partLines(whole);
        Collections.sort(got);
        Collections.sort(expectedWhole);
        assertThat(got).isEqualTo(expectedWhole);
    }

    private static String json(String text) {
        StringBuilder b = new StringBuilder();
        JsonFields.encode(text, b);
        return b.toString();
    }

    @Test
    void bytesAndLineEndsComeOutAsTheCliWritesThem() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < 200; i++) {
            String end = i % 3 == 0 ? "\r\n" : "\n";
            switch (i % 5) {
                case 0:
                    bytes.write(("10:00:" + (10 + i % 50) + " INFO mail " + SecretSamples.email(random) + end)
                            .getBytes(StandardCharsets.UTF_8));
                    break;
                case 1:
                    // Latin-1, not UTF-8: a clean line keeps its bytes
                    bytes.write(("10:00:01 INFO Gr\u00fc\u00dfe aus K\u00f6ln " + i + end).getBytes(StandardCharsets.ISO_8859_1));
                    break;
                case 2:
                    bytes.write(("10:00:02 WARN a lone CR\rinside, card " + SecretSamples.card(random) + end)
                            .getBytes(StandardCharsets.UTF_8));
                    break;
                case 3:
                    bytes.write(("10:00:03 INFO \u00e9t\u00e9 \u4f60\u597d " + i + end).getBytes(StandardCharsets.UTF_8));
                    break;
                default:
                    bytes.write(("10:00:04 INFO K\u00f6ln " + SecretSamples.email(random) + end).getBytes(StandardCharsets.ISO_8859_1));
            }
        }
        Path in = dir.resolve("mixed.log");
        Files.write(in, bytes.toByteArray());
        Path out = dir.resolve("mixed-out");
        assertThat(run("--in", in.toString(), "--out", out.toString())).isZero();
        byte[] cli = Cli.redactBytes(in, null, dir);
        ByteArrayOutputStream spark = new ByteArrayOutputStream();
        try (Stream<Path> files = Files.list(out)) {
            for (Path p : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                spark.write(Files.readAllBytes(p));
            }
        }
        assertThat(spark.toByteArray()).isEqualTo(cli);
    }

    @Test
    void linesWhoseRedactionFailsAreWrittenAsThePlaceholderAndTheJobExits3() throws Exception {
        Path config = dir.resolve("failing.properties");
        Files.write(config, List.of("detectors=" + ThrowingDetector.class.getName()), StandardCharsets.UTF_8);
        String email = SecretSamples.email(random);
        Path text = dir.resolve("fails.log");
        Files.write(text, List.of("10:00:00 INFO fine", "10:00:01 INFO mail " + email + " " + ThrowingDetector.TRIGGER),
                StandardCharsets.UTF_8);
        Path out = dir.resolve("fails-out");
        assertThat(run("--in", text.toString(), "--out", out.toString(), "--config", config.toString()))
                .isEqualTo(RedactFiles.LINES_FAILED);
        assertThat(partLines(out)).containsExactly("10:00:00 INFO fine", Redactor.FAILED);
        assertThat(Files.readString(out.resolve(RedactFiles.SUMMARY))).contains("\"failures\":1");

        Path json = dir.resolve("fails.json");
        Files.write(json, List.of("{\"msg\":\"mail " + email + " " + ThrowingDetector.TRIGGER + "\",\"n\":1}"), StandardCharsets.UTF_8);
        Path jsonOut = dir.resolve("fails-json-out");
        assertThat(run("--in", json.toString(), "--out", jsonOut.toString(), "--config", config.toString(), "--format", "json",
                "--columns", "msg")).isEqualTo(RedactFiles.LINES_FAILED);
        assertThat(partLines(jsonOut)).containsExactly("{\"msg\":\"" + Redactor.FAILED + "\",\"n\":1}");
    }

    @Test
    void aPrivateKeyCutBetweenTwoSplitsOfAFileIsRedactedOnBothSides() throws Exception {
        List<String> lines = new ArrayList<>();
        List<String> keyLines = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            lines.addAll(new RealisticLogLines(random.nextLong(), false).lines(3 + random.nextInt(12)));
            List<String> block = new ArrayList<>(List.of(SecretSamples.privateKey(random, "\n").split("\n")));
            if (k % 3 == 1) { // an encrypted PEM key: headers and a blank line before the base64
                String iv = SecretSamples.random(random, "0123456789ABCDEF", 32);
                block.addAll(1, List.of("Proc-Type: 4,ENCRYPTED", "DEK-Info: AES-128-CBC," + iv, ""));
            } else if (k % 3 == 2) { // a PGP key: armour headers, a blank line, the base64, the checksum
                List<String> body = new ArrayList<>(block.subList(1, block.size() - 1));
                block = new ArrayList<>(List.of("-----BEGIN PGP PRIVATE KEY BLOCK-----", "Version: GnuPG v2", ""));
                block.addAll(body);
                block.add("=" + SecretSamples.random(random, SecretSamples.ALNUM, 4));
                block.add("-----END PGP PRIVATE KEY BLOCK-----");
            }
            for (String b : block.subList(1, block.size() - 1)) {
                if (b.length() >= 8) {
                    keyLines.add(b);
                }
            }
            lines.addAll(block);
        }
        Path in = dir.resolve("keys.log");
        Files.write(in, lines, StandardCharsets.UTF_8);
        Path out = dir.resolve("keys-out");
        String before = spark.conf().get("spark.sql.files.maxPartitionBytes");
        // splits of 256 bytes: many cut inside a block, some wholly inside one
        spark.conf().set("spark.sql.files.maxPartitionBytes", "256");
        try {
            assertThat(run("--in", in.toString(), "--out", out.toString())).isZero();
        } finally {
            spark.conf().set("spark.sql.files.maxPartitionBytes", before);
        }
        List<String> got = partLines(out);
        assertThat(got).hasSize(lines.size());
        String all = String.join("\n", got);
        for (String k : keyLines) {
            assertThat(all).doesNotContain(k);
        }
        List<String> cli = Cli.redact(in, null, dir);
        java.util.Map<String, Integer> diff = new java.util.TreeMap<>();
        cli.forEach(l -> diff.merge(l, 1, Integer::sum));
        got.forEach(l -> diff.merge(l, -1, Integer::sum));
        diff.values().removeIf(n -> n == 0);
        assertThat(diff).as("lines the CLI writes (+) and the job does not (-), where no split is").isEmpty();
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
