/**
 * log-redactor's core: the {@code Redactor}, its builder and settings, the types and strategies, and
 * the {@code Detector} SPI, all in {@code dev.logredactor.core}. The engine under
 * {@code dev.logredactor.core.internal} is not exported.
 *
 * <p>re2j is required as an automatic module: its jar (1.8) declares no module name, so the name comes
 * from the file name, {@code re2j}, as Maven and Gradle lay the jar out.
 */
module dev.logredactor.core {
    requires re2j;

    exports dev.logredactor.core;
}
