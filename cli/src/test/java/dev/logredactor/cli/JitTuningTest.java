package dev.logredactor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
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
        Path small = sized("small.log", 100L << 20);
        Path almost = sized("almost.log", JitTuning.LIMIT - 1);
        Path large = sized("large.log", JitTuning.LIMIT);
        Input stdin = Input.stdin(new ByteArrayInputStream(new byte[0]));
        assertThat(JitTuning.suits(List.of(Input.file(small)))).isTrue();
        assertThat(JitTuning.suits(List.of(Input.file(almost), stdin))).isTrue();
        assertThat(JitTuning.suits(List.of(stdin))).isTrue();
        assertThat(JitTuning.suits(List.of(Input.file(large)))).isFalse();
        assertThat(JitTuning.suits(List.of(Input.file(almost), Input.file(small)))).as("the inputs together").isFalse();
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

    /** A sparse file of that size: nothing is written. */
    private Path sized(String name, long size) throws IOException {
        Path p = dir.resolve(name);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength(size);
        }
        return p;
    }
}
