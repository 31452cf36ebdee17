package dev.logredactor.cli;

import dev.logredactor.core.Catalog;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.RedactorConfigException;
import dev.logredactor.core.Setting;
import dev.logredactor.core.SensitiveType;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The {@code log-redactor} command: redacts log files (or standard input) to standard output line for
 * line, or with {@code --audit} reports what it would redact. Exit status: 0 done, 1 {@code --audit}
 * found something, 2 bad usage or configuration (one line on standard error), 3 done, but some lines
 * could not be redacted and were written as {@value Redactor#FAILED}.
 */
public final class Main {
    /** Exit status when {@code --audit} found something. */
    static final int FOUND = 1;
    /** Exit status for bad usage or configuration. */
    static final int USAGE = 2;
    /** Exit status when every line was written, but some as {@value Redactor#FAILED} because their redaction failed. */
    static final int LINES_FAILED = 3;

    private final Options options;
    private final InputStream stdin;
    private final OutputStream stdout;
    private final PrintStream stderr;
    private final boolean tuneJit;
    /** Set when the redactor reports a failure: some line went out as {@value Redactor#FAILED}. */
    private final AtomicBoolean linesFailed = new AtomicBoolean();

    private Main(Options options, InputStream stdin, OutputStream stdout, PrintStream stderr, boolean tuneJit) {
        this.options = options;
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
        this.tuneJit = tuneJit;
    }

    /**
     * Runs the command line and exits with its status: 0, {@value #FOUND} when {@code --audit} found
     * something, {@value #USAGE} for bad usage or configuration, {@value #LINES_FAILED} when some lines
     * were written as {@value Redactor#FAILED}.
     *
     * @param args the command line (see {@code --help})
     */
    public static void main(String[] args) {
        // The raw descriptor, not System.out: a PrintStream hides write errors, so a closed pipe
        // (log-redactor big.log | head) would not stop the run.
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        System.exit(run(args, System.in, out, System.err, true));
    }

    /** Runs the command with the given streams; returns the exit status. */
    static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
        return run(args, in, out, err, false);
    }

    /** @param tuneJit whether to give this JVM's JIT the {@link JitTuning} directives: only in a JVM of its own */
    private static int run(String[] args, InputStream in, OutputStream out, PrintStream err, boolean tuneJit) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (Options.UsageException e) {
            err.println("log-redactor: " + e.getMessage() + " (see --help)");
            return USAGE;
        }
        try {
            if (options.help) {
                return print(out, usage());
            }
            if (options.version) {
                return print(out, "log-redactor " + version() + "\n");
            }
            if (options.listTypes) {
                return print(out, typeList());
            }
        } catch (IOException e) {
            err.println("log-redactor: I/O error: " + e.getMessage());
            return USAGE;
        }
        return new Main(options, in, out, err, tuneJit).call();
    }

    private static int print(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
        return 0;
    }

    /**
     * {@code --list-types}: one tab-separated line per built-in type that no token format describes (the
     * type, what it finds, its reference), then one per token format (the type, the vendor, the prefix and
     * body, the source), from the core's {@link Catalog}.
     */
    static String typeList() {
        StringBuilder b = new StringBuilder();
        for (String type : Catalog.types()) {
            String[] d = Catalog.describe(type);
            if (d != null) {
                b.append(type).append('\t').append(d[0]).append('\t').append(d[1]).append('\n');
            }
        }
        for (Catalog.Format f : Catalog.tokenFormats()) {
            b.append(f.type()).append('\t').append(f.vendor()).append(": ").append(f.pattern());
            if (!"none".equals(f.check())) {
                b.append(" (").append(f.check()).append(')');
            }
            b.append('\t').append(f.source()).append('\n');
        }
        return b.toString();
    }

    /** The help text: the settings from their table, the type names wrapped to 80 columns. */
    static String usage() throws IOException {
        StringBuilder b = new StringBuilder(read("usage.txt").replace("{settings}\n", settingOptions()));
        String head = "Types (and " + (Catalog.types().size() - SensitiveType.values().length) + " more: --list-types):";
        b.append('\n').append(head);
        int column = head.length();
        for (SensitiveType t : SensitiveType.values()) {
            String name = t.name();
            if (column + 1 + name.length() > 80) {
                b.append("\n ");
                column = 1;
            }
            b.append(' ').append(name);
            column += 1 + name.length();
        }
        return b.append("\n\nExit status: 0 done, 1 --audit found something, 2 bad usage or configuration,\n"
                + "3 done, but some lines could not be redacted and were written as\n" + Redactor.FAILED + ".\n").toString();
    }

    /** One entry per setting with a flag: the flag and the shape of its value, then what it does. */
    private static String settingOptions() {
        StringBuilder b = new StringBuilder();
        for (Setting s : Setting.values()) {
            if (s.flag() == null) {
                continue;
            }
            String head = "  " + s.flag() + valueShape(s.shape());
            String doc = Character.toUpperCase(s.doc().charAt(0)) + s.doc().substring(1)
                    + (s.shape() == Setting.Shape.LIST ? "; may be repeated." : ".");
            b.append(head);
            int column = head.length();
            if (column > USAGE_INDENT - 2) {
                b.append('\n');
                column = 0;
            }
            for (String word : doc.split(" ")) {
                if (column < USAGE_INDENT) {
                    b.append(" ".repeat(USAGE_INDENT - column));
                    column = USAGE_INDENT;
                } else if (column + 1 + word.length() > 80) {
                    b.append('\n').append(" ".repeat(USAGE_INDENT));
                    column = USAGE_INDENT;
                } else {
                    b.append(' ');
                    column++;
                }
                b.append(word);
                column += word.length();
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The column at which the usage text's descriptions start. */
    private static final int USAGE_INDENT = 28;

    private static String valueShape(Setting.Shape shape) {
        switch (shape) {
            case LIST:
                return " A[,B...]";
            case NAMED:
                return " NAME=VALUE";
            case NAMED_LIST:
                return " NAME=VALUE[,...]";
            case PATH:
                return " FILE";
            case BOOLEAN:
                return "";
            default:
                return " TEXT";
        }
    }

    private static String version() throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(read("/log-redactor-version.properties")));
        return p.getProperty("version", "unknown");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = Main.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private int call() {
        List<String> files = options.files.isEmpty() ? List.of("-") : options.files;
        Thread jit = tuneJit ? JitTuning.start(files) : null;
        Redactor redactor;
        try {
            redactor = buildRedactor();
        } catch (RedactorConfigException e) {
            return fail(configProblem(e));
        }
        if (redactor.reportsOnly()) { // a properties file shared with an application in a rollout
            return fail("mode=report (from --config) would write every line unredacted; the CLI redacts, or reports "
                    + "with --audit: remove mode from the file or set mode=redact");
        }
        List<Input> inputs = new ArrayList<>();
        for (String f : files) {
            if (f.equals("-")) {
                inputs.add(Input.stdin(stdin));
                continue;
            }
            Path p = Path.of(f);
            if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
                return fail("cannot read " + f + ": " + (Files.exists(p) ? "not a readable file" : "no such file"));
            }
            inputs.add(Input.file(p));
        }
        JitTuning.await(jit);
        try {
            if (options.audit) {
                Audit report = new Audit(redactor);
                for (Input in : inputs) {
                    report.scan(in);
                }
                try (Writer w = writer()) {
                    if (options.json()) {
                        report.writeJson(w);
                    } else {
                        report.writeText(w);
                    }
                }
                return report.total() > 0 ? FOUND : 0;
            }
            try (OutputStream out = new BufferedOutputStream(new NonClosing(stdout), 1 << 16)) {
                Progress progress = Progress.forInputs(inputs, stderr);
                Pipeline.run(inputs, redactor, out, progress);
                progress.done();
            }
            return linesFailed.get() ? LINES_FAILED : 0;
        } catch (Audit.Failure e) {
            return fail(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            if (String.valueOf(e.getMessage()).contains("Broken pipe")) {
                return 0; // the reader went away (| head): nothing left to do
            }
            return fail("I/O error: " + e.getMessage());
        }
    }

    /** The redactor of the command line's settings: the {@code --config} file's, then the flags on top. */
    private Redactor buildRedactor() {
        // The class only: the message of a failure inside a detector could quote the text.
        return options.toSettings().build(e -> {
            linesFailed.set(true);
            stderr.println("log-redactor: redaction failed (" + e.getClass().getName() + "); each line it failed on"
                    + " was written as " + Redactor.FAILED + " (reported once; exit status " + LINES_FAILED + ")");
        });
    }

    /**
     * A bad setting, named as the user wrote it: {@code --config app.properties: rule.X: ...} for a key of
     * the file, {@code --config app.properties: cannot read ...} for the file itself, {@code --disable: ...}
     * for a flag (the key is left out where the flag names it).
     */
    static String configProblem(RedactorConfigException e) {
        Setting at = Setting.forKey(e.setting());
        String flag = at == null ? null : at.flag();
        String written = e.writtenAs();
        boolean named = flag != null && (written.equals(flag) || written.startsWith(flag + " "));
        return written + ": " + (named ? e.reason() : e.getMessage());
    }

    private Writer writer() {
        return new BufferedWriter(new OutputStreamWriter(new NonClosing(stdout), StandardCharsets.UTF_8), 1 << 16);
    }

    private int fail(String message) {
        stderr.println("log-redactor: " + message);
        return USAGE;
    }

    /** Keeps System.out open when the writer around it is closed. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
