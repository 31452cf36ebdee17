package dev.logredactor.core.internal.settings;

import com.google.re2j.Pattern;
import dev.logredactor.core.Strategy;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * What an engine is built from: settings that {@link Draft#validate()} has checked. Type ids: the
 * built-in types ({@link dev.logredactor.core.internal.catalog.Types}), then the user's types (rules, then
 * detectors) in {@link #userTypes} order.
 */
public final class Spec {
    /** The built-in types to detect, by id ({@link dev.logredactor.core.internal.catalog.Types}). */
    public final boolean[] enabled;
    /** Extra key names whose values are secrets. */
    public final Collection<String> sensitiveKeys;
    /** The names of the user's types: rules, then detectors. */
    public final List<String> userTypes;
    /** One compiled pattern per user type; {@code null} for one that is off. */
    public final List<Pattern> patterns;
    /** One validator per user type; {@code null} where every match is a finding (a rule). */
    public final List<Predicate<CharSequence>> validators;
    /** Values never redacted. */
    public final Collection<String> allow;
    /** The placeholder template; {@code {type}} stands for the type name. */
    public final String placeholder;
    /** The strategy of each type id. */
    public final Strategy[] strategies;
    /** The HMAC key, or {@code null}. */
    public final String hashKey;
    /** The settings in words, without the hash key. */
    public final String description;

    Spec(boolean[] enabled, Collection<String> sensitiveKeys, List<String> userTypes, List<Pattern> patterns,
            List<Predicate<CharSequence>> validators, Collection<String> allow, String placeholder, Strategy[] strategies,
            String hashKey, String description) {
        this.enabled = enabled;
        this.sensitiveKeys = sensitiveKeys;
        this.userTypes = userTypes;
        this.patterns = patterns;
        this.validators = validators;
        this.allow = allow;
        this.placeholder = placeholder;
        this.strategies = strategies;
        this.hashKey = hashKey;
        this.description = description;
    }
}
