package dev.logredactor.cli;

import dev.logredactor.core.Finding;
import dev.logredactor.core.LineRedactor;
import dev.logredactor.core.Redactor;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code --audit} report: per file and type, how many findings and on which lines. Values are
 * never kept, only types and line numbers.
 */
final class Audit {
    private static final int MAX_LINES_LISTED = 20;

    private static final class FileReport {
        final String name;
        long lines;
        final Map<String, List<Long>> byType = new TreeMap<>();
        final Map<String, Integer> counts = new TreeMap<>();

        FileReport(String name) {
            this.name = name;
        }
    }

    private final Redactor redactor;
    private final List<FileReport> files = new ArrayList<>();

    Audit(Redactor redactor) {
        this.redactor = redactor;
    }

    void scan(Input input) throws IOException {
        try {
            scanLines(input);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted");
        }
    }

    private void scanLines(Input input) throws IOException, InterruptedException {
        FileReport report = new FileReport(input.name());
        LineRedactor lines = redactor.newLineRedactor();
        LineReader.forEachLine(input, line -> {
            report.lines++;
            List<Finding> found;
            try {
                found = lines.scanLine(line);
            } catch (RuntimeException | StackOverflowError e) {
                throw new Failure(report.name, report.lines, e);
            }
            for (Finding f : found) {
                report.counts.merge(f.type(), 1, Integer::sum);
                List<Long> at = report.byType.computeIfAbsent(f.type(), k -> new ArrayList<>());
                if (at.isEmpty() || at.get(at.size() - 1) != report.lines) {
                    at.add(report.lines);
                }
            }
        });
        files.add(report);
    }

    long total() {
        long t = 0;
        for (FileReport f : files) {
            for (int c : f.counts.values()) {
                t += c;
            }
        }
        return t;
    }

    private Map<String, Integer> totals() {
        Map<String, Integer> t = new TreeMap<>();
        for (FileReport f : files) {
            f.counts.forEach((k, v) -> t.merge(k, v, Integer::sum));
        }
        return t;
    }

    void writeText(Writer w) throws IOException {
        for (FileReport f : files) {
            if (f.counts.isEmpty()) {
                w.write(f.name + ": no findings in " + f.lines + " lines\n");
                continue;
            }
            for (Map.Entry<String, Integer> e : f.counts.entrySet()) {
                List<Long> at = f.byType.get(e.getKey());
                StringBuilder lines = new StringBuilder();
                for (int i = 0; i < Math.min(at.size(), MAX_LINES_LISTED); i++) {
                    lines.append(i == 0 ? "" : ",").append(at.get(i));
                }
                if (at.size() > MAX_LINES_LISTED) {
                    lines.append(",... (").append(at.size()).append(" lines)");
                }
                w.write(f.name + ": " + e.getKey() + " " + e.getValue() + " (lines " + lines + ")\n");
            }
        }
        Map<String, Integer> totals = totals();
        StringBuilder sum = new StringBuilder("total: " + total() + " findings");
        if (!totals.isEmpty()) {
            sum.append(" (");
            String sep = "";
            for (Map.Entry<String, Integer> e : totals.entrySet()) {
                sum.append(sep).append(e.getKey()).append(' ').append(e.getValue());
                sep = ", ";
            }
            sum.append(')');
        }
        w.write(sum + " in " + files.size() + (files.size() == 1 ? " input\n" : " inputs\n"));
    }

    void writeJson(Writer w) throws IOException {
        StringBuilder b = new StringBuilder("{\"files\":[");
        for (int i = 0; i < files.size(); i++) {
            FileReport f = files.get(i);
            b.append(i == 0 ? "" : ",").append("{\"file\":").append(quote(f.name)).append(",\"lines\":").append(f.lines)
                    .append(",\"findings\":{");
            String sep = "";
            for (Map.Entry<String, Integer> e : f.counts.entrySet()) {
                b.append(sep).append(quote(e.getKey())).append(":{\"count\":").append(e.getValue()).append(",\"lines\":")
                        .append(f.byType.get(e.getKey()).toString().replace(" ", "")).append('}');
                sep = ",";
            }
            b.append("}}");
        }
        b.append("],\"total\":{\"count\":").append(total()).append(",\"byType\":{");
        String sep = "";
        for (Map.Entry<String, Integer> e : new LinkedHashMap<>(totals()).entrySet()) {
            b.append(sep).append(quote(e.getKey())).append(':').append(e.getValue());
            sep = ",";
        }
        b.append("}}}\n");
        w.write(b.toString());
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    /** Scanning a line failed (a fault in a detector): the audit cannot say what the input holds. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(String input, long line, Throwable cause) {
            // The class only: the message of a failure inside a detector could quote the line.
            super("audit failed on line " + line + " of " + input + " (" + cause.getClass().getName() + ")", cause);
        }
    }
}
