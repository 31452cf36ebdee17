package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.testdata.HostileText;
import java.lang.management.ManagementFactory;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * 10 MB single lines of every kind of hostile text: redaction ends without an error (no stack
 * overflow, no placeholder for the whole text) and allocates a small multiple of the input. Time linear
 * in size is shown by {@code HostileInputBenchmark} in the benchmarks module, not by a clock here.
 */
class HostileInputTest {
    private static final int TEN_MB = 10_000_000;
    /**
     * Allocation allowed per byte of input and output (dense findings make the output longer than the
     * input: a two-char finding becomes a placeholder of twenty): the builder's growth, the findings.
     */
    private static final int MAX_ALLOCATION_FACTOR = 4;

    @ParameterizedTest
    @EnumSource(HostileText.Kind.class)
    void tenMegabyteLineIsRedactedWithoutErrorInBoundedMemory(HostileText.Kind kind) {
        String line = HostileText.of(kind, TEN_MB, new Random(kind.ordinal()));
        StringBuilder errors = new StringBuilder();
        Redactor redactor = Redactor.builder().onError(e -> errors.append(e)).build();
        long inputBytes = (long) line.length() * (isLatin1(line) ? 1 : 2);

        long before = allocatedBytes();
        String out = redactor.redact(line);
        long allocated = allocatedBytes() - before;

        assertThat(errors).as("no failure inside the redactor").isEmpty();
        assertThat(out).isNotEqualTo(Redactor.FAILED);
        long outputBytes = (long) out.length() * (isLatin1(out) ? 1 : 2);
        assertThat(allocated).as("bytes allocated for %d bytes in and %d out", inputBytes, outputBytes)
                .isLessThanOrEqualTo(MAX_ALLOCATION_FACTOR * (inputBytes + outputBytes));

        LineRedactor lines = redactor.newLineRedactor();
        assertThat(lines.redactLine(line)).isEqualTo(out);
        assertThat(redactor.scan(line)).hasSizeLessThanOrEqualTo(line.length());
        assertThat(errors).isEmpty();
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xff) {
                return false;
            }
        }
        return true;
    }

    private static long allocatedBytes() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
