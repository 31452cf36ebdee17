package dev.logredactor.core.internal;

/**
 * Fault injection for the tests of every module: {@link #during} builds redactors (or a whole logging
 * set-up) with a detector or a strategy that throws; those redactors keep the fault, ones built
 * afterwards have none. One at a time: the seam is JVM-wide, and the build runs test classes one after
 * another.
 */
public final class FaultInjection {
    /** What to build while the fault is in place. */
    public interface Build<T> {
        T run() throws Exception;
    }

    private final String name;
    private final Detector detector;
    private final Runnable replacement;

    private FaultInjection(String name, Detector detector, Runnable replacement) {
        this.name = name;
        this.detector = detector;
        this.replacement = replacement;
    }

    /**
     * A detector, tried first, that throws {@code fault} at every word that starts with {@code word} (at
     * least two ASCII word chars), as a detector with a bug would on the input that hits it.
     */
    public static FaultInjection detectorThrowsAt(String word, Throwable fault) {
        if (word.length() < 2 || word.charAt(0) >= 128 || word.charAt(1) >= 128 || !Chars.isWord(word.charAt(0))) {
            throw new IllegalArgumentException("a trigger word needs two ASCII word chars: " + word);
        }
        Detector d = new Detector() {
            @Override
            String[] prefixes() {
                return new String[] {word.substring(0, 2)};
            }

            @Override
            Findings detect(CharSequence s, int at, int from, Findings out) {
                if (Chars.regionMatches(s, at, word)) {
                    throw FaultInjection.<RuntimeException>unchecked(fault);
                }
                return null;
            }
        };
        return new FaultInjection("detector throws " + fault.getClass().getSimpleName(), d, null);
    }

    /** A strategy that throws {@code fault} whenever it is to write a replacement, for every type. */
    public static FaultInjection strategyThrows(Throwable fault) {
        return new FaultInjection("strategy throws " + fault.getClass().getSimpleName(), null, () -> {
            throw FaultInjection.<RuntimeException>unchecked(fault);
        });
    }

    /** Whether the fault is in a detector (so text without the trigger word is redacted as usual). */
    public boolean inDetector() {
        return detector != null;
    }

    /** Runs {@code build} with the fault in place, and returns what it built. */
    public <T> T during(Build<T> build) throws Exception {
        Faults.detector = detector;
        Faults.replacement = replacement;
        try {
            return build.run();
        } finally {
            Faults.detector = null;
            Faults.replacement = null;
        }
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
