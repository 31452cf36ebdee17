package dev.logredactor.core.internal;

import dev.logredactor.core.internal.render.Replacer;
import dev.logredactor.core.internal.scan.BuiltInDetector;
import dev.logredactor.core.internal.scan.Chars;
import dev.logredactor.core.internal.scan.Findings;
import dev.logredactor.core.internal.scan.Scan;
import dev.logredactor.core.internal.scan.Scanner;
import dev.logredactor.core.internal.settings.Spec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Fault injection for the core's tests: engines with a built-in detector or a strategy that throws,
 * made through the engine's package-private constructor and handed to the builder's test seam. (The
 * other modules' tests inject faults as users can: a detector of their own that throws.)
 */
public final class FaultInjection {
    private final String name;
    private final Function<Spec, Engine> engines;
    private final boolean inDetector;

    private FaultInjection(String name, Function<Spec, Engine> engines, boolean inDetector) {
        this.name = name;
        this.engines = engines;
        this.inDetector = inDetector;
    }

    /**
     * A built-in detector, tried first, that throws {@code fault} at every word that starts with
     * {@code word} (at least two ASCII word chars), as a detector with a bug would on the input that hits it.
     */
    public static FaultInjection detectorThrowsAt(String word, Throwable fault) {
        if (word.length() < 2 || word.charAt(0) >= 128 || word.charAt(1) >= 128 || !Chars.isWord(word.charAt(0))) {
            throw new IllegalArgumentException("a trigger word needs two ASCII word chars: " + word);
        }
        BuiltInDetector d = new BuiltInDetector() {
            @Override
            protected String[] prefixes() {
                return new String[] {word.substring(0, 2)};
            }

            @Override
            protected Findings detect(CharSequence s, int at, int from, Findings out) {
                if (Chars.regionMatches(s, at, word)) {
                    throw FaultInjection.<RuntimeException>unchecked(fault);
                }
                return null;
            }
        };
        Function<List<BuiltInDetector>, Scan> scanner = list -> {
            List<BuiltInDetector> withFault = new ArrayList<>(list);
            withFault.add(0, d);
            return new Scanner(withFault);
        };
        return new FaultInjection("detector throws " + fault.getClass().getSimpleName(), spec -> new Engine(scanner, spec), true);
    }

    /** A strategy that throws {@code fault} whenever it is to write a replacement, for every type. */
    public static FaultInjection strategyThrows(Throwable fault) {
        return new FaultInjection("strategy throws " + fault.getClass().getSimpleName(), spec -> new Engine(Scanner::new, spec,
                (names, s) -> new Replacer(names, s.placeholder, s.strategies, s.hashKey) {
                    @Override
                    public void append(StringBuilder out, CharSequence text, int start, int end, int type) {
                        throw FaultInjection.<RuntimeException>unchecked(fault);
                    }
                }), false);
    }

    /** What makes the engines with the fault: for {@code Redactor.Builder}'s test seam. */
    public Function<Spec, Engine> engines() {
        return engines;
    }

    /** Whether the fault is in a detector (so text without the trigger word is redacted as usual). */
    public boolean inDetector() {
        return inDetector;
    }

    @Override
    public String toString() {
        return name;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T unchecked(Throwable t) throws T {
        throw (T) t;
    }
}
