package dev.logredactor.logback;

import ch.qos.logback.core.Context;
import ch.qos.logback.core.spi.ContextAware;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.RedactorConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The settings of one of our components, as Logback's configurator hands them over (one call per
 * child element), turned into a {@link Redactor} at {@code start()}.
 *
 * <p>Components of one {@link Context} with the same settings share one {@code Redactor}. A bad setting
 * is reported once, through the status manager, naming the element; the component then redacts with the
 * defaults rather than not at all. Every bad setting is reported in one shape,
 * {@code log-redactor: invalid <rule> in RedactingEncoder: rule.TICKET: ...}, whether the core rejects its
 * value or the element itself is malformed ({@code <strategy>CREDIT_CARD:keep-last-4</strategy>}).
 */
final class RedactorSettings {
    /** Per context, its redactors by settings; weak, so a context that is gone takes its redactors along. */
    private static final Map<Context, Map<String, Redactor>> BY_CONTEXT = new WeakHashMap<>();

    /** How the user wrote the setting ({@code <rule>}, {@code option disable}), core key, value; in the order configured. */
    private final List<String[]> entries = new ArrayList<>();
    /** The first setting that could not even be read as one (no {@code =}), with how it was written; else null. */
    private String[] malformed;
    /** Whether the settings are {@code %redact} options (core keys), not XML elements. */
    private final boolean asOptions;

    /** Settings given as XML elements. */
    RedactorSettings() {
        this(false);
    }

    /** @param asOptions whether they are {@code %redact} options, written with the core keys */
    RedactorSettings(boolean asOptions) {
        this.asOptions = asOptions;
    }

    /**
     * One setting.
     *
     * @param written how the user wrote it, for messages: {@code <rule>}, {@code option disable}
     */
    void add(String written, String key, String value) {
        entries.add(new String[] {written, key, value});
    }

    /**
     * A setting that is not {@code NAME=value} where one must be; reported at {@link #redactor} in the
     * shape of any other bad setting.
     */
    void malformed(String written, String key, String text, String expected) {
        if (malformed == null) {
            malformed = new String[] {written, key, "'" + text + "' is not " + expected};
        }
    }

    /** A {@code NAME=value} element ({@code <strategy>}, {@code <rule>}) as the core key {@code prefix.NAME}. */
    private void addNamed(String element, String prefix, String nameAndValue, String example) {
        int eq = nameAndValue == null ? -1 : nameAndValue.indexOf('=');
        String written = "<" + element + ">";
        if (eq <= 0) {
            malformed(written, element, String.valueOf(nameAndValue), "NAME=value (e.g. " + example + ")");
            return;
        }
        add(written, prefix + nameAndValue.substring(0, eq).trim(), nameAndValue.substring(eq + 1));
    }

    /**
     * One child element of a component's XML: {@code <disable>}, {@code <only>}, {@code <strategy>},
     * {@code <hashKey>}, {@code <hashKeyEnv>}, {@code <hashKeyFile>}, {@code <sensitiveKey>}, {@code <rule>},
     * {@code <allow>}, {@code <placeholder>}, {@code <neutralizeNewlines>}, {@code <configFile>}, mapped to the
     * core key.
     */
    void element(String element, String value) {
        String written = "<" + element + ">";
        switch (element) {
            case "strategy":
                addNamed(element, "strategy.", value, "CREDIT_CARD=keep-last-4");
                break;
            case "rule":
                addNamed(element, "rule.", value, "TICKET=TCK-[0-9]{6}");
                break;
            case "hashKey":
                add(written, "hash.key", value);
                break;
            case "hashKeyEnv":
                add(written, "hash.key.env", value);
                break;
            case "hashKeyFile":
                add(written, "hash.key.file", value);
                break;
            case "neutralizeNewlines":
                add(written, "neutralize-newlines", value);
                break;
            case "sensitiveKey":
                add(written, "sensitive-keys", value);
                break;
            default:
                add(written, element, value); // disable, only, allow, placeholder, configFile
        }
    }

