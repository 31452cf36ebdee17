package dev.logredactor.core;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The one rule by which the logging front ends walk the throwable of an event: the throwable, then its
 * cause and its suppressed ones, depth first in the order a stack trace prints them; each throwable once,
 * so a cycle ends; at most {@value #MAX_THROWABLES} throwables. A tree larger than that is treated as
 * holding something to redact (fail closed: what was not looked at is not let through as it is).
 */
public final class Throwables {
    /** The most throwables of one tree that are looked at. */
    public static final int MAX_THROWABLES = 64;

    private Throwables() {
    }

    /**
     * Whether {@code test} holds for any throwable of the tree from {@code root}; also {@code true} when
     * the tree has more than {@value #MAX_THROWABLES} throwables.
     *
     * @param root the event's throwable; may be {@code null}
     * @param test whether a throwable has something to redact
     * @return whether the tree needs redacting
     */
    public static boolean any(Throwable root, Predicate<Throwable> test) {
        return root != null && any(root, test, new IdentityHashMap<>());
    }

    private static boolean any(Throwable t, Predicate<Throwable> test, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return false;
        }
        if (seen.size() > MAX_THROWABLES || test.test(t) || any(t.getCause(), test, seen)) {
            return true;
        }
        for (Throwable s : t.getSuppressed()) {
            if (any(s, test, seen)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Makes a copy of the tree from {@code root}, one {@code T} per throwable, linked as the originals
     * are (a cycle stays a cycle). Throwables past the first {@value #MAX_THROWABLES} are left out.
     *
     * @param root the throwable to copy
     * @param copier makes and links the copies
     * @param <T> the copies' type
     * @return the copy of {@code root}
     */
    public static <T> T copy(Throwable root, Copier<T> copier) {
        return copy(root, copier, new IdentityHashMap<>());
    }

    private static <T> T copy(Throwable t, Copier<T> copier, Map<Throwable, T> done) {
        T existing = done.get(t);
        if (existing != null) {
            return existing;
        }
        T c = copier.copyOf(t);
        done.put(t, c);
        Throwable cause = t.getCause();
        if (cause != null && (done.containsKey(cause) || done.size() < MAX_THROWABLES)) {
            copier.setCause(c, copy(cause, copier, done));
        }
        for (Throwable s : t.getSuppressed()) {
            if (done.containsKey(s) || done.size() < MAX_THROWABLES) {
                copier.addSuppressed(c, copy(s, copier, done));
            }
        }
        return c;
    }

    /**
     * Makes the copies of {@link #copy}.
     *
     * @param <T> the copies' type
     */
    public interface Copier<T> {
        /**
         * A copy of one throwable, without cause or suppressed ones.
         *
         * @param original the throwable
         * @return its copy
         */
        T copyOf(Throwable original);

        /**
         * Links a copy to the copy of its cause.
         *
         * @param copy the copy
         * @param cause the copy of the original's cause
         */
        void setCause(T copy, T cause);

        /**
         * Adds the copy of a suppressed throwable.
         *
         * @param copy the copy
         * @param suppressed the copy of one of the original's suppressed throwables
         */
        void addSuppressed(T copy, T suppressed);
    }
}
