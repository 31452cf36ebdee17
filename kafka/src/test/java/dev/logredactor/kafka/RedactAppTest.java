package dev.logredactor.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Streams application's command line: what it refuses, with exit status 2 and the bad part named. No broker needed. */
class RedactAppTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return RedactApp.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String said() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path file(String name, String... lines) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, List.of(lines), StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void helpPrintsTheOptions() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("--bootstrap").contains("--exactly-once").contains("--streams-config");
    }

    @Test
    void aBadCommandLineIsRefusedNamingWhatIsWrong() {
        assertThat(run("--from", "a", "--to", "b")).isEqualTo(RedactApp.USAGE);
        assertThat(said()).contains("--bootstrap, --from and --to are required");
        assertThat(run("--bootstrap", "k:9092", "--from", "a", "--to", "a")).isEqualTo(RedactApp.USAGE);
        assertThat(said()).contains("--to: the same topic as --from");
        assertThat(run("--bootstrap", "k:9092", "--from", "a", "--to", "b", "--threads", "4")).isEqualTo(RedactApp.USAGE);
        assertThat(said()).contains("--threads: unknown option");
        assertThat(run("--bootstrap", "k:9092", "--from", "a", "--to")).isEqualTo(RedactApp.USAGE);
        assertThat(said()).contains("--to: a value is missing");
    }

    @Test
    void aBadSettingOrPropertyIsRefusedNamingIt() throws Exception {
        Path bad = file("bad.properties", "strategy.EMAIL=keep-last-9");
        assertThat(run("--bootstrap", "k:9092", "--from", "a", "--to", "b", "--config", bad.toString())).isEqualTo(RedactApp.USAGE);
        assertThat(said()).contains("strategy.EMAIL");
        Path report = file("report.properties", "mode=report");
        assertThat(run("--bootstrap", "k:9092", "--from", "a", "--to", "b", "--config", report.toString())).isEqualTo(RedactApp.USAGE);
        assertThat(said()).contains("mode=report");
        Path streams = file("streams.properties", "num.stream.threads=lots");
        assertThat(run("--bootstrap", "k:9092", "--from", "a", "--to", "b", "--streams-config", streams.toString()))
                .isEqualTo(RedactApp.USAGE);
        assertThat(said()).contains("num.stream.threads");
        assertThat(run("--bootstrap", "k:9092", "--from", "a", "--to", "b", "--streams-config", dir.resolve("none").toString()))
                .isEqualTo(RedactApp.USAGE);
        assertThat(said()).contains("--streams-config").contains("cannot read it");
    }
}
