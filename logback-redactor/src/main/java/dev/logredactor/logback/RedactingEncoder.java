package dev.logredactor.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Layout;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import dev.logredactor.core.FindingCounts;
import dev.logredactor.core.Redactor;
import dev.logredactor.core.Setting;
import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Wraps any encoder ({@code PatternLayoutEncoder}, Logstash's {@code LogstashEncoder}, ...) and
 * redacts everything it writes: message, stack trace, MDC, key-value pairs, whatever the delegate
 * renders. Header and footer too.
 *
 * <pre>{@code
 * <encoder class="dev.logredactor.logback.RedactingEncoder">
 *   <delegate class="ch.qos.logback.classic.encoder.PatternLayoutEncoder">
 *     <pattern>%d %-5level %logger - %msg%n</pattern>
 *   </delegate>
 *   <disable>IP_ADDRESS</disable>
 * </encoder>
 * }</pre>
 *
 * <p>With a layout-based delegate the layout's text is redacted before it is encoded, so nothing is
 * decoded. With any other delegate its bytes are scanned in place when they are ASCII (the usual case
 * for JSON encoders, which escape the rest) and decoded only when something must be replaced.
 *
 * <p>Fails closed: if redaction fails, the event is written as {@value Redactor#FAILED} and one error
 * goes to the status manager.
 */
public class RedactingEncoder extends EncoderBase<ILoggingEvent> implements RedactorElements {
    private static final byte[] FAILED_LINE = (Redactor.FAILED + System.lineSeparator()).getBytes(StandardCharsets.US_ASCII);

    private final RedactorSettings settings = new RedactorSettings();
    private Encoder<ILoggingEvent> delegate;
    private Layout<ILoggingEvent> layout;
    private Charset charset;
    private boolean asciiCompatible;
    private Redactor redactor = Redactor.defaults();
    /** The turbo filter that put this encoder around an appender's (older Logback), whose redactor it uses. */
    private RedactingTurboFilter filter;
    private volatile boolean failureReported;
    /** Whether a turbo filter put this encoder in place, so that the events it redacted pass as they are. */
    private boolean behindTurboFilter;

    /**
     * The encoder whose output is redacted.
     *
     * @param delegate the wrapped encoder
     */
    public void setDelegate(Encoder<ILoggingEvent> delegate) {
        this.delegate = delegate;
    }

    /**
     * The encoder whose output is redacted.
     *
     * @return the wrapped encoder
     */
    public Encoder<ILoggingEvent> getDelegate() {
        return delegate;
    }

    @Override
    public void start() {
        if (delegate == null) {
            addError("log-redactor: RedactingEncoder needs a <delegate class=\"...\"> encoder; nothing will be written");
            return;
        }
        Redactor configured = settings.redactor(this, "RedactingEncoder");
        AutoMode.explicitlyConfigured(this, "RedactingEncoder");
        startWith(configured);
    }

    /**
     * A started encoder that redacts with {@code redactor} what {@code delegate} writes: what a turbo
     * filter puts in the place of an appender's encoder where Logback hides events from turbo filters.
     */
    static RedactingEncoder around(Encoder<ILoggingEvent> delegate, RedactingTurboFilter filter) {
        RedactingEncoder encoder = new RedactingEncoder();
        encoder.setContext(delegate.getContext());
        encoder.setDelegate(delegate);
        encoder.behindTurboFilter = true;
        encoder.filter = filter;
        encoder.startWith(filter.encoderRedactor());
        return encoder;
    }

    private void startWith(Redactor r) {
        if (!delegate.isStarted()) {
            delegate.start();
        }
        layout = delegate instanceof LayoutWrappingEncoder ? ((LayoutWrappingEncoder<ILoggingEvent>) delegate).getLayout() : null;
        charset = charsetOf(delegate);
        asciiCompatible = isAsciiCompatible(charset);
        redactor = r;
        super.start();
    }

    @Override
    public void stop() {
        if (delegate != null) {
            delegate.stop();
        }
        super.stop();
    }

    @Override
    public byte[] headerBytes() {
        return delegate == null ? null : redactFrame(delegate.headerBytes());
    }

    @Override
    public byte[] footerBytes() {
        return delegate == null ? null : redactFrame(delegate.footerBytes());
    }

    /** A header or footer, with the redactor of the moment (the drop-in's, which may be off, for a wrapper). */
    private byte[] redactFrame(byte[] bytes) {
        Redactor r = filter == null ? redactor : filter.encoderRedactor();
        return r == null ? bytes : redactBytes(bytes, r);
    }

    @Override
    public byte[] encode(ILoggingEvent raw) {
        if (delegate == null) {
            return null;
        }
        if (behindTurboFilter && raw instanceof RedactingTurboFilter.Event) {
            return delegate.encode(raw); // redacted by the filter: a second pass would scan placeholders as text
        }
        Redactor redactor = filter == null ? this.redactor : filter.encoderRedactor();
        if (redactor == null) {
            return delegate.encode(raw); // the drop-in mode that put this encoder here is off
        }
        FindingCounts.Tally tally = redactor.counts() ? FindingCounts.begin() : null;
        try {
            ILoggingEvent event = NeutralizedEvent.of(raw, redactor);
            if (layout != null) {
                String text = layout.doLayout(event);
                if (text == null) {
                    return null;
                }
                String out = redactor.redact(text);
                return charset == null ? out.getBytes(Charset.defaultCharset()) : out.getBytes(charset);
            }
            return redactBytes(delegate.encode(event), redactor);
        } finally {
            EventCounts.end(tally, raw.getLoggerName(), redactor, this);
        }
    }

    private byte[] redactBytes(byte[] bytes, Redactor redactor) {
        if (bytes == null || bytes.length == 0) {
            return bytes;
        }
        try {
            Charset cs = charset == null ? Charset.defaultCharset() : charset;
            if (asciiCompatible && AsciiBytes.isAscii(bytes)) {
                String out = redactor.redactedOrNull(new AsciiBytes(bytes, 0, bytes.length)); // scanned once, in place
                return out == null ? bytes : out.getBytes(cs);
            }
            String text = new String(bytes, cs);
            String out = redactor.redact(text);
            return out == text ? bytes : out.getBytes(cs);
        } catch (RuntimeException | StackOverflowError e) {
            FindingCounts.failed();
            if (!failureReported) {
                failureReported = true;
                addError("log-redactor: redaction failed in RedactingEncoder; the event was written as " + Redactor.FAILED
                        + " (reported once)", e);
            }
            return FAILED_LINE;
        }
    }

    /** The delegate's charset: a layout encoder's, or any {@code getCharset()} it has; else UTF-8. */
    private static Charset charsetOf(Encoder<ILoggingEvent> delegate) {
        if (delegate instanceof LayoutWrappingEncoder) {
            return ((LayoutWrappingEncoder<ILoggingEvent>) delegate).getCharset();
        }
        try {
            Method m = delegate.getClass().getMethod("getCharset");
            Object cs = m.invoke(delegate);
            if (cs instanceof Charset) {
                return (Charset) cs;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // no charset property: JSON encoders write UTF-8
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean isAsciiCompatible(Charset cs) {
        Charset c = cs == null ? Charset.defaultCharset() : cs;
        String n = c.name();
        return c.equals(StandardCharsets.UTF_8) || c.equals(StandardCharsets.US_ASCII) || n.startsWith("ISO-8859-")
                || n.startsWith("windows-125");
    }

    @Override
    public void addSetting(Setting setting, String value) {
        settings.element(setting, value);
    }
}
