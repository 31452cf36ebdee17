package dev.logredactor.benchmarks;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What each benchmark checks when it sets up, so a score is never that of a setup that does not work:
 * the redactor removes every generated secret and leaves clean lines as the same instance; the
 * baselines do what they are; a logging setup writes events and, when it redacts, no secret.
 * A failed check throws, and JMH reports the benchmark as failed.
 */
final class Checks {
    /** Secrets this long are checked in whole log output, where shorter ones may occur by chance (timestamps). */
    private static final int MIN_CHECKED_IN_OUTPUT = 8;
    private static final long ASYNC_WAIT_MILLIS = 10_000;
    private static final long POLL_MILLIS = 20;

    private Checks() {
    }

    static void core(CoreBenchmark.Impl impl, Inputs.Shape shape, List<Inputs.Line> input, UnaryOperator<String> redact) {
        int changed = 0;
        int secretLines = 0;
        boolean hasSecrets = shape == Inputs.Shape.MIX || shape == Inputs.Shape.DENSE;
        if (impl == CoreBenchmark.Impl.REGEX_CHAIN && !hasSecrets) {
            return; // nothing to check, and on ADVERSARIAL the chain takes minutes (that is what it measures)
        }
        for (Inputs.Line line : input) {
            String out = redact.apply(line.text);
            if (!out.equals(line.text)) {
                changed++;
            }
            if (!line.secrets.isEmpty()) {
                secretLines++;
            }
            switch (impl) {
                case NONE:
                    require(out == line.text, "NONE changed a line");
                    break;
                case REDACTOR:
                case REFERENCE:
                case FIRST_TYPES:
                    for (String secret : line.secrets) {
                        require(count(out, secret) <= count(line.base, secret), "a secret survived: " + out);
                    }
                    require(!line.mustStay || out == line.text, "a clean line changed: " + line.text + " -> " + out);
                    break;
                default:
                    break;
            }
        }
        require(!hasSecrets || secretLines > 0, shape + " has no secret-bearing line");
        require(impl == CoreBenchmark.Impl.NONE || !hasSecrets || changed > 0, impl + " changed nothing on " + shape);
    }

    /**
     * Logs every line once with the sink capturing, waits for the output (async loggers), and checks it.
     *
     * @param redacts whether the setup redacts: then no secret may be in the output; else some must be
     */
    static void logged(boolean redacts, List<Inputs.Line> input, Sink sink, Consumer<String> log) {
        require(sink != null, "the appender's sink was not made");
        sink.capture(true);
        try {
            for (Inputs.Line line : input) {
                log.accept(line.text);
            }
            String end = "end of check " + lettersOnly(System.nanoTime());
            log.accept(end);
            long deadline = System.currentTimeMillis() + ASYNC_WAIT_MILLIS;
            String out = sink.captured();
            while (!out.contains(end) && System.currentTimeMillis() < deadline) {
                sleep();
                out = sink.captured();
            }
            require(out.contains(end), "the events were not written");
            int found = 0;
            for (Inputs.Line line : input) {
                for (String secret : line.secrets) {
                    if (secret.length() >= MIN_CHECKED_IN_OUTPUT && out.contains(secret)) {
                        found++;
                        require(!redacts, "a secret was written: " + secret);
                    }
                }
            }
            require(redacts || found > 0, "the baseline's output holds none of the secrets: the check cannot see them");
        } finally {
            sink.capture(false);
        }
    }

    /**
     * Logs every call once with the sink capturing, and checks the output: no secret argument in it when
     * the setup redacts, some when it does not (so that the check can see them).
     */
    static void parameterized(boolean redacts, List<CallSites.Call> calls, Sink sink, Consumer<CallSites.Call> log) {
        require(sink != null, "the appender's sink was not made");
        sink.capture(true);
        try {
            for (CallSites.Call c : calls) {
                log.accept(c);
            }
            String out = sink.captured();
            int found = 0;
            for (CallSites.Call c : calls) {
                if (!c.secret) {
                    continue;
                }
                for (Object a : c.args) {
                    String s = String.valueOf(a);
                    if (s.length() >= MIN_CHECKED_IN_OUTPUT && (s.contains("@") || s.startsWith("ghp_") || isCardDigits(s))
                            && out.contains(s)) {
                        found++;
                        require(!redacts, "a secret was written: " + s);
                    }
                }
            }
            require(redacts || found > 0, "the baseline's output holds none of the secrets: the check cannot see them");
        } finally {
            sink.capture(false);
        }
    }

    /**
     * {@code n} with each digit written as a letter ({@code 0} as {@code a}, ...): a marker that no detector
     * can take for a secret. As digits, a 13-digit {@code nanoTime} that starts with 4 is a Visa number one
     * time in ten, and a redacting setup then wrote the marker as {@code [REDACTED_CREDIT_CARD]}.
     */
    static String lettersOnly(long n) {
        char[] digits = Long.toString(Math.abs(n)).toCharArray();
        for (int i = 0; i < digits.length; i++) {
            digits[i] = (char) ('a' + digits[i] - '0');
        }
        return new String(digits);
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the events", e);
        }
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalStateException(message);
        }
    }

    /** 13 to 19 digits, as a card number stands in an argument. */
    private static boolean isCardDigits(String s) {
        return s.length() >= 13 && s.length() <= 19 && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
