package dev.logredactor.cli;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.RedactorConfigException;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code log-redactor} command: redacts log files (or standard input) to standard output line for
 * line, or with {@code --audit} reports what it would redact. Exit status: 0 done, 1 {@code --audit}
 * found something, 2 bad usage or configuration (one line on standard error).
 */
@Command(name = "log-redactor", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Scrubs personal data and secrets out of log files.",
            "Reads FILEs (or standard input) and writes them to standard output, line for line, with every finding "
                    + "replaced by a placeholder such as [REDACTED_EMAIL]."},
        footer = {"", "Types: EMAIL PHONE SSN CREDIT_CARD IBAN IP_ADDRESS JWT AWS_ACCESS_KEY AWS_SECRET_KEY GITHUB_TOKEN "
                + "GITLAB_TOKEN SLACK_TOKEN SLACK_WEBHOOK STRIPE_KEY GOOGLE_API_KEY OPENAI_KEY ANTHROPIC_KEY SENDGRID_KEY "
                + "NPM_TOKEN TWILIO_KEY PRIVATE_KEY BASIC_AUTH BEARER_TOKEN URL_CREDENTIALS SECRET PII_FIELD",
            "Exit status: 0 done, 1 --audit found something, 2 bad usage or configuration."})
public final class Main implements Callable<Integer> {
    /** Exit status when {@code --audit} found something. */
    static final int FOUND = 1;
    /** Exit status for bad usage or configuration. */
    static final int USAGE = 2;

    @Option(names = "--disable", split = ",", paramLabel = "TYPE", description = "Types not to redact, comma-separated.")
    private List<String> disable = new ArrayList<>();

    @Option(names = "--only", split = ",", paramLabel = "TYPE", description = "Redact only these types, comma-separated.")
    private List<String> only = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with the configuration keys (disable, only, strategy.<TYPE>, hash.key, "
                    + "sensitive-keys, rule.<NAME>, allow, placeholder).")
    private Path config;

    @Option(names = "--audit", description = "Report findings per file and type (line numbers, never values) instead of "
            + "redacting; exit 1 if there are any.")
    private boolean audit;

    @Option(names = "--format", paramLabel = "text|json", description = "Audit report format (default: text).")
    private String format = "text";

    @Parameters(paramLabel = "FILE", description = "Files to read; none or '-' for standard input.")
    private List<String> files = new ArrayList<>();

    private final InputStream stdin;
    private final OutputStream stdout;
    private final PrintStream stderr;

    Main(InputStream stdin, OutputStream stdout, PrintStream stderr) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    public static void main(String[] args) {
        // The raw descriptor, not System.out: a PrintStream hides write errors, so a closed pipe
        // (log-redactor big.log | head) would not stop the run.
        OutputStream out = new FileOutputStream(FileDescriptor.out);
        System.exit(run(args, System.in, out, System.err));
    }

    /** Runs the command with the given streams; returns the exit status. */
    static int run(String[] args, InputStream in, OutputStream out, PrintStream err) {
        Main main = new Main(in, out, err);
        CommandLine cli = new CommandLine(main);
        cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("log-redactor: " + ex.getMessage() + " (see --help)");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, c, parsed) -> {
            err.println("log-redactor: " + ex.getMessage());
            return USAGE;
        });
        return cli.execute(args);
    }

    @Override
    public Integer call() {
        Redactor redactor;
        try {
            redactor = buildRedactor();
        } catch (RedactorConfigException e) {
            return fail((config != null ? "config " + config + ": " : "") + e.getMessage());
        }
        if (!format.equals("text") && !format.equals("json")) {
            return fail("--format takes text or json, not '" + format + "'");
        }
        if (files.isEmpty()) {
            files.add("-");
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
        try {
            if (audit) {
                Audit report = new Audit(redactor);
                for (Input in : inputs) {
                    report.scan(in);
                }
                try (Writer w = writer()) {
                    if (format.equals("json")) {
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
            return 0;
        } catch (IOException | UncheckedIOException e) {
            if (String.valueOf(e.getMessage()).contains("Broken pipe")) {
                return 0; // the reader went away (| head): nothing left to do
            }
            return fail("I/O error: " + e.getMessage());
        }
    }

    private Redactor buildRedactor() {
        Redactor.Builder b = Redactor.builder();
        if (config != null) {
            b.configFile(config);
        }
        if (!disable.isEmpty()) {
            b.disable(disable.toArray(new String[0]));
        }
        if (!only.isEmpty()) {
            b.only(only.toArray(new String[0]));
        }
        return b.build();
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

    /** The version from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/log-redactor-version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"log-redactor " + p.getProperty("version", "unknown")};
        }
    }
}
