package dev.logredactor.log4j2;

import dev.logredactor.core.FindingCounts;
import dev.logredactor.core.Redactor;
import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.StringLayout;
import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderFactory;
import org.apache.logging.log4j.core.config.plugins.PluginElement;
import org.apache.logging.log4j.core.layout.AbstractStringLayout;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * Wraps any layout and redacts what it writes: the whole rendered event (message, context, stack
 * trace, every field of a JSON layout), header and footer. Placeholders hold no quote or backslash, so
 * JSON output stays valid JSON.
 *
 * <pre>{@code
 * <RedactingLayout>
 *   <JsonTemplateLayout eventTemplateUri="classpath:EcsLayout.json"/>
 * </RedactingLayout>
 * }</pre>
 *
 * <p>If redaction fails, the line is written as {@code [REDACTED_ON_ERROR]} and the StatusLogger
 * reports it once.
 */
@Plugin(name = "RedactingLayout", category = Node.CATEGORY, elementType = Layout.ELEMENT_TYPE, printObject = true)
public final class RedactingLayout extends AbstractStringLayout {
    private static final String PLUGIN = "<RedactingLayout>";

    private final Layout<? extends Serializable> delegate;
    private final Redactor redactor;
    private final EventRedactor messages;
    private final AtomicBoolean reported = new AtomicBoolean();

    private RedactingLayout(Layout<? extends Serializable> delegate, Redactor redactor) {
        super(charsetOf(delegate));
        this.delegate = delegate;
        this.redactor = redactor;
        this.messages = new EventRedactor(redactor, PLUGIN);
    }

    private static Charset charsetOf(Layout<? extends Serializable> layout) {
        return layout instanceof StringLayout ? ((StringLayout) layout).getCharset() : StandardCharsets.UTF_8;
    }

    /**
     * Called by Log4j for {@code <RedactingLayout>}.
     *
     * @return a builder taking the wrapped layout, the attributes and nested elements
     */
    @PluginBuilderFactory
    public static Builder newBuilder() {
        return new Builder();
    }

    /**
     * The layout inside.
     *
     * @return the wrapped layout
     */
    public Layout<? extends Serializable> getLayout() {
        return delegate;
    }

    @Override
    public String toSerializable(LogEvent raw) {
        String text = null;
        FindingCounts.Tally tally = redactor.counts() ? FindingCounts.begin() : null;
        try {
            LogEvent event = messages.neutralized(raw);
            text = delegate instanceof StringLayout ? ((StringLayout) delegate).toSerializable(event)
                    : new String(delegate.toByteArray(event), getCharset()); // the event is rendered once either way
            return redactor.redact(text);
        } catch (RuntimeException | StackOverflowError e) {
            FindingCounts.failed();
            if (reported.compareAndSet(false, true)) {
                StatusLogger.getLogger().error("log-redactor: {} failed; the line was written as {} (reported once)", PLUGIN,
                        Redactor.FAILED, e);
            }
            return Redactor.FAILED + (text != null && text.endsWith("\n") ? "\n" : System.lineSeparator());
        } finally {
            EventCounts.end(tally, raw.getLoggerName(), redactor);
        }
    }

    @Override
    public byte[] getHeader() {
        return redactBytes(delegate.getHeader());
    }

    @Override
    public byte[] getFooter() {
        return redactBytes(delegate.getFooter());
    }

    private byte[] redactBytes(byte[] b) {
        if (b == null || b.length == 0) {
            return b;
        }
        String s = new String(b, getCharset());
        String r = redactor.redact(s);
        return r == s ? b : r.getBytes(getCharset());
    }

    @Override
    public String getContentType() {
        return delegate.getContentType();
    }

    @Override
    public Map<String, String> getContentFormat() {
        return delegate.getContentFormat();
    }

    @Override
    public String toString() {
        return "RedactingLayout[" + delegate + "]";
    }

    /** Builds the layout; a bad setting is reported through the StatusLogger and the defaults are used. */
    public static final class Builder extends RedactorAttributes<Builder>
            implements org.apache.logging.log4j.core.util.Builder<RedactingLayout> {
        @PluginElement("Layout")
        private Layout<? extends Serializable> layout;

        Builder() {
        }

        /**
         * The layout to wrap.
         *
         * @param layout the wrapped layout
         * @return this builder
         */
        public Builder setLayout(Layout<? extends Serializable> layout) {
            this.layout = layout;
            return this;
        }

        @Override
        public RedactingLayout build() {
            AutoMode.pluginBuilt("RedactingLayout");
            if (layout == null) {
                StatusLogger.getLogger().error("log-redactor: {} needs a layout inside it, e.g. <PatternLayout/> or "
                        + "<JsonTemplateLayout/>; the appender gets no layout", PLUGIN);
                return null;
            }
            return new RedactingLayout(layout, redactor(PLUGIN));
        }
    }
}
