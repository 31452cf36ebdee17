package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.testdata.ParameterizedMessages;
import java.util.Random;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ParameterizedMessage;
import org.apache.logging.log4j.message.ReusableMessageFactory;
import org.junit.jupiter.api.Test;

/**
 * The policy redacts parameterized messages (plain and reusable, as garbage-free Log4j makes them) as
 * their formatted text would be redacted: generated templates and arguments of every kind, numbers among
 * them, each template several times; compared with redacting what Log4j's own formatter makes.
 */
class ParameterizedMessagesTest {
    @Test
    void eachMessageIsRedactedAsItsFormattedText() {
        RedactionPolicy policy = RedactionPolicy.newBuilder().build();
        Redactor redactor = Redactor.defaults();
        Random r = new Random(41);
        int redacted = 0;
        int events = 0;
        for (int t = 0; t < 1_500; t++) {
            String template = ParameterizedMessages.template(r);
            for (int round = 0; round < 4; round++) {
                String[] texts = ParameterizedMessages.arguments(r, template);
                Object[] args = java.util.Arrays.copyOf(texts, texts.length, Object[].class);
                if (round == 3 && args.length > 0) {
                    args[0] = r.nextBoolean() ? (Object) r.nextInt(100_000) : (Object) r.nextLong();
                }
                String expected = redactor.redact(new ParameterizedMessage(template, args).getFormattedMessage());
                // the reusable one from the public factory, released after each use as Log4j does (set() is not public in 2.17)
                Message reusable = ReusableMessageFactory.INSTANCE.newMessage(template, args);
                for (Message m : new Message[] {new ParameterizedMessage(template, args), reusable}) {
                    LogEvent in = Log4jLogEvent.newBuilder().setLoggerName("app").setLevel(Level.INFO).setMessage(m).build();
                    LogEvent out = policy.rewrite(in);
                    assertThat(out.getMessage().getFormattedMessage()).as("%s | %s", template, java.util.Arrays.toString(args))
                            .isEqualTo(expected);
                    events++;
                }
                ReusableMessageFactory.release(reusable);
                redacted += expected.equals(new ParameterizedMessage(template, args).getFormattedMessage()) ? 0 : 1;
            }
        }
        assertThat(redacted).isGreaterThan(events / 10);
    }
}
