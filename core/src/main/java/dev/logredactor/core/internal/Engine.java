package dev.logredactor.core.internal;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import dev.logredactor.core.internal.catalog.Types;
import dev.logredactor.core.internal.detect.BuiltInDetectors;
import dev.logredactor.core.internal.detect.TokensAfterScan;
import dev.logredactor.core.internal.detect.PrivateKeyDetector;
import dev.logredactor.core.internal.render.Replacer;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Findings;
import dev.logredactor.core.internal.scan.Scan;
import dev.logredactor.core.internal.scan.Scanner;
import dev.logredactor.core.internal.settings.Spec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The built redaction engine behind {@link dev.logredactor.core.Redactor}: the single-pass scanner over
 * the built-in detectors, then the user's re2j rules and detectors (each match checked by the detector's
 * validator), then the allow list, then the replacements.
 * Not API: use {@code Redactor}. Immutable and thread-safe.
 */
public final class Engine {
    private final Scan scanner;
    /** The catalog's tokens the scanner does not reach (glued by {@code _}, anchored); {@code null} for none. */
    private final TokensAfterScan afterScan;
    private final Pattern[] rules;
    private final int[] ruleIds;
    /** Per rule, the detector's validator of each match; {@code null} where every match is a finding. */
    private final List<Predicate<CharSequence>> validators = new ArrayList<>();
    /** Which rules can match in a text, from the literals their matches start with. */
    private final RulePrefilter prefilter;
    private final Set<String> allow;
    private final Replacer replacer;
    private final String[] names;

    /** @param spec validated settings */
    public Engine(Spec spec) {
        this(Scanner::new, spec);
    }

    /** As above, with the built-in detectors run by what {@code scanner} makes of them: tests compare scanners. */
    Engine(Function<List<BuiltInDetector>, Scan> scanner, Spec spec) {
        this(scanner, spec, (names, s) -> new Replacer(names, s.placeholder, s.strategies, s.hashKey));
    }

    /** As above, with the replacements written by what {@code replacers} makes: tests make it fail. */
    Engine(Function<List<BuiltInDetector>, Scan> scanner, Spec spec, BiFunction<String[], Spec, Replacer> replacers) {
        this(scanner, spec, replacers, true);
    }

    /** As above; without the rules' prefilter when {@code prefilter} is false: tests compare the two. */
    Engine(Function<List<BuiltInDetector>, Scan> scanner, Spec spec, BiFunction<String[], Spec, Replacer> replacers,
            boolean prefilter) {
        List<BuiltInDetector> detectors = BuiltInDetectors.create(spec.enabled, spec.sensitiveKeys);
        this.scanner = scanner.apply(detectors);
        this.afterScan = TokensAfterScan.of(detectors);
        int builtIns = Types.count();
        this.names = new String[builtIns + spec.userTypes.size()];
        for (int id = 0; id < builtIns; id++) {
            names[id] = Types.names().get(id);
        }
        List<Integer> active = new ArrayList<>();
        for (int i = 0; i < spec.userTypes.size(); i++) {
            names[builtIns + i] = spec.userTypes.get(i);
            if (spec.patterns.get(i) != null) {
                active.add(i);
            }
        }
        this.rules = new Pattern[active.size()];
        this.ruleIds = new int[active.size()];
        for (int k = 0; k < rules.length; k++) {
            int i = active.get(k);
            rules[k] = spec.patterns.get(i);
            validators.add(spec.validators.get(i));
            ruleIds[k] = builtIns + i;
        }
        List<String> sources = new ArrayList<>();
        for (Pattern p : rules) {
            sources.add(prefilter && p.flags() == 0 ? p.pattern() : null); // flags: read no literal
        }
        this.prefilter = new RulePrefilter(sources);
        this.allow = new HashSet<>(spec.allow);
        this.replacer = replacers.apply(names, spec);
    }

    /** The findings in {@code s}, or {@code null} when there are none. */
    public Findings find(CharSequence s) {
        Findings f = scanner.scan(s);
        if (afterScan != null && (f == null || !f.endsInOpenPrivateKey())) {
            f = afterScan.find(s, f);
        }
        long[] candidates = rules.length == 0 ? null : prefilter.candidates(s);
        // the rules whose literal (every match starts with it) is in the text, and those without one
        for (int r = prefilter.nextRule(candidates, 0); r >= 0; r = prefilter.nextRule(candidates, r + 1)) {
            Matcher m = rules[r].matcher(s);
            while (m.find()) {
                Predicate<CharSequence> valid = validators.get(r);
                if (m.end() > m.start() && (valid == null || valid.test(s.subSequence(m.start(), m.end())))) {
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
