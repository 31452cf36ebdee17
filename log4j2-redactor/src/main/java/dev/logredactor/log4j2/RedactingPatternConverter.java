package dev.logredactor.log4j2;

import dev.logredactor.core.FindingCounts;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.Settings;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.core.pattern.ConverterKeys;
import org.apache.logging.log4j.core.pattern.LogEventPatternConverter;
import org.apache.logging.log4j.core.pattern.PatternConverter;
import org.apache.logging.log4j.core.pattern.PatternFormatter;
import org.apache.logging.log4j.status.StatusLogger;

/**
 * {@code %redact{...}}: redacts whatever the pattern inside it renders.
 *
 * <pre>{@code
 * <PatternLayout pattern="%d %p %c - %redact{%m %X%n%ex}"/>
 * }</pre>
 *
 * <p>Stack traces are redacted: this converter tells PatternLayout that it prints the throwable, so
 * that {@code alwaysWriteExceptions} (on by default) appends no unredacted one after the pattern. When
 * the pattern inside prints none ({@code %ex}, {@code %xEx}, {@code %rEx}), it appends one to it as
 * PatternLayout would have appended it to the whole pattern (in Log4j 2.25, after a line break unless
 * the pattern inside ends with one), so the trace comes right after what this converter prints, redacted. Settings
 * follow as options with the core keys:
 * {@code %redact{%m}{disable=IP_ADDRESS}{config-file=/etc/app/redact.properties}}.
 */
@Plugin(name = "redact", category = PatternConverter.CATEGORY)
@ConverterKeys({"redact"})
public final class RedactingPatternConverter extends LogEventPatternConverter {
    private static final String PLUGIN = "%redact";

    private final List<PatternFormatter> formatters;
    private final Redactor redactor;
    private final EventRedactor messages;
    private final AtomicBoolean reported = new AtomicBoolean();

    private RedactingPatternConverter(List<PatternFormatter> formatters, Redactor redactor) {
        super("redact", "redact");
        this.formatters = formatters;
        this.redactor = redactor;
        this.messages = new EventRedactor(redactor, PLUGIN);
    }

    /**
     * Called by PatternLayout for {@code %redact{pattern}{key=value}...}.
     *
     * @param config the configuration
     * @param options the pattern inside, then settings as {@code key=value}
     * @return the converter, or {@code null} (reported) without a pattern
     */
    public static RedactingPatternConverter newInstance(Configuration config, String[] options) {
        AutoMode.pluginBuilt("%redact");
        if (options == null || options.length == 0 || options[0] == null) {
            StatusLogger.getLogger().error("log-redactor: %redact needs a pattern to wrap, as in %redact{%m%n%ex}");
            return null;
        }
        Settings settings = new Settings();
        for (int i = 1; i < options.length; i++) {
            settings.addOption(options[i]);
        }
        // alwaysWriteExceptions: the pattern inside gets the throwable converter the layout would append
        List<PatternFormatter> formatters = PatternLayout.createPatternParser(config).parse(options[0], true, false, false);
        return new RedactingPatternConverter(formatters, Redactors.of(settings, config, PLUGIN));
    }

    @Override
    public void format(LogEvent event, StringBuilder toAppendTo) {
        int mark = toAppendTo.length();
        StringBuilder[] buf = Buffers.acquire();
        FindingCounts.Tally tally = redactor.counts() ? FindingCounts.begin() : null;
        try {
            LogEvent e = messages.neutralized(event);
            for (PatternFormatter f : formatters) {
                f.format(e, buf[0]);
            }
            redactor.appendRedacted(buf[0], toAppendTo);
        } catch (RuntimeException | StackOverflowError e) {
            FindingCounts.failed();
            toAppendTo.setLength(mark);
            toAppendTo.append(Redactor.FAILED);
            if (reported.compareAndSet(false, true)) {
                StatusLogger.getLogger().error("log-redactor: %redact failed; the affected text was written as {} (reported once)",
                        Redactor.FAILED, e);
            }
        } finally {
            Buffers.release(buf);
            EventCounts.end(tally, event.getLoggerName(), redactor);
        }
    }

    /** Always: the pattern inside prints the throwable, the user's converter or the one added to it. */
    @Override
    public boolean handlesThrowable() {
        return true;
    }
}
