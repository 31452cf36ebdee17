package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.testdata.SecretSamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every built-in type: many generated valid values (check digits computed by the generator), each in
 * several surroundings a log line puts values in, must be replaced by the placeholder of its type.
 */
class DetectorCatalogTest {
    private static final String[] CONTEXTS = {
        "%s",
        "value %s here",
        "{\"field\":\"%s\",\"n\":1}",
        "field=%s",
        "'%s'",
        "(%s)",
        "[%s]",
        "the last one was %s.",
        "<v>%s</v>",
        "a, %s; b",
        "line one\nline two %s\n\tat x.Y.z(Y.java:1)",
    };

    private static final int SAMPLES = 150;

    @ParameterizedTest
    @EnumSource(SensitiveType.class)
    void everyGeneratedValueIsRedactedInEveryContext(SensitiveType type) {
        Redactor redactor = Redactor.defaults();
        Random random = new Random(type.ordinal() * 7919L);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < SAMPLES; i++) {
            String sample = SecretSamples.of(type, random);
            String secret = SecretSamples.secretPart(type, sample);
            for (String context : CONTEXTS) {
                String line = String.format(context, sample);
                String out = redactor.redact(line);
                if (out.contains(secret) || !out.contains("[REDACTED_" + type.name())) {
                    failures.add(line + "  ->  " + out);
                }
            }
        }
        assertThat(failures).as("lines where %s survived or got another type", type).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SensitiveType.class)
    void scanReportsTypeAndPositionOfTheSecret(SensitiveType type) {
        Random random = new Random(type.ordinal() * 104729L);
        for (int i = 0; i < 50; i++) {
            String sample = SecretSamples.of(type, random);
            String secret = SecretSamples.secretPart(type, sample);
            String line = "before " + sample + " after";
            List<Finding> findings = Redactor.defaults().scan(line);
            int at = line.indexOf(secret);
            assertThat(findings).as(line).anySatisfy(f -> {
                assertThat(f.type()).isEqualTo(type.name());
                assertThat(f.start()).isLessThanOrEqualTo(at);
                assertThat(f.end()).isGreaterThanOrEqualTo(at + secret.length());
            });
        }
    }

    @ParameterizedTest
    @EnumSource(SensitiveType.class)
    void disablingATypeLeavesItsValuesAlone(SensitiveType type) {
        Redactor redactor = Redactor.builder().only(type.name()).build();
        Redactor without = Redactor.builder().disable(type).build();
        Random random = new Random(type.ordinal() * 31L);
        for (int i = 0; i < 30; i++) {
            String line = "x " + SecretSamples.of(type, random) + " y";
            assertThat(redactor.redact(line)).as(line).contains("[REDACTED_" + type.name());
            assertThat(without.redact(line)).as(line).doesNotContain("[REDACTED_" + type.name());
        }
    }
}
