package dev.logredactor.core.internal;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.Strategy;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The built redaction engine behind {@link dev.logredactor.core.Redactor}: the single-pass scanner over
 * the built-in detectors, then the user's re2j rules, then the allow list, then the replacements.
 * Not API: use {@code Redactor}. Immutable and thread-safe.
 */
public final class Engine {
    private final Scan scanner;
    private final Pattern[] rules;
    private final int[] ruleIds;
    private final Set<String> allow;
    private final Replacer replacer;
    private final String[] names;

    /**
     * @param enabled the built-in types to detect
     * @param sensitiveKeys extra key names whose values are SECRET
     * @param ruleNames names of all user rules; their type ids follow the built-in types in this order
     * @param rulePatterns compiled patterns, one per name; {@code null} for a rule that is disabled
     * @param allow values never redacted
     * @param placeholder the placeholder template ({@code {type}} stands for the type name)
     * @param strategies strategy per type id (built-ins, then rules)
     * @param hashKey the HMAC key, or {@code null}
     */
    public Engine(Set<SensitiveType> enabled, Collection<String> sensitiveKeys, List<String> ruleNames,
            List<Pattern> rulePatterns, Collection<String> allow, String placeholder, Strategy[] strategies,
            String hashKey) {
        this(Scanner::new, enabled, sensitiveKeys, ruleNames, rulePatterns, allow, placeholder, strategies, hashKey);
    }

    /** As above, with the built-in detectors run by what {@code scanner} makes of them: tests compare scanners. */
    Engine(Function<List<Detector>, Scan> scanner, Set<SensitiveType> enabled, Collection<String> sensitiveKeys,
            List<String> ruleNames, List<Pattern> rulePatterns, Collection<String> allow, String placeholder,
            Strategy[] strategies, String hashKey) {
        this.scanner = scanner.apply(BuiltInDetectors.create(enabled, sensitiveKeys));
        int builtIns = SensitiveType.values().length;
        this.names = new String[builtIns + ruleNames.size()];
        for (SensitiveType t : SensitiveType.values()) {
            names[t.ordinal()] = t.name();
        }
        int active = 0;
        for (int i = 0; i < ruleNames.size(); i++) {
            names[builtIns + i] = ruleNames.get(i);
            if (rulePatterns.get(i) != null) {
                active++;
            }
        }
        this.rules = new Pattern[active];
        this.ruleIds = new int[active];
        for (int i = 0, k = 0; i < ruleNames.size(); i++) {
            if (rulePatterns.get(i) != null) {
                rules[k] = rulePatterns.get(i);
                ruleIds[k++] = builtIns + i;
            }
        }
        this.allow = new HashSet<>(allow);
        this.replacer = new Replacer(names, placeholder, strategies, hashKey);
    }

    /** The findings in {@code s}, or {@code null} when there are none. */
    public Findings find(CharSequence s) {
        Findings f = scanner.scan(s);
        for (int r = 0; r < rules.length; r++) {
            Matcher m = rules[r].matcher(s);
            while (m.find()) {
                if (m.end() > m.start()) {
                    if (f == null) {
                        f = new Findings();
                    }
                    f.insertIfFree(m.start(), m.end(), ruleIds[r]);
                }
            }
        }
        if (f != null && !allow.isEmpty()) {
            for (int i = f.size() - 1; i >= 0; i--) {
                if (allow.contains(s.subSequence(f.start(i), f.end(i)).toString())) {
                    f.remove(i);
                }
            }
        }
        return f == null || f.size() == 0 && !f.endsInOpenPrivateKey() ? null : f;
    }

    /** Appends {@code s} to {@code out} with every finding replaced. */
    public void render(CharSequence s, Findings f, StringBuilder out) {
        int pos = 0;
        for (int i = 0; i < f.size(); i++) {
            out.append(s, pos, f.start(i));
            replacer.append(out, s, f.start(i), f.end(i), f.type(i));
            pos = f.end(i);
        }
        out.append(s, pos, s.length());
    }

    /** Appends the replacement of a whole span of type {@code type}. */
    public void renderSpan(CharSequence s, int start, int end, int type, StringBuilder out) {
        replacer.append(out, s, start, end, type);
    }

    /** The type name of a type id. */
    public String typeName(int id) {
        return names[id];
    }

    /** Index after the END line of a private key block at or after {@code from}, or -1. */
    public static int endOfPrivateKey(CharSequence s, int from) {
        return PrivateKeyDetector.endOfBlock(s, from);
    }
}
