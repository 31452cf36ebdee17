package dev.logredactor.benchmarks;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.RealisticLogLines;
import dev.logredactor.core.testdata.SecretSamples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The benchmark inputs, made when a benchmark sets up (nothing is stored in the repository): lines of
 * the project's realistic-log generator, real sample logs from {@code ../shared/corpus/*.log} when that
 * directory exists (or the directory named by {@code -Dbench.corpus=DIR}), and secrets generated with
 * computed check digits. Deterministic for a seed and the same corpus.
 */
public final class Inputs {
    /** The shapes of input each benchmark runs on. */
    public enum Shape {
        /** Realistic lines (generated, plus the corpus when present), ~2% of them carrying a secret. */
        MIX,
        /** Generated realistic lines with nothing to redact, not even IP addresses. */
        CLEAN,
        /** Realistic lines that each carry one to three secrets. */
        DENSE,
        /** Hostile text: long runs of {@code @}, digits, {@code =}, {@code :}, base64, {@code eyJ}, {@code %40}, open PEM headers. */
        ADVERSARIAL
    }

    /** A line and the secrets in it that must not survive redaction. */
    static final class Line {
        final String text;
        /** The line before secrets were added to it. */
        final String base;
        final List<String> secrets;
        /** Whether the line is generated clean text that redaction must leave as it is. */
        final boolean mustStay;

        Line(String text, String base, List<String> secrets, boolean mustStay) {
            this.text = text;
            this.base = base;
            this.secrets = secrets;
            this.mustStay = mustStay;
        }
    }

    private static final SensitiveType[] TYPES = SensitiveType.values();
    private static final int ADVERSARIAL_LENGTH = 4096;

    private Inputs() {
    }

    /** {@code count} lines of the shape; {@code count} should be a power of two for cheap cycling. */
    static List<Line> lines(Shape shape, int count, long seed) {
        Random r = new Random(seed);
        List<Line> out = new ArrayList<>(count);
        switch (shape) {
            case CLEAN: {
                RealisticLogLines g = new RealisticLogLines(seed, false);
                for (int i = 0; i < count; i++) {
                    out.add(line(g.next(), true));
                }
                return out;
            }
            case MIX: {
                RealisticLogLines g = new RealisticLogLines(seed, true);
                List<String> corpus = corpus();
                for (int i = 0; i < count; i++) {
                    String base = !corpus.isEmpty() && r.nextBoolean() ? corpus.get(r.nextInt(corpus.size())) : g.next();
                    out.add(r.nextInt(50) == 0 ? withSecrets(base, 1, r) : line(base, false));
                }
                return out;
            }
            case DENSE: {
                RealisticLogLines g = new RealisticLogLines(seed, false);
                for (int i = 0; i < count; i++) {
                    out.add(withSecrets(g.next(), 1 + r.nextInt(3), r));
                }
                return out;
            }
            case ADVERSARIAL:
                for (int i = 0; i < count; i++) {
                    out.add(line(adversarial(i, r), false));
                }
                return out;
            default:
                throw new IllegalArgumentException(shape.name());
        }
    }

    /** The texts of lines handed out in turn, round and round; one per benchmark thread. */
    static final class Cycle {
        private final String[] texts;
        private int next;

        /** @param lines a power of two of them */
        Cycle(List<Line> lines) {
            if (Integer.bitCount(lines.size()) != 1) {
                throw new IllegalArgumentException("not a power of two: " + lines.size());
            }
            texts = new String[lines.size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = lines.get(i).text;
            }
        }

        String next() {
            String t = texts[next];
            next = (next + 1) & (texts.length - 1);
            return t;
        }
    }

    private static Line line(String text, boolean mustStay) {
        return new Line(text, text, List.of(), mustStay);
    }

    private static Line withSecrets(String base, int n, Random r) {
        StringBuilder b = new StringBuilder(base);
        List<String> secrets = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            SensitiveType type = TYPES[r.nextInt(TYPES.length)];
            String sample = SecretSamples.of(type, r);
            secrets.add(SecretSamples.secretPart(type, sample));
            b.append(k == 0 ? " | " : ", ").append(sample);
        }
        return new Line(b.toString(), base, secrets, false);
    }

    /** One hostile line of about {@value #ADVERSARIAL_LENGTH} chars; line {@code i} cycles through the kinds. */
    private static String adversarial(int i, Random r) {
        String unit;
        switch (i % 10) {
            case 0:
                unit = "@";
                break;
            case 1:
                unit = SecretSamples.digits(r, 64);
                break;
            case 2:
                unit = "=";
                break;
            case 3:
                unit = ":";
                break;
            case 4:
                unit = SecretSamples.random(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 64);
                break;
            case 5:
                unit = "eyJ";
                break;
            case 6:
                unit = "-----BEGIN PRIVATE KEY----- ";
                break;
            case 7:
                unit = "%40";
                break;
            case 8:
                unit = "a@b.";
                break;
            default:
                unit = "1.2.";
                break;
        }
        StringBuilder b = new StringBuilder(ADVERSARIAL_LENGTH + unit.length());
        while (b.length() < ADVERSARIAL_LENGTH) {
            b.append(unit);
        }
        return b.toString();
    }

    /** Lines of the real sample logs, or none when the corpus directory is absent. */
    static List<String> corpus() {
        Path dir = Paths.get(System.getProperty("bench.corpus", "../shared/corpus"));
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        try (DirectoryStream<Path> logs = Files.newDirectoryStream(dir, "*.log")) {
            List<Path> sorted = new ArrayList<>();
            logs.forEach(sorted::add);
            Collections.sort(sorted);
            for (Path p : sorted) {
                for (String l : Files.readAllLines(p, StandardCharsets.UTF_8)) {
                    if (!l.isEmpty()) {
                        lines.add(l);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
