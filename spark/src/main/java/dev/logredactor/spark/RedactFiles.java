package dev.logredactor.spark;

import dev.logredactor.core.LineRedactor;
import dev.logredactor.core.Redactor;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * A Spark job that rewrites text or JSON-lines logs with every finding redacted, for an archive in object
 * storage or HDFS:
 *
 * <pre>
 * spark-submit --class dev.logredactor.spark.RedactFiles log-redactor-spark.jar \
 *     --in s3a://bucket/logs/ --out s3a://bucket/logs-clean/ [--format text|json] [--columns message,stack] \
 *     [--config redactor.properties] [--audit PATH] [--compression gzip]
 * </pre>
 *
 * <p>Each input line is one output line, in the same order within a file's split, in the same partition
 * directories ({@code dt=2026-12-01/}); lines are redacted as the CLI redacts them (a private key block that
 * spans lines included, within a split). With {@code --format json --columns a,b} only the string values of
 * those top-level fields change and every other byte of the line stays. The redactor is built once per
 * executor JVM. At the end the driver writes the audit summary, per type counts and never a value, as a small
 * JSON file ({@code _log-redactor-summary.json} in the output unless {@code --audit} says where).
 *
 * <p>Exit status, as the CLI's: 0 done, 2 a bad command line or setting (named), 3 done but some lines could not be
 * redacted and were written as {@code [REDACTED_ON_ERROR]}; and 1 when the job failed (an output that exists
 * already, an input that cannot be read).
 */
public final class RedactFiles {
    /** Exit status of a bad command line or setting. */
    static final int USAGE = 2;
    /** Exit status when some lines were written as the placeholder of a failed redaction. */
    static final int LINES_FAILED = 3;
    /** The summary's file name in the output directory. */
    static final String SUMMARY = "_log-redactor-summary.json";
    /** The input file of each line, while it is redacted. */
    private static final String FILE_COLUMN = "_log_redactor_file";
    /** The text source's column. */
    private static final String VALUE = "value";

    static final String HELP = String.join("\n",
            "Usage: spark-submit --class dev.logredactor.spark.RedactFiles log-redactor-spark.jar --in PATH --out PATH [options]",
            "Rewrites text or JSON-lines logs with every finding redacted; writes per-type counts as a JSON summary.",
            "  --in PATH[,PATH...]     files or directories to read (any Hadoop file system: s3a://, hdfs://, file:)",
            "  --out PATH              the directory to write; must not exist",
            "  --format text|json      text (default): each line redacted whole; json: JSON lines, see --columns",
            "  --columns a,b           with --format json: redact only these top-level fields' values",
            "  --config FILE           the redactor's settings (a properties file on the driver, as the CLI's --config)",
            "  --audit PATH            where the summary goes (default: OUT/" + SUMMARY + ")",
            "  --compression CODEC     of the output: none (default), gzip, bzip2, ...",
            "  --help                  this text");

    private RedactFiles() {
    }

    /**
     * Runs the job in the session {@code spark-submit} gives.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        Options o = Options.parse(args);
        if (o.help || o.error != null) {
            System.exit(report(o, System.out, System.err));
        }
        SparkSession spark = SparkSession.builder().appName("log-redactor RedactFiles").getOrCreate();
        int code;
        try {
            code = run(spark, args, System.out, System.err);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    private static int report(Options o, PrintStream out, PrintStream err) {
        if (o.help) {
            out.println(HELP);
            return 0;
        }
        err.println("RedactFiles: " + o.error);
        err.println(HELP);
        return USAGE;
    }

    /** The parsed command line; {@code error} set when it is bad. */
    static final class Options {
        final List<String> in = new ArrayList<>();
        String out;
        boolean json;
        final Set<String> columns = new LinkedHashSet<>();
        String config;
        String audit;
        String compression;
        boolean help;
        String error;

