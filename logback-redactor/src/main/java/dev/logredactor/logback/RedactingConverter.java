package dev.logredactor.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.ExtendedThrowableProxyConverter;
import ch.qos.logback.classic.pattern.NopThrowableInformationConverter;
import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.pattern.CompositeConverter;
import ch.qos.logback.core.pattern.Converter;
import ch.qos.logback.core.pattern.ConverterUtil;
import dev.logredactor.core.FindingCounts;
import dev.logredactor.core.Redactor;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code %redact(...)}: redacts whatever the patterns inside it render.
 *
 * <pre>{@code
 * <conversionRule conversionWord="redact" class="dev.logredactor.logback.RedactingConverter"/>
 * <pattern>%d %-5level %logger - %redact(%msg %mdc%n%ex)</pattern>
 * }</pre>
 *
 * <p>Stack traces: inside {@code %redact(...)} they are part of what it redacts. Without a throwable
 * converter inside, Logback would append {@code %ex} of its own at the end of the pattern, outside this
 * converter, unredacted: instead, this converter claims the throwable (so Logback appends nothing) and
 * puts a redacted one where Logback would have put its own, at the end of the pattern. A throwable
 * converter that the pattern names outside {@code %redact} ({@code %redact(%msg)%n%ex}) prints
 * unredacted, as written; this converter warns at start-up about those it sees after itself.
 * {@code %nopex} after it still means no trace. Settings go in the option list with the core keys:
 * {@code %redact(%msg){disable=IP_ADDRESS, config-file=/etc/app/redact.properties}}.
 *
 * <p>Design: Logback compiles the pattern, sets each composite's children, lets
 * {@code EnsureExceptionHandling} append {@code %ex} when no converter in the whole pattern handles
 * throwables, then starts the converters in order. {@link #setChildConverter} is the step before that
 * check, {@link #start} the step after, when the rest of the chain is in place and not yet started (a
 * converter's next can be set once only, so the chain can grow at its tail but not be relinked).
 */
public class RedactingConverter extends CompositeConverter<ILoggingEvent> {
    private Redactor redactor = Redactor.defaults();
    /** Whether the patterns inside print no throwable, so that this converter has claimed it. */
    private boolean claimedTrace;

    @Override
    public void start() {
        RedactorSettings settings = new RedactorSettings();
        List<String> options = getOptionList();
        if (options != null) {
            options.forEach(settings::option);
        }
        redactor = settings.redactor(this, "%redact");
        List<Converter<ILoggingEvent>> later = new ArrayList<>();
        throwablesIn(getNext(), later);
        if (claimedTrace && later.isEmpty()) {
            ThrowableHandlingConverter trace = packagingData() ? new ExtendedThrowableProxyConverter() : new ThrowableProxyConverter();
            trace.setContext(getContext());
            ConverterUtil.findTail(this).setNext(new RedactedThrowableConverter(trace, redactor));
        }
        for (Converter<ILoggingEvent> c : later) {
            if (!(c instanceof RedactingConverter || c instanceof NopThrowableInformationConverter)) {
                addWarn("log-redactor: a throwable converter after %redact(...) prints stack traces unredacted ("
                        + c.getClass().getSimpleName() + "): put it inside, as in %redact(%msg%n%ex), or leave it out and "
                        + "%redact prints them redacted where Logback would");
                break;
            }
        }
        AutoMode.explicitlyConfigured(this, "%redact");
        super.start();
    }

    /**
     * Before Logback checks whether the pattern prints throwables: with none inside, a converter that
     * prints nothing claims the throwable for this one, so that Logback appends no unredacted {@code %ex}.
     */
    @Override
    public void setChildConverter(Converter<ILoggingEvent> child) {
        claimedTrace = !handlesThrowable(child);
        if (claimedTrace) {
            Converter<ILoggingEvent> claim = new ClaimedTrace();
            if (child == null) {
                child = claim;
            } else {
                ConverterUtil.findTail(child).setNext(claim);
            }
        }
        super.setChildConverter(child);
    }

    /**
     * Collects the converters in the chain from {@code c} on, composites' children included, that print
     * the throwable: throwable converters, and other {@code %redact}s, which see to their own.
     */
    private static void throwablesIn(Converter<ILoggingEvent> c, List<Converter<ILoggingEvent>> into) {
        for (; c != null; c = c.getNext()) {
            if (c instanceof RedactingConverter || c instanceof ThrowableHandlingConverter) {
                into.add(c);
            } else if (c instanceof CompositeConverter) {
                throwablesIn(((CompositeConverter<ILoggingEvent>) c).getChildConverter(), into);
            }
        }
    }

    /** Whether Logback would print throwables with their packaging data, as its own appended {@code %ex} does. */
    private boolean packagingData() {
        return getContext() instanceof LoggerContext && ((LoggerContext) getContext()).isPackagingDataEnabled();
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

    /** Handles the throwable, so that Logback appends no {@code %ex} of its own, and prints nothing. */
    private static final class ClaimedTrace extends ThrowableHandlingConverter {
        @Override
        public String convert(ILoggingEvent event) {
            return "";
        }
    }

    /** With {@code neutralize-newlines}, the patterns inside see the message with its line breaks escaped. */
    @Override
    public String convert(ILoggingEvent event) {
        FindingCounts.Tally tally = redactor.counts() ? FindingCounts.begin() : null;
        try {
            return super.convert(NeutralizedEvent.of(event, redactor));
        } finally {
            EventCounts.end(tally, event.getLoggerName(), redactor, this);
        }
    }

    @Override
    protected String transform(ILoggingEvent event, String in) {
        return redactor.redact(in);
    }
}
