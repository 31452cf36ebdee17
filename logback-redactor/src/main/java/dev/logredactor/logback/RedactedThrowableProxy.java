package dev.logredactor.logback;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import dev.logredactor.core.Redactor;

/**
 * A throwable as Logback renders it, with the message of each throwable in the cause and suppressed
 * chain redacted; class names and frames stay as they are.
 */
final class RedactedThrowableProxy implements IThrowableProxy {
    private final IThrowableProxy proxy;
    private final String message;
    private final IThrowableProxy cause;
    private final IThrowableProxy[] suppressed;

    RedactedThrowableProxy(IThrowableProxy proxy, Redactor redactor) {
        this.proxy = proxy;
        this.message = redactor.redact(proxy.getMessage());
        IThrowableProxy c = proxy.getCause();
        this.cause = c == null ? null : new RedactedThrowableProxy(c, redactor);
        IThrowableProxy[] s = proxy.getSuppressed();
        this.suppressed = new IThrowableProxy[s == null ? 0 : s.length];
        for (int i = 0; i < suppressed.length; i++) {
            suppressed[i] = new RedactedThrowableProxy(s[i], redactor);
        }
    }

    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public String getClassName() {
        return proxy.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
        return proxy.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
        return proxy.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
        return cause;
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
        return suppressed;
    }

    @Override
    public boolean isCyclic() {
        return proxy.isCyclic();
    }
}
