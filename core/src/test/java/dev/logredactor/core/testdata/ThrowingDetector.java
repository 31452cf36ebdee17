package dev.logredactor.core.testdata;

import dev.logredactor.core.Detector;

/**
 * A detector that fails: at every {@value #TRIGGER} (and the digits glued to it) it throws, with the
 * text it was checking in the message, as a buggy detector of a user's would. Tests configure it by
 * class name, as a user would, to check that each path fails closed and that no message quotes the text.
 */
public class ThrowingDetector implements Detector {
    /** The word at which it throws. */
    public static final String TRIGGER = "kaboomx";

    @Override
    public String type() {
        return "THROWS";
    }

    @Override
    public String pattern() {
        return TRIGGER + "[0-9]*";
    }

    @Override
    public boolean isValid(CharSequence candidate) {
        throw new IllegalStateException("injected failure at " + candidate);
    }

    /** The same, failing with a {@link StackOverflowError}, as a recursion gone deep would. */
    public static final class Overflow extends ThrowingDetector {
        @Override
        public boolean isValid(CharSequence candidate) {
            throw new StackOverflowError("injected");
        }
    }
}