    /**
     * The redactor for these settings, shared in the context; on a bad setting the defaults, with one
     * error naming the element.
     */
    Redactor redactor(ContextAware status, String component) {
        Context context = status.getContext();
        String key = describe();
        Map<String, Redactor> shared = shared(context);
        Redactor r = shared == null ? null : shared.get(key);
        if (r != null) {
            return r;
        }
        try {
            if (malformed != null) {
                throw new RedactorConfigException(malformed[1], malformed[2]);
            }
            r = build(true, status, component);
        } catch (RedactorConfigException e) {
            status.addError("log-redactor: invalid " + writtenAs(e.setting()) + " in " + component + ": " + e.getMessage()
                    + whatNow(context));
            r = build(false, status, component);
        }
        if (shared != null) {
            Redactor earlier = shared.putIfAbsent(key, r);
            return earlier != null ? earlier : r;
        }
        return r;
    }

    private Redactor build(boolean applySettings, ContextAware status, String component) {
        Redactor.Builder b = Redactor.builder();
        if (applySettings) {
            for (String[] e : entries) {
                if (e[1].equals("configFile")) {
                    b.configFile(Path.of(e[2].trim()));
                } else {
                    b.set(e[1], e[2]);
                }
            }
        }
        b.onError(ex -> status.addError("log-redactor: redaction failed in " + component + "; the affected text was written as "
                + Redactor.FAILED + " (reported once)", ex));
        return b.build();
    }

    /** How the user wrote the setting the core names; one read from a {@code configFile} is named as its key there. */
    private String writtenAs(String setting) {
        if (malformed != null && malformed[1].equals(setting)) {
            return malformed[0];
        }
        String file = null;
        for (String[] e : entries) {
            if (e[1].equals(setting)) {
                return e[0];
            }
            if (e[1].equals("configFile")) {
                file = e[0];
            }
        }
        if (file != null) {
            return file; // the key is in that file; the message names it after the colon
        }
        // a setting the user did not write, that another one needs: hash.key for strategy hash
        return asOptions ? "option " + setting : "<" + ELEMENTS.getOrDefault(setting, setting) + ">";
    }

    /** The element of each core key whose element name differs from it. */
    private static final Map<String, String> ELEMENTS = Map.of("hash.key", "hashKey", "hash.key.env", "hashKeyEnv",
            "hash.key.file", "hashKeyFile", "neutralize-newlines", "neutralizeNewlines", "sensitive-keys", "sensitiveKey");

    /**
     * What happens after a bad setting. Spring Boot turns any error in Logback's status output into a
     * start-up failure, so there the component does not go on with the defaults. Spring Boot puts its
     * {@code Environment} in the context's objects before it configures Logback; nothing else does.
     */
    private static String whatNow(Context context) {
        if (context != null && context.getObject("org.springframework.core.env.Environment") != null) {
            return "; Spring Boot stops the start-up on this error: fix the setting";
        }
        return "; redacting with the defaults instead";
    }

    /** The settings as one string, hash key included, used only as the cache key. */
    private String describe() {
        StringBuilder sb = new StringBuilder();
        for (String[] e : entries) {
            sb.append(e[1]).append('\u0000').append(e[2]).append('\u0001');
        }
        return sb.toString();
    }

    private static Map<String, Redactor> shared(Context context) {
        if (context == null) {
            return null;
        }
        synchronized (BY_CONTEXT) {
            return BY_CONTEXT.computeIfAbsent(context, c -> new ConcurrentHashMap<>());
        }
    }

    /** Setters every component offers; the child elements of its XML. */
    interface Elements {
        void addDisable(String types);

        void addOnly(String types);

        void addStrategy(String typeAndStrategy);

        void setHashKey(String key);

        void addSensitiveKey(String keys);

        void addRule(String nameAndPattern);

        void addAllow(String values);

        void setPlaceholder(String template);

        void setConfigFile(String path);

        void setHashKeyEnv(String variable);

        void setHashKeyFile(String path);

        void setNeutralizeNewlines(String on);
    }
}
