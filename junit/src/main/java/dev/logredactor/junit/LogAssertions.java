package dev.logredactor.junit;

import dev.logredactor.core.LineRedactor;
import dev.logredactor.core.Redactor;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Assertions that a text or a file holds no secret or personal data that log-redactor would redact: for
 * logs a test collected its own way, a file an application wrote, the output of a command. The failure
 * names each line that holds something, with the types found and the values masked, never the values.
 *
 * <pre>{@code
 * LogAssertions.assertNoSecrets(Path.of("build/app.log"));
 * LogAssertions.assertNoSecrets(output, Redactor.builder().allow("test@example.com").build());
 * }</pre>
 */
public final class LogAssertions {
    private LogAssertions() {
    }

    /**
     * Fails when {@code text} holds anything the default redactor finds.
     *
     * @param text the text, of any number of lines
     * @throws org.opentest4j.AssertionFailedError naming the lines that hold something, values masked
     */
    public static void assertNoSecrets(String text) {
        assertNoSecrets(text, Redactor.defaults());
    }

    /**
     * Fails when {@code text} holds anything {@code redactor} finds: the settings of your application
     * (rules, allowed values, types left alone) through a redactor built with them.
     *
     * @param text the text, of any number of lines
     * @param redactor the redactor whose findings count
     * @throws org.opentest4j.AssertionFailedError naming the lines that hold something, values masked
     */
    public static void assertNoSecrets(String text, Redactor redactor) {
        Leaks leaks = new Leaks("the text");
        LineRedactor lines = redactor.newLineRedactor();
        String[] split = text.split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            leaks.check(lines, "line " + (i + 1), split[i]);
        }
        leaks.throwIfAny();
    }

    /**
     * Fails when the file, read as UTF-8 (a malformed byte read as U+FFFD), holds anything the default
     * redactor finds.
     *
     * @param file the file
     * @throws org.opentest4j.AssertionFailedError naming the lines that hold something, values masked
     * @throws UncheckedIOException when the file cannot be read
     */
    public static void assertNoSecrets(Path file) {
        assertNoSecrets(file, Redactor.defaults());
    }

    /**
     * Fails when the file, read as UTF-8 (a malformed byte read as U+FFFD), holds anything
     * {@code redactor} finds.
     *
     * @param file the file
     * @param redactor the redactor whose findings count
     * @throws org.opentest4j.AssertionFailedError naming the lines that hold something, values masked
     * @throws UncheckedIOException when the file cannot be read
     */
    public static void assertNoSecrets(Path file, Redactor redactor) {
        Leaks leaks = new Leaks(file.toString());
        LineRedactor lines = redactor.newLineRedactor();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                leaks.check(lines, "line " + ++n, line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        leaks.throwIfAny();
    }
}
