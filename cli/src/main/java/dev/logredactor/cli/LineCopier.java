package dev.logredactor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Splits an input into lines, each with its terminator as it was ({@code \n}, {@code \r\n}, none on a
 * last line), so the output can have exactly as many lines as the input. Input is UTF-8; bytes that
 * are not valid UTF-8 become U+FFFD.
 */
final class LineCopier {
    private static final int BUFFER = 1 << 16;

    private LineCopier() {
    }

    /** Visits each line with its terminator. */
    interface LineSink {
        void line(String line, String terminator) throws IOException, InterruptedException;
    }

    static void forEachLine(Input input, Progress progress, LineSink sink) throws IOException, InterruptedException {
        try (InputStream in = input.open();
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
            char[] buf = new char[BUFFER];
            StringBuilder carry = new StringBuilder();
            int n;
            while ((n = reader.read(buf)) > 0) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        String line;
                        if (carry.length() > 0) {
                            carry.append(buf, start, i - start);
                            line = carry.toString();
                            carry.setLength(0);
                        } else {
                            line = new String(buf, start, i - start);
                        }
                        emit(sink, line, true);
                        start = i + 1;
                    }
                }
                carry.append(buf, start, n - start);
                progress.update(input);
            }
            if (carry.length() > 0) {
                emit(sink, carry.toString(), false);
            }
        }
    }

    private static void emit(LineSink sink, String line, boolean newline) throws IOException, InterruptedException {
        if (newline && line.endsWith("\r")) {
            sink.line(line.substring(0, line.length() - 1), "\r\n");
        } else {
            sink.line(line, newline ? "\n" : "");
        }
    }
}
