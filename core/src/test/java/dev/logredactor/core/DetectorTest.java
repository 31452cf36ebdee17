package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.logredactor.core.testdata.SecretSamples;
import dev.logredactor.examples.EmployeeNumbers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Users' own detectors: registered by the builder or by class name, their candidates confirmed by their
 * validator, their type a type like any other (strategy, disable, only); a detector that cannot be made
 * or whose type or pattern is bad is a configuration error naming it.
 */
class DetectorTest {
    /** The same number with another check digit: one a typo gives. */
    static String wrongCheckDigit(String number, Random r) {
        char last = number.charAt(number.length() - 1);
        char other = (char) ('0' + (last - '0' + 1 + r.nextInt(9)) % 10);
        return number.substring(0, number.length() - 1) + other;
    }

    @Test
    void validNumbersAreRedactedAndNearMissesStay() {
        Redactor r = Redactor.builder().detector(new EmployeeNumbers()).build();
        Random random = new Random(12);
        for (int i = 0; i < 300; i++) {
            String n = SecretSamples.employeeNumber(random);
            assertThat(new EmployeeNumbers().isValid(n)).as("the generator and the example agree on the check digit").isTrue();
            assertThat(r.redact("badge " + n + " at gate 4")).isEqualTo("badge [REDACTED_EMPLOYEE_NUMBER] at gate 4");
            for (String miss : new String[] {wrongCheckDigit(n, random), n.substring(0, n.length() - 1), n + "1", "X" + n,
                n.replace("EMP-", "EMP_"), n.toLowerCase()}) {
                String line = "badge " + miss + " at gate 4";
                assertThat(r.redact(line)).as(miss).isSameAs(line);
            }
        }
    }

    @Test
    void byClassNameInAnySettingAndTypedLikeAnyType(@TempDir Path dir) throws IOException {
        Random random = new Random(13);
        String n = SecretSamples.employeeNumber(random);
        String email = SecretSamples.email(random);
        String line = "user " + email + " badge " + n;
        String name = EmployeeNumbers.class.getName();
        Path file = Files.writeString(dir.resolve("d.properties"), "detectors=" + name + "\nstrategy.EMPLOYEE_NUMBER=keep-last-2\n",
                StandardCharsets.UTF_8);
        String kept = "user [REDACTED_EMAIL] badge [REDACTED_EMPLOYEE_NUMBER:\u2026" + n.substring(n.length() - 2) + "]";
        assertThat(Redactor.builder().configFile(file).build().redact(line)).isEqualTo(kept);
        assertThat(new Settings().add(Setting.DETECTORS, name, "<detector>").add(Setting.STRATEGY, "EMPLOYEE_NUMBER=keep-last-2",
                "<strategy>").build(null).redact(line)).isEqualTo(kept);
        assertThat(Redactor.builder().set("detectors", name).set("only", "EMPLOYEE_NUMBER").build().redact(line))
                .isEqualTo("user " + email + " badge [REDACTED_EMPLOYEE_NUMBER]");
        assertThat(Redactor.builder().set("detectors", name).set("disable", "employee-number").build().redact(line))
                .isEqualTo("user [REDACTED_EMAIL] badge " + n);
        assertThat(Redactor.builder().set("detectors", name).build().scan(line)).extracting(Finding::type)
                .containsExactly("EMAIL", "EMPLOYEE_NUMBER");
    }

    /** Not a detector: for the error of a class that does not implement it. */
    public static final class NotADetector {
    }

    /** A detector without a public no-argument constructor. */
    public static final class NeedsArgument extends EmployeeNumbers2 {
        public NeedsArgument(String x) {
        }
    }

    /** A detector whose constructor fails. */
    public static final class FailsToStart extends EmployeeNumbers2 {
        public FailsToStart() {
            throw new IllegalStateException("no license");
        }
    }

    /** A detector whose type and pattern come from its fields, for the checks of both. */
    public static class EmployeeNumbers2 implements Detector {
        String type = "EMPLOYEE_NUMBER";
        String pattern = "EMP-[0-9]{7}";

        @Override
        public String type() {
            return type;
        }

        @Override
        public String pattern() {
            return pattern;
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "dev.logredactor.NoSuchDetector|detectors: no class dev.logredactor.NoSuchDetector on the class path",
        "dev.logredactor.core.DetectorTest$NotADetector|does not implement dev.logredactor.core.Detector",
        "dev.logredactor.core.DetectorTest$NeedsArgument|needs to be public with a public no-argument constructor",
        "dev.logredactor.core.DetectorTest$FailsToStart|constructor failed: java.lang.IllegalStateException: no license",
    })
    void aClassThatCannotBeMadeADetectorIsNamed(String className, String message) {
        assertThatThrownBy(() -> Redactor.builder().set("detectors", className)).isInstanceOfSatisfying(RedactorConfigException.class,
                e -> {
                    assertThat(e.setting()).isEqualTo("detectors");
                    assertThat(e.getMessage()).contains(message).contains(className);
                });
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "employee|EMP-[0-9]{7}|the type name 'employee' is not upper-case letters",
        "EMAIL|EMP-[0-9]{7}|the type name 'EMAIL' is a built-in type",
        "TICKET|EMP-[0-9]{7}|the type name 'TICKET' is taken by a rule or another detector",
        "EMPLOYEE_NUMBER|EMP-([0-9]{7}|invalid re2j pattern",
        "EMPLOYEE_NUMBER|(EMP-[0-9]{7})?|the pattern matches the empty string",
        "EMPLOYEE_NUMBER|(a)\\1|invalid re2j pattern",
    })
    void aBadTypeOrPatternIsNamed(String type, String pattern, String message) {
        EmployeeNumbers2 d = new EmployeeNumbers2();
        d.type = type;
        d.pattern = pattern;
        assertThatThrownBy(() -> Redactor.builder().rule("TICKET", "TCK-[0-9]{6}").detector(d).build())
                .isInstanceOfSatisfying(RedactorConfigException.class, e -> {
                    assertThat(e.setting()).isEqualTo("detectors");
                    assertThat(e.reason()).contains(message);
                });
    }

    @Test
    void aDetectorThatFailsToSayItsTypeIsNamed() {
        Detector broken = new EmployeeNumbers2() {
            @Override
            public String type() {
                throw new UnsupportedOperationException("not yet");
            }
        };
        assertThatThrownBy(() -> Redactor.builder().detector(broken).build()).isInstanceOfSatisfying(RedactorConfigException.class,
                e -> assertThat(e.reason()).contains("failed to give its type and pattern").contains("not yet"));
    }
}
