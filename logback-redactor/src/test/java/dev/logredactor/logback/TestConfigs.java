package dev.logredactor.logback;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.joran.spi.JoranException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * Configures a context from the tests' XML, written for Logback 1.5 as README shows it. The same tests
 * run on Logback 1.3 and 1.4 (the {@code compat/} modules), which read {@code <conversionRule
 * converterClass="...">}, not {@code class="..."} (the name since 1.5.7): there the attribute is renamed.
 */
final class TestConfigs {
    private static final boolean CLASS_ATTRIBUTE = LogbackVersion.atLeast(LogbackVersion.VERSION, 1, 5, 7);

    private TestConfigs() {
    }

    /** The XML as the Logback on the class path reads it. */
    static String forThisLogback(String xml) {
        return CLASS_ATTRIBUTE ? xml : xml.replace("<conversionRule conversionWord=\"redact\" class=",
                "<conversionRule conversionWord=\"redact\" converterClass=");
    }

    /**
     * A context of its own configured from {@code LogbackStylesTest-<style>.xml}, edited by {@code edit}
     * before Logback reads it, writing to {@code logFile} (the drop-in style with its mode installed).
     */
    static LoggerContext style(String style, java.nio.file.Path logFile, java.util.function.UnaryOperator<String> edit)
            throws JoranException {
        LoggerContext lc = new LoggerContext();
        lc.setName(style);
        lc.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        lc.putProperty("logFile", logFile.toString());
        if (style.equals("dropin")) {
            AutoMode.install(lc);
        }
        configure(lc, edit.apply(read(TestConfigs.class.getResource("LogbackStylesTest-" + style + ".xml"))));
        return lc;
    }

    static void configure(LoggerContext lc, String xml) throws JoranException {
        JoranConfigurator jc = new JoranConfigurator();
        jc.setContext(lc);
        jc.doConfigure(new ByteArrayInputStream(forThisLogback(xml).getBytes(StandardCharsets.UTF_8)));
    }

    static void configure(LoggerContext lc, URL resource) throws JoranException {
        configure(lc, read(resource));
    }

    static String read(URL resource) {
        try (InputStream in = resource.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
