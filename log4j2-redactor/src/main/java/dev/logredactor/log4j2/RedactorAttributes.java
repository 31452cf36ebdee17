package dev.logredactor.log4j2;

import dev.logredactor.core.Redactor;
import dev.logredactor.core.Setting;
import dev.logredactor.core.Settings;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.plugins.PluginBuilderAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginConfiguration;
import org.apache.logging.log4j.core.config.plugins.PluginElement;

/**
 * The settings every plugin of ours takes, as Log4j injects them into its builder: one attribute per
 * {@link Setting}, named {@link Setting#attribute()}, and nested {@code <Rule name pattern/>} and
 * {@code <Allow value/>} elements.
 *
 * @param <B> the concrete builder, returned by the setters for chaining
 */
public abstract class RedactorAttributes<B extends RedactorAttributes<B>> {
    @PluginBuilderAttribute
    private String configFile;
    @PluginBuilderAttribute
    private String disable;
    @PluginBuilderAttribute
    private String only;
    @PluginBuilderAttribute
    private String strategy;
    @PluginBuilderAttribute
    private String sensitiveKeys;
    @PluginBuilderAttribute
    private String allow;
    @PluginBuilderAttribute
    private String rule;
    @PluginBuilderAttribute
    private String detectors;
    @PluginBuilderAttribute
    private String hashKeyFile;
    @PluginBuilderAttribute
    private String hashKeyEnv;
    @PluginBuilderAttribute(sensitive = true)
    private String hashKey;
    @PluginBuilderAttribute
    private String placeholder;
    @PluginBuilderAttribute
    private String neutralizeNewlines;
    @PluginBuilderAttribute
    private String mode;
    @PluginBuilderAttribute
    private String telemetry;
    @PluginElement("Rules")
    private Rule[] rules;
    @PluginElement("Allows")
    private Allow[] allows;
    @PluginConfiguration
    private Configuration configuration;

    RedactorAttributes() {
    }

    /**
     * Types to switch off, comma-separated ({@code IP_ADDRESS,PHONE}).
     *
     * @param types type names
     * @return this builder
     */
    public B setDisable(String types) {
        this.disable = types;
        return self();
    }

    /**
     * The only types to detect, comma-separated.
     *
     * @param types type names
     * @return this builder
     */
    public B setOnly(String types) {
        this.only = types;
        return self();
    }

    /**
     * Strategies per type, {@code CREDIT_CARD=keep-last-4,EMAIL=keep-domain}.
     *
     * @param typesAndStrategies {@code TYPE=strategy} pairs, comma-separated
     * @return this builder
     */
    public B setStrategy(String typesAndStrategies) {
        this.strategy = typesAndStrategies;
        return self();
    }

    /**
     * The HMAC key of the {@code hash} strategy.
     *
     * @param key the key
     * @return this builder
     */
    public B setHashKey(String key) {
        this.hashKey = key;
        return self();
    }

    /**
     * The environment variable that holds the HMAC key of the {@code hash} strategy.
     *
     * @param variable the environment variable's name
     * @return this builder
     */
    public B setHashKeyEnv(String variable) {
        this.hashKeyEnv = variable;
        return self();
    }

    /**
     * The file that holds the HMAC key of the {@code hash} strategy.
     *
     * @param file the key file's path
     * @return this builder
     */
    public B setHashKeyFile(String file) {
        this.hashKeyFile = file;
        return self();
    }

    /**
     * {@code true} to escape line breaks and control chars in messages, against forged log lines.
     *
     * @param on {@code true} or {@code false}
     * @return this builder
     */
    public B setNeutralizeNewlines(String on) {
        this.neutralizeNewlines = on;
        return self();
    }

    /**
     * Extra key names whose values are secret, comma-separated.
     *
     * @param keys key names
     * @return this builder
     */
    public B setSensitiveKeys(String keys) {
        this.sensitiveKeys = keys;
        return self();
    }

    /**
     * The placeholder template; {@code {type}} stands for the type name.
     *
     * @param template the template
     * @return this builder
     */
    public B setPlaceholder(String template) {
        this.placeholder = template;
        return self();
    }

    /**
     * {@code redact} (the default), or {@code report}: count findings, write every event as it came.
     *
     * @param mode {@code redact} or {@code report}
     * @return this builder
     */
    public B setMode(String mode) {
        this.mode = mode;
        return self();
    }

    /**
     * {@code false} to count nothing in {@code FindingCounts}; on by default.
     *
     * @param on {@code true} or {@code false}
     * @return this builder
     */
    public B setTelemetry(String on) {
        this.telemetry = on;
        return self();
    }

    /**
     * A properties file with the core keys.
     *
     * @param file the properties file's path
     * @return this builder
     */
    public B setConfigFile(String file) {
        this.configFile = file;
        return self();
    }

    /**
     * Classes of detectors of your own, comma-separated: public, with a public no-argument constructor.
     *
     * @param classNames the detectors' class names
     * @return this builder
     */
    public B setDetectors(String classNames) {
        this.detectors = classNames;
        return self();
    }

    /**
     * One user rule, {@code NAME=pattern}; more go in nested {@code <Rule>} elements.
     *
     * @param nameAndPattern the rule
     * @return this builder
     */
    public B setRule(String nameAndPattern) {
        this.rule = nameAndPattern;
        return self();
    }

    /**
     * Values never redacted, comma-separated; more go in nested {@code <Allow>} elements.
     *
     * @param values the values
     * @return this builder
     */
    public B setAllow(String values) {
        this.allow = values;
        return self();
    }

    /**
     * User rules.
     *
     * @param rules the {@code <Rule>} elements
     * @return this builder
     */
    public B setRules(Rule... rules) {
        this.rules = rules;
        return self();
    }

    /**
     * Values never redacted.
     *
     * @param allows the {@code <Allow>} elements
     * @return this builder
     */
    public B setAllows(Allow... allows) {
        this.allows = allows;
        return self();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }

    /**
     * The redactor for these settings, shared in the configuration: the attributes in the order of
     * {@link Setting} (the configuration file first, the others on top of it), then the nested elements.
     */
    Redactor redactor(String plugin) {
        Settings settings = new Settings();
        for (Setting s : Setting.values()) {
            settings.add(s, attribute(s), "attribute " + s.attribute());
        }
        for (Rule r : rules == null ? new Rule[0] : rules) {
            if (r != null) {
                settings.add(Setting.RULE, r.name() + "=" + r.pattern(), "element <Rule name=\"" + r.name() + "\">");
            }
        }
        for (Allow a : allows == null ? new Allow[0] : allows) {
            if (a != null) {
                settings.add(Setting.ALLOW, a.value(), "element <Allow>");
            }
        }
        return Redactors.of(settings, configuration, plugin);
    }

    /** The value of the attribute of {@code s}: the field of that name. */
    private String attribute(Setting s) {
        try {
            return (String) RedactorAttributes.class.getDeclaredField(s.attribute()).get(this);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no attribute for " + s, e); // RedactorAttributesTest keeps them in step
        }
    }
}
