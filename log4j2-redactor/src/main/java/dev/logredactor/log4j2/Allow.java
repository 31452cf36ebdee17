package dev.logredactor.log4j2;

import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * A value never redacted, inside {@code <RedactionPolicy>} or {@code <RedactingLayout>}:
 * {@code <Allow value="support@example.com"/>}.
 */
@Plugin(name = "Allow", category = Node.CATEGORY, printObject = true)
public final class Allow {
    private final String value;

    private Allow(String value) {
        this.value = value;
    }

    /**
     * Called by Log4j for each {@code <Allow>} element.
     *
     * @param value the exact text that stays
     * @return the entry, or {@code null} (reported) without a value
     */
    @PluginFactory
    public static Allow createAllow(@PluginAttribute("value") String value) {
        if (value == null || value.isEmpty()) {
            StatusLogger.getLogger().error("log-redactor: <Allow> needs the attribute value; the entry is ignored");
            return null;
        }
        return new Allow(value);
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "Allow[" + value + "]";
    }
}
