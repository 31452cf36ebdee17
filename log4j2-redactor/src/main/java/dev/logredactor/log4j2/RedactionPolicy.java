package dev.logredactor.log4j2;

import dev.logredactor.core.DropIn;
import dev.logredactor.core.FindingCounts;
import dev.logredactor.core.Settings;
import java.util.function.Consumer;
import org.apache.logging.log4j.core.Core;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.rewrite.RewritePolicy;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderFactory;

/**
 * A rewrite policy that hands the appenders behind a {@code <Rewrite>} appender a redacted copy of each
 * event: the formatted message (map messages value by value), the ThreadContext map and stack, and the
 * throwable chain (messages redacted; class names and frames kept, so {@code %ex} and {@code %xEx}
 * render as usual). An event with nothing to redact passes as it is, and checking it allocates nothing.
 *
 * <pre>{@code
 * <Rewrite name="Redacted">
 *   <RedactionPolicy disable="IP_ADDRESS"/>
 *   <AppenderRef ref="File"/>
 * </Rewrite>
 * }</pre>
 *
 * <p>If redaction itself fails, the event goes out with {@code [REDACTED_ON_ERROR]} as its message and
 * without context or throwable, and the StatusLogger reports the failure once.
 */
@Plugin(name = "RedactionPolicy", category = Core.CATEGORY_NAME, elementType = "rewritePolicy", printObject = true)
public final class RedactionPolicy implements RewritePolicy {
    static final String PLUGIN = "<RedactionPolicy>";

    private volatile EventRedactor events;
    /** For the drop-in mode's policy, what tells it the drop-in settings changed; {@code null} for a configured one. */
    private final DropIn.Follower dropIn;
    /** Made once: a lambda capturing this, evaluated at each event, would be an object per event. */
    private final Consumer<Settings> reload = s -> events = dropInEvents(s);

    private RedactionPolicy(EventRedactor events) {
        this(events, null);
    }

    private RedactionPolicy(EventRedactor events, DropIn.Follower dropIn) {
        this.events = events;
        this.dropIn = dropIn;
    }

    /**
     * A policy with the drop-in mode's settings ({@link DropIn#settings()}: the defaults unless the Spring
     * Boot starter set others), as the drop-in mode uses.
     *
     * @return a new policy
     */
    public static RedactionPolicy defaults() {
        DropIn.Follower follower = DropIn.follower(); // first: a change after it is seen at the next event
        return new RedactionPolicy(dropInEvents(DropIn.settings()), follower);
    }

    private static EventRedactor dropInEvents(Settings settings) {
        String name = "log-redactor drop-in";
        return new EventRedactor(Redactors.of(settings, null, name), name);
    }

    /**
     * Called by Log4j for {@code <RedactionPolicy>}.
     *
     * @return a builder taking the attributes and nested elements
     */
    @PluginBuilderFactory
    public static Builder newBuilder() {
        return new Builder();
    }

    @Override
    public LogEvent rewrite(LogEvent source) {
        // the drop-in policy takes new drop-in settings (Spring Boot does not configure again a context it
        // finds configured), and lets events through when the drop-in mode was switched off
        if (dropIn != null && !dropIn.current(reload)) {
            return source;
        }
        EventRedactor e = events; // one redactor for the whole event, should new settings come meanwhile
        FindingCounts.Tally tally = e.redactor().counts() ? FindingCounts.begin() : null;
        try {
            return e.redact(source);
        } finally {
            EventCounts.end(tally, source.getLoggerName(), e.redactor());
        }
    }

    @Override
    public String toString() {
        return "RedactionPolicy[" + events.redactor() + "]";
    }

    /** Builds the policy; a bad setting is reported through the StatusLogger and the defaults are used. */
    public static final class Builder extends RedactorAttributes<Builder>
            implements org.apache.logging.log4j.core.util.Builder<RedactionPolicy> {
        Builder() {
        }

        @Override
        public RedactionPolicy build() {
            AutoMode.pluginBuilt("RedactionPolicy");
            return new RedactionPolicy(new EventRedactor(redactor(PLUGIN), PLUGIN));
        }
    }
}
