package dev.logredactor.core;

/**
 * A detector of your own, for a value the built-in types do not know (an employee number, a customer
 * id with a check digit): a re2j {@link #pattern()} finds the candidates, {@link #isValid} confirms each
 * one, and what it confirms is redacted as {@link #type()}, with that type's strategy.
 *
 * <p>Register one with {@link Redactor.Builder#detector(Detector)}, or by class name with the
 * {@code detectors} setting ({@code <detector>} in {@code logback.xml}, {@code detectors="..."} in
 * {@code log4j2.xml}, {@code --detectors} on the command line); then the class must be public with a
 * public no-argument constructor. Nothing is found by scanning the class path.
 *
 * <p>Linear time on any input, as for the built-in detectors:
 * <ul>
 *   <li>the pattern runs on re2j, in time linear in the text, whatever the pattern;</li>
 *   <li>{@code isValid} is called once per candidate, and candidates do not overlap, so the detector
 *       stays linear as long as {@code isValid} is linear in the candidate's length: a check digit, a
 *       length or a prefix check, a lookup in a set; no regex backtracking, no I/O, no locks;</li>
 *   <li>an exception from {@code isValid} fails closed: the text it was checking is written as
 *       {@value Redactor#FAILED} and the failure is reported once, so it must not throw for text it does
 *       not like (return {@code false}).</li>
 * </ul>
 *
 * <p>Implementations are called from every logging thread at once: keep them immutable.
 */
public interface Detector {
    /**
     * The type name of what it finds: upper-case letters, digits and {@code _}, not a built-in type's or
     * a rule's. It is the placeholder's {@code {type}}, the {@code TYPE} of {@code strategy.<TYPE>}, and a
     * name for {@code disable} and {@code only}.
     *
     * @return the type name, e.g. {@code EMPLOYEE_NUMBER}
     */
    String type();

    /**
     * The candidates, as a re2j pattern ({@code \b} and the other RE2 syntax; no backreferences), read
     * once when the redactor is built. It must not match the empty string.
     *
     * @return the pattern, e.g. {@code \bEMP-[0-9]{7}\b}
     */
    String pattern();

    /**
     * Whether a candidate is what this detector finds; by default every candidate is.
     *
     * @param candidate the text the pattern matched
     * @return whether to redact it
     */
    default boolean isValid(CharSequence candidate) {
        return true;
    }
}
