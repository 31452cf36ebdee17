package dev.logredactor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.LineRedactor;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Chunk#redactWith} against redacting each line as a {@code String}, and {@link Chunk#split()}
 * against a byte-by-byte reference: line ends at every offset within and across
 * the eight-byte words it reads, bytes outside ASCII before, at and after a newline in the same word,
 * {@code \r\n}, a last line without a newline, and stale bytes in the buffer after the chunk's length.
 */
class ChunkTest {
    private static final byte[] ALPHABET = {'a', 'Z', '0', ' ', '\n', '\n', '\r', (byte) 0xC3, (byte) 0xA9, (byte) 0x80,
        (byte) 0xFF, 0x7F, (byte) 0x8A, 0x0B, 0x09};

    @Test
    void linesAndTheirTextMatchAByteByByteSplit() {
        Random r = new Random(11);
        int lines = 0;
        int wide = 0;
        for (int round = 0; round < 20_000; round++) {
            int length = r.nextInt(round % 10 == 0 ? 400 : 40);
            byte[] data = new byte[length + r.nextInt(16)];
            for (int i = 0; i < data.length; i++) {
                // mostly ASCII letters, so that lines of every length and words without a newline occur
                data[i] = r.nextInt(4) == 0 ? ALPHABET[r.nextInt(ALPHABET.length)] : (byte) ('a' + r.nextInt(26));
            }
            Chunk chunk = new Chunk(data, length, true);
            chunk.split();
            List<int[]> expected = reference(data, length);
            assertThat(chunk.count()).as(describe(data, length)).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                int[] line = expected.get(i);
                assertThat(new int[] {chunk.start(i), chunk.textEnd(i), chunk.end(i)}).as(describe(data, length))
                        .containsExactly(line);
                byte[] text = Arrays.copyOfRange(data, line[0], line[1]);
                assertThat(chunk.wide(i)).as(describe(data, length)).isEqualTo(!isAscii(text));
                assertThat(chunk.text(i)).as(describe(data, length)).isEqualTo(new String(text, StandardCharsets.UTF_8));
                lines++;
                wide += chunk.wide(i) ? 1 : 0;
            }
        }
        assertThat(lines).isGreaterThan(30_000);
        assertThat(wide).isGreaterThan(3_000);
    }

    /**
     * The lines a chunk redacts, ASCII ones read in place and the others decoded, come out as each line's
     * {@code redactLine} encoded in UTF-8: clean lines marked clean, secrets in ASCII and non-ASCII lines,
     * placeholders outside ASCII ({@code keep-last-4} writes an ellipsis), key blocks across lines, and a
     * buffer too small at first.
     */
    @Test
    void redactedLinesMatchRedactingEachLineAsAString() {
        Random r = new Random(23);
        Redactor redactor = Redactor.builder().strategy("CREDIT_CARD", "keep-last-4").build();
        RealisticLogLines clean = new RealisticLogLines(23, true);
        SensitiveType[] types = SensitiveType.values();
        int changed = 0;
        int wideChanged = 0;
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 20_000) {
                String wide = r.nextInt(8) == 0 ? " Müller \u2603 \ud83d\ude00 " : " ";
                switch (r.nextInt(10)) {
                    case 0:
                        text.append(clean.next()).append(wide).append(SecretSamples.of(types[r.nextInt(types.length)], r));
                        break;
                    case 1:
                        text.append("card").append(wide).append(SecretSamples.card(r));
                        break;
                    case 2:
                        text.append("key ").append(SecretSamples.privateKey(r, "\n")).append(wide).append("after");
                        break;
                    default:
                        text.append(clean.next()).append(wide);
                        break;
                }
                text.append(r.nextInt(10) == 0 ? "\r\n" : "\n");
            }
            byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
            Chunk chunk = new Chunk(data, data.length, true);
            chunk.split();
            chunk.redactWith(redactor.newLineRedactor(), new StringBuilder(), new byte[16]);

            LineRedactor reference = redactor.newLineRedactor();
            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            ByteArrayOutputStream actual = new ByteArrayOutputStream();
            int from = 0;
            for (int i = 0; i < chunk.count(); i++) {
                String line = new String(data, chunk.start(i), chunk.textEnd(i) - chunk.start(i), StandardCharsets.UTF_8);
                String red = reference.redactLine(line);
                expected.writeBytes(red.getBytes(StandardCharsets.UTF_8));
                int to = chunk.redactedEnd(i);
                assertThat(to >= 0).as(line).isEqualTo(red != line);
                if (to >= 0) {
                    actual.write(chunk.redactedBytes(), from, to - from);
                    from = to;
                    changed++;
                    wideChanged += chunk.wide(i) ? 1 : 0;
                } else {
                    actual.write(data, chunk.start(i), chunk.textEnd(i) - chunk.start(i));
                }
                expected.write('\n');
                actual.write('\n');
            }
            assertThat(actual.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString(StandardCharsets.UTF_8));
            assertThat(chunk.endsInPrivateKey()).isEqualTo(reference.insidePrivateKey());
        }
        assertThat(changed).isGreaterThan(5_000);
        assertThat(wideChanged).isGreaterThan(500);
    }

    /** Per line: start, end of text, end after the terminator. */
    private static List<int[]> reference(byte[] data, int length) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < length) {
            int nl = start;
            while (nl < length && data[nl] != '\n') {
                nl++;
            }
            int end = nl < length ? nl + 1 : length;
            int text = nl;
            if (nl < length && text > start && data[text - 1] == '\r') {
                text--;
            }
            out.add(new int[] {start, text, end});
            start = end;
        }
        return out;
    }

    private static boolean isAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return false;
            }
        }
        return true;
    }

    private static String describe(byte[] data, int length) {
        return Arrays.toString(Arrays.copyOf(data, length));
    }
}
