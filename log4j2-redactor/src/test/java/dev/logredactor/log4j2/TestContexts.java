package dev.logredactor.log4j2;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.core.LoggerContext;

/** Starts a Log4j {@link LoggerContext} of its own from a test configuration, writing to a file in a temp dir. */
final class TestContexts {
    private TestContexts() {
    }

    /** The configuration resource with {@code @LOGFILE@} set to {@code logFile}, copied to {@code dir}. */
    static Path config(Path dir, String resource, Path logFile) throws IOException {
        String xml;
        try (InputStream in = TestContexts.class.getResourceAsStream(resource)) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path file = dir.resolve(resource.replace('/', '_'));
        Files.writeString(file, xml.replace("@LOGFILE@", logFile.toString().replace('\\', '/')), StandardCharsets.UTF_8);
        return file;
    }

    /** A started context of its own, configured from {@code config} through Log4j's configuration factories. */
    static LoggerContext start(String name, Path config) {
        LoggerContext ctx = new LoggerContext(name, null, config.toUri());
        ctx.start();
        return ctx;
    }

    /** Stops the context (which drains async loggers and appenders) and returns what the file holds. */
    static String stopAndRead(LoggerContext ctx, Path logFile) throws IOException {
        ctx.stop();
        return Files.exists(logFile) ? Files.readString(logFile, StandardCharsets.UTF_8) : "";
    }
}
