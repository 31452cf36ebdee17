package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one walk over a throwable tree: each throwable once, cycles end, a bound on how many, failing closed. */
class ThrowablesTest {
    /** A throwable whose cause can be itself or an ancestor: what some libraries build by mistake. */
    private static final class Loop extends Exception {
        private static final long serialVersionUID = 1L;
        private Throwable cause;

        Loop(String message) {
            super(message);
        }

        @Override
        public synchronized Throwable getCause() {
            return cause;
        }
    }

    @Test
    void everyThrowableIsVisitedOnceInPrintOrder() {
        Exception root = new Exception("root");
        Exception cause = new Exception("cause");
        Exception suppressed = new Exception("suppressed");
        root.initCause(cause);
        root.addSuppressed(suppressed);
        cause.addSuppressed(suppressed); // the same one twice: visited once
        List<String> seen = new ArrayList<>();
        assertThat(Throwables.any(root, t -> !seen.add(t.getMessage()))).isFalse();
        assertThat(seen).containsExactly("root", "cause", "suppressed");
        assertThat(Throwables.any(root, t -> t == suppressed)).isTrue();
        assertThat(Throwables.any(null, t -> true)).isFalse();
    }

    @Test
    void aCycleEnds() {
        Loop a = new Loop("a");
        Loop b = new Loop("b");
        a.cause = b;
        b.cause = a;
        List<String> seen = new ArrayList<>();
        assertThat(Throwables.any(a, t -> !seen.add(t.getMessage()))).isFalse();
        assertThat(seen).containsExactly("a", "b");
        Throwable copy = Throwables.copy(a, new Copier());
        assertThat(copy.getMessage()).isEqualTo("a");
        assertThat(copy.getCause().getMessage()).isEqualTo("b");
        assertThat(copy.getCause().getCause()).as("the cycle stays a cycle").isSameAs(copy);
    }

    @Test
    void aTreeLargerThanTheBoundCountsAsNeedingRedactionAndIsCopiedUpToIt() {
        Throwable root = chain(Throwables.MAX_THROWABLES + 10);
        assertThat(Throwables.any(root, t -> false)).as("fail closed").isTrue();
        assertThat(Throwables.any(chain(Throwables.MAX_THROWABLES), t -> false)).isFalse();
        Throwable copy = Throwables.copy(root, new Copier());
        int n = 0;
        for (Throwable t = copy; t != null; t = t.getCause()) {
            n++;
        }
        assertThat(n).isEqualTo(Throwables.MAX_THROWABLES);
    }

    @Test
    void aDeepChainNeedsNoDeepStack() {
        Throwable root = chain(100_000);
        assertThat(Throwables.any(root, t -> false)).isTrue();
        assertThat(Throwables.copy(root, new Copier())).isNotNull();
    }

    private static Throwable chain(int length) {
        Throwable t = null;
        for (int i = length - 1; i >= 0; i--) {
            t = new Exception("e" + i, t);
        }
        return t;
    }

    private static final class Copier implements Throwables.Copier<Throwable> {
        @Override
        public Throwable copyOf(Throwable original) {
            return new Loop(original.getMessage());
        }

        @Override
        public void setCause(Throwable copy, Throwable cause) {
            ((Loop) copy).cause = cause;
        }

        @Override
        public void addSuppressed(Throwable copy, Throwable suppressed) {
            copy.addSuppressed(suppressed);
        }
    }
}
