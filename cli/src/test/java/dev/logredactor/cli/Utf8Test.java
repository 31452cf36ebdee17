package dev.logredactor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Utf8#encode} against {@code String.getBytes(UTF_8)}, and {@link AsciiLine} against the {@code String} of its bytes. */
class Utf8Test {
    /** Chars from every UTF-8 length, both halves of surrogate pairs alone, in pairs and reversed. */
    private static final char[] CHARS = {'a', '0', ' ', '\n', 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x2603, 0xFFFD, 0xFFFF, 0xD83D, 0xDE00,
        0xDBFF, 0xDC00};

    @Test
    void encodesAsStringGetBytesDoes() {
        Random r = new Random(3);
        for (int round = 0; round < 50_000; round++) {
            StringBuilder s = new StringBuilder();
            int n = r.nextInt(12);
            for (int i = 0; i < n; i++) {
                s.append(CHARS[r.nextInt(CHARS.length)]);
            }
            int at = r.nextInt(5);
            byte[] out = new byte[at + 3 * s.length()];
            int end = Utf8.encode(s, out, at);
            byte[] expected = s.toString().getBytes(StandardCharsets.UTF_8);
            assertThat(Arrays.copyOfRange(out, at, end)).as(s.toString()).isEqualTo(expected);
        }
    }

    @Test
    void asciiLineReadsItsBytesOnly() {
        byte[] data = "before|the line|after".getBytes(StandardCharsets.US_ASCII);
        AsciiLine line = new AsciiLine().set(data, 7, 15);
        assertThat(line.length()).isEqualTo(8);
        assertThat(line.toString()).isEqualTo("the line");
        assertThat(line.subSequence(4, 8).toString()).isEqualTo("line");
        assertThat(line.charAt(0)).isEqualTo('t');
        for (int bad : new int[] {-1, 8}) {
            assertThatThrownBy(() -> line.charAt(bad)).isInstanceOf(IndexOutOfBoundsException.class);
        }
        assertThatThrownBy(() -> line.subSequence(2, 9)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
