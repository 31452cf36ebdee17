package dev.logredactor.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.read.ListAppender;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.testdata.ParameterizedMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.slf4j.helpers.MessageFormatter;

/**
 * The turbo filter redacts parameterized events as the whole formatted message would be redacted, and
 * each argument as it would be alone: generated
 * templates and arguments of every kind, each call site logged several times, through a real logger;
 * the appender's message and arguments are compared with redacting what SLF4J's own formatter makes.
 */
class ParameterizedMessagesTest {
    @Test
    void eachEventIsRedactedAsItsFormattedMessage() {
        LoggerContext lc = new LoggerContext();
        lc.setMDCAdapter(new LogbackMDCAdapter());
        RedactingTurboFilter filter = new RedactingTurboFilter();
        filter.setContext(lc);
        filter.start();
        lc.addTurboFilter(filter);
        ListAppender<ILoggingEvent> list = new ListAppender<>();
        list.setContext(lc);
        list.start();
        Logger log = lc.getLogger("app");
        log.addAppender(list);
        Redactor redactor = Redactor.defaults();
        Random r = new Random(31);
        List<String> expected = new ArrayList<>();
        List<Object[]> expectedArgs = new ArrayList<>();
        int redacted = 0;
        for (int t = 0; t < 1_500; t++) {
            String template = ParameterizedMessages.template(r);
            for (int round = 0; round < 4; round++) {
                String[] texts = ParameterizedMessages.arguments(r, template);
                Object[] args = java.util.Arrays.copyOf(texts, texts.length, Object[].class);
                if (round == 3 && args.length > 0) {
                    args[0] = r.nextInt(100_000); // not a String: rendered as SLF4J renders it
                }
                String formatted = MessageFormatter.basicArrayFormat(template, args);
                String e = redactor.redact(formatted);
                expected.add(e);
                Object[] ea = new Object[args.length];
                for (int i = 0; i < args.length; i++) {
                    String text = String.valueOf(args[i]);
                    String rt = redactor.redact(text);
                    ea[i] = rt != text ? rt : args[i];
                }
                expectedArgs.add(ea);
                redacted += e != formatted ? 1 : 0;
                log.info(template, args);
            }
        }
        assertThat(list.list).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            ILoggingEvent ev = list.list.get(i);
            assertThat(ev.getFormattedMessage()).as("event %d: %s", i, ev.getMessage()).isEqualTo(expected.get(i));
            Object[] got = ev.getArgumentArray();
            Object[] want = expectedArgs.get(i);
            for (int k = 0; k < want.length; k++) {
                assertThat(String.valueOf(got[k])).isEqualTo(String.valueOf(want[k]));
            }
        }
        assertThat(redacted).isGreaterThan(expected.size() / 4);
        lc.stop();
    }
}
