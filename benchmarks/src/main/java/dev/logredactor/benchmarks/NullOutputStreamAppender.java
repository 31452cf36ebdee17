package dev.logredactor.benchmarks;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;

/** A Logback appender whose stream is a {@link Sink}: the encoder's full work, no I/O. */
public class NullOutputStreamAppender extends OutputStreamAppender<ILoggingEvent> {
    private final Sink sink = new Sink();

    @Override
    public void start() {
        setOutputStream(sink);
        super.start();
    }

    Sink sink() {
        return sink;
    }
}
