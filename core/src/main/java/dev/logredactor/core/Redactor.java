package dev.logredactor.core;

import dev.logredactor.core.internal.Engine;
import dev.logredactor.core.internal.scan.Findings;
import dev.logredactor.core.internal.settings.DetectorClasses;
import dev.logredactor.core.internal.settings.Draft;
import dev.logredactor.core.internal.settings.SettingFiles;
import dev.logredactor.core.internal.settings.Spec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    /** {@code mode=report}: findings are counted, texts go out as they came. */
    private final boolean reportOnly;
    /** Whether findings are counted in {@link FindingCounts}: {@code telemetry}, or report mode. */
    private final boolean counting;

    private Redactor(Engine engine, boolean neutralize, String description, Consumer<? super RuntimeException> onError,
            boolean reportOnly, boolean counting) {
        this.engine = engine;
        this.neutralize = neutralize;
        this.description = description;
        this.onError = onError;
        this.reportOnly = reportOnly;
        this.counting = counting || reportOnly;
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
        return redact(text, null);
    }

    /**
     * Redacts {@code text} as {@link #redact(String)} does, and tells {@code found} the type name of each
     * finding, in text order (never a value): for an integration that reports what it redacted, such as
     * per-type counts of a stream or a batch job, without scanning twice.
     *
     * @param text the text to redact; may be {@code null}
     * @param found told each finding's type name, such as {@code EMAIL}, once the text is redacted;
     *     {@code null} for none
     * @return the redacted text, or {@code text} itself when nothing was found
     */
    public String redact(String text, Consumer<? super String> found) {
        if (text == null) {
            return null;
        }
        String redacted = redactedOrNull(text, found);
        return redacted == null ? text : redacted;
    }

    /**
     * Whether {@code redacted}, what a method of this class returned for {@code text}, is the text of a
     * redaction that failed ({@link #FAILED}), for an integration that must then refuse the record rather
     * than pass it on.
     *
     * @param text what was redacted
     * @param redacted what the redactor returned for it
     * @return whether the redaction failed
     */
    public static boolean isFailure(String text, String redacted) {
        return redacted != text && redacted != null && redacted.trim().equals(FAILED);
    }

    /**
     * The text with every finding replaced, or {@code null} when nothing was found: for a caller that
     * keeps what it already holds for a clean text (the bytes it read), so that a text is scanned once.
     *
     * @param text the text to redact
     * @return the redacted text, or {@code null} when nothing was found
     */
    public String redactedOrNull(CharSequence text) {
        return redactedOrNull(text, null);
    }

    private String redactedOrNull(CharSequence text, Consumer<? super String> found) {
        try {
            Findings f = engine.find(text);
            if (f == null) {
                return null;
            }
            StringBuilder out = new StringBuilder(text.length() + 16 * f.size());
            render(text, f, out);
            tell(f, found);
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
        return redactValue(key, value, null);
    }

    /**
     * Redacts the value of a key-value pair as {@link #redactValue(String, String)} does, and tells
     * {@code found} the type name of each finding in the value, in text order.
     *
     * @param key the key the value belongs to; may be {@code null}
     * @param value the value to redact; may be {@code null}
     * @param found told each finding's type name; {@code null} for none
     * @return the redacted value, or {@code value} itself when nothing was found
     */
    public String redactValue(String key, String value, Consumer<? super String> found) {
        if (value == null || key == null || key.isEmpty()) {
            return redact(value, found);
        }
        try {
            String joined = key + "=" + value;
            Findings f = engine.find(joined);
            if (f == null) {
                return value;
            }
            int valueStart = key.length() + 1;
            if (f.start(0) < valueStart) {
                return redact(value, found); // the key itself matched: it stays, the value is redacted alone
            }
            StringBuilder out = new StringBuilder(joined.length() + 16 * f.size());
            render(joined, f, out);
            tell(f, found);
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
            render(text, f, out);
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

    /**
     * Appends {@code text} with the findings replaced, or as it is in report mode; counts each type
     * found in {@link FindingCounts}.
     */
    void render(CharSequence text, Findings f, StringBuilder out) {
        for (int i = 0; counting && i < f.size(); i++) {
            FindingCounts.found(engine.typeName(f.type(i)));
        }
        if (reportOnly) {
            out.append(text);
        } else {
            engine.render(text, f, out);
        }
    }

    /** Tells {@code found} (when not null) the type name of each finding, in text order. */
    void tell(Findings f, Consumer<? super String> found) {
        for (int i = 0; found != null && i < f.size(); i++) {
            found.accept(engine.typeName(f.type(i)));
        }
    }

    /** As {@link #render}, for a whole span of one type (a private key's lines). */
    void renderSpan(CharSequence text, int start, int end, int type, StringBuilder out) {
        if (counting) {
            FindingCounts.found(engine.typeName(type));
        }
        if (reportOnly) {
            out.append(text, start, end);
        } else {
            engine.renderSpan(text, start, end, type, out);
        }
    }

    /**
     * Whether this redactor only reports ({@code mode=report}): it finds and counts as usual, and every
     * method returns the text as it came (a copy where something was found). For a rollout, to see what
     * would be redacted before it is; never in production.
     *
     * @return whether texts go out unredacted
     */
    public boolean reportsOnly() {
        return reportOnly;
    }

    /**
     * Whether this redactor counts its findings in {@link FindingCounts} ({@code telemetry}, on by default,
     * and always in report mode): integrations then mark each event with {@link FindingCounts#begin()}.
     *
     * @return whether findings are counted
     */
    public boolean counts() {
        return counting;
    }

    void report(RuntimeException e) {
        if (counting) {
            FindingCounts.failed();
        }
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
        private final Draft draft = new Draft(DEFAULT_PLACEHOLDER);
        private boolean neutralize;
        private Consumer<? super RuntimeException> onError;
        private boolean reportOnly;
        private boolean telemetry = true;
        /** The configuration files being read, one including the next. */
        private int configFiles;

        private Builder() {
        }

        /**
         * Turns types off: built-in type names, rule names or detector types.
         *
         * @param types type names
         * @return this builder
         */
        public Builder disable(String... types) {
            for (String t : types) {
                draft.disable(t);
            }
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
                draft.disable(t.name());
            }
            return this;
        }

        /**
         * Turns every type off but these: built-in type names, rule names or detector types.
         *
         * @param types type names
         * @return this builder
         */
        public Builder only(String... types) {
            for (String t : types) {
                draft.only(t);
            }
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
            draft.strategy(type, strategy);
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
            draft.strategy(type.name(), strategy.toString());
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
            draft.hashKey(key);
            return this;
        }

        /**
         * Reads the hash key, at {@link #build()}, from this environment variable.
         *
         * @param variable the environment variable's name
         * @return this builder
         */
        public Builder hashKeyFromEnv(String variable) {
            draft.hashKeyFromEnv(variable);
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
            draft.hashKeyFromFile(file);
            return this;
        }

        /** The environment {@link #hashKeyFromEnv} reads; tests replace it. */
        Builder environment(Function<String, String> env) {
            draft.environment(env);
            return this;
        }

        /**
         * Whether findings are counted per type and logger in {@link FindingCounts} (on by default; report
         * mode counts whatever this says).
         *
         * @param on {@code false} to count nothing
         * @return this builder
         */
        public Builder telemetry(boolean on) {
            telemetry = on;
            return this;
        }

        /**
         * {@code redact} (the default) or {@code report}: find and count as usual, but let every text out
         * as it came, to see what would be redacted before turning it on. Integrations warn at start-up.
         *
         * @param mode {@code redact} or {@code report}
         * @return this builder
         * @throws RedactorConfigException for another value
         */
        public Builder mode(String mode) {
            String m = mode == null ? "" : mode.trim();
            if (!m.equalsIgnoreCase("redact") && !m.equalsIgnoreCase("report")) {
                throw new RedactorConfigException(Setting.MODE.key(), "expected redact or report, not '" + m + "'");
            }
            reportOnly = m.equalsIgnoreCase("report");
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
                draft.sensitiveKey(k);
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
            draft.rule(name, pattern);
            return this;
        }

        /**
         * A detector of your own: what its pattern matches and its validator confirms is redacted as its
         * type. Its type and pattern are read, and checked, at {@link #build()}.
         *
         * @param detector the detector
         * @return this builder
         */
        public Builder detector(Detector detector) {
            draft.detector(Objects.requireNonNull(detector, "detector"));
            return this;
        }

        /** A detector by class name: public, with a public no-argument constructor; made at once. */
        Builder detectorClass(String className) {
            draft.detector(DetectorClasses.instantiate(Setting.DETECTORS.key(), className));
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
                draft.allow(v);
            }
            return this;
        }

        /**
         * The placeholder template of every strategy; {@code {type}} stands for the type name, and a
         * strategy that keeps a detail writes it right after the type name. Default {@value #DEFAULT}.
         *
         * @param template the template
         * @return this builder
         */
        public Builder placeholder(String template) {
            draft.placeholder(template);
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
         * {@code only}, {@code sensitive-keys}, {@code allow}, {@code detectors}) are comma-separated.
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

        /**
         * Reads a properties file with the configuration keys: UTF-8, a regular file of at most 1 MiB.
         *
         * @param file a properties file
         * @return this builder
         * @throws RedactorConfigException naming the file when it cannot be read
         */
        public Builder configFile(Path file) {
            if (configFiles >= SettingFiles.MAX_CONFIG_FILE_DEPTH) {
                throw SettingFiles.tooDeep(Setting.CONFIG_FILE.key(), file);
            }
            configFiles++;
            try {
                return properties(SettingFiles.properties(Setting.CONFIG_FILE.key(), file));
            } finally {
                configFiles--;
            }
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

        /** As {@link #build()}, with the engine made by {@code engines}: tests and benchmarks compare scanners. */
        Redactor build(Function<Spec, Engine> engines) {
            Spec spec = draft.validate();
            String description = "Redactor{" + spec.description + (neutralize ? ", neutralize-newlines" : "") + "}";
            String desc = reportOnly ? description.substring(0, description.length() - 1) + ", mode=report}" : description;
            desc = telemetry ? desc : desc.substring(0, desc.length() - 1) + ", telemetry off}";
            return new Redactor(engines.apply(spec), neutralize, desc, onError, reportOnly, telemetry);
        }
    }
}
