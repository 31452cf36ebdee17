package dev.logredactor.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.logredactor.core.Redactor;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark's set-up checks in {@code mvn verify}, without measuring: a benchmark whose
 * setup does not redact, or whose baseline does not do its job, fails the build, not a late JMH run.
 */
class BenchmarkSetupTest {

    /** The end marker of a check survives redaction whatever the clock reads (it was a Visa number once in CI). */
    @Test
    void theEndMarkerIsNeverRedacted() {
        Redactor redactor = Redactor.defaults();
        Random r = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            long nanos = (long) Math.pow(10, 9 + r.nextInt(10)) * (1 + r.nextInt(9)) + r.nextInt(Integer.MAX_VALUE);
            String marker = "end of check " + Checks.lettersOnly(nanos);
            assertThat(redactor.redact(marker)).isSameAs(marker);
        }
    }

    @ParameterizedTest
    @EnumSource(Inputs.Shape.class)
    void coreSetupsCheckOut(Inputs.Shape shape) {
        for (CoreBenchmark.Impl impl : CoreBenchmark.Impl.values()) {
            CoreBenchmark b = new CoreBenchmark();
            b.impl = impl;
            b.shape = shape;
            b.setUp();
            CoreBenchmark.Bytes counter = new CoreBenchmark.Bytes();
            for (int i = 0; i < 20; i++) {
                assertThat(b.redact(counter)).isNotNull();
            }
            assertThat(counter.bytes).isPositive();
        }
    }

    @ParameterizedTest
    @EnumSource(KafkaBenchmark.Stage.class)
    void kafkaSetupsCheckOut(KafkaBenchmark.Stage stage) {
        for (Inputs.Shape shape : new Inputs.Shape[] {Inputs.Shape.MIX, Inputs.Shape.CLEAN}) {
            KafkaBenchmark b = new KafkaBenchmark();
            b.stage = stage;
            b.shape = shape;
            b.setUp();
            try {
                assertThat(b.connect()).isNotNull();
                assertThat(b.streams()).isNotNull();
            } finally {
                b.tearDown();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 5, 20, 200})
    void ruleScalingSetupsCheckOut(int rules) {
        for (Inputs.Shape shape : new Inputs.Shape[] {Inputs.Shape.MIX, Inputs.Shape.CLEAN}) {
            RuleScalingBenchmark b = new RuleScalingBenchmark();
            b.rules = rules;
            b.shape = shape;
            b.setUp();
            assertThat(b.redact()).isNotNull();
        }
    }

    /** On 1 MB: the copy gives the file back, the CLI (built before this module) keeps the lines and drops the secrets. */
    @Test
    void cliSetupChecksOut() throws Exception {
        CliBenchmark b = new CliBenchmark();
        b.megabytes = 1;
        b.jar = "../cli/target/log-redactor.jar";
        assumeTrue(Files.isRegularFile(Paths.get(b.jar)), "the CLI jar is built in this reactor");
        b.setUp();
        try {
            CliBenchmark.Times times = new CliBenchmark.Times();
            b.alternating(times);
            assertThat(times.copyMs).isPositive();
            assertThat(times.cliMs).isPositive();
            assertThat(times.cliJitDefaultMs).isPositive();
        } finally {
            b.tearDown();
        }
    }

    @ParameterizedTest
    @EnumSource(LogbackBenchmark.Config.class)
    void logbackSetupsCheckOut(LogbackBenchmark.Config config) throws Exception {
        LogbackBenchmark b = new LogbackBenchmark();
        b.config = config;
        b.shape = Inputs.Shape.MIX;
        b.setUp();
        try {
            b.log();
        } finally {
            b.tearDown();
        }
    }

    @ParameterizedTest
    @EnumSource(Log4j2Benchmark.Config.class)
    void log4j2SetupsCheckOut(Log4j2Benchmark.Config config) throws Exception {
        for (Log4j2Benchmark.Loggers loggers : Log4j2Benchmark.Loggers.values()) {
            Log4j2Benchmark b = new Log4j2Benchmark();
            b.config = config;
            b.loggers = loggers;
            b.shape = Inputs.Shape.MIX;
            b.setUp();
            try {
                b.log();
            } finally {
                b.tearDown();
            }
        }
    }

    @Test
    void theCoreCheckFailsWhenASecretSurvives() {
        List<Inputs.Line> dense = Inputs.lines(Inputs.Shape.DENSE, 64, 1);
        assertThatThrownBy(() -> Checks.core(CoreBenchmark.Impl.REDACTOR, Inputs.Shape.DENSE, dense, s -> s + " "))
                .hasMessageContaining("a secret survived");
    }

    @Test
    void theLoggingCheckFailsWhenASecretIsWritten() {
        List<Inputs.Line> dense = Inputs.lines(Inputs.Shape.DENSE, 64, 1);
        Sink sink = new Sink();
        assertThatThrownBy(() -> Checks.logged(true, dense, sink, line -> {
            byte[] b = (line + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            sink.write(b, 0, b.length);
        })).hasMessageContaining("a secret was written");
    }

    /** The secret arguments of the call sites are secrets the redactor knows, so the benchmark's leak check can pass. */
    @Test
    void everyCallSiteMarkedSecretHasAnArgumentTheRedactorFinds() {
        Redactor redactor = Redactor.defaults();
        int secret = 0;
        for (CallSites.Call c : CallSites.calls(ParameterizedLoggingBenchmark.SITES, ParameterizedLoggingBenchmark.CALLS, 11)) {
            if (!c.secret) {
                continue;
            }
            secret++;
            boolean found = false;
            for (Object a : c.args) {
                found |= a instanceof String && !redactor.redact((String) a).equals(a);
            }
            assertThat(found).as("%s %s", c.template, Arrays.toString(c.args)).isTrue();
        }
        assertThat(secret).isGreaterThan(100);
    }

    @Test
    void theRegexChainIsTheUsualOneAndMissesModernKeys() {
        assertThat(RegexChain.redact("mail jane.doe@example.com")).doesNotContain("jane.doe@example.com");
        assertThat(RegexChain.redact("card 4111 1111 1111 1111")).doesNotContain("4111 1111 1111 1111");
        String github = "ghp_" + "a".repeat(36);
        assertThat(RegexChain.redact("token " + github)).contains(github);
    }
}
