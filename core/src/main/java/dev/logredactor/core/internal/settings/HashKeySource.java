package dev.logredactor.core.internal.settings;

import dev.logredactor.core.RedactorConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Where the hash strategy's key comes from: the key itself, an environment variable or a file; at most
 * one of them. Read once, at validation; errors name the setting, the variable or the file, never the key.
 */
public final class HashKeySource {
    String literal;
    String variable;
    Path file;
    /** The environment to read {@link #variable} in; {@code null}: the process's. */
    Function<String, String> environment;

    HashKeySource() {
    }

    /** The key in an environment variable ({@code hash.key.env}), trimmed; {@code env} null: the process's. */
    public static String fromEnv(String setting, String variable, Function<String, String> env) {
        String v = env == null ? System.getenv(variable) : env.apply(variable);
        if (v == null || v.trim().isEmpty()) {
            throw new RedactorConfigException(setting, "the environment variable '" + variable + "' is not set");
        }
        return v.trim();
    }

    /** The key in a file ({@code hash.key.file}), trimmed. */
    public static String fromFile(String setting, Path file) {
        String key = SettingFiles.text(setting, file, SettingFiles.MAX_HASH_KEY_FILE_BYTES).trim();
        if (key.isEmpty()) {
            throw new RedactorConfigException(setting, "'" + file + "' is empty");
        }
        return key;
    }

    /** The key, or {@code null} when none is set. */
    String read() {
        String setting = setting();
        String key;
        if (setting.equals("hash.key.env")) {
            key = fromEnv(setting, variable, environment);
        } else if (setting.equals("hash.key.file")) {
            key = fromFile(setting, file);
        } else {
            key = literal == null || literal.isEmpty() ? null : literal;
        }
        if (key != null && key.length() < 16) {
            throw new RedactorConfigException(setting, "the key must be at least 16 chars long");
        }
        return key;
    }

    /** Which of the settings is set; at most one may be. */
    private String setting() {
        List<String> set = new ArrayList<>();
        if (literal != null && !literal.isEmpty()) {
            set.add("hash.key");
        }
        if (variable != null && !variable.isEmpty()) {
            set.add("hash.key.env");
        }
        if (file != null) {
            set.add("hash.key.file");
        }
        if (set.size() > 1) {
            throw new RedactorConfigException(set.get(1), "set only one of " + String.join(", ", set));
        }
        return set.isEmpty() ? "hash.key" : set.get(0);
    }
}
