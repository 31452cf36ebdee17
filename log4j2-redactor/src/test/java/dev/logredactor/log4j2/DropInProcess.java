package dev.logredactor.log4j2;

import java.nio.file.Path;
import org.apache.logging.log4j.core.LoggerContext;

/** Run in a JVM of its own by {@link AutoModeTest}: logs {@code args[2]} through the configuration {@code args[0]}. */
public final class DropInProcess {
    private DropInProcess() {
    }

    public static void main(String[] args) throws Exception {
        LoggerContext ctx = TestContexts.start("process", Path.of(args[0]));
        ctx.getLogger("app").info("mail {}", args[2]);
        TestContexts.stopAndRead(ctx, Path.of(args[1]));
    }
}
