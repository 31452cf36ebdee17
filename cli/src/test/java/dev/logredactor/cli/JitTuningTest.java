package dev.logredactor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What can be checked of {@link JitTuning} inside a test JVM, which does not open the JDK package it
 * needs; {@code LogRedactorJarIT} checks that the built jar does get the directives, and that the JIT
 * follows them.
 */
class JitTuningTest {
    @TempDir
    Path dir;

    @Test
    void smallInputsAndStandardInputSuitTheDirectivesAndLargeFilesDoNot() throws IOException {
        String small = sized("small.log", 100L << 20);
        String almost = sized("almost.log", JitTuning.LIMIT - 1);
        String large = sized("large.log", JitTuning.LIMIT);
        assertThat(JitTuning.suits(List.of(small))).isTrue();
        assertThat(JitTuning.suits(List.of(almost, "-"))).isTrue();
        assertThat(JitTuning.suits(List.of("-"))).isTrue();
        assertThat(JitTuning.suits(List.of(dir.resolve("missing.log").toString()))).isTrue();
        assertThat(JitTuning.suits(List.of(large))).isFalse();
        assertThat(JitTuning.suits(List.of(almost, small))).as("the inputs together").isFalse();
        assertThat(JitTuning.start(List.of(large))).as("no thread for large inputs").isNull();
    }

    @Test
    void theStartedThreadIsADaemonAndEnds() {
        Thread t = JitTuning.start(List.of("-"));
        assertThat(t).isNotNull();
        assertThat(t.isDaemon()).as("never keeps the JVM alive").isTrue();
        JitTuning.await(t);
        assertThat(t.isAlive()).isFalse();
    }

    @Test
    void theDirectivesGoToANewTemporaryFileThatIsDeletedAfter() throws Exception {
        Path tmp = Files.createDirectory(dir.resolve("tmp"));
        String before = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", tmp.toString());
        try {
            List<Path> seen = new ArrayList<>();
            String answer = JitTuning.withDirectivesFile(f -> {
                seen.add(f.toPath());
                return Files.readString(f.toPath(), StandardCharsets.UTF_8);
            });
            assertThat(seen).hasSize(1);
            assertThat(seen.get(0).getParent()).isEqualTo(tmp);
            assertThat(answer).startsWith("[").contains("\"dev/logredactor/core/internal/scan/Scanner.nextTrigger\"")
                    .contains("Exclude: true");
            assertThatThrownBy(() -> JitTuning.withDirectivesFile(f -> {
                throw new IllegalStateException("refused");
            })).hasMessage("refused");
        } finally {
            System.setProperty("java.io.tmpdir", before);
        }
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left).as("both files deleted").isEmpty();
        }
    }

    @Test
    void withoutTheOpenPackageNothingIsAddedAndNothingThrown() {
        String answer = JitTuning.apply();
        assertThat(answer).startsWith("not added: ").contains("InaccessibleObjectException");
        assertThat(JitTuning.added(answer)).isFalse();
    }

    @Test
    void thePropertyLeavesTheJitAlone() {
        String before = System.getProperty(JitTuning.PROPERTY);
        System.setProperty(JitTuning.PROPERTY, "default");
        try {
            assertThat(JitTuning.apply()).isEqualTo("not added: -Dlog-redactor.jit=default");
        } finally {
            if (before == null) {
                System.clearProperty(JitTuning.PROPERTY);
            } else {
                System.setProperty(JitTuning.PROPERTY, before);
            }
        }
    }

    @Test
    void onlyHotSpotsAnswerOfSuccessCountsAsAdded() {
        assertThat(JitTuning.added("2 compiler directives added")).isTrue();
        assertThat(JitTuning.added("Syntax error on line 1 byte 1: Json must start with an object or an array.")).isFalse();
        assertThat(JitTuning.added("Could not load file: /tmp/x.json")).isFalse();
    }

    @Test
    void onlyAJvmWithTieredCompilationAndC2GetsTheDirectives() {
        String base = "-XX:CICompilerCount=2 -XX:InitialHeapSize=398458880 -XX:+SegmentedCodeCache -XX:+UseG1GC";
        assertThat(JitTuning.unsuitedFlags(base)).isNull();
        assertThat(JitTuning.unsuitedFlags(base + " -XX:TieredStopAtLevel=1")).as("C1 only: harmless").isNull();
        assertThat(JitTuning.unsuitedFlags(base + " -XX:CompilationMode=quick-only")).isNull();
        assertThat(JitTuning.unsuitedFlags(base + " -XX:+TieredCompilation\n")).isNull();
        assertThat(JitTuning.unsuitedFlags("-XX:ConcGCThreads=1 -XX:-TieredCompilation -XX:+UseG1GC"))
                .isEqualTo("-XX:-TieredCompilation");
        assertThat(JitTuning.unsuitedFlags(base + " -XX:CompilationMode=high-only")).isEqualTo("-XX:CompilationMode=high-only");
        assertThat(JitTuning.unsuitedFlags(base + " -XX:CompilationMode=high-only-quick-internal"))
                .isEqualTo("-XX:CompilationMode=high-only-quick-internal");
        assertThat(JitTuning.unsuitedFlags("-XX:+EnableJVMCI -XX:+UseJVMCICompiler " + base)).isEqualTo("-XX:+UseJVMCICompiler");
    }

    /** A sparse file of that size: nothing is written. */
    private String sized(String name, long size) throws IOException {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        }
        return p.toString();
    }
}