        static Options parse(String... args) {
            Options o = new Options();
            for (int i = 0; i < args.length && o.error == null; i++) {
                String a = args[i];
                if (a.equals("--help") || a.equals("-h")) {
                    o.help = true;
                    continue;
                }
                int eq = a.indexOf('=');
                String name = eq > 0 && a.startsWith("--") ? a.substring(0, eq) : a;
                String value = eq > 0 && a.startsWith("--") ? a.substring(eq + 1) : i + 1 < args.length ? args[++i] : null;
                if (value == null || value.isEmpty()) {
                    o.error = name + ": a value is missing";
                    break;
                }
                switch (name) {
                    case "--in":
                        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(o.in::add);
                        break;
                    case "--out":
                        o.out = value;
                        break;
                    case "--format":
                        if (!value.equals("text") && !value.equals("json")) {
                            o.error = "--format: text or json, not " + value;
                        }
                        o.json = value.equals("json");
                        break;
                    case "--columns":
                        Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(o.columns::add);
                        break;
                    case "--config":
                        o.config = value;
                        break;
                    case "--audit":
                        o.audit = value;
                        break;
                    case "--compression":
                        o.compression = value;
                        break;
                    default:
                        o.error = name + ": unknown option";
                }
            }
            if (o.error == null && !o.help) {
                if (o.in.isEmpty() || o.out == null) {
                    o.error = "--in and --out are required";
                } else if (!o.columns.isEmpty() && !o.json) {
                    o.error = "--columns: only with --format json (a text line is redacted whole)";
                }
            }
            return o;
        }
    }

    /**
     * Runs the job in {@code spark}; returns the exit status.
     *
     * @param spark the session
     * @param args the command line
     * @param out where the summary is printed
     * @param err where errors are printed
     * @return 0 done, 1 failed, 2 bad command line or setting, 3 some lines written as the failure placeholder
     */
    static int run(SparkSession spark, String[] args, PrintStream out, PrintStream err) {
        Options o = Options.parse(args);
        if (o.help || o.error != null) {
            return report(o, out, err);
        }
        Map<String, String> settings;
        try {
            // read here, as the CLI reads it (UTF-8, files it names too); the executors get what was read
            settings = Redaction.freeze(o.config == null ? Map.of() : Map.of("config-file", o.config));
            Redaction.redactor(settings); // checked on the driver, before any task
        } catch (IllegalArgumentException e) {
            err.println("RedactFiles: --config " + o.config + ": " + e.getMessage());
            return USAGE;
        }
        try {
            Summary s = redact(spark, o, settings);
            String json = s.toJson(o);
            Path audit = new Path(o.audit != null ? o.audit : new Path(o.out, SUMMARY).toString());
            FileSystem fs = audit.getFileSystem(spark.sparkContext().hadoopConfiguration());
            try (OutputStream w = fs.create(audit, true)) {
                w.write(json.getBytes(StandardCharsets.UTF_8));
            }
            out.println(json);
            return s.failures > 0 ? LINES_FAILED : 0;
        } catch (Exception e) { // Spark's AnalysisException (an output that exists) is a checked exception to Java
            err.println("RedactFiles: failed: " + e);
            return 1;
        }
    }

    /** What the job did, for the summary. */
    static final class Summary {
        long lines;
        long changed;
        long failures;
        Map<String, Long> findings = new TreeMap<>();

        String toJson(Options o) {
            StringBuilder b = new StringBuilder("{\"in\":[");
            for (int i = 0; i < o.in.size(); i++) {
                b.append(i == 0 ? "" : ",").append(quote(o.in.get(i)));
            }
            b.append("],\"out\":").append(quote(o.out)).append(",\"format\":\"").append(o.json ? "json" : "text").append('"');
            b.append(",\"lines\":").append(lines).append(",\"lines_changed\":").append(changed);
            b.append(",\"failures\":").append(failures).append(",\"findings\":{");
            boolean first = true;
            for (Map.Entry<String, Long> e : findings.entrySet()) {
                b.append(first ? "" : ",").append(quote(e.getKey())).append(':').append(e.getValue());
                first = false;
            }
            return b.append("}}").toString();
        }

