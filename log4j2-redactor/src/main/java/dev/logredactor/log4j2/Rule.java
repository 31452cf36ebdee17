package dev.logredactor.log4j2;

import org.apache.logging.log4j.core.config.Node;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * A user rule inside {@code <RedactionPolicy>} or {@code <RedactingLayout>}:
 * {@code <Rule name="ORDER_TOKEN" pattern="ord_[a-z0-9]{24}"/>}. The pattern is an re2j (linear-time)
 * regular expression; what it matches is replaced by {@code [REDACTED_ORDER_TOKEN]}.
 */
@Plugin(name = "Rule", category = Node.CATEGORY, printObject = true)
public final class Rule {
    private final String name;
    private final String pattern;

    private Rule(String name, String pattern) {
        this.name = name;
        this.pattern = pattern;
    }

    /**
     * Called by Log4j for each {@code <Rule>} element.
     *
     * @param name the type name the placeholder shows
     * @param pattern an re2j pattern
     * @return the rule, or {@code null} (reported) when an attribute is missing
     */
    @PluginFactory
    public static Rule createRule(@PluginAttribute("name") String name, @PluginAttribute("pattern") String pattern) {
        if (name == null || name.isBlank() || pattern == null) {
            StatusLogger.getLogger().error("log-redactor: <Rule> needs both attributes name and pattern (got name={}, pattern={}); "
                    + "the rule is ignored", name, pattern);
            return null;
        }
        return new Rule(name.trim(), pattern);
    }

    String name() {
        return name;
    }

    String pattern() {
        return pattern;
    }

    @Override
    public String toString() {
        return "Rule[" + name + "]";
    }
}
