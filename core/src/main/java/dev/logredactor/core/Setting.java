package dev.logredactor.core;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every setting, in one table: its key (the builder's {@link Redactor.Builder#set}, properties files,
 * {@code %redact} options), its camel-case name (Logback elements, Log4j2 attributes), its command-line
 * flag, the shape of its value, how it applies to the builder, and a one-line description. Each front
 * end is driven by this table, so a new setting is one constant here (and a line in each front end's
 * bindings, which tests compare with this table).
 *
 * <p>Two settings are <em>named</em>: {@code strategy.<TYPE>} and {@code rule.<NAME>}. In a properties
 * file the name is part of the key; as an element, attribute or flag it is part of the value
 * ({@code CREDIT_CARD=keep-last-4}).
 */
public enum Setting {
    /** A properties file with these keys, applied where it stands among the settings. */
    CONFIG_FILE("config-file", "configFile", null, Shape.PATH,
            "a properties file with these keys (UTF-8, at most 1 MiB; it may name another, 8 deep)", "redactor.properties") {
        @Override
        void apply(Redactor.Builder b, String name, String value) {
            b.configFile(path(value.trim()));
        }

        @Override
        public String flag() {
            return "--config"; // the CLI's flag since its first release
        }
    },
    /** Types, rule names or detector types to leave alone. */
    DISABLE("disable", "disable", null, Shape.LIST, "types, rules or detectors to leave alone", "IP_ADDRESS,PHONE") {
        @Override
        void apply(Redactor.Builder b, String name, String value) {
            b.disable(split(value));
        }
    },
    /** The only types to redact. */
    ONLY("only", "only", null, Shape.LIST, "redact only these types", "EMAIL,CREDIT_CARD") {
        @Override
        void apply(Redactor.Builder b, String name, String value) {
            b.only(split(value));
        }
    },
    /** How a type is replaced. */
    STRATEGY("strategy.", "strategy", null, Shape.NAMED_LIST, "how a type is replaced: redact, keep-last-N, hash, keep-domain or network",
            "CREDIT_CARD=keep-last-4") {
        @Override
        void apply(Redactor.Builder b, String name, String value) {
            b.strategy(name, value.trim());
        }
    },
    /** More key names whose values are secrets. */
    SENSITIVE_KEYS("sensitive-keys", "sensitiveKeys", "sensitiveKey", Shape.LIST, "more key names whose values are secrets",
            "pin_block,x-tenant-sig") {
        @Override
        void apply(Redactor.Builder b, String name, String value) {
            b.sensitiveKeys(split(value));
        }
    },
    /** Exact values never redacted. */
    ALLOW("allow", "allow", null, Shape.LIST, "exact values never redacted", "noreply@example.com") {
        @Override
        void apply(Redactor.Builder b, String name, String value) {
            b.allow(split(value));
        }
    },
    /** A user rule: a re2j pattern whose matches become {@code [REDACTED_<NAME>]}. */
    RULE("rule.", "rule", null, Shape.NAMED, "a re2j pattern whose matches are redacted as type NAME", "TICKET=TCK-[0-9]{6}") {
        @Override
        void apply(Redactor.Builder b, String name, String value) {
            b.rule(name, value.trim());
        }
    },
    /** Classes of the user's own detectors, made with their public no-argument constructor. */
    DETECTORS("detectors", "detectors", "detector", Shape.LIST,
            "classes of your own detectors (public, with a public no-argument constructor)", "com.example.EmployeeNumbers") {
        @Override
        void apply(Redactor.Builder b, String name, String value) {
            for (String className : split(value)) {
                b.detectorClass(className.trim());
            }
        }
    },
    /** A file holding the HMAC key of the {@code hash} strategy. */
    HASH_KEY_FILE("hash.key.file", "hashKeyFile", null, Shape.PATH,
            "a file holding the HMAC-SHA256 key of the hash strategy (16+ chars, UTF-8, at most 4 KiB)",
            "/run/secrets/log-hash-key") {
        @Override
        void apply(Redactor.Builder b, String name, String value) {
            b.hashKeyFromFile(path(value.trim()));
        }
    },
    /** An environment variable holding the HMAC key of the {@code hash} strategy. */
    HASH_KEY_ENV("hash.key.env", "hashKeyEnv", null, Shape.TEXT, "an environment variable holding the hash strategy's key",
            "LOG_HASH_KEY") {
        @Override
        void apply(Redactor.Builder b, String name, String value) {
            b.hashKeyFromEnv(value.trim());
        }
    },
    /** The HMAC key itself; never a command-line flag, where every user of the machine could read it. */
    HASH_KEY("hash.key", "hashKey", null, Shape.SECRET,
            "the hash strategy's key itself (keeps it in your config; prefer a file or variable)", "…") {
        @Override
        void apply(Redactor.Builder b, String name, String value) {
            b.hashKey(value.trim());
        }
    },
    /** The placeholder template. */
    PLACEHOLDER("placeholder", "placeholder", null, Shape.TEXT,
            "the placeholder of every strategy, {type} standing for the type name", "***{type}***") {
        @Override
        void apply(Redactor.Builder b, String name, String value) {
            b.placeholder(value);
        }
    },
    /** {@code redact}, or {@code report}: find and count, but write every text as it came. */
    MODE("mode", "mode", null, Shape.TEXT, "redact (the default), or report: count findings, write every text as it came (rollout)",
            "report") {
        @Override
        void apply(Redactor.Builder b, String name, String value) {
            b.mode(value);
        }
    },
    /** Counting of findings per type and logger in {@link FindingCounts}. */
    TELEMETRY("telemetry", "telemetry", null, Shape.BOOLEAN,
            "count findings per type and logger in FindingCounts (never values); on by default", "false") {
        @Override
        void apply(Redactor.Builder b, String name, String value) {
            b.telemetry(bool(key(), value));
        }
    },
    /** Escaping of line breaks and control chars in messages and arguments. */
    NEUTRALIZE_NEWLINES("neutralize-newlines", "neutralizeNewlines", null, Shape.BOOLEAN,
            "escape line breaks and control chars in messages and arguments; off by default", "true") {
        @Override
        void apply(Redactor.Builder b, String name, String value) {
            b.neutralizeNewlines(bool(key(), value));
        }
    };

