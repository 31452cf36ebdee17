package dev.logredactor.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.ElementOf;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import com.code_intelligence.jazzer.mutation.annotation.WithLength;
import com.code_intelligence.jazzer.mutation.annotation.WithUtf8Length;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Jazzer fuzz tests of the configuration parser: the properties file and the settings by key, as the
 * Logback and Log4j2 components and the CLI pass them on. Nothing but a {@link RedactorConfigException}
 * naming a setting may come out, that message never quotes a hash key, and whatever builds redacts any
 * text without failing. Regression inputs: {@code src/test/resources/dev/logredactor/core/ConfigFuzzTestInputs/}.
 */
class ConfigFuzzTest {
    private static final String SAMPLE = "user jane.doe@example.com paid with 4111 1111 1111 1111 from 10.1.2.3";

    /** A properties file of any bytes (not UTF-8, unfinished escapes, any keys and values). */
    @MethodSource("files")
    @FuzzTest(maxDuration = "10m")
    void configFile(@NotNull @WithLength(max = 2048) byte[] content) throws IOException {
        Properties p = new Properties();
        try {
            p.load(new StringReader(new String(content, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException e) {
            // the builder reports this one itself
        }
        if (p.stringPropertyNames().stream().anyMatch(k -> k.trim().equals("hash.key.file"))) {
            return; // would read any file the fuzzer names
        }
        Path file = Files.createTempFile("fuzz", ".properties");
        try {
            Files.write(file, content);
            Redactor built;
            try {
                built = Redactor.builder().configFile(file).build();
            } catch (RedactorConfigException e) {
                assertNamesASetting(e);
                String key = p.getProperty("hash.key");
                if (key != null && key.trim().length() >= 16) { // long enough to be used, so no message is about it
                    assertThat(e.getMessage().substring(e.setting().length())).doesNotContain(key.trim());
                }
                return;
            }
            assertRedactsWithoutFailing(built, new String(content, StandardCharsets.UTF_8));
        } finally {
            Files.delete(file);
        }
    }

    static Stream<Arguments> files() {
        return Stream.of(
                "disable=IP_ADDRESS\nstrategy.CREDIT_CARD=keep-last-4\n",
                "only=EMAIL,RULE_A\nrule.RULE_A=ord_[a-z0-9]{12}\nplaceholder=***{type}***\n",
                "strategy.EMAIL=hash\nhash.key=0123456789abcdef0123456789abcdef\n",
                "strategy.IP_ADDRESS=network-prefix\nallow=support@example.com\nneutralize-newlines=true\n",
                "sensitive-keys=orderSecret, x-internal-token\nrule.BAD=(unclosed\n",
                "disable=NOT_A_TYPE\n", "strategy.EMAIL=keep-domain\\\n  \n", "rule.EMPTY=a*\n", "\\u12\n")
                .map(s -> arguments((Object) s.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Settings by key, in any order and any value, as components pass them: two known keys and any key.
     * Each bad one fails alone with a {@link RedactorConfigException}; the build fails or redacts.
     */
    @MethodSource("settings")
    @FuzzTest(maxDuration = "10m")
    void settingsByKey(@ElementOf(strings = {"disable", "only", "strategy.EMAIL", "strategy.CREDIT_CARD", "strategy.IP_ADDRESS",
        "strategy.RULE_A", "hash.key", "hash.key.env", "sensitive-keys", "rule.RULE_A", "rule.b", "allow", "placeholder",
        "neutralize-newlines"}) String key1, @NotNull @WithUtf8Length(max = 256) String value1,
            @ElementOf(strings = {"rule.RULE_A", "strategy.EMAIL", "only", "disable", "hash.key", "placeholder", "allow"}) String key2,
            @NotNull @WithUtf8Length(max = 256) String value2, @NotNull @WithUtf8Length(max = 64) String key3,
            @NotNull @WithUtf8Length(max = 256) String value3, @NotNull @WithUtf8Length(max = 1024) String text) {
        if (key3.trim().equals("hash.key.file")) {
            return; // would read any file the fuzzer names
        }
        String[][] settings = {{key1, value1}, {key2, value2}, {key3, value3}};
        Redactor built;
        try {
            built = build(settings, null);
        } catch (RedactorConfigException e) {
            assertNamesASetting(e);
            // the message never quotes the hash key: with another key of the same length, it is the same
            assertThat(messageOf(() -> build(settings, "0"))).isEqualTo(e.getMessage());
            return;
        }
        assertRedactsWithoutFailing(built, text);
    }

    /** Applies the settings, each bad one failing alone; with {@code otherKeyChar}, hash keys of that char instead. */
    private static Redactor build(String[][] settings, String otherKeyChar) {
        Redactor.Builder builder = Redactor.builder();
        for (String[] s : settings) {
            boolean hashKey = s[0] != null && s[0].trim().equals("hash.key");
            String value = otherKeyChar != null && hashKey ? sameShape(s[1], otherKeyChar.charAt(0)) : s[1];
            try {
                builder.set(s[0], value);
            } catch (RedactorConfigException e) {
                assertNamesASetting(e);
            }
        }
        return builder.build();
    }

    /** {@code text} with every char that {@code trim()} keeps replaced by {@code c}: the same key length after trimming. */
    private static String sameShape(String text, char c) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] > ' ') {
                chars[i] = c;
            }
        }
        return new String(chars);
    }

    private static String messageOf(Supplier<Redactor> build) {
        try {
            build.get();
            return null;
        } catch (RedactorConfigException e) {
            return e.getMessage();
        }
    }

    static Stream<Arguments> settings() {
        return Stream.of(
                arguments("strategy.EMAIL", "hash", "hash.key", "k-0123456789abcdef0123456789", "disable", "PHONE", SAMPLE),
                arguments("rule.RULE_A", "ord_[0-9]+", "only", "RULE_A,EMAIL", "allow", "jane.doe@example.com", "ord_123 " + SAMPLE),
                arguments("strategy.CREDIT_CARD", "keep-last-4", "placeholder", "<{type}>", "rule.X", "(", SAMPLE),
                arguments("strategy.IP_ADDRESS", "network-prefix", "disable", "EMAIL,NOPE", "neutralize-newlines", "yes", SAMPLE),
                arguments("hash.key", "short", "strategy.EMAIL", "hash", "sensitive-keys", " , ,", SAMPLE));
    }

    /** The message names the setting at fault. */
    private static void assertNamesASetting(RedactorConfigException e) {
        assertThat(e.setting()).isNotNull();
        assertThat(e.getMessage()).startsWith(e.setting() + ": ");
    }

    /** The engine throws nothing on the text and on a sample with secrets, and the public result is its answer. */
    private static void assertRedactsWithoutFailing(Redactor redactor, String text) {
        for (String t : new String[] {text, SAMPLE, text + " " + SAMPLE}) {
            RedactorFuzzTest.assertRedactGivesTheEnginesAnswer(redactor, t);
        }
    }
}
