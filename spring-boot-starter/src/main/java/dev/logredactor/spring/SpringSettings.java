package dev.logredactor.spring;

import dev.logredactor.core.Catalog;
import dev.logredactor.core.Setting;
import dev.logredactor.core.Settings;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;

/**
 * The {@code logredactor.*} properties of a Spring {@code Environment} as the core's {@link Settings},
 * read through the settings table ({@link Setting}), so that every key of the table is a property:
 * {@code logredactor.disable}, {@code logredactor.strategy.credit-card}, {@code logredactor.hash.key.file}.
 * Spring's relaxed binding applies (YAML lists, environment variables such as {@code LOGREDACTOR_MODE});
 * each setting is named in messages by its property.
 */
final class SpringSettings {
    static final String PREFIX = "logredactor.";

    private SpringSettings() {
    }

    /** The settings the environment gives; empty when it gives none. */
    static Settings of(Binder binder) {
        Settings settings = new Settings();
        for (Setting s : Setting.values()) {
            String property = property(s);
            if (s.isNamed()) {
                Map<String, String> named = binder.bind(property, Bindable.mapOf(String.class, String.class)).orElse(Map.of());
                named.forEach((name, value) -> settings.addKey(s.key() + typeName(s, name), value, property + "." + name));
            } else if (s.shape() == Setting.Shape.LIST) {
                binder.bind(property, Bindable.listOf(String.class))
                        .ifBound(values -> settings.addKey(s.key(), String.join(",", values), property));
            } else {
                binder.bind(property, String.class).ifBound(value -> settings.addKey(s.key(), value, property));
            }
        }
        return settings;
    }

    /**
     * The type or rule name a map key stands for: {@code credit-card} and {@code creditcard} (what
     * relaxed binding leaves of {@code CREDIT_CARD} written without brackets) are {@code CREDIT_CARD};
     * {@code order-id} is {@code ORDER_ID}; {@code credit.card}, what an environment variable
     * {@code LOGREDACTOR_STRATEGY_CREDIT_CARD} gives, is {@code CREDIT_CARD}.
     */
    static String typeName(Setting s, String key) {
        // credit-card, creditcard (CREDIT_CARD without brackets), credit.card (LOGREDACTOR_STRATEGY_CREDIT_CARD)
        String upper = key.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
        if (s == Setting.STRATEGY) {
            for (String t : Catalog.types()) {
                if (t.replace("_", "").equals(upper.replace("_", ""))) {
                    return t;
                }
            }
        }
        return upper;
    }

    /** The property of a setting: {@code logredactor.} and its key, a named one without the trailing dot. */
    static String property(Setting s) {
        return PREFIX + (s.isNamed() ? s.key().substring(0, s.key().length() - 1) : s.key());
    }
}