    /** The shape of a setting's value. */
    public enum Shape {
        /** Comma-separated items; the setting may be given several times, each adding to the list. */
        LIST,
        /** {@code NAME=value}, once per setting; the value may hold commas (a pattern). */
        NAMED,
        /** Comma-separated {@code NAME=value} pairs. */
        NAMED_LIST,
        /** A file's path. */
        PATH,
        /** Text, as written. */
        TEXT,
        /** Text that is a secret: never a command-line flag, never quoted in messages. */
        SECRET,
        /** {@code true} or {@code false}. */
        BOOLEAN
    }

    private final String key;
    private final String attribute;
    private final String element;
    private final Shape shape;
    private final String doc;
    private final String example;

    Setting(String key, String attribute, String element, Shape shape, String doc, String example) {
        this.key = key;
        this.attribute = attribute;
        this.element = element == null ? attribute : element;
        this.shape = shape;
        this.doc = doc;
        this.example = example;
    }

    /** Applies a value; {@code name} is the type or rule name of a named setting, else {@code null}. */
    abstract void apply(Redactor.Builder b, String name, String value);

    /**
     * The key in properties files, the builder's {@code set} and {@code %redact} options: {@code disable},
     * {@code hash.key.file}; for a named setting the prefix, {@code strategy.} or {@code rule.}.
     *
     * @return the key, or the key's prefix for a named setting
     */
    public String key() {
        return key;
    }

    /**
     * The key as documented: {@code strategy.<TYPE>}, {@code rule.<NAME>}, else {@link #key()}.
     *
     * @return the key with its name part spelled out
     */
    public String documentedKey() {
        return !isNamed() ? key : key + (this == STRATEGY ? "<TYPE>" : "<NAME>");
    }

