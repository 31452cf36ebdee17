package dev.logredactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading Logback's version, for the features that depend on it. */
class LogbackVersionTest {
    @ParameterizedTest
    @CsvSource({"1.5.21, true", "1.5.38, true", "1.5.20, false", "1.5.7, false", "1.4.14, false", "1.3.15, false",
        "1.6.0, true", "2.0.0, true", "1.5.21-SNAPSHOT, true", "1.5.3-SNAPSHOT, false", "1.10.1, true", "1.5, false"})
    void comparesMajorMinorPatch(String version, boolean atLeast1521) {
        assertThat(LogbackVersion.atLeast(version, 1, 5, 21)).isEqualTo(atLeast1521);
    }

    @ParameterizedTest
    @CsvSource({"1.5.7, true", "1.5.6, false", "1.4.14, false", "1.5.38, true"})
    void conversionRuleClassAttributeFrom157(String version, boolean reads) {
        assertThat(LogbackVersion.atLeast(version, 1, 5, 7)).isEqualTo(reads);
    }

    @Test
    void anUnknownVersionCountsAsNew() {
        assertThat(LogbackVersion.atLeast(null, 1, 5, 21)).isTrue();
    }
}
