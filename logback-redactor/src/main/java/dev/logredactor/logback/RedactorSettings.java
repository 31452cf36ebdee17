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
 * defaults rather than not at all.
 */
final class RedactorSettings {
    /** Per context, its redactors by settings; weak, so a context that is gone takes its redactors along. */
    private static final Map<Context, Map<String, Redactor>> BY_CONTEXT = new WeakHashMap<>();

    /** Element name, core key, value; in the order they were configured. */
    private final List<String[]> entries = new ArrayList<>();

    void add(String element, String key, String value) {
        entries.add(new String[] {element, key, value});
    }

    /** A {@code NAME=value} element ({@code <strategy>}, {@code <rule>}) as the core key {@code prefix.NAME}. */
    void addNamed(String element, String prefix, String nameAndValue, ContextAware status) {
        int eq = nameAndValue == null ? -1 : nameAndValue.indexOf('=');
        if (eq <= 0) {
            status.addError("log-redactor: <" + element + ">" + nameAndValue + "</" + element + ">: expected NAME=value");
            return;
        }
        add(element, prefix + nameAndValue.substring(0, eq).trim(), nameAndValue.substring(eq + 1));
    }

    /**
     * One child element of a component's XML: {@code <disable>}, {@code <only>}, {@code <strategy>},
     * {@code <hashKey>}, {@code <hashKeyEnv>}, {@code <hashKeyFile>}, {@code <sensitiveKey>}, {@code <rule>},
     * {@code <allow>}, {@code <placeholder>}, {@code <neutralizeNewlines>}, {@code <configFile>}, mapped to the
     * core key.
     */
    void element(String element, String value, ContextAware status) {
        switch (element) {
            case "strategy":
                addNamed(element, "strategy.", value, status);
                break;
            case "rule":
                addNamed(element, "rule.", value, status);
                break;
            case "hashKey":
                add(element, "hash.key", value);
                break;
            case "hashKeyEnv":
                add(element, "hash.key.env", value);
                break;
            case "hashKeyFile":
                add(element, "hash.key.file", value);
                break;
            case "neutralizeNewlines":
                add(element, "neutralize-newlines", value);
                break;
            case "sensitiveKey":
                add(element, "sensitive-keys", value);
                break;
            default:
                add(element, element, value); // disable, only, allow, placeholder, configFile
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
            r = build(true, status, component);
        } catch (RedactorConfigException e) {
            status.addError("log-redactor: invalid <" + elementOf(e.setting()) + "> in " + component + ": " + e.getMessage()
                    + "; redacting with the defaults instead");
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

    private String elementOf(String setting) {
        for (String[] e : entries) {
            if (e[1].equals(setting)) {
                return e[0];
            }
        }
        if (setting.startsWith("rule.")) {
            return "rule";
        }
        if (setting.startsWith("strategy.")) {
            return "strategy";
        }
        switch (setting) {
            case "hash.key":
                return "hashKey";
            case "hash.key.env":
                return "hashKeyEnv";
            case "hash.key.file":
                return "hashKeyFile";
            default:
                return setting;
        }
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
