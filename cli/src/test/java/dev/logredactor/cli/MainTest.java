package dev.logredactor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.Catalog;
import dev.logredactor.core.LineRedactor;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.HostileText;
import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.core.testdata.ThrowingDetector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command end to end in this JVM: lines, terminators, flags, the config file, exit statuses, faults and hostile bytes. */
class MainTest {
    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(byte[] stdin, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new ByteArrayInputStream(stdin), o, new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private int run(String... args) {
        return run(new byte[0], args);
    }

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content.getBytes(StandardCharsets.UTF_8));
        return p;
    }

    @Test
    void keepsEveryLineAndItsTerminatorAndRedactsEachSecret() throws IOException {
        Random r = new Random(1);
        RealisticLogLines clean = new RealisticLogLines(1, false);
        StringBuilder in = new StringBuilder();
        List<String> secrets = new ArrayList<>();
        List<Integer> secretLines = new ArrayList<>();
        String[] terminators = {"\n", "\r\n", "\n", "\n"};
        for (int i = 0; i < 2_000; i++) {
            String line = clean.next();
            if (i % 10 == 0) {
                SensitiveType t = SensitiveType.values()[r.nextInt(SensitiveType.values().length)];
                String sample = SecretSamples.of(t, r).replace('\n', ' ');
                secrets.add(SecretSamples.secretPart(t, sample).replace('\n', ' '));
                secretLines.add(i);
                line = line + " " + sample;
            }
            in.append(line).append(terminators[i % terminators.length]);
        }
        in.append("last line without terminator");
        Path p = file("app.log", in.toString());

        assertThat(run(p.toString())).isZero();
        assertThat(err).isEmpty();
        assertThat(out.split("\n", -1)).hasSameSizeAs(in.toString().split("\n", -1));
        assertThat(out.split("\r\n", -1)).hasSameSizeAs(in.toString().split("\r\n", -1));
        assertThat(out).endsWith("last line without terminator");
        String[] outLines = out.split("\n", -1);
        for (int k = 0; k < secrets.size(); k++) {
            assertThat(outLines[secretLines.get(k)]).doesNotContain(secrets.get(k)).contains("[REDACTED_");
        }
    }

    @Test
    void cleanInputIsCopiedByteForByte() throws IOException {
        String in = String.join("\n", new RealisticLogLines(2, false).lines(3_000)) + "\n";
        assertThat(run(file("clean.log", in).toString())).isZero();
        assertThat(out).isEqualTo(in);
    }

    @Test
    void readsStandardInputWithoutFilesOrWithDash() {
        byte[] in = "mail ann@example.com\n".getBytes(StandardCharsets.UTF_8);
        assertThat(run(in)).isZero();
        assertThat(out).isEqualTo("mail [REDACTED_EMAIL]\n");
        assertThat(run(in, "-")).isZero();
        assertThat(out).isEqualTo("mail [REDACTED_EMAIL]\n");
    }

    @Test
    void privateKeySpanningLinesIsRedactedAcrossThem() throws IOException {
        String key = SecretSamples.privateKey(new Random(3), "\n");
        String in = "before\n" + key + "\nafter\n";
        assertThat(run(file("k.log", in).toString())).isZero();
        String[] lines = out.split("\n", -1);
        assertThat(lines).hasSize(in.split("\n", -1).length);
        assertThat(lines[0]).isEqualTo("before");
        for (int i = 1; i < lines.length - 2; i++) {
            assertThat(lines[i]).isEqualTo("[REDACTED_PRIVATE_KEY]");
        }
        assertThat(lines[lines.length - 2]).isEqualTo("after");
    }

    @Test
    void disableAndOnlyAndConfig() throws IOException {
        Path p = file("a.log", "ann@example.com 10.0.0.1 TCK-12345\n");
        assertThat(run("--disable", "IP_ADDRESS", p.toString())).isZero();
        assertThat(out).isEqualTo("[REDACTED_EMAIL] 10.0.0.1 TCK-12345\n");
        assertThat(run("--only", "IP_ADDRESS", p.toString())).isZero();
        assertThat(out).isEqualTo("ann@example.com [REDACTED_IP_ADDRESS] TCK-12345\n");
        Path config = file("r.properties", "rule.TICKET=TCK-[0-9]{5}\nstrategy.EMAIL=keep-domain\n");
        assertThat(run("--config", config.toString(), p.toString())).isZero();
        assertThat(out).isEqualTo("[REDACTED_EMAIL]@example.com [REDACTED_IP_ADDRESS] [REDACTED_TICKET]\n");
    }

    /** A properties file shared with an application in a rollout must not make the CLI copy secrets through. */
    @Test
    void reportModeFromAConfigFileIsRefused() throws IOException {
        String email = dev.logredactor.core.testdata.SecretSamples.email(new java.util.Random());
        Path p = file("m.log", "mail " + email + "\n");
        Path inner = file("inner.properties", "mode=report\n");
        Path config = file("m.properties", "config-file=" + inner.toString().replace("\\", "/") + "\n");
        assertThat(run("--config", config.toString(), p.toString())).isEqualTo(2);
        assertThat(out).doesNotContain(email);
        assertThat(err).contains("mode=report").contains("--audit");
        Path redact = file("r2.properties", "mode=redact\n");
        assertThat(run("--config", redact.toString(), p.toString())).isZero();
        assertThat(out).isEqualTo("mail [REDACTED_EMAIL]\n");
    }

    @Test
    void everySettingIsAFlagAndTheFlagsWinOverTheConfigFile() throws IOException {
        Random r = new Random(28);
        String key = SecretSamples.random(r, "abcdefghijklmnop0123456789", 32);
        Path keyFile = file("k", key + "\n");
        Path config = file("f.properties", "placeholder=##{type}##\nstrategy.CREDIT_CARD=redact\n");
        for (int i = 0; i < 20; i++) {
            String card = SecretSamples.card(r);
            String digits = card.replaceAll("[^0-9]", "");
            String email = SecretSamples.email(r);
            Path p = file("f.log", "card " + card + " mail " + email + " TCK-" + SecretSamples.digits(r, 6) + " pin_block=77 "
                    + "noreply@example.com 10.1.2.3\n");
            assertThat(run("--placeholder", "<{type}>", "--strategy", "CREDIT_CARD=keep-last-4,EMAIL=hash", "--hash-key-file",
                    keyFile.toString(), "--rule=TICKET=TCK-[0-9]{6}", "--sensitive-keys", "pin_block", "--allow", "noreply@example.com",
                    "--disable", "IP_ADDRESS", "--config", config.toString(), p.toString())).as(err).isZero();
            String hashed = Redactor.builder().placeholder("<{type}>").strategy("EMAIL", "hash").hashKey(key).build().redact(email);
            assertThat(out).isEqualTo("card <CREDIT_CARD:\u2026" + digits.substring(digits.length() - 4) + "> mail " + hashed
                    + " <TICKET> pin_block=<SECRET> noreply@example.com 10.1.2.3\n");
        }
        assertThat(run("--hash-key", key)).as("no flag for the key itself").isEqualTo(Main.USAGE);
        assertThat(err).contains("unknown option '--hash-key'").doesNotContain(key);
    }

    @Test
    void neutralizeNewlinesEscapesControlCharsLeftInsideALineButKeepsTheLines() throws IOException {
        Random r = new Random(26);
        StringBuilder in = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            String name = SecretSamples.random(r, "abcdef \r\u001b\u0085\u2028", 3 + r.nextInt(12)).replace("\r", "\r ");
            String email = SecretSamples.email(r);
            in.append("INFO user ").append(name).append(" mailed ").append(email).append(i % 3 == 0 ? "\r\n" : "\n");
            expected.append("INFO user ").append(name.replace("\r", "\\r").replace("\u001b", "\\u001B")
                    .replace("\u0085", "\\u0085").replace("\u2028", "\\u2028")).append(" mailed [REDACTED_EMAIL]")
                    .append(i % 3 == 0 ? "\r\n" : "\n");
        }
        Path p = file("forged.log", in.toString());
        assertThat(run("--neutralize-newlines", p.toString())).isZero();
        assertThat(out).isEqualTo(expected.toString());
        Path config = file("n.properties", "neutralize-newlines=true\n");
        assertThat(run("--config", config.toString(), p.toString())).isZero();
        assertThat(out).isEqualTo(expected.toString());
        assertThat(run(p.toString())).isZero();
        assertThat(out).contains("\u001b", "\u2028"); // off by default
    }

    @Test
    void hashKeyFromAFileNamedInTheConfig() throws IOException {
        Random r = new Random(27);
        String key = SecretSamples.random(r, "abcdefghijklmnop0123456789", 32);
        Path keyFile = file("hash.key", key + "\n");
        Path config = file("h.properties", "strategy.EMAIL=hash\nhash.key.file=" + keyFile.toString().replace("\\", "/") + "\n");
        String email = SecretSamples.email(r);
        Path p = file("a.log", "from " + email + "\n");
        assertThat(run("--config", config.toString(), p.toString())).isZero();
        String expected = Redactor.builder().strategy("EMAIL", "hash").hashKey(key).build().redact("from " + email) + "\n";
        assertThat(out).isEqualTo(expected).doesNotContain(email);
        Path missing = file("m.properties", "strategy.EMAIL=hash\nhash.key.file=" + dir.resolve("nope").toString().replace("\\", "/"));
        assertThat(run("--config", missing.toString(), p.toString())).isEqualTo(2);
        assertThat(err.trim().split("\n")).hasSize(1);
        assertThat(err).startsWith("log-redactor: --config " + missing + ": hash.key.file: cannot read")
                .contains("no such file").doesNotContain(key);
    }

    @Test
    void badUsageAndConfigurationExitTwoWithOneLine() throws IOException {
        Path p = file("a.log", "x\n");
        assertThat(run("--bogus", p.toString())).isEqualTo(2);
        assertThat(err.trim().split("\n")).hasSize(1);
        assertThat(err).contains("--bogus");

        assertThat(run("--disable", "EMAL", p.toString())).isEqualTo(2);
        assertThat(err.trim().split("\n")).hasSize(1);
        assertThat(err).startsWith("log-redactor: --disable: unknown type 'EMAL'");

        Path bad = file("bad.properties", "rule.TICKET=TCK-(\n");
        assertThat(run("--config", bad.toString(), p.toString())).isEqualTo(2);
        assertThat(err.trim().split("\n")).hasSize(1);
        assertThat(err).contains("rule.TICKET: invalid re2j pattern");

        Path missing = dir.resolve("missing.properties");
        assertThat(run("--config", missing.toString(), p.toString())).isEqualTo(2);
        assertThat(err.trim()).isEqualTo("log-redactor: --config " + missing + ": cannot read '" + missing + "': no such file");

        Path latin1 = dir.resolve("latin1.properties");
        Files.write(latin1, "placeholder=[caf\u00e9]\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("--config", latin1.toString(), p.toString())).isEqualTo(2);
        assertThat(err.trim()).isEqualTo("log-redactor: --config " + latin1 + ": cannot read '" + latin1 + "': not valid UTF-8");

        assertThat(run(dir.resolve("missing.log").toString())).isEqualTo(2);
        assertThat(err.trim()).isEqualTo("log-redactor: cannot read " + dir.resolve("missing.log") + ": no such file");

        assertThat(run("--audit", "--format", "xml", p.toString())).isEqualTo(2);
        assertThat(err).contains("--format takes text or json");
        assertThat(out).isEmpty();
    }

    @Test
    void formatWithoutAuditIsBadUsage() throws IOException {
        Path p = file("a.log", "mail ann@example.com\n");
        for (String[] args : new String[][] {{"--format", "json", p.toString()}, {"--format=text", p.toString()}}) {
            assertThat(run(args)).isEqualTo(Main.USAGE);
            assertThat(out).isEmpty();
            assertThat(err.lines()).singleElement().asString().startsWith("log-redactor: option '--format'").contains("--audit");
        }
    }

    /** A bad setting is named as it was typed: the file of --config, or the flag, whichever holds it. */
    @Test
    void aBadSettingNamesTheFlagOrFileItCameFrom() throws IOException {
        Path p = file("a.log", "x\n");
        Path good = file("good.properties", "rule.TICKET=TCK-[0-9]{5}\n");
        Path bad = file("bad.properties", "disable=EMAL\n");

        assertThat(run("--config", good.toString(), "--disable", "TICKET,PHON", p.toString())).isEqualTo(Main.USAGE);
        assertThat(err.trim()).startsWith("log-redactor: --disable: unknown type 'PHON'");
        assertThat(run("--config", good.toString(), "--only", "TICKET", p.toString())).as("a rule of the file, named by a flag")
                .isZero();
        assertThat(run("--config", bad.toString(), "--disable", "PHONE", p.toString())).isEqualTo(Main.USAGE);
        assertThat(err.trim()).startsWith("log-redactor: --config " + bad + ": disable: unknown type 'EMAL'");
        assertThat(run("--only", "EMAL", p.toString())).isEqualTo(Main.USAGE);
        assertThat(err.trim()).startsWith("log-redactor: --only: unknown type 'EMAL'");
        assertThat(err).doesNotContain("config-file");
    }

    /**
     * Each file is read, scanned and written on its own: a last line without a terminator gets one when
     * another file follows, and nothing of one file joins the next, neither in the output nor in a finding.
     */
    @Test
    void severalFilesAreEachScannedAndTerminatedOnTheirOwn() throws IOException {
        Random r = new Random(41);
        RealisticLogLines clean = new RealisticLogLines(41, false);
        Redactor reference = Redactor.defaults();
        for (int round = 0; round < 20; round++) {
            List<String> args = new ArrayList<>();
            StringBuilder expected = new StringBuilder();
            int files = 2 + r.nextInt(3);
            for (int f = 0; f < files; f++) {
                StringBuilder text = new StringBuilder();
                int lines = 1 + r.nextInt(4);
                for (int i = 0; i < lines; i++) {
                    text.append(i > 0 ? "\n" : "").append(clean.next());
                }
                // the text ends in half a card number or e-mail address, and the next file starts with the rest
                String card = SecretSamples.card(r);
                String email = SecretSamples.email(r);
                text.insert(0, f == 0 ? "" : (round % 2 == 0 ? card.substring(8) : email.substring(email.indexOf('@'))) + " ");
                text.append(" ").append(round % 2 == 0 ? card.substring(0, 8) : email.substring(0, email.indexOf('@')));
                boolean terminated = r.nextBoolean();
                String content = text + (terminated ? "\n" : "");
                args.add(file("part" + f + ".log", content).toString());
                expected.append(reference.redact(text.toString())).append(terminated || f < files - 1 ? "\n" : "");
            }
            assertThat(run(args.toArray(new String[0]))).isZero();
            assertThat(out).isEqualTo(expected.toString());
            assertThat(run(concat("--audit", args))).as("no finding across files").isZero();
        }
    }

    private static String[] concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray(new String[0]);
    }

    /** A hash key file that is a device or a named pipe fails at start-up, at once, with the setting and file named. */
    @Test
    @org.junit.jupiter.api.Timeout(30)
    void aHashKeyFileThatIsNoRegularFileFailsFast() throws Exception {
        Path log = file("a.log", "mail ann@example.com\n");
        List<Path> devices = new ArrayList<>();
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            devices.add(zero);
        }
        Path fifo = dir.resolve("key.fifo");
        try {
            if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
                devices.add(fifo);
            }
        } catch (IOException e) {
            // no mkfifo on this machine: the FIFO case is skipped
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(devices.isEmpty(), "needs /dev/zero or mkfifo");
        for (Path device : devices) {
            Path config = file("k.properties", "strategy.EMAIL=hash\nhash.key.file=" + device + "\n");
            assertThat(run("--config", config.toString(), log.toString())).as(device.toString()).isEqualTo(Main.USAGE);
            assertThat(out).isEmpty();
            assertThat(err.trim()).isEqualTo("log-redactor: --config " + config + ": hash.key.file: cannot read '" + device
                    + "': not a regular file");
        }
    }

    @Test
    void auditReportsTypesAndLinesButNoValuesAndExitsOne() throws IOException {
        Path a = file("a.log", "ok\nmail ann@example.com and bob@example.com\ncard 4111111111111111\nok\n");
        Path b = file("b.log", "nothing here\n");
        assertThat(run("--audit", a.toString(), b.toString())).isEqualTo(1);
        assertThat(out).isEqualTo(a + ": CREDIT_CARD 1 (lines 3)\n" + a + ": EMAIL 2 (lines 2)\n"
                + b + ": no findings in 1 lines\n" + "total: 3 findings (CREDIT_CARD 1, EMAIL 2) in 2 inputs\n");
        assertThat(out).doesNotContain("ann@").doesNotContain("4111");

        assertThat(run("--audit", "--format", "json", a.toString())).isEqualTo(1);
        assertThat(out).isEqualTo("{\"files\":[{\"file\":" + Audit.quote(a.toString()) + ",\"lines\":4,\"findings\":"
                + "{\"CREDIT_CARD\":{\"count\":1,\"lines\":[3]},\"EMAIL\":{\"count\":2,\"lines\":[2]}}}],"
                + "\"total\":{\"count\":3,\"byType\":{\"CREDIT_CARD\":1,\"EMAIL\":2}}}\n");

        assertThat(run("--audit", b.toString())).isZero();
    }

    /**
     * Several megabytes, so the input is cut into many chunks that several threads redact: the output
     * must be what one {@link LineRedactor} gives line by line, also where a private key block spans a
     * chunk boundary, with clean lines byte for byte as they came in.
     */
    @Test
    void largeInputMatchesSequentialRedactionAcrossChunks() {
        Random r = new Random(21);
        RealisticLogLines clean = new RealisticLogLines(21, true);
        StringBuilder in = new StringBuilder();
        List<String> lines = new ArrayList<>();
        List<String> terminators = new ArrayList<>();
        int keysAcrossBoundary = 0;
        while (in.length() < 12 * LineReader.CHUNK) {
            int toBoundary = LineReader.CHUNK - in.length() % LineReader.CHUNK;
            String text;
            if (toBoundary < 300 && r.nextBoolean()) {
                text = "key " + SecretSamples.privateKey(r, "\n") + " end";
                keysAcrossBoundary++;
            } else {
                text = r.nextInt(50) == 0 ? "user " + SecretSamples.of(SensitiveType.EMAIL, r) : clean.next();
            }
            for (String line : text.split("\n", -1)) {
                String term = r.nextInt(10) == 0 ? "\r\n" : "\n";
                lines.add(line);
                terminators.add(term);
                in.append(line).append(term);
            }
        }
        lines.add("last line without terminator ann@example.com");
        terminators.add("");
        in.append(lines.get(lines.size() - 1));
        assertThat(keysAcrossBoundary).isGreaterThan(3);

        LineRedactor reference = Redactor.defaults().newLineRedactor();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            expected.append(reference.redactLine(lines.get(i))).append(terminators.get(i));
        }
        assertThat(run(in.toString().getBytes(StandardCharsets.UTF_8))).isZero();
        assertThat(out).isEqualTo(expected.toString());
        assertThat(out).doesNotContain("-----BEGIN").doesNotContain("ann@example.com");
    }

    /** {@code tail -f app.log | log-redactor}: each line comes out while the input is still open. */
    @Test
    void streamsLinesBeforeTheInputEnds() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream stdin = new PipedInputStream(feed);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        Thread cli = new Thread(() -> Main.run(new String[0], stdin, o, new PrintStream(new ByteArrayOutputStream())));
        cli.start();
        for (int i = 0; i < 3; i++) {
            feed.write(("line " + i + " mail ann" + i + "@example.com\n").getBytes(StandardCharsets.UTF_8));
            feed.flush();
            String expected = "line " + i + " mail [REDACTED_EMAIL]\n";
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!o.toString(StandardCharsets.UTF_8).endsWith(expected) && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(o.toString(StandardCharsets.UTF_8)).endsWith(expected);
        }
        feed.close();
        cli.join(10_000);
        assertThat(cli.isAlive()).isFalse();
    }

    @Test
    void cleanLinesKeepTheirBytesEvenWhenNotValidUtf8() {
        byte[] in = {'o', 'k', ' ', (byte) 0xFF, (byte) 0xC3, '\n', 'm', 'a', 'i', 'l', ' ', 'b', '@', 'e', 'x', '.', 'c', 'o', 'm', '\n'};
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        assertThat(Main.run(new String[0], new ByteArrayInputStream(in), o, new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8))).isZero();
        byte[] expected = "ok \u00ff\u00c3\nmail [REDACTED_EMAIL]\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(o.toByteArray()).isEqualTo(expected);
    }

    @Test
    void invalidUtf8DoesNotStopTheRun() throws IOException {
        byte[] in = {'a', (byte) 0xC3, (byte) 0x28, ' ', 'b', '@', 'e', 'x', '.', 'c', 'o', 'm', '\n', (byte) 0xFF, '\n'};
        assertThat(run(in)).isZero();
        assertThat(out.split("\n", -1)).hasSize(3);
        assertThat(out).contains("[REDACTED_EMAIL]");
    }

    @Test
    void listTypesPrintsEveryTypeAndEveryTokenFormatWithItsSource() {
        assertThat(run("--list-types")).isZero();
        List<String> lines = List.of(out.split("\n"));
        for (String type : Catalog.types()) {
            assertThat(lines).as(type).anyMatch(l -> l.startsWith(type + "\t"));
        }
        for (Catalog.Format f : Catalog.tokenFormats()) {
            assertThat(lines).as(f.toString()).contains(f.type() + "\t" + f.vendor() + ": " + f.pattern()
                    + ("none".equals(f.check()) ? "" : " (" + f.check() + ")") + "\t" + f.source());
        }
        assertThat(lines).allMatch(l -> l.split("\t", -1).length == 3 && l.split("\t")[2].startsWith("https://"));
    }

    @Test
    void helpAndVersion() {
        assertThat(run("--help")).isZero();
        assertThat(out).contains("--disable").contains("--audit").contains("Exit status");
        assertThat(run("--version")).isZero();
        assertThat(out).startsWith("log-redactor ");
    }

    @Test
    void aFaultInRedactionWritesThePlaceholderLinesAndSaysSoOnce() throws Exception {
        Random r = new Random(21);
        StringBuilder in = new StringBuilder();
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String card = SecretSamples.card(r);
            secrets.add(card);
            // the failing detector's message quotes what it checked: the trigger and the card's digits
            in.append("line ").append(i).append(" card ").append(card)
                    .append(i % 5 == 0 ? " kaboomx" + card.replaceAll("[^0-9]", "") : "").append('\n');
            in.append("clean line ").append(i).append('\n');
        }
        Path log = file("faulty.log", in.toString());
        int code = run("--detectors", ThrowingDetector.class.getName(), log.toString());

        assertThat(code).as("every line written, some as the placeholder").isEqualTo(Main.LINES_FAILED);
        String[] lines = out.split("\n", -1);
        assertThat(lines).hasSize(101).filteredOn(Redactor.FAILED::equals).hasSize(10);
        assertThat(lines).filteredOn(l -> l.startsWith("clean line ")).hasSize(50);
        for (String card : secrets) {
            assertThat(out).doesNotContain(card).doesNotContain(card.replaceAll("[^0-9]", ""));
            assertThat(err).doesNotContain(card).doesNotContain(card.replaceAll("[^0-9]", ""));
        }
        assertThat(err.lines()).hasSize(1).allMatch(l -> l.startsWith("log-redactor: redaction failed (java.lang.IllegalStateException)")
                && l.endsWith("exit status 3)"));
    }

    @Test
    void aFaultInAnAuditExitsTwoWithOneLineNamingTheInputLine() throws Exception {
        String card = SecretSamples.card(new Random(22));
        String digits = card.replaceAll("[^0-9]", "");
        Path log = file("audit.log", "clean\ncard " + card + "\nkaboomx" + digits + " " + card + "\n");
        int code = run("--audit", "--detectors", ThrowingDetector.class.getName(), log.toString());

        assertThat(code).isEqualTo(Main.USAGE);
        assertThat(out).isEmpty();
        assertThat(err.lines()).containsExactly("log-redactor: audit failed on line 3 of " + log + " (java.lang.IllegalStateException)");
        assertThat(err).doesNotContain(digits);
    }

    /** Byte sequences that are not UTF-8: lone continuation, overlong, truncated, surrogate, out of range. */
    private static final byte[][] MALFORMED = {
        {(byte) 0x80}, {(byte) 0xBF, (byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xFF},
        {(byte) 0xF0, (byte) 0x9F, (byte) 0x98}, {0}, {0x1B, '[', '3', '1', 'm'},
    };

    @Test
    void malformedUtf8AndControlBytesAroundSecretsNeitherStopNorLeak() throws IOException {
        Random r = new Random(31);
        RealisticLogLines clean = new RealisticLogLines(31, false);
        java.io.ByteArrayOutputStream in = new java.io.ByteArrayOutputStream();
        String[] secrets = new String[2_000];
        String[] cleanTexts = new String[2_000];
        byte[][] cleanLines = new byte[2_000][];
        List<SensitiveType> types = new ArrayList<>(List.of(SensitiveType.values()));
        types.remove(SensitiveType.PRIVATE_KEY); // spans lines of its own; tested above
        for (int i = 0; i < 2_000; i++) {
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            cleanTexts[i] = clean.next();
            line.write(cleanTexts[i].getBytes(StandardCharsets.UTF_8));
            line.write(MALFORMED[r.nextInt(MALFORMED.length)]);
            if (i % 3 == 0) {
                SensitiveType t = types.get(r.nextInt(types.size()));
                String sample = SecretSamples.of(t, r);
                secrets[i] = SecretSamples.secretPart(t, sample);
                line.write((" " + sample + " ").getBytes(StandardCharsets.UTF_8));
                line.write(MALFORMED[r.nextInt(MALFORMED.length)]);
            } else {
                cleanLines[i] = line.toByteArray();
            }
            line.write('\n');
            in.write(line.toByteArray());
        }
        Path log = dir.resolve("malformed.log");
        Files.write(log, in.toByteArray());
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        int code = Main.run(new String[] {log.toString()}, new ByteArrayInputStream(new byte[0]), o,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        String[] lines = new String(o.toByteArray(), StandardCharsets.ISO_8859_1).split("\n", -1); // byte for byte
        assertThat(lines).hasSize(2_001);
        for (int i = 0; i < 2_000; i++) {
            if (secrets[i] != null) {
                String redacted = new String(lines[i].getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
                // the clean text before the secret stays as it was; a short secret (a CVV) may occur in its numbers
                assertThat(redacted).as("line %d", i).startsWith(cleanTexts[i]);
                assertThat(redacted.substring(cleanTexts[i].length())).as("line %d", i).doesNotContain(secrets[i])
                        .contains("[REDACTED_");
            } else {
                assertThat(lines[i]).as("line %d", i).isEqualTo(new String(cleanLines[i], StandardCharsets.ISO_8859_1));
            }
        }
    }

    @Test
    void tenMegabyteHostileLinesPassThrough() throws IOException {
        for (HostileText.Kind kind : new HostileText.Kind[] {HostileText.Kind.LINE_END_RUN, HostileText.Kind.UNTAKEN_VALUE_RUN,
            HostileText.Kind.SURROGATES_AND_CONTROLS, HostileText.Kind.AT_RUN}) {
            String line = HostileText.of(kind, 10_000_000, new Random(kind.ordinal())).replace('\n', ' ').replace('\r', ' ');
            byte[] in = (line + "\nafter\n").getBytes(StandardCharsets.UTF_8);
            assertThat(run(in)).as(kind.name()).isZero();
            assertThat(out).endsWith("\nafter\n");
            assertThat(out.split("\n", -1)).hasSize(3);
            assertThat(err).isEmpty();
        }
    }
}
