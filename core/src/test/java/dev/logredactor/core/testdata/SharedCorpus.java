package dev.logredactor.core.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * Real logs from public systems in {@code ../shared/corpus/*.log}, beside the project: an extra check
 * where that folder exists, skipped on a fresh clone where it does not.
 */
public final class SharedCorpus {
    private SharedCorpus() {
    }

    /** The folder, from a module's directory or the project's; {@code null} when it is not there. */
    public static Path dir() {
        for (String candidate : new String[] {"../shared/corpus", "../../shared/corpus"}) {
            Path p = Paths.get(candidate);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    /** Every line of every log in {@code dir}, read as Latin-1 so that no byte is lost. */
    public static List<String> lines(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*.log")) {
            for (Path f : files) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.ISO_8859_1));
            }
        }
        return lines;
    }
}
