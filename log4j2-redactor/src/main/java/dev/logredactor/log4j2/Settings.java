package dev.logredactor.log4j2;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.RedactorConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * The settings of one of our plugins (attributes, nested {@code <Rule>} and {@code <Allow>} elements, or
 * {@code %redact} options), turned into a {@link Redactor}.
 *
 * <p>Plugins with the same settings share one {@code Redactor}. A bad setting is reported once, through
 * the StatusLogger, naming the attribute or element; the plugin then redacts with the defaults rather
 * than not at all. Every bad setting is reported in one shape,
 * {@code log-redactor: invalid attribute disable on RedactionPolicy: disable: ...}, whether the core rejects
 * its value or it cannot be read as a setting at all ({@code strategy="CREDIT_CARD:keep-last-4"}).
 */
final class Settings {
    private static final Map<String, Redactor> SHARED = new ConcurrentHashMap<>();

    /** Forgets the shared redactors, so that the next plugins build their own: for tests that inject faults. */
    static void forgetShared() {
        SHARED.clear();
    }

    /** What the user wrote (attribute or element), core key, value; in order. */
    private final List<String[]> entries = new ArrayList<>();
    /** The first setting that could not be read as one, with how it was written; else null. */
    private String[] malformed;

    /** An attribute or option; ignored when {@code value} is null. */
    Settings add(String written, String key, String value) {
        if (value != null) {
            entries.add(new String[] {written, key, value});
        }
        return this;
    }

    /** A setting that is not {@code key=value} where one must be; reported at {@link #redactor} like any bad setting. */
    void malformed(String written, String key, String text, String expected) {
        if (malformed == null) {
            malformed = new String[] {written, key, "'" + text + "' is not " + expected};
        }
    }

    /** The common attributes of {@code <RedactionPolicy>} and {@code <RedactingLayout>}. */
    Settings attributes(String disable, String only, String strategy, String hashKey, String sensitiveKeys,
            String placeholder, String configFile, Rule[] rules, Allow[] allows, String plugin) {
        add("disable", "disable", disable);
        add("only", "only", only);
        if (strategy != null) {
            for (String s : strategy.split(",")) {
                int eq = s.indexOf('=');
                if (eq <= 0) {
                    malformed("strategy", "strategy", s, "TYPE=strategy (e.g. strategy=\"CREDIT_CARD=keep-last-4,EMAIL=hash\")");
                    continue;
                }
                add("strategy", "strategy." + s.substring(0, eq).trim(), s.substring(eq + 1));
            }
        }
        add("hashKey", "hash.key", hashKey);
        add("sensitiveKeys", "sensitive-keys", sensitiveKeys);
        add("placeholder", "placeholder", placeholder);
        add("configFile", "configFile", configFile);
        if (rules != null) {
            for (Rule r : rules) {
                if (r != null) {
                    add("<Rule name=\"" + r.name() + "\">", "rule." + r.name(), r.pattern());
                }
            }
        }
        if (allows != null) {
            for (Allow a : allows) {
                if (a != null) {
                    add("<Allow>", "allow", a.value());
                }
            }
        }
        return this;
    }

    /** The redactor for these settings; on a bad setting the defaults, with one error naming it. */
    Redactor redactor(String plugin) {
        String key = plugin + '\u0002' + describe();
        Redactor r = SHARED.get(key);
        if (r != null) {
            return r;
        }
        try {
            if (malformed != null) {
                throw new RedactorConfigException(malformed[1], malformed[2]);
            }
            r = build(true, plugin);
        } catch (RedactorConfigException e) {
            StatusLogger.getLogger().error("log-redactor: invalid {} on {}: {}; redacting with the defaults instead",
                    writtenAs(e.setting()), plugin, e.getMessage());
            r = build(false, plugin);
        }
        Redactor earlier = SHARED.putIfAbsent(key, r);
        return earlier != null ? earlier : r;
    }

    private Redactor build(boolean applySettings, String plugin) {
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
        b.onError(ex -> StatusLogger.getLogger().error("log-redactor: redaction failed in {}; the affected text was written as {}"
                + " (reported once)", plugin, Redactor.FAILED, ex));
        return b.build();
    }

    /** How the user wrote the setting the core names: attribute {@code hashKey}, element {@code <Rule name="x">}. */
    private String writtenAs(String setting) {
        if (malformed != null && malformed[1].equals(setting)) {
            return qualified(malformed[0]);
        }
        for (String[] e : entries) {
            if (e[1].equals(setting)) {
                return qualified(e[0]);
            }
        }
        if (setting.startsWith("strategy.")) {
            return "attribute strategy";
        }
        if (setting.startsWith("rule.")) {
            return "element <Rule name=\"" + setting.substring("rule.".length()) + "\">";
        }
        return "setting " + setting;
    }

    /** {@code <Rule name="x">} as an element, {@code option disable} as it is, anything else as an attribute. */
    private static String qualified(String written) {
        return written.startsWith("<") ? "element " + written : written.startsWith("option ") ? written : "attribute " + written;
    }

    /** The settings as one string, hash key included, used only as the cache key. */
    private String describe() {
        StringBuilder sb = new StringBuilder();
        for (String[] e : entries) {
            sb.append(e[1]).append('\u0000').append(e[2]).append('\u0001');
        }
        return sb.toString();
    }
}
