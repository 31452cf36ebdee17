package dev.logredactor.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file or standard input, opened once, counting the bytes read for the progress display. */
final class Input {
    private final String name;
    private final Path path;
    private final InputStream stdin;
    private long bytesRead;

    private Input(String name, Path path, InputStream stdin) {
        this.name = name;
        this.path = path;
        this.stdin = stdin;
    }

    static Input file(Path p) {
        return new Input(p.toString(), p, null);
    }

    static Input stdin(InputStream in) {
        return new Input("<stdin>", null, in);
    }

    String name() {
        return name;
    }

    /** The size in bytes, or -1 for standard input. */
    long size() {
        try {
            return path == null ? -1 : Files.size(path);
        } catch (IOException e) {
            return -1;
        }
    }

    long bytesRead() {
        return bytesRead;
    }

    InputStream open() throws IOException {
        InputStream raw = path == null ? stdin : Files.newInputStream(path);
        return new FilterInputStream(raw) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead++;
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    bytesRead += n;
                }
                return n;
            }

            @Override
            public void close() throws IOException {
                if (path != null) {
                    super.close();
                }
            }
        };
    }
}
