package dev.logredactor.core;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.logredactor.core.internal.Engine;
import dev.logredactor.core.internal.Findings;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Finds personal data and secrets in text and replaces them, e.g. {@code [REDACTED_EMAIL]}.
 *
 * <p>Build one with {@link #defaults()} or {@link #builder()} and share it: a {@code Redactor} is
 * immutable and thread-safe. It scans the whole text in one pass (message, stack trace, MDC rendering,
 * several lines at once), calling hand-written validators only where a cheap trigger fires; user rules
 * run on re2j, in time linear in the text.
 *
 * <p>Failure is closed: if scanning or replacing throws, {@link #redact(String)} returns
 * {@value #FAILED} instead of the text (keeping the text's final line break, so lines stay apart), and
 * the error goes, once per {@code Redactor}, to the listener set with {@link Builder#onError(Consumer)}. No method throws on any text.
 */
public final class Redactor {
    /**
     * What {@link #redact(String)} returns when redaction itself fails, followed by the text's final line
     * break if it had one: never the raw text.
     */
    public static final String FAILED = "[REDACTED_ON_ERROR]";

    /** The default placeholder template; {@code {type}} stands for the type name. */
    public static final String DEFAULT_PLACEHOLDER = "[REDACTED_{type}]";

    private static final int PRIVATE_KEY = SensitiveType.PRIVATE_KEY.ordinal();

    private final Engine engine;
    private final boolean neutralize;
    private final String description;
    private final Consumer<? super RuntimeException> onError;
    private final AtomicBoolean errorReported = new AtomicBoolean();

    private Redactor(Builder b, Engine engine, String description) {
        this.engine = engine;
        this.neutralize = b.neutralize;
        this.description = description;
        this.onError = b.onError;
    }

    /**
     * A redactor with every built-in type on and the default placeholder.
     *
     * @return the shared default redactor
     */
    public static Redactor defaults() {
        return Defaults.INSTANCE;
    }

    /**
     * A builder for a configured redactor.
     *
     * @return a new builder with every type on
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns {@code text} with every finding replaced; the same instance when nothing was found (no
     * allocation on clean text). {@code null} stays {@code null}.
     *
     * @param text the text to redact; may be {@code null}
     * @return the redacted text, or {@code text} itself when nothing was found
     */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        try {
            Findings f = engine.find(text);
            if (f == null) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length() + 16 * f.size());
            engine.render(text, f, out);
            return out.toString();
        } catch (RuntimeException | StackOverflowError e) {
            report(e);
            return failed(text);
        }
    }

    /**
     * What a text whose redaction failed becomes: {@link #FAILED}, with the text's final line break (if
     * any) kept, so that a failed event still ends its line and the next one starts a line of its own.
     */
    static String failed(CharSequence text) {
        try {
            int n = text.length();
            if (n == 0 || text.charAt(n - 1) != '\n') {
                return FAILED;
            }
            return n > 1 && text.charAt(n - 2) == '\r' ? FAILED + "\r\n" : FAILED + "\n";
        } catch (RuntimeException e) {
            return FAILED; // the text itself is what fails
        }
    }

    /**
     * Redacts the value of a key-value pair (an MDC entry, a structured argument, a map message
     * entry): the value as any text, and, when the key is a sensitive key such as {@code password} or
     * {@code email}, as the value of that key. The same instance when nothing was found.
     *
     * @param key the key the value belongs to; may be {@code null}
     * @param value the value to redact; may be {@code null}
     * @return the redacted value, or {@code value} itself when nothing was found
     */
    public String redactValue(String key, String value) {
        if (value == null || key == null || key.isEmpty()) {
            return redact(value);
        }
        try {
            String joined = key + "=" + value;
            Findings f = engine.find(joined);
            if (f == null) {
                return value;
            }
            int valueStart = key.length() + 1;
            if (f.start(0) < valueStart) {
                return redact(value); // the key itself matched: it stays, the value is redacted alone
            }
            StringBuilder out = new StringBuilder(joined.length() + 16 * f.size());
            engine.render(joined, f, out);
            return out.substring(valueStart);
        } catch (RuntimeException | StackOverflowError e) {
            report(e);
            return failed(value);
        }
    }

    /**
     * Appends {@code text}, redacted, to {@code out}.
     *
     * @param text the text to redact
     * @param out where the redacted text goes
     * @return whether anything was replaced; when not, {@code text} was appended unchanged
     */
    public boolean appendRedacted(CharSequence text, StringBuilder out) {
        int mark = out.length();
        try {
            Findings f = engine.find(text);
            if (f == null) {
                out.append(text);
                return false;
            }
            engine.render(text, f, out);
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            report(e);
            out.setLength(mark);
            out.append(failed(text));
            return true;
        }
    }

    /**
     * The findings in {@code text}, in text order, for audit mode. A finding carries type and position,
     * never the value.
     *
     * @param text the text to scan
     * @return the findings, empty when there are none
     */
    public List<Finding> scan(CharSequence text) {
        Findings f = engine.find(text);
        if (f == null) {
            return Collections.emptyList();
        }
        List<Finding> list = new ArrayList<>(f.size());
        for (int i = 0; i < f.size(); i++) {
            list.add(new Finding(engine.typeName(f.type(i)), f.start(i), f.end(i)));
        }
        return list;
    }

    /**
     * Whether this redactor was built with {@code neutralize-newlines}: see {@link #neutralize(String)}.
     *
     * @return whether {@link #neutralize(String)} escapes anything
     */
    public boolean neutralizesNewlines() {
        return neutralize;
    }

    /**
     * With {@code neutralize-newlines} on, {@code text} with its line breaks and other control chars
     * escaped, so that a value a user controls cannot start a forged log line: CR and LF become
     * {@code \r} and {@code \n}; the other C0 and C1 controls, DEL, U+2028 and U+2029 become
     * <code>&#92;uXXXX</code>; tab stays. The same instance when there is nothing to escape, or when the option
     * is off. Front ends apply it to messages and arguments, never to the line breaks of their own layout.
     *
     * @param text a message or argument; may be {@code null}
     * @return the text with control chars escaped, or {@code text} itself
     */
    public String neutralize(String text) {
        if (!neutralize || text == null || !ControlChars.any(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        ControlChars.appendEscaped(text, out);
        return out.toString();
    }

    /**
     * Whether {@link #neutralize} would change {@code text}: the option is on and it holds a control char.
     *
     * @param text the text to check
     * @return whether {@link #neutralize(String)} would change it
     */
    public boolean needsNeutralizing(CharSequence text) {
        return neutralize && text != null && ControlChars.any(text);
    }

    /**
     * A redactor for a text that arrives line by line (a log file, a stream): it carries a private key
     * block that spans lines from one line to the next. Each call returns one line for one line.
     *
     * @return a new line redactor; not thread-safe, one per stream
     */
    public LineRedactor newLineRedactor() {
        return new LineRedactor(this);
    }

    Engine engine() {
        return engine;
    }

    static int privateKeyId() {
        return PRIVATE_KEY;
    }

    void report(RuntimeException e) {
        if (onError != null && errorReported.compareAndSet(false, true)) {
            try {
                onError.accept(e);
            } catch (RuntimeException ignored) {
                // the listener must not break logging
            }
        }
    }

    private void report(Throwable e) {
        report(e instanceof RuntimeException ? (RuntimeException) e : new IllegalStateException(e));
    }

    /** The configuration in words (types, rules, strategies), without the hash key. */
    @Override
    public String toString() {
        return description;
    }

    private static final class Defaults {
        static final Redactor INSTANCE = builder().build();
    }

    /**
     * Collects settings; {@link #build()} validates them all and freezes them. The keys of
     * {@link #set(String, String)} are those of properties files and {@code %redact} options, listed in
     * {@link Setting}.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private final Set<String> disabled = new LinkedHashSet<>();
        private final Set<String> only = new LinkedHashSet<>();
        private final Map<String, String> strategies = new LinkedHashMap<>();
        private final Map<String, String> rules = new LinkedHashMap<>();
        private final Set<String> sensitiveKeys = new LinkedHashSet<>();
        private final Set<String> allow = new LinkedHashSet<>();
        private String hashKey;
        private String hashKeyEnv;
        private Path hashKeyFile;
        /** The environment {@link #hashKeyFromEnv} reads when a test replaces it; {@code null}: the process's. */
        private Function<String, String> environment;
        private boolean neutralize;
        private String placeholder = DEFAULT_PLACEHOLDER;
        private Consumer<? super RuntimeException> onError;

        private Builder() {
        }

        /**
         * Turns types off: built-in type names or rule names.
         *
         * @param types type names
         * @return this builder
         */
        public Builder disable(String... types) {
            addNames(disabled, types);
            return this;
        }

        /**
         * Turns types off.
         *
         * @param types built-in types
         * @return this builder
         */
        public Builder disable(SensitiveType... types) {
            for (SensitiveType t : types) {
                disabled.add(t.name());
            }
            return this;
        }

        /**
         * Turns every type off but these: built-in type names or rule names.
         *
         * @param types type names
         * @return this builder
         */
        public Builder only(String... types) {
            addNames(only, types);
            return this;
        }

        /**
         * Sets the strategy of a type: {@code redact}, {@code keep-last-N}, {@code hash}, ...
         *
         * @param type a type name
         * @param strategy a strategy name, checked at {@link #build()}
         * @return this builder
         */
        public Builder strategy(String type, String strategy) {
            strategies.put(canonicalType(type), strategy);
            return this;
        }

        /**
         * Sets the strategy of a built-in type.
         *
         * @param type a built-in type
         * @param strategy the strategy
         * @return this builder
         */
        public Builder strategy(SensitiveType type, Strategy strategy) {
            strategies.put(type.name(), strategy.toString());
            return this;
        }

        /**
         * The HMAC-SHA256 key of the {@code hash} strategy: at least 16 chars, kept secret. Prefer
         * {@link #hashKeyFromEnv} or {@link #hashKeyFromFile}, which keep it out of configuration files.
         *
         * @param key the key
         * @return this builder
         */
        public Builder hashKey(String key) {
            this.hashKey = key;
            return this;
        }

        /**
         * Reads the hash key, at {@link #build()}, from this environment variable.
         *
         * @param variable the environment variable's name
         * @return this builder
         */
        public Builder hashKeyFromEnv(String variable) {
            this.hashKeyEnv = variable;
            return this;
        }

        /**
         * Reads the hash key, at {@link #build()}, from this file (UTF-8; whitespace around it, such as the
         * final line break, is ignored): a mounted Kubernetes or Docker secret, for instance.
         *
         * @param file the key file
         * @return this builder
         */
        public Builder hashKeyFromFile(Path file) {
            this.hashKeyFile = file;
            return this;
        }

        /** The environment {@link #hashKeyFromEnv} reads; tests replace it. */
        Builder environment(Function<String, String> env) {
            this.environment = env;
            return this;
        }

        /**
         * Escapes line breaks and other control chars in messages and arguments, against forged log lines
         * (off by default): see {@link Redactor#neutralize(String)}.
         *
         * @param on whether to escape
         * @return this builder
         */
        public Builder neutralizeNewlines(boolean on) {
            this.neutralize = on;
            return this;
        }

        /**
         * More key names whose values are secrets, compared like the built-in ones.
         *
         * @param keys key names
         * @return this builder
         */
        public Builder sensitiveKeys(String... keys) {
            for (String k : keys) {
                if (k != null && !k.trim().isEmpty()) {
                    sensitiveKeys.add(k.trim());
                }
            }
            return this;
        }

        /**
         * A user rule: matches of the re2j {@code pattern} become {@code [REDACTED_<NAME>]}. The name is
         * upper-case letters, digits and {@code _}.
         *
         * @param name the rule's type name
         * @param pattern a re2j pattern, compiled at {@link #build()}
         * @return this builder
         */
        public Builder rule(String name, String pattern) {
            rules.put(name == null ? "" : name.trim(), pattern);
            return this;
        }

        /**
         * Values that are never redacted, compared exactly (e.g. a documented test card number).
         *
         * @param values the values to leave alone
         * @return this builder
         */
        public Builder allow(String... values) {
            for (String v : values) {
                if (v != null && !v.isEmpty()) {
                    allow.add(v);
                }
            }
            return this;
        }

        /**
         * The placeholder template; {@code {type}} stands for the type name. Default {@value #DEFAULT}.
         *
         * @param template the template
         * @return this builder
         */
        public Builder placeholder(String template) {
            this.placeholder = template;
            return this;
        }

        private static final String DEFAULT = DEFAULT_PLACEHOLDER;

        /**
         * Receives the first failure of redaction at log time (the output then holds {@value #FAILED}).
         *
         * @param listener the listener (an exception it throws is ignored)
         * @return this builder
         */
        public Builder onError(Consumer<? super RuntimeException> listener) {
            this.onError = listener;
            return this;
        }

        /**
         * Applies one setting by its configuration key ({@link Setting#key()}). Lists ({@code disable},
         * {@code only}, {@code sensitive-keys}, {@code allow}) are comma-separated.
         *
         * @param key a configuration key, such as {@code disable} or {@code strategy.EMAIL}
         * @param value its value
         * @return this builder
         * @throws RedactorConfigException for an unknown key
         */
        public Builder set(String key, String value) {
            Setting.applyKey(this, key, value);
            return this;
        }

        /**
         * Applies every entry of a properties map, as {@link #set(String, String)}.
         *
         * @param properties configuration keys and values
         * @return this builder
         */
        public Builder properties(Map<?, ?> properties) {
            for (Map.Entry<?, ?> e : properties.entrySet()) {
                set(String.valueOf(e.getKey()), String.valueOf(e.getValue()));
            }
            return this;
        }

        /** The most a configuration file may hold. */
        static final int MAX_CONFIG_FILE_BYTES = 1 << 20;
        /** The most a hash key file may hold. */
        static final int MAX_HASH_KEY_FILE_BYTES = 4096;

        /**
         * The text of a small UTF-8 file that a setting names. Only a regular file of at most {@code max}
         * bytes is read, so a setting that names a device such as {@code /dev/zero} or a named pipe fails
         * at once with an error, rather than reading, or waiting, for ever at start-up.
         */
        private static String readSmallFile(String setting, Path file, int max) {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new RedactorConfigException(setting, "cannot read '" + file + "': not a regular file");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(max + 1);
            } catch (IOException | RuntimeException e) {
                throw new RedactorConfigException(setting, "cannot read '" + file + "': " + whyUnreadable(e), e);
            }
            if (bytes.length > max) {
                throw new RedactorConfigException(setting, "cannot read '" + file + "': larger than " + max + " bytes");
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new RedactorConfigException(setting, "cannot read '" + file + "': " + whyUnreadable(e), e);
            }
        }

        /** Why a file could not be read, in words that never quote its content. */
        private static String whyUnreadable(Exception e) {
            if (e instanceof NoSuchFileException) {
                return "no such file";
            }
            if (e instanceof AccessDeniedException) {
                return "permission denied";
            }
            if (e instanceof CharacterCodingException) {
                return "not valid UTF-8";
            }
            return e.getClass().getSimpleName();
        }

        /**
         * Reads a properties file (UTF-8) with the configuration keys.
         *
         * @param file a properties file
         * @return this builder
         * @throws RedactorConfigException naming the file when it cannot be read
         */
        public Builder configFile(Path file) {
            String setting = Setting.CONFIG_FILE.key();
            String text = readSmallFile(setting, file, MAX_CONFIG_FILE_BYTES);
            Properties p = new Properties();
            try {
                p.load(new StringReader(text));
            } catch (IOException | IllegalArgumentException e) {
                String why = e instanceof IllegalArgumentException ? e.getMessage() : whyUnreadable(e);
                throw new RedactorConfigException(setting, "cannot read '" + file + "': " + why, e);
            }
            return properties(p);
        }

        /**
         * Validates every setting and builds the redactor.
         *
         * @return the redactor
         * @throws RedactorConfigException naming the first invalid setting and what would be valid
         */
        public Redactor build() {
            return build(Engine::new);
        }

        /** The engine's constructor, or in tests one that gives it another scanner. */
        interface Engines {
            Engine create(Set<SensitiveType> enabled, Collection<String> sensitiveKeys, List<String> ruleNames,
                    List<Pattern> rulePatterns, Collection<String> allow, String placeholder, Strategy[] strategies,
                    String hashKey);
        }

        /** As {@link #build()}, with the engine made by {@code engines}: tests and benchmarks compare scanners. */
        Redactor build(Engines engines) {
            List<String> ruleNames = new ArrayList<>();
            List<Pattern> compiled = new ArrayList<>();
            for (Map.Entry<String, String> r : rules.entrySet()) {
                String name = r.getKey();
                String setting = "rule." + name;
                if (!isRuleName(name)) {
                    throw new RedactorConfigException(setting,
                            "a rule name is upper-case letters, digits and _, starting with a letter");
                }
                if (isBuiltIn(name)) {
                    throw new RedactorConfigException(setting, "the name is a built-in type; choose another");
                }
                Pattern p;
                try {
                    p = Pattern.compile(r.getValue() == null ? "" : r.getValue());
                } catch (PatternSyntaxException e) {
                    throw new RedactorConfigException(setting, "invalid re2j pattern: " + e.getMessage(), e);
                }
                if (p.matcher("").find()) {
                    throw new RedactorConfigException(setting, "the pattern matches the empty string");
                }
                ruleNames.add(name);
                compiled.add(p);
            }
            checkNames("disable", disabled, ruleNames);
            checkNames("only", only, ruleNames);
            Set<SensitiveType> enabled = EnumSet.noneOf(SensitiveType.class);
            for (SensitiveType t : SensitiveType.values()) {
                if ((only.isEmpty() || only.contains(t.name())) && !disabled.contains(t.name())) {
                    enabled.add(t);
                }
            }
            for (int i = 0; i < ruleNames.size(); i++) {
                String name = ruleNames.get(i);
                if (!only.isEmpty() && !only.contains(name) || disabled.contains(name)) {
                    compiled.set(i, null);
                }
            }
            int builtIns = SensitiveType.values().length;
            Strategy[] byId = new Strategy[builtIns + ruleNames.size()];
            Arrays.fill(byId, Strategy.REDACT);
            boolean needsKey = false;
            for (Map.Entry<String, String> s : strategies.entrySet()) {
                String type = s.getKey();
                String setting = "strategy." + type;
                int id = isBuiltIn(type) ? SensitiveType.valueOf(type).ordinal() : ruleNames.indexOf(type);
                if (id < 0) {
                    throw new RedactorConfigException(setting, "unknown type '" + type + "'; known types: "
                            + knownTypes(ruleNames));
                }
                if (!isBuiltIn(type)) {
                    id += builtIns;
                }
                Strategy st;
                try {
                    st = Strategy.parse(s.getValue());
                } catch (IllegalArgumentException e) {
                    throw new RedactorConfigException(setting, e.getMessage(), e);
                }
                checkApplies(setting, type, st);
                needsKey |= st.kind() == Strategy.Kind.HASH;
                byId[id] = st;
            }
            String keySetting = keySetting();
            String key = readHashKey(keySetting);
            if (needsKey && key == null) {
                throw new RedactorConfigException("hash.key", "the hash strategy needs hash.key, hash.key.env or "
                        + "hash.key.file (a key of at least 16 chars)");
            }
            if (key != null && key.length() < 16) {
                throw new RedactorConfigException(keySetting, "the key must be at least 16 chars long");
            }
            if (placeholder == null || placeholder.isEmpty()) {
                throw new RedactorConfigException("placeholder", "must not be empty");
            }
            for (char c : placeholder.toCharArray()) {
                if (c == '"' || c == '\\' || c < ' ') {
                    throw new RedactorConfigException("placeholder",
                            "must not contain quotes, backslashes or control chars: they would break JSON output");
                }
            }
            for (String k : sensitiveKeys) {
                if (!hasLetterOrDigit(k)) {
                    throw new RedactorConfigException("sensitive-keys", "'" + k + "' has no letter or digit");
                }
            }
            Engine engine = engines.create(enabled, sensitiveKeys, ruleNames, compiled, allow, placeholder, byId, key);
            String description = "Redactor{types=" + enabled + ", rules=" + ruleNames + ", strategies=" + strategies
                    + ", placeholder=" + placeholder + ", allow=" + allow.size() + " values"
                    + (neutralize ? ", neutralize-newlines" : "") + "}";
            return new Redactor(this, engine, description);
        }

        /** Which of the hash key settings is set; at most one may be. */
        private String keySetting() {
            List<String> set = new ArrayList<>();
            if (hashKey != null && !hashKey.isEmpty()) {
                set.add("hash.key");
            }
            if (hashKeyEnv != null && !hashKeyEnv.isEmpty()) {
                set.add("hash.key.env");
            }
            if (hashKeyFile != null) {
                set.add("hash.key.file");
            }
            if (set.size() > 1) {
                throw new RedactorConfigException(set.get(1), "set only one of " + String.join(", ", set));
            }
            return set.isEmpty() ? "hash.key" : set.get(0);
        }

        /** The hash key from where {@code setting} says, or {@code null}; errors never quote the key. */
        private String readHashKey(String setting) {
            if (setting.equals("hash.key.env")) {
                String v = environment == null ? System.getenv(hashKeyEnv) : environment.apply(hashKeyEnv);
                if (v == null || v.trim().isEmpty()) {
                    throw new RedactorConfigException(setting, "the environment variable '" + hashKeyEnv + "' is not set");
                }
                return v.trim();
            }
            if (setting.equals("hash.key.file")) {
                String v = readSmallFile(setting, hashKeyFile, MAX_HASH_KEY_FILE_BYTES).trim();
                if (v.isEmpty()) {
                    throw new RedactorConfigException(setting, "'" + hashKeyFile + "' is empty");
                }
                return v;
            }
            return hashKey == null || hashKey.isEmpty() ? null : hashKey;
        }

        private static void checkApplies(String setting, String type, Strategy st) {
            switch (st.kind()) {
                case KEEP_DOMAIN:
                    if (!type.equals(SensitiveType.EMAIL.name())) {
                        throw new RedactorConfigException(setting, "keep-domain applies to EMAIL only");
                    }
                    break;
                case NETWORK:
                    if (!type.equals(SensitiveType.IP_ADDRESS.name())) {
                        throw new RedactorConfigException(setting, "network applies to IP_ADDRESS only");
                    }
                    break;
                case KEEP_LAST:
                    if (isBuiltIn(type) && !(type.equals("CREDIT_CARD") || type.equals("PHONE") || type.equals("IBAN")
                            || type.equals("SSN"))) {
                        throw new RedactorConfigException(setting,
                                st + " applies to CREDIT_CARD, PHONE, IBAN, SSN and user rules; it would leak part of "
                                        + type);
                    }
                    break;
                default:
                    break;
            }
        }

        private static void checkNames(String setting, Set<String> names, List<String> ruleNames) {
            for (String n : names) {
                if (!isBuiltIn(n) && !ruleNames.contains(n)) {
                    throw new RedactorConfigException(setting, "unknown type '" + n + "'; known types: "
                            + knownTypes(ruleNames));
                }
            }
        }

        private static String knownTypes(List<String> ruleNames) {
            List<String> all = new ArrayList<>();
            for (SensitiveType t : SensitiveType.values()) {
                all.add(t.name());
            }
            all.addAll(ruleNames);
            return String.join(", ", all);
        }

        /** {@code [A-Z][A-Z0-9_]*}. */
        private static boolean isRuleName(String name) {
            if (name.isEmpty() || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
                return false;
            }
            for (int i = 1; i < name.length(); i++) {
                char c = name.charAt(i);
                if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                    return false;
                }
            }
            return true;
        }

        private static boolean hasLetterOrDigit(String key) {
            for (int i = 0; i < key.length(); i++) {
                if (Character.isLetterOrDigit(key.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isBuiltIn(String name) {
            for (SensitiveType t : SensitiveType.values()) {
                if (t.name().equals(name)) {
                    return true;
                }
            }
            return false;
        }

        private static void addNames(Set<String> into, String... names) {
            for (String n : names) {
                if (n != null && !n.trim().isEmpty()) {
                    into.add(canonicalType(n));
                }
            }
        }

        private static String canonicalType(String name) {
            return name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        }
    }
}
