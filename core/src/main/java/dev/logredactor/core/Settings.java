package dev.logredactor.core;

import dev.logredactor.core.internal.settings.HashKeySource;
import dev.logredactor.core.internal.settings.SettingFiles;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The settings of one configured component, in the order the user wrote them, each with how it was
 * written ({@code <rule>}, {@code attribute strategy}, {@code --config app.properties}): the config
 * model every front end fills (Logback elements, Log4j2 attributes, {@code %redact} options, CLI flags)
 * and turns into a {@link Redactor} with {@link #build}.
 *
 * <p>A value that cannot even be read as its setting ({@code CREDIT_CARD:keep-last-4} where
 * {@code NAME=value} belongs) is kept and reported by {@link #build}, in order, like any other bad
 * setting. Two {@code Settings} with the same settings and values are equal, however they were written,
 * so components can share one redactor. Not thread-safe.
 */
public final class Settings {
    private final List<Entry> entries = new ArrayList<>();

    /**
     * Settings by key made self-contained, for a redactor built from them on other machines (a Spark
     * executor), where neither the files nor the environment of this one are: each {@code config-file} is
     * replaced by the settings of the file it names (read here as the builder reads it: UTF-8, a regular
     * file of at most 1 MiB, 8 deep), and a hash key named by {@code hash.key.file} or {@code hash.key.env}
     * is read here and given as {@code hash.key}. The result holds the hash key itself: keep it out of
     * logs and anything persisted.
     *
     * @param settings keys and values, as a properties file has them
     * @return the same settings with no file or variable left to read, sorted by key
     * @throws RedactorConfigException naming the setting, for a file or variable that cannot be read, or a
     *     key that is no list given twice with different values (in a file named by {@code config-file} and beside
     *     it); lists ({@code disable}, {@code allow}, ...) given twice add up, as in the builder
     */
    public static Map<String, String> selfContained(Map<String, String> settings) {
        Map<String, String> out = new TreeMap<>();
        expand(settings, out, 0);
        return out;
    }

    private static void expand(Map<?, ?> settings, Map<String, String> out, int depth) {
        for (Map.Entry<?, ?> e : settings.entrySet()) {
            String key = String.valueOf(e.getKey()).trim();
            String value = String.valueOf(e.getValue());
            if (key.equals(Setting.CONFIG_FILE.key())) {
                if (depth >= SettingFiles.MAX_CONFIG_FILE_DEPTH) {
                    throw SettingFiles.tooDeep(key, value.trim());
                }
                Properties p = SettingFiles.properties(key, path(key, value));
                expand(p, out, depth + 1);
            } else if (key.equals(Setting.HASH_KEY_FILE.key())) {
                put(out, Setting.HASH_KEY.key(), HashKeySource.fromFile(key, path(key, value)), key);
            } else if (key.equals(Setting.HASH_KEY_ENV.key())) {
                if (!value.trim().isEmpty()) { // as the builder: an empty one names no variable
                    put(out, Setting.HASH_KEY.key(), HashKeySource.fromEnv(key, value.trim(), null), key);
                }
            } else {
                put(out, key, value, key);
            }
        }
    }

    private static Path path(String key, String value) {
        try {
            return Paths.get(value.trim());
        } catch (RuntimeException e) {
            throw new RedactorConfigException(key, "'" + value.trim() + "' is no path", e);
        }
    }

    private static void put(Map<String, String> out, String key, String value, String writtenAs) {
        Setting setting = Setting.forKey(key);
        if (setting != null && setting.shape() == Setting.Shape.LIST && out.containsKey(key)) {
            out.put(key, out.get(key) + "," + value); // lists add up, as the builder's do
            return;
        }
        String before = out.putIfAbsent(key, value);
        if (before != null && !before.equals(value)) {
            throw new RedactorConfigException(writtenAs, "given twice with different values (in a file that config-file names "
                    + "and beside it, or as hash.key and hash.key.file or hash.key.env): give it once");
        }
    }

    /** No settings yet: {@link #build} gives the defaults. */
    public Settings() {
    }

    /**
     * One setting with its value as an element, an attribute or a flag gives it: a named setting's value
     * is {@code NAME=value} ({@code CREDIT_CARD=keep-last-4}; comma-separated pairs for
     * {@link Setting#STRATEGY}). A {@code null} value (an attribute not given) adds nothing.
     *
     * @param setting the setting
     * @param value its value
     * @param writtenAs how the user wrote it, for error messages: {@code <strategy>}, {@code --only}
     * @return this
     */
    public Settings add(Setting setting, String value, String writtenAs) {
        if (value == null) {
            return this;
        }
        if (!setting.isNamed()) {
            entries.add(new Entry(setting, null, value, writtenAs, null));
            return this;
        }
        String[] pairs = setting.shape() == Setting.Shape.NAMED_LIST ? value.split(",") : new String[] {value};
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                String expected = "NAME=value (e.g. " + setting.example() + ")";
                RedactorConfigException bad = new RedactorConfigException(setting.attribute(), "'" + pair + "' is not " + expected);
                entries.add(new Entry(setting, null, pair, writtenAs, bad));
            } else {
                entries.add(new Entry(setting, pair.substring(0, eq).trim(), pair.substring(eq + 1), writtenAs, null));
            }
        }
        return this;
    }

    /**
     * One setting by its key, as a properties file or a {@code %redact} option has it
     * ({@code strategy.EMAIL}, {@code hash.key.file}). An unknown key is reported by {@link #build}.
     *
     * @param key the key
     * @param value its value
     * @param writtenAs how the user wrote it, for error messages: {@code option disable}
     * @return this
     */
    public Settings addKey(String key, String value, String writtenAs) {
        String k = key == null ? "" : key.trim();
        Setting s = Setting.forKey(k);
        if (s == null) {
            RedactorConfigException bad = new RedactorConfigException(k, "unknown setting; known settings are "
                    + Setting.knownKeys());
            entries.add(new Entry(null, k, value, writtenAs, bad));
        } else {
            entries.add(new Entry(s, s.isNamed() ? k.substring(s.key().length()) : null, value == null ? "" : value, writtenAs,
                    null));
        }
        return this;
    }

    /**
     * One {@code %redact} option, {@code key=value} with a key of {@link Setting}, named in messages as
     * {@code option key}; one without {@code =} is reported by {@link #build} in its place.
     *
     * @param option the option as written
     * @return this
     */
    public Settings addOption(String option) {
        String o = String.valueOf(option);
        int eq = o.indexOf('=');
        if (eq > 0) {
            String key = o.substring(0, eq).trim();
            return addKey(key, o.substring(eq + 1), "option " + key);
        }
        RedactorConfigException bad = new RedactorConfigException("option", "'" + o + "' is not key=value (keys: "
                + Setting.knownKeys() + ")");
        entries.add(new Entry(null, null, o, "option '" + o + "'", bad));
        return this;
    }

    /**
     * Whether no setting was given.
     *
     * @return whether {@link #build} gives the defaults
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /**
     * Validates every setting and builds the redactor.
     *
     * @param onError receives the first failure of redaction at log time; may be {@code null}
     * @return the redactor
     * @throws RedactorConfigException for the first setting, in the order written, at which the
     *     configuration goes wrong; its {@link RedactorConfigException#writtenAs()} is how the user wrote it
     */
    public Redactor build(Consumer<? super RuntimeException> onError) {
        Redactor.Builder b = Redactor.builder();
        apply(b, entries.size());
        b.onError(onError);
        try {
            return b.build();
        } catch (RedactorConfigException e) {
            throw e.writtenAs(culprit(e));
        }
    }

    /** Applies the first {@code n} entries; an entry that cannot be applied is named in the error. */
    private void apply(Redactor.Builder b, int n) {
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            try {
                if (e.problem != null) {
                    throw e.problem;
                }
                e.setting.apply(b, e.name, e.value);
            } catch (RedactorConfigException x) {
                throw x.writtenAs(e.writtenAs);
            }
        }
    }

    /**
     * How the setting at fault in a failed build was written: that of the first entry at which the
     * settings so far fail with the same error. The error can name a setting the user did not write
     * (a missing {@code hash.key}): then the entry that needs it is named ({@code <strategy>}).
     */
    private String culprit(RedactorConfigException error) {
        for (int n = 1; n <= entries.size(); n++) {
            Redactor.Builder b = Redactor.builder();
            try {
                apply(b, n);
                b.build();
            } catch (RedactorConfigException e) {
                if (Objects.equals(e.getMessage(), error.getMessage())) {
                    return entries.get(n - 1).writtenAs;
                }
            }
        }
        return error.setting();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings && ((Settings) o).entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    /** The settings, without values (a hash key may be one). */
    @Override
    public String toString() {
        List<String> names = new ArrayList<>();
        for (Entry e : entries) {
            names.add(e.writtenAs);
        }
        return "Settings" + names;
    }

    /** One setting as written; equal to another with the same setting, name and value, however written. */
    private static final class Entry {
        final Setting setting;
        final String name;
        final String value;
        final String writtenAs;
        /** Why the entry cannot be applied, or {@code null}. */
        final RedactorConfigException problem;

        Entry(Setting setting, String name, String value, String writtenAs, RedactorConfigException problem) {
            this.setting = setting;
            this.name = name;
            this.value = value;
            this.writtenAs = writtenAs;
            this.problem = problem;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Entry)) {
                return false;
            }
            Entry e = (Entry) o;
            return setting == e.setting && Objects.equals(name, e.name) && Objects.equals(value, e.value)
                    && Objects.equals(problem == null ? null : problem.getMessage(), e.problem == null ? null : e.problem.getMessage());
        }

        @Override
        public int hashCode() {
            return Objects.hash(setting, name, value);
        }
    }
}
