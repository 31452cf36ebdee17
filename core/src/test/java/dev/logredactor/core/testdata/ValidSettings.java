package dev.logredactor.core.testdata;

import dev.logredactor.core.Setting;
import dev.logredactor.core.Settings;
import dev.logredactor.examples.EmployeeNumbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A value of each setting that builds, as an element, attribute or flag writes it: for the tests that
 * check that every front end takes every setting of the table. Files a setting names are written to
 * {@code dir}.
 */
public final class ValidSettings {
    /** The hash key written to the key file. */
    public static final String HASH_KEY = "0123456789abcdef0123";

    private ValidSettings() {
    }

    /**
     * A value of {@code s} that builds on its own.
     *
     * @param s the setting
     * @param dir where a file the setting names is written
     * @return the value
     */
    public static String of(Setting s, Path dir) {
        try {
            switch (s) {
                case CONFIG_FILE:
                    return Files.writeString(dir.resolve("c.properties"), "sensitive-keys=pin_block\n").toString();
                case HASH_KEY_FILE:
                    return Files.writeString(dir.resolve("key"), HASH_KEY + "\n").toString();
                case HASH_KEY_ENV:
                    return "PATH"; // set on every machine that runs the build, and 16 chars or more there
                case HASH_KEY:
                    return HASH_KEY;
                case DETECTORS:
                    return EmployeeNumbers.class.getName();
                default:
                    return s.example();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A value of {@code s} for a component with every setting at once: one hash key source only (the
     * file), a placeholder that shows, redacting (not only reporting), and the types that the line of {@link #LINE} holds.
     *
     * @param s the setting
     * @param dir where a file the setting names is written
     * @return the value, or {@code null} to leave the setting out
     */
    public static String together(Setting s, Path dir) {
        switch (s) {
            case HASH_KEY_ENV:
            case HASH_KEY:
                return null;
            case PLACEHOLDER:
                return "<{type}>";
            case MODE:
                return "redact"; // report would leave the line as it is
            case ONLY:
                return "EMAIL,CREDIT_CARD,SECRET,TICKET,EMPLOYEE_NUMBER";
            case STRATEGY:
                return "CREDIT_CARD=keep-last-4,EMAIL=hash";
            default:
                return of(s, dir);
        }
    }

    /** A message with a slot for a card, an e-mail, a phone and an employee number, as the tests log it. */
    public static final String LINE = "card {} mail {} phone {} TCK-123456 pin_block=7781 noreply@example.com EMP {}";

    /**
     * Arguments for {@link #LINE}: generated values, check digits computed.
     *
     * @param r the source of randomness
     * @return a card, an e-mail address, a phone number and an employee number
     */
    public static Object[] arguments(Random r) {
        return new Object[] {SecretSamples.card(r), SecretSamples.email(r), SecretSamples.phone(r), SecretSamples.employeeNumber(r)};
    }

    /**
     * {@link #LINE} with the arguments in its slots, as a logger formats it.
     *
     * @param args the arguments
     * @return the formatted message
     */
    public static String format(Object... args) {
        StringBuilder b = new StringBuilder();
        int from = 0;
        for (Object a : args) {
            int slot = LINE.indexOf("{}", from);
            b.append(LINE, from, slot).append(a);
            from = slot + 2;
        }
        return b.append(LINE, from, LINE.length()).toString();
    }

    /**
     * What a component with every setting {@link #together} makes of the formatted line: the core's own
     * redaction with the same settings, which each front end must give.
     *
     * @param dir where the files the settings name are
     * @param args the arguments of {@link #LINE}
     * @return the redacted line
     */
    public static String expected(Path dir, Object... args) {
        Settings settings = new Settings();
        for (Setting s : Setting.values()) {
            settings.add(s, together(s, dir), s.attribute());
        }
        return settings.build(null).redact(format(args));
    }
}
