package dev.logredactor.cli;

import dev.logredactor.core.Setting;
import dev.logredactor.core.Settings;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line, parsed by hand: a handful of long options is not worth an argument library's
 * start-up, which on a 2-core machine cost about 0.1 s per run (more than the JVM itself).
 *
 * <p>Syntax: {@code --name value} or {@code --name=value} for options with a value; every
 * {@link Setting} with a {@link Setting#flag()} is an option, lists comma-separated and repeatable;
 * {@code -h}/{@code --help}, {@code -V}/{@code --version}; {@code --} ends the options; {@code -} alone
 * is standard input.
 */
final class Options {
    /** The settings given, in order: the {@code --config} file's first, then the flags, which win over it. */
    final List<Given> settings = new ArrayList<>();
    final List<String> files = new ArrayList<>();
    /** The audit report's format as given, or {@code null}: text. */
    String format;
    boolean audit;
    boolean help;
    boolean version;
    boolean listTypes;

    /** One setting as given on the command line. */
    static final class Given {
        final Setting setting;
        final String value;

        Given(Setting setting, String value) {
            this.setting = setting;
            this.value = value;
        }

        /** How error messages name it: the flag, and for the configuration file its name too. */
        String writtenAs() {
            return setting == Setting.CONFIG_FILE ? setting.flag() + " " + value : setting.flag();
        }
    }

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
            Setting setting = setting(name);
            boolean takesValue = name.equals("--format") || setting != null && setting.shape() != Setting.Shape.BOOLEAN;
            if (!takesValue) {
                if (inline != null) {
                    throw new UsageException("option '" + name + "' takes no value");
                }
                o.flag(name, setting);
                continue;
            }
            String value = inline;
            if (value == null) {
                if (i + 1 == args.length) {
                    throw new UsageException("option '" + name + "' needs a value");
                }
                value = args[++i];
            }
            if (setting == null) {
                o.format = value;
            } else {
                o.add(name, setting, value);
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

    /** The setting whose flag is {@code name}, or {@code null}. */
    private static Setting setting(String name) {
        for (Setting s : Setting.values()) {
            if (name.equals(s.flag())) {
                return s;
            }
        }
        return null;
    }

    /** An option without a value: a boolean setting, or one of the command's own. */
    private void flag(String name, Setting setting) throws UsageException {
        switch (name) {
            case "-h":
            case "--help":
                help = true;
                break;
            case "-V":
            case "--version":
                version = true;
                break;
            case "--audit":
                audit = true;
                break;
            case "--list-types":
                listTypes = true;
                break;
            default:
                if (setting == null) {
                    throw new UsageException("unknown option '" + name + "'");
                }
                settings.add(new Given(setting, "true"));
        }
    }

    private void add(String name, Setting setting, String value) throws UsageException {
        if (setting.shape() == Setting.Shape.LIST) {
            for (String item : value.split(",", -1)) {
                if (item.trim().isEmpty()) {
                    throw new UsageException("option '" + name + "' has an empty item in '" + value + "'");
                }
            }
        }
        Given g = new Given(setting, value);
        if (setting == Setting.CONFIG_FILE) {
            int files = 0;
            while (files < settings.size() && settings.get(files).setting == Setting.CONFIG_FILE) {
                files++;
            }
            settings.add(files, g);
        } else {
            settings.add(g);
        }
    }

    /** The settings as the core's config model. */
    Settings toSettings() {
        Settings s = new Settings();
        for (Given g : settings) {
            s.add(g.setting, g.value, g.writtenAs());
        }
        return s;
    }

    /** Whether the audit report is to be JSON. */
    boolean json() {
        return "json".equals(format);
    }
}
