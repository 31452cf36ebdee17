package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.impl.ContextDataFactory;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.message.Message;
import org.apache.logging.log4j.message.ReusableMessage;
import org.apache.logging.log4j.message.ReusableMessageFactory;
import org.apache.logging.log4j.message.SimpleMessage;
import org.apache.logging.log4j.util.StringMap;
import org.junit.jupiter.api.Test;

/**
 * The policy allocates nothing for an event with nothing to redact (message and ThreadContext checked),
 * also for a reusable parameterized message, as garbage-free Log4j makes them, with text and number arguments.
 */
class GarbageFreeTest {
    @Test
    void aCleanParameterizedEventPassesWithoutAllocation() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        RedactionPolicy policy = RedactionPolicy.newBuilder().build();
        // what garbage-free Log4j logs: a reusable message from the public factory (set() is not public in 2.17)
        Message m = ReusableMessageFactory.INSTANCE.newMessage("Order {} placed by {} in {} ms", "1156268", "u-1029", 698);
        assertThat(m).isInstanceOf(ReusableMessage.class);
        LogEvent event = Log4jLogEvent.newBuilder().setLoggerName("app").setLevel(Level.INFO).setMessage(m)
                .setContextData(ContextDataFactory.emptyFrozenContextData()).build();
        for (int i = 0; i < 20_000; i++) {
            assertThat(policy.rewrite(event)).isSameAs(event);
        }
        long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
        int same = 0;
        for (int i = 0; i < 100_000; i++) {
            same += policy.rewrite(event) == event ? 1 : 0;
        }
        long allocated = mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertThat(same).isEqualTo(100_000);
        assertThat(allocated).as("bytes allocated for 100,000 clean events").isLessThan(100_000L);
    }

    @Test
    void aCleanEventPassesWithoutAllocation() {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        RedactionPolicy policy = RedactionPolicy.newBuilder().build();
        StringMap context = ContextDataFactory.createContextData();
        context.putValue("traceId", "4bf92f3577b34da6a3ce929d0e0e4736");
        context.putValue("user", "u-1029");
        context.freeze();
        LogEvent event = Log4jLogEvent.newBuilder().setLoggerName("app").setLevel(Level.INFO)
                .setMessage(new SimpleMessage("Order 1156268 placed in 698 ms (spanId=98a3ef3b3ebd5c93)"))
                .setContextData(context).build();
        for (int i = 0; i < 20_000; i++) {
            assertThat(policy.rewrite(event)).isSameAs(event); // warm-up, and the same event comes back
        }
        long before = mx.getThreadAllocatedBytes(Thread.currentThread().getId());
        int same = 0;
        for (int i = 0; i < 100_000; i++) {
            same += policy.rewrite(event) == event ? 1 : 0;
        }
        long allocated = mx.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;
        assertThat(same).isEqualTo(100_000);
        assertThat(allocated).as("bytes allocated for 100,000 clean events").isLessThan(100_000L);
    }
}