    /**
     * The camel-case name: the Log4j2 attribute ({@code hashKeyFile}).
     *
     * @return the attribute name
     */
    public String attribute() {
        return attribute;
    }

    /**
     * The Logback child element: the attribute name, or its singular for a list given one item per
     * element ({@code <sensitiveKey>}, {@code <detector>}).
     *
     * @return the element name
     */
    public String element() {
        return element;
    }

    /**
     * The command-line flag: {@code --} and the key with {@code -} for {@code .} ({@code --hash-key-file},
     * {@code --strategy TYPE=name}); {@code --config} for the configuration file; {@code null} for
     * {@link #HASH_KEY}, which a command line would show to every user of the machine, and for {@link #MODE} and
     * {@link #TELEMETRY} (the CLI counts with {@code --audit}).
     *
     * @return the flag, or {@code null} when the setting has none
     */
    public String flag() {
        if (shape == Shape.SECRET || this == MODE || this == TELEMETRY) {
            return null; // a secret has no flag; for counting, the CLI has --audit
        }
        String k = isNamed() ? key.substring(0, key.length() - 1) : key;
        return "--" + k.replace('.', '-');
    }

    /**
     * The shape of the value.
     *
     * @return the shape
     */
    public Shape shape() {
        return shape;
    }

    /**
     * What the setting does, in one line.
     *
     * @return the description
     */
    public String doc() {
        return doc;
    }

    /**
     * An example value, as written in an element, attribute or flag ({@code CREDIT_CARD=keep-last-4}).
     *
     * @return the example
     */
    public String example() {
        return example;
    }

    /**
     * Whether the key carries a name: {@code strategy.<TYPE>}, {@code rule.<NAME>}.
     *
     * @return whether the setting is named
     */
    public boolean isNamed() {
        return shape == Shape.NAMED || shape == Shape.NAMED_LIST;
    }

    /**
     * The setting of a key ({@code disable}, {@code strategy.EMAIL}), or {@code null} when there is none.
     *
     * @param key a key as written in a properties file
     * @return the setting, or {@code null}
     */
    public static Setting forKey(String key) {
        for (Setting s : values()) {
            if (s.isNamed() ? key.startsWith(s.key) : key.equals(s.key)) {
                return s;
            }
        }
        return null;
    }

    /**
     * The setting of a Log4j2 attribute or a Logback element name, or {@code null} when there is none.
     *
     * @param name an attribute or element name, such as {@code hashKeyFile} or {@code sensitiveKey}
     * @return the setting, or {@code null}
     */
    public static Setting forName(String name) {
        for (Setting s : values()) {
            if (s.attribute.equals(name) || s.element.equals(name)) {
                return s;
            }
        }
        return null;
    }

    /** The known keys, as an error message lists them. */
    static String knownKeys() {
        List<String> keys = new ArrayList<>();
        for (Setting s : values()) {
            keys.add(s.documentedKey());
        }
        return String.join(", ", keys);
    }

    /** {@code true} or {@code false} (any case), empty for false; anything else names the setting. */
    static boolean bool(String key, String value) {
        String v = value.trim();
        if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false") && !v.isEmpty()) {
            throw new RedactorConfigException(key, "expected true or false, not '" + v + "'");
        }
        return v.equalsIgnoreCase("true");
    }

    /**
     * A key applied with its value: {@code strategy.EMAIL=hash} sets the strategy of {@code EMAIL}.
     *
     * @throws RedactorConfigException for an unknown key or a bad value
     */
    static void applyKey(Redactor.Builder b, String key, String value) {
        String k = key == null ? "" : key.trim();
        Setting s = forKey(k);
        if (s == null) {
            throw new RedactorConfigException(k, "unknown setting; known settings are " + knownKeys());
        }
        s.apply(b, s.isNamed() ? k.substring(s.key.length()) : null, value == null ? "" : value);
    }

    static String[] split(String list) {
        String v = list.trim();
        return v.isEmpty() ? new String[0] : v.split(",");
    }

    Path path(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new RedactorConfigException(key, "'" + value + "' is not a valid path", e);
        }
    }
}
