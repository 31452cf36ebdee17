package dev.logredactor.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The built jar carries the plugin descriptor through which Log4j finds our plugins without {@code packages=}. */
class DescriptorIT {
    static final String DESCRIPTOR = "META-INF/org/apache/logging/log4j/core/config/plugins/Log4j2Plugins.dat";

    @Test
    void theJarListsEveryPlugin() throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jars = files.filter(p -> p.getFileName().toString().matches("log4j2-redactor-[^-]+(-SNAPSHOT)?\\.jar"))
                    .collect(Collectors.toList());
        }
        assertThat(jars).hasSize(1);
        try (ZipFile jar = new ZipFile(jars.get(0).toFile())) {
            ZipEntry entry = jar.getEntry(DESCRIPTOR);
            assertThat(entry).as(DESCRIPTOR).isNotNull();
            String content = new String(jar.getInputStream(entry).readAllBytes(), StandardCharsets.ISO_8859_1);
            for (Class<?> c : List.of(RedactionPolicy.class, RedactingLayout.class, RedactingPatternConverter.class, Rule.class,
                    Allow.class, AutoConfigurationFactory.class)) {
                assertThat(content).contains(c.getName());
            }
        }
    }
}
