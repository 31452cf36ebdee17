package dev.logredactor.log4j2;

/**
 * Each thread's two reusable text buffers, so that checking clean text allocates nothing. A buffer is
 * handed out empty and must be {@linkplain #release released}; while the pair is in use further up the
 * thread's stack (an argument's {@code toString()} that logs again) a fresh pair is handed out instead.
 */
final class Buffers {
    private static final int MAX_KEPT = 64 * 1024;
    private static final ThreadLocal<StringBuilder[]> PAIR =
            ThreadLocal.withInitial(() -> new StringBuilder[] {new StringBuilder(256), new StringBuilder(256)});

    private Buffers() {
    }

    /** Two empty buffers: [0] for the text to check, [1] for its redacted form. */
    static StringBuilder[] acquire() {
        StringBuilder[] pair = PAIR.get();
        if (pair[0].length() > 0 || pair[1].length() > 0) {
            return new StringBuilder[] {new StringBuilder(256), new StringBuilder(256)};
        }
        return pair;
    }

    /** Empties the buffers; one grown past 64 K chars is dropped rather than kept for the thread's life. */
    static void release(StringBuilder[] pair) {
        for (int i = 0; i < 2; i++) {
            pair[i].setLength(0);
            if (pair[i].capacity() > MAX_KEPT) {
                pair[i] = new StringBuilder(256);
            }
        }
    }
}