        private static String quote(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    b.append('\\').append(c);
                } else if (c < 0x20) {
                    b.append(String.format("\\u%04x", (int) c));
                } else {
                    b.append(c);
                }
            }
            return b.append('"').toString();
        }
    }

    private static Summary redact(SparkSession spark, Options o, Map<String, String> settings) {
        // partition directories come back as they were named (hour=01 stays 01, not 1)
        spark.conf().set("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
        // no sort before the write, which could reorder a file's lines when it spills: a writer per directory
        spark.conf().set("spark.sql.optimizer.plannedWrite.enabled", "false");
        spark.conf().set("spark.sql.maxConcurrentOutputFileWriters", "1024");
        // lines end at \n only, as the CLI's do: a CR before it stays (CRLF files stay CRLF), a lone CR is text
        Dataset<Row> read = spark.read().option("lineSep", "\n").text(o.in.toArray(new String[0]));
        List<String> partitionColumns = new ArrayList<>();
        for (StructField f : read.schema().fields()) {
            if (!f.name().equals(VALUE)) {
                partitionColumns.add(f.name()); // dt=... directories found by Spark's partition discovery
            }
        }
        // each line as the bytes read (a clean line is written back as they were, UTF-8 or not), with its file:
        // each file starts outside a private key block, as each file of the CLI does, though a task reads several
        Dataset<Row> in = read.withColumn(VALUE, functions.col(VALUE).cast(DataTypes.BinaryType))
                .withColumn(FILE_COLUMN, functions.input_file_name());
        StructType bytes = in.drop(FILE_COLUMN).schema();
        FindingsAccumulator findings = new FindingsAccumulator();
        spark.sparkContext().register(findings, "log-redactor findings");
        LongAccumulator lines = spark.sparkContext().longAccumulator("log-redactor lines");
        LongAccumulator changed = spark.sparkContext().longAccumulator("log-redactor lines changed");
        LongAccumulator failures = spark.sparkContext().longAccumulator("log-redactor failures");
        RedactPartition fn = new RedactPartition(settings, bytes.fieldIndex(VALUE), bytes.length(),
                o.json ? o.columns : Set.of(), findings, lines, changed, failures);
        Dataset<Row> redacted = in.mapPartitions(fn, Encoders.row(bytes))
                .withColumn(VALUE, functions.col(VALUE).cast(DataTypes.StringType)); // the bytes, not decoded
        var writer = redacted.write().partitionBy(partitionColumns.toArray(new String[0]));
        if (o.compression != null) {
            writer = writer.option("compression", o.compression);
        }
        writer.text(o.out);
        Summary s = new Summary();
        s.lines = lines.value();
        s.changed = changed.value();
        s.failures = failures.value();
        s.findings = new TreeMap<>(findings.value());
        return s;
    }

    /**
     * Redacts the lines of one partition in order, with one line redactor (a private key block spans lines).
     * A file's split may start inside a private key block: lines that look like a block's base64 up to an END
     * line of a private key, at the start of a file's lines in the partition, are redacted as the block's.
     */
    static final class RedactPartition implements MapPartitionsFunction<Row, Row>, Serializable {
        private static final long serialVersionUID = 1L;
        /** The most base64 lines looked ahead for an END line (a 16,384-bit RSA key has ~200). */
        static final int MAX_KEY_LINES = 256;
        private final Map<String, String> settings;
        private final int valueIndex;
        /** The row's columns but the file name, which comes last. */
        private final int width;
        private final Set<String> columns;
        private final FindingsAccumulator findings;
        private final LongAccumulator lines;
        private final LongAccumulator changed;
        private final LongAccumulator failures;

        RedactPartition(Map<String, String> settings, int valueIndex, int width, Set<String> columns, FindingsAccumulator findings,
                LongAccumulator lines, LongAccumulator changed, LongAccumulator failures) {
            this.settings = settings;
            this.valueIndex = valueIndex;
            this.width = width;
            this.columns = new LinkedHashSet<>(columns);
            this.findings = findings;
            this.lines = lines;
            this.changed = changed;
            this.failures = failures;
        }

        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            Redactor redactor = Redaction.redactor(settings);
            LineRedactor byLine = redactor.newLineRedactor();
            Consumer<String> found = findings::add;
            Runnable failed = () -> failures.add(1);
            return new Iterator<>() {
                private String file;
                /** Rows read ahead at the start of a file, to learn whether they are inside a private key block. */
                private final ArrayDeque<Row> ahead = new ArrayDeque<>();

                @Override
                public boolean hasNext() {
                    return !ahead.isEmpty() || rows.hasNext();
                }

                @Override
                public Row next() {
                    Row row = ahead.isEmpty() ? rows.next() : ahead.poll();
                    String from = row.getString(width);
                    if (!from.equals(file)) {
                        file = from;
                        byLine.insidePrivateKey(false);
                        String first = text(row);
                        if (isKeyEnd(first)) {
                            byLine.insidePrivateKey(true); // the split starts at a block's END line
                        } else if (inKeyBlock(first)) {
                            byLine.insidePrivateKey(endsInKeyEnd(row, from));
                        }
                    }
                    byte[] raw = (byte[]) row.get(valueIndex);
                    lines.add(1);
                    byte[] red = redactLine(raw, redactor, byLine, found, failed);
                    if (red != raw) {
                        changed.add(1);
                    }
                    Object[] values = new Object[width];
                    for (int i = 0; i < width; i++) {
                        values[i] = i == valueIndex ? red : row.get(i);
                    }
                    return RowFactory.create(values);
                }

                /**
                 * Reads ahead from {@code first}: lines of a key block of this file (base64, headers, a PGP checksum)
                 * up to an END line of a private key? Also when the partition ends inside such lines, having seen
                 * base64: the block goes on in the next split (fail closed).
                 */
                private boolean endsInKeyEnd(Row first, String from) {
                    ahead.addFirst(first);
                    boolean base64 = looksLikeKeyBody(text(first));
                    boolean inside = false;
                    while (true) {
                        if (!rows.hasNext()) {
                            inside = base64;
                            break;
                        }
                        if (ahead.size() > MAX_KEY_LINES) {
                            break;
                        }
                        Row next = rows.next();
                        ahead.add(next);
                        String t = text(next);
                        if (!from.equals(next.getString(width))) {
                            break;
                        }
                        if (isKeyEnd(t)) {
                            inside = true;
                            break;
                        }
                        if (!inKeyBlock(t)) {
                            break;
                        }
                        base64 |= looksLikeKeyBody(t);
                    }
                    ahead.pollFirst();
                    return inside;
                }
            };
        }

        private String text(Row row) {
            byte[] raw = (byte[]) row.get(valueIndex);
            return new String(raw, StandardCharsets.ISO_8859_1).trim(); // base64 and END lines are ASCII
        }

        /** The END line of a private key block. */
        static boolean isKeyEnd(String line) {
            return line.startsWith("-----END ") && line.contains("PRIVATE KEY");
        }

        /**
         * A line that can stand inside a private key block: its base64, a blank line, a header ({@code DEK-Info: ...},
         * {@code Version: ...}) or a PGP checksum ({@code =AbCd}).
         */
        static boolean inKeyBlock(String line) {
            if (line.isEmpty() || looksLikeKeyBody(line)) {
                return true;
            }
            if (line.length() == 5 && line.charAt(0) == '=' && looksLikeKeyBody(line.substring(1))) {
                return true;
            }
            int colon = line.indexOf(": ");
            if (colon <= 0 || colon > 40 || line.length() > 200) {
                return false;
            }
            for (int i = 0; i < colon; i++) {
                char c = line.charAt(i);
                if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
                    return false;
                }
            }
            return true;
        }

        /** A line of a PEM block's base64 body: base64 chars only (and {@code =} at the end), 4 to 80 of them. */
        static boolean looksLikeKeyBody(String line) {
            int n = line.length();
            if (n < 4 || n > 80) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                char c = line.charAt(i);
                boolean b64 = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/';
                if (!b64 && !(c == '=' && i >= n - 2)) {
                    return false;
                }
            }
            return true;
        }

        /** The line's bytes redacted: the same array when nothing changed; a final CR kept as part of the line end. */
        private byte[] redactLine(byte[] raw, Redactor redactor, LineRedactor byLine, Consumer<String> found, Runnable failed) {
            int n = raw.length;
            boolean cr = n > 0 && raw[n - 1] == '\r';
            String line = new String(raw, 0, cr ? n - 1 : n, StandardCharsets.UTF_8);
            String red = null;
            if (!columns.isEmpty() && !byLine.insidePrivateKey()) {
                try {
                    red = JsonFields.redact(line, columns, redactor, found, failed);
                } catch (RuntimeException | StackOverflowError e) {
                    failed.run();
                    red = Redactor.FAILED; // never the raw line
                }
            }
            if (red == null) {
                red = byLine.redactLine(line, found);
                if (Redactor.isFailure(line, red)) {
                    failed.run();
                }
            }
            if (red == line) {
                return raw;
            }
            byte[] text = red.getBytes(StandardCharsets.UTF_8);
            if (!cr) {
                return text;
            }
            byte[] withCr = java.util.Arrays.copyOf(text, text.length + 1);
            withCr[text.length] = '\r';
            return withCr;
        }
    }
}
