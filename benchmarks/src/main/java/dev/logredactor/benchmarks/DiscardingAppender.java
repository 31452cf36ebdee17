package dev.logredactor.benchmarks;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Core;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.appender.AbstractOutputStreamAppender;
import org.apache.logging.log4j.core.appender.OutputStreamManager;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginElement;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;

/**
 * {@code <Discarding name="..."><Layout/></Discarding>}: an output stream appender like Log4j's file
 * and console appenders (the layout encodes into the manager's buffer, garbage-free), over a
 * {@link Sink}, so the layout does its full work and nothing is written. (Log4j's own {@code Null}
 * appender skips the layout, so it cannot stand in.)
 */
@Plugin(name = "Discarding", category = Core.CATEGORY_NAME, elementType = Appender.ELEMENT_TYPE)
public final class DiscardingAppender extends AbstractOutputStreamAppender<OutputStreamManager> {
    private static final Map<String, Sink> SINKS = new ConcurrentHashMap<>();

    private static final class Manager extends OutputStreamManager {
        Manager(Sink sink, String name, Layout<?> layout) {
            super(sink, name, layout, true);
        }
    }

    private DiscardingAppender(String name, Layout<? extends Serializable> layout, Sink sink) {
        super(name, layout, null, false, true, Property.EMPTY_ARRAY, new Manager(sink, name, layout));
    }

    @PluginFactory
    public static DiscardingAppender create(@PluginAttribute("name") String name,
            @PluginElement("Layout") Layout<? extends Serializable> layout) {
        Sink sink = new Sink();
        SINKS.put(name, sink);
        return new DiscardingAppender(name, layout, sink);
    }

    /** The sink of the appender made last under {@code name}. */
    static Sink sink(String name) {
        return SINKS.get(name);
    }
}
