package dev.logredactor.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The command line, parsed by hand: a handful of long options is not worth an argument library's
 * start-up, which on a 2-core machine cost about 0.1 s per run (more than the JVM itself).
 *
 * <p>Syntax: {@code --name value} or {@code --name=value} for options with a value; comma-separated
 * lists that may be repeated for {@code --disable} and {@code --only}; {@code -h}/{@code --help},
 * {@code -V}/{@code --version}; {@code --} ends the options; {@code -} alone is standard input.
 */
final class Options {
    final List<String> disable = new ArrayList<>();
    final List<String> only = new ArrayList<>();
    final List<String> files = new ArrayList<>();
    String config;
    /** The audit report's format as given, or {@code null}: text. */
    String format;
    boolean audit;
    boolean neutralizeNewlines;
    boolean help;
    boolean version;

    /** A command line that cannot be run; the message says what is wrong with it. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    private Options() {
    }

    static Options parse(String... args) throws UsageException {
        Options o = new Options();
        boolean optionsEnded = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (optionsEnded || a.equals("-") || !a.startsWith("-")) {
                o.files.add(a);
                continue;
            }
            if (a.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int eq = a.startsWith("--") ? a.indexOf('=') : -1;
            String name = eq < 0 ? a : a.substring(0, eq);
            String inline = eq < 0 ? null : a.substring(eq + 1);
            switch (name) {
                case "-h":
                case "--help":
                    o.help = true;
                    break;
                case "-V":
                case "--version":
                    o.version = true;
                    break;
                case "--audit":
                    o.audit = true;
                    break;
                case "--neutralize-newlines":
                    o.neutralizeNewlines = true;
                    break;
                case "--disable":
                case "--only":
                case "--config":
                case "--format":
                    String value = inline;
                    if (value == null) {
                        if (i + 1 == args.length) {
                            throw new UsageException("option '" + name + "' needs a value");
                        }
                        value = args[++i];
                    }
                    o.set(name, value);
                    continue;
                default:
                    throw new UsageException("unknown option '" + name + "'");
            }
            if (inline != null) {
                throw new UsageException("option '" + name + "' takes no value");
            }
        }
        if (o.format != null) {
            if (!o.audit) {
                throw new UsageException("option '--format' sets the format of the --audit report; without --audit it does nothing");
            }
            if (!o.format.equals("text") && !o.format.equals("json")) {
                throw new UsageException("--format takes text or json, not '" + o.format + "'");
            }
        }
        return o;
    }

    /** Whether the audit report is to be JSON. */
    boolean json() {
        return "json".equals(format);
    }

    private void set(String name, String value) throws UsageException {
        switch (name) {
            case "--disable":
                split(value, disable, name);
                break;
            case "--only":
                split(value, only, name);
                break;
            case "--config":
                config = value;
                break;
            default:
                format = value;
                break;
        }
    }

    private static void split(String value, List<String> into, String name) throws UsageException {
        int from = 0;
        while (true) {
            int comma = value.indexOf(',', from);
            String item = (comma < 0 ? value.substring(from) : value.substring(from, comma)).trim();
            if (item.isEmpty()) {
                throw new UsageException("option '" + name + "' has an empty type in '" + value + "'");
            }
            into.add(item);
            if (comma < 0) {
                return;
            }
            from = comma + 1;
        }
    }
}
