package dev.logredactor.logback;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import ch.qos.logback.core.pattern.Converter;
import dev.logredactor.core.Redactor;
import java.util.List;

/**
 * {@code %redact(...)}: redacts whatever the patterns inside it render.
 *
 * <pre>{@code
 * <conversionRule conversionWord="redact" class="dev.logredactor.logback.RedactingConverter"/>
 * <pattern>%d %-5level %logger - %redact(%msg %mdc%n%ex)</pattern>
 * }</pre>
 *
 * <p>Put the exception ({@code %ex}) inside: Logback then does not append a stack trace of its own.
 * With none inside, Logback appends one outside {@code %redact}, unredacted, and this converter warns
 * at start-up. Settings go in the option list with the core keys:
 * {@code %redact(%msg){disable=IP_ADDRESS, configFile=/etc/app/redact.properties}}.
 */
public class RedactingConverter extends CompositeConverter<ILoggingEvent> {
    private Redactor redactor = Redactor.defaults();

    @Override
    public void start() {
        RedactorSettings settings = new RedactorSettings(true);
        List<String> options = getOptionList();
        if (options != null) {
            for (String o : options) {
                int eq = o.indexOf('=');
                if (eq <= 0) {
                    settings.malformed("option '" + o + "'", "option", o, "key=value (keys: disable, only, strategy.<TYPE>, "
                            + "hash.key, hash.key.env, hash.key.file, sensitive-keys, rule.<NAME>, allow, placeholder, "
                            + "neutralize-newlines, configFile)");
                    continue;
                }
                String key = o.substring(0, eq).trim();
                settings.add("option " + key, key, o.substring(eq + 1));
            }
        }
        redactor = settings.redactor(this, "%redact");
        if (!handlesThrowable(getChildConverter())) {
            addWarn("log-redactor: %redact(...) wraps no %ex: Logback appends stack traces outside it, unredacted. "
                    + "Put the exception inside, e.g. %redact(%msg%n%ex)");
        }
        AutoMode.explicitlyConfigured(this, "%redact");
        super.start();
    }

    private static boolean handlesThrowable(Converter<ILoggingEvent> c) {
        for (Converter<ILoggingEvent> k = c; k != null; k = k.getNext()) {
            if (k instanceof ThrowableHandlingConverter) {
                return true;
            }
            if (k instanceof CompositeConverter && handlesThrowable(((CompositeConverter<ILoggingEvent>) k).getChildConverter())) {
                return true;
            }
        }
        return false;
    }

    /** With {@code neutralize-newlines}, the patterns inside see the message with its line breaks escaped. */
    @Override
    public String convert(ILoggingEvent event) {
        return super.convert(NeutralizedEvent.of(event, redactor));
    }

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return redactor.redact(in);
    }
}
