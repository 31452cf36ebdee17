package dev.logredactor.benchmarks;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

/**
 * The CLI's baseline: a plain Java line copy of a file to standard output, as a program that reads lines
 * and writes lines would do it ({@code BufferedReader.readLine}, {@code BufferedWriter}, UTF-8, 64 KB
 * buffers). {@link CliBenchmark} runs it in a JVM of its own, as it runs the CLI.
 */
public final class LineCopy {
    private LineCopy() {
    }

    public static void main(String[] args) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(Paths.get(args[0]), StandardCharsets.UTF_8);
                BufferedWriter out = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                        StandardCharsets.UTF_8), 1 << 16)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line);
                out.newLine();
            }
        }
    }
}
