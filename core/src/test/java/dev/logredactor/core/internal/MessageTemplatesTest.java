package dev.logredactor.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.SensitiveType;
import dev.logredactor.core.testdata.ParameterizedMessages;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which templates get a plan, which arguments it takes, and how templates are read. */
class MessageTemplatesTest {
    private static MessageTemplates templates() {
        Scanner scanner = new Scanner(BuiltInDetectors.create(EnumSet.allOf(SensitiveType.class), List.of()));
        return new MessageTemplates(scanner, SensitiveKeys.create(List.of()));
    }

    /** Slots between spaces and plain words: planned from the second time on. */
    @ParameterizedTest
    @ValueSource(strings = {"Order {} placed by {} at {}", "{} logged in", "retry {}", "Payment {} accepted in {} ms", "Started",
        "User {} from {}"})
    void isolatedSlotsArePlannedTheSecondTime(String template) {
        MessageTemplates t = templates();
        String[] args = ParameterizedMessages.arguments(new java.util.Random(1), template);
        for (int i = 0; i < args.length; i++) {
            args[i] = "arg" + i;
        }
        String formatted = ParameterizedMessages.format(template, args);
        assertThat(t.find(template, formatted, args)).as("seen once").isSameAs(MessageTemplates.NOT_PLANNED);
        assertThat(t.find(template, formatted, args)).isNotSameAs(MessageTemplates.NOT_PLANNED);
        assertThat(t.find(template, formatted + " ", args)).as("not the template's text").isSameAs(MessageTemplates.NOT_PLANNED);
    }

    /** Slots glued to their neighbours, after keys, schemes and words that change what follows, or near digits: never planned. */
    @ParameterizedTest
    @ValueSource(strings = {"mail {}@example.com", "mail {}.example.com", "password={}", "password: {}", "Authorization: Bearer {}",
        "Bearer {}", "card 4111 {}", "card {} 1111", "{} {}", "version {}", "IDENTIFIED BY {}", "AUTH PLAIN {}", "--password {}",
        "'{}'", "[{}]", "token {}", "GET {} done", "line\n{} next", "-----BEGIN {}", "{}{}"})
    void gluedOrContextSlotsAreNotPlanned(String template) {
        MessageTemplates t = templates();
        String[] args = {"arg0", "arg1"};
        if (!template.contains("{} {}")) {
            args = new String[] {"arg0"};
        }
        String formatted = ParameterizedMessages.format(template, args);
        for (int i = 0; i < 3; i++) {
            assertThat(t.find(template, formatted, args)).isSameAs(MessageTemplates.NOT_PLANNED);
        }
    }

    /**
     * Where a plan applies, its findings are the scanner's on the whole formatted text: generated templates
     * and arguments of every kind, many of them planned (the count shows the plans are used, not only turned down).
     */
    @org.junit.jupiter.api.Test
    void plannedFindingsAreTheScannersOnTheWholeText() {
        Scanner scanner = new Scanner(BuiltInDetectors.create(EnumSet.allOf(SensitiveType.class), List.of()));
        MessageTemplates t = new MessageTemplates(scanner, SensitiveKeys.create(List.of()));
        java.util.Random r = new java.util.Random(12);
        int planned = 0;
        int plannedWithFindings = 0;
        int events = 0;
        for (int k = 0; k < 4_000; k++) {
            String template = ParameterizedMessages.template(r);
            for (int round = 0; round < 5; round++) {
                String[] args = ParameterizedMessages.arguments(r, template);
                String formatted = ParameterizedMessages.format(template, args);
                        Findings f = t.find(template, formatted, args);
                events++;
                if (f == MessageTemplates.NOT_PLANNED) {
                    continue;
                }
                planned++;
                plannedWithFindings += f == null ? 0 : 1;
                assertThat(ScannerFuzzTest.describe(f)).as("%s | %s", template, String.join(" | ", args))
                        .isEqualTo(ScannerFuzzTest.describe(scanner.scan(formatted)));
            }
        }
        assertThat(planned).as("planned of %d", events).isGreaterThan(events / 10);
        assertThat(plannedWithFindings).isGreaterThan(planned / 20);
    }

    @org.junit.jupiter.api.Test
    void anArgumentFitsWhenItCannotJoinItsNeighbours() {
        for (String fits : new String[] {"bob", "4111 1111", "+44 20", "(415) 555", "\"a b\"", "", "[a]", "{\"k\":\"v\"}",
            "a<b>c"}) {
            assertThat(MessageTemplates.fits(fits)).as(fits).isTrue();
        }
        for (String joins : new String[] {"it's", "\"a", "a)", "x=", ":x", "a\nb", "a\r", "-1", "a.", "@x", "a b ", " a", "<password>",
            "cvv%3D", "k\\u003d"}) {
            assertThat(MessageTemplates.fits(joins)).as(joins).isFalse();
        }
    }

    @org.junit.jupiter.api.Test
    void templatesAreReadAsSlf4jReadsThem() {
        assertThat(MessageTemplates.literals("a {} b")).containsExactly("a ", " b");
        assertThat(MessageTemplates.literals("{}")).containsExactly("", "");
        assertThat(MessageTemplates.literals("{}{}")).containsExactly("", "", "");
        assertThat(MessageTemplates.literals("no slot")).containsExactly("no slot");
        assertThat(MessageTemplates.literals("a \\{} b {}")).as("an escaped slot is text").containsExactly("a {} b ", "");
        assertThat(MessageTemplates.literals("a \\\\{} b")).as("a doubled backslash is one, before a slot")
                .containsExactly("a \\", " b");
    }
}
