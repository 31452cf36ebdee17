package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.internal.FaultInjection;
import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.core.testdata.ThrowingDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A detector or a strategy that throws (a bug in our code or in a user's detector, met on some input):
 * every entry point returns normally with the placeholder in place of the text it was given, never the
 * raw text, and the error reaches the listener once.
 */
class FaultInjectionTest {
    /** The word at which the injected detector throws. */
    static final String TRIGGER = ThrowingDetector.TRIGGER;

    /** A way to build a redactor with a fault: the test seam, or a user's detector that throws. */
    static final class Fault {
        final String name;
        final Function<Redactor.Builder, Redactor> build;
        final boolean inDetector;

        Fault(String name, Function<Redactor.Builder, Redactor> build, boolean inDetector) {
            this.name = name;
            this.build = build;
            this.inDetector = inDetector;
        }

        static Fault of(FaultInjection f) {
            return new Fault(f.toString(), b -> b.build(f.engines()), f.inDetector());
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Fault> faults() {
        return Stream.of(
                Fault.of(FaultInjection.detectorThrowsAt(TRIGGER, new IllegalStateException("injected detector fault"))),
                Fault.of(FaultInjection.detectorThrowsAt(TRIGGER, new StackOverflowError("injected"))),
                Fault.of(FaultInjection.strategyThrows(new IllegalArgumentException("injected strategy fault"))),
                Fault.of(FaultInjection.strategyThrows(new StackOverflowError("injected"))),
                new Fault("user detector throws", b -> b.detector(new ThrowingDetector()).build(), true),
                new Fault("user detector overflows", b -> b.set("detectors", ThrowingDetector.Overflow.class.getName()).build(), true));
    }

    /** A line with the trigger word and a secret of every type. */
    private static String dirtyLine(Random r) {
        StringBuilder line = new StringBuilder("request ").append(TRIGGER).append(" from");
        for (SensitiveType t : SensitiveType.values()) {
            line.append(' ').append(SecretSamples.of(t, r)).append(" ;");
        }
        return line.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void everyEntryPointGivesThePlaceholderAndReportsOnce(Fault fault) throws Exception {
        List<RuntimeException> errors = new ArrayList<>();
        Redactor redactor = fault.build.apply(Redactor.builder().onError(errors::add));
        Random r = new Random(fault.toString().hashCode());
        for (int i = 0; i < 40; i++) {
            String line = dirtyLine(r);

            assertThat(redactor.redact(line)).isEqualTo(Redactor.FAILED);
            StringBuilder out = new StringBuilder("before: ");
            assertThat(redactor.appendRedacted(line, out)).isTrue();
            assertThat(out).hasToString("before: " + Redactor.FAILED);
            assertThat(redactor.redactValue("note", line)).isEqualTo(Redactor.FAILED);
            LineRedactor lines = redactor.newLineRedactor();
            assertThat(lines.redactLine(line)).isEqualTo(Redactor.FAILED);
            assertThat(lines.redactLine("next line, nothing in it")).isEqualTo("next line, nothing in it");
        }
        assertThat(errors).as("reported once per redactor").hasSize(1);
        Throwable reported = errors.get(0);
        String message = reported.getMessage() + " / " + reported.getCause();
        assertThat(message).contains("injected");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void aFailedTextKeepsItsFinalLineBreak(Fault fault) throws Exception {
        Redactor redactor = fault.build.apply(Redactor.builder());
        Random r = new Random(fault.toString().hashCode() + 2);
        for (String end : new String[] {"\n", "\r\n"}) {
            String event = dirtyLine(r) + "\n\tat com.example.Shop.pay(Shop.java:12)" + end;
            assertThat(redactor.redact(event)).isEqualTo(Redactor.FAILED + end);
            StringBuilder out = new StringBuilder();
            redactor.appendRedacted(event, out);
            assertThat(out).hasToString(Redactor.FAILED + end);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void textTheFaultDoesNotReachIsRedactedAsUsual(Fault fault) throws Exception {
        Redactor faulty = fault.build.apply(Redactor.builder());
        Redactor plain = Redactor.builder().build();
        Random r = new Random(fault.toString().hashCode() + 1);
        for (int i = 0; i < 200; i++) {
            String clean = "job " + i + " finished in " + r.nextInt(5000) + " ms, kaboom not found";
            assertThat(faulty.redact(clean)).isSameAs(clean);
        }
        if (fault.inDetector) {
            for (SensitiveType t : SensitiveType.values()) {
                String line = "value " + SecretSamples.of(t, r) + " end";
                assertThat(faulty.redact(line)).isEqualTo(plain.redact(line)).isNotEqualTo(line);
            }
        }
    }
}
