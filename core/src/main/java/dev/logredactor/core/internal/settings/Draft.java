package dev.logredactor.core.internal.settings;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import dev.logredactor.core.Detector;
import dev.logredactor.core.RedactorConfigException;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.Strategy;
import dev.logredactor.core.internal.catalog.Types;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The settings a {@code Redactor.Builder} collects, as given; {@link #validate()} checks them all and
 * makes the {@link Spec} of an engine, or throws a {@link RedactorConfigException} naming the first bad
 * one and what would be valid. Not thread-safe.
 */
public final class Draft {
    private static final String DETECTORS = "detectors";

    private final Set<String> disabled = new LinkedHashSet<>();
    private final Set<String> only = new LinkedHashSet<>();
    private final Map<String, String> strategies = new LinkedHashMap<>();
    private final Map<String, String> rules = new LinkedHashMap<>();
    private final List<Detector> detectors = new ArrayList<>();
    private final Set<String> sensitiveKeys = new LinkedHashSet<>();
    private final Set<String> allow = new LinkedHashSet<>();
    private final HashKeySource hashKey = new HashKeySource();
    private String placeholder;

    /** @param placeholder the placeholder until one is set */
    public Draft(String placeholder) {
        this.placeholder = placeholder;
    }

    public void disable(String type) {
        addName(disabled, type);
    }

    public void only(String type) {
        addName(only, type);
    }

    public void strategy(String type, String strategy) {
        strategies.put(canonicalType(type), strategy);
    }

    public void rule(String name, String pattern) {
        rules.put(name == null ? "" : name.trim(), pattern);
    }

    public void detector(Detector detector) {
        detectors.add(detector);
    }

    public void sensitiveKey(String key) {
        if (key != null && !key.trim().isEmpty()) {
            sensitiveKeys.add(key.trim());
        }
    }

    public void allow(String value) {
        if (value != null && !value.isEmpty()) {
            allow.add(value);
        }
    }

    public void placeholder(String template) {
        this.placeholder = template;
    }

    public void hashKey(String key) {
        hashKey.literal = key;
    }

    public void hashKeyFromEnv(String variable) {
        hashKey.variable = variable;
    }

    public void hashKeyFromFile(Path file) {
        hashKey.file = file;
    }

    /** The environment {@link #hashKeyFromEnv} reads: tests give their own. */
    public void environment(Function<String, String> environment) {
        hashKey.environment = environment;
    }

    /**
     * Checks every setting and makes the engine's spec.
     *
     * @throws RedactorConfigException for the first bad setting
     */
    public Spec validate() {
        UserTypes user = userTypes();
        checkNames("disable", disabled, user.names);
        checkNames("only", only, user.names);
        boolean[] enabled = new boolean[Types.count()];
        List<String> on = new ArrayList<>();
        for (int id = 0; id < enabled.length; id++) {
            enabled[id] = isOn(Types.names().get(id));
            if (enabled[id]) {
                on.add(Types.names().get(id));
            }
        }
        for (int i = 0; i < user.names.size(); i++) {
            if (!isOn(user.names.get(i))) {
                user.patterns.set(i, null);
            }
        }
        Strategy[] byId = strategies(user.names);
        String key = hashKey.read();
        if (key == null && Arrays.stream(byId).anyMatch(s -> s.kind() == Strategy.Kind.HASH)) {
            throw new RedactorConfigException("hash.key", "the hash strategy needs hash.key, hash.key.env or "
                    + "hash.key.file (a key of at least 16 chars)");
        }
        checkPlaceholder();
        for (String k : sensitiveKeys) {
            if (k.chars().noneMatch(Character::isLetterOrDigit)) {
                throw new RedactorConfigException("sensitive-keys", "'" + k + "' has no letter or digit");
            }
        }
        String description = "types=" + on + ", rules=" + user.names + ", strategies=" + strategies + ", placeholder="
                + placeholder + ", allow=" + allow.size() + " values";
        return new Spec(enabled, sensitiveKeys, user.names, user.patterns, user.validators, allow, placeholder, byId, key,
                description);
    }

    private boolean isOn(String type) {
        return (only.isEmpty() || only.contains(type)) && !disabled.contains(type);
    }

    /** The user's types: the rules, then the detectors, each checked. */
    private UserTypes userTypes() {
        UserTypes user = new UserTypes();
        for (Map.Entry<String, String> r : rules.entrySet()) {
            String setting = "rule." + r.getKey();
            checkTypeName(setting, r.getKey(), user.names);
            user.add(r.getKey(), compile(setting, r.getValue(), ""), null);
        }
        for (Detector d : detectors) {
            String name = d.getClass().getName();
            String type;
            String pattern;
            try {
                type = d.type();
                pattern = d.pattern();
            } catch (RuntimeException e) {
                throw new RedactorConfigException(DETECTORS, name + " failed to give its type and pattern: " + e, e);
            }
            checkTypeName(DETECTORS, String.valueOf(type), user.names);
            user.add(type, compile(DETECTORS, pattern, name + ": "), d::isValid);
        }
        return user;
    }

    private static void checkTypeName(String setting, String name, List<String> taken) {
        if (!isTypeName(name)) {
            throw new RedactorConfigException(setting, "the type name '" + name
                    + "' is not upper-case letters, digits and _, starting with a letter");
        }
        if (isBuiltIn(name)) {
            throw new RedactorConfigException(setting, "the type name '" + name + "' is a built-in type; choose another");
        }
        if (taken.contains(name)) {
            throw new RedactorConfigException(setting, "the type name '" + name + "' is taken by a rule or another detector");
        }
    }

    private static Pattern compile(String setting, String pattern, String whose) {
        Pattern p;
        try {
            p = Pattern.compile(pattern == null ? "" : pattern);
        } catch (PatternSyntaxException e) {
            throw new RedactorConfigException(setting, whose + "invalid re2j pattern: " + e.getMessage(), e);
        }
        if (p.matcher("").find()) {
            throw new RedactorConfigException(setting, whose + "the pattern matches the empty string");
        }
        return p;
    }

    /** The strategy of each type id, checked against its type. */
    private Strategy[] strategies(List<String> userTypes) {
        int builtIns = Types.count();
        Strategy[] byId = new Strategy[builtIns + userTypes.size()];
        Arrays.fill(byId, Strategy.REDACT);
        for (Map.Entry<String, String> s : strategies.entrySet()) {
            String type = s.getKey();
            String setting = "strategy." + type;
            int id = isBuiltIn(type) ? Types.id(type) : userTypes.indexOf(type);
            if (id < 0) {
                throw new RedactorConfigException(setting, "unknown type '" + type + "'; " + knownTypes(type, userTypes));
            }
            Strategy st;
            try {
                st = Strategy.parse(s.getValue());
            } catch (IllegalArgumentException e) {
                throw new RedactorConfigException(setting, e.getMessage(), e);
            }
            checkApplies(setting, type, st);
            byId[isBuiltIn(type) ? id : builtIns + id] = st;
        }
        return byId;
    }

    private static void checkApplies(String setting, String type, Strategy st) {
        String only;
        switch (st.kind()) {
            case KEEP_DOMAIN:
                only = "EMAIL";
                break;
            case NETWORK:
                only = "IP_ADDRESS";
                break;
            case KEEP_LAST:
                if (isBuiltIn(type) && !List.of("CREDIT_CARD", "PHONE", "IBAN", "SSN").contains(type)) {
                    throw new RedactorConfigException(setting,
                            st + " applies to CREDIT_CARD, PHONE, IBAN, SSN and user rules; it would leak part of " + type);
                }
                return;
            default:
                return;
        }
        if (!type.equals(only)) {
            throw new RedactorConfigException(setting, st + " applies to " + only + " only");
        }
    }

    private void checkPlaceholder() {
        if (placeholder == null || placeholder.isEmpty()) {
            throw new RedactorConfigException("placeholder", "must not be empty");
        }
        for (char c : placeholder.toCharArray()) {
            if (c == '"' || c == '\\' || c < ' ') {
                throw new RedactorConfigException("placeholder",
                        "must not contain quotes, backslashes or control chars: they would break JSON output");
            }
        }
    }

    private static void checkNames(String setting, Set<String> names, List<String> userTypes) {
        for (String n : names) {
            if (!isBuiltIn(n) && !userTypes.contains(n)) {
                throw new RedactorConfigException(setting, "unknown type '" + n + "'; " + knownTypes(n, userTypes));
            }
        }
    }

    /**
     * What the message of an unknown type {@code name} lists: the closest known name if one is near (a
     * typo), the {@link SensitiveType} names and the user's, and how many token types the catalog adds
     * (listed by {@code log-redactor --list-types}; a hundred names would drown the message).
     */
    private static String knownTypes(String name, List<String> userTypes) {
        List<String> all = new ArrayList<>(Types.names());
        all.addAll(userTypes);
        String closest = null;
        int best = 3; // at most two edits away
        for (String t : all) {
            int d = distance(name, t);
            if (d < best) {
                best = d;
                closest = t;
            }
        }
        List<String> listed = new ArrayList<>();
        for (SensitiveType t : SensitiveType.values()) {
            listed.add(t.name());
        }
        listed.addAll(userTypes);
        return (closest != null ? "did you mean " + closest + "? " : "") + "known types: " + String.join(", ", listed) + " and "
                + (Types.count() - SensitiveType.values().length) + " token types of the catalog (log-redactor --list-types)";
    }

    /** The edit distance of {@code a} and {@code b}: insertions, deletions and substitutions. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** {@code [A-Z][A-Z0-9_]*}. */
    private static boolean isTypeName(String name) {
        return !name.isEmpty() && name.charAt(0) >= 'A' && name.charAt(0) <= 'Z'
                && name.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_');
    }

    private static boolean isBuiltIn(String name) {
        return Types.isBuiltIn(name);
    }

    private static void addName(Set<String> into, String name) {
        if (name != null && !name.trim().isEmpty()) {
            into.add(canonicalType(name));
        }
    }

    private static String canonicalType(String name) {
        return name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** The user's types being collected, in type-id order. */
    private static final class UserTypes {
        final List<String> names = new ArrayList<>();
        final List<Pattern> patterns = new ArrayList<>();
        final List<Predicate<CharSequence>> validators = new ArrayList<>();

        void add(String name, Pattern pattern, Predicate<CharSequence> validator) {
            names.add(name);
            patterns.add(pattern);
            validators.add(validator);
        }
    }
}
