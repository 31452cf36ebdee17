package dev.logredactor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The core jar is a named module (its descriptor in {@code META-INF/versions/11}) that exports only the
 * API package and requires re2j as an automatic module, and it works on the module path: resolved with
 * the re2j jar, loaded in a layer of its own, it redacts.
 */
class ModuleDescriptorIT {
    private static Path re2jJar() throws Exception {
        return Path.of(com.google.re2j.Pattern.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void theCoreExportsItsApiOnlyAndRequiresRe2j() throws Exception {
        ModuleFinder finder = ModuleFinder.of(Repository.mainJar("core", "redactor-core"), re2jJar());
        ModuleDescriptor core = finder.find("dev.logredactor.core").orElseThrow().descriptor();
        assertThat(core.isAutomatic()).isFalse();
        assertThat(core.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("dev.logredactor.core");
        assertThat(core.exports()).allMatch(e -> !e.isQualified());
        assertThat(core.opens()).isEmpty();
        assertThat(core.requires()).extracting(ModuleDescriptor.Requires::name).contains("re2j");
        assertThat(core.packages()).contains("dev.logredactor.core.internal", "dev.logredactor.core.internal.scan",
                "dev.logredactor.core.internal.settings");
        assertThat(finder.find("re2j").orElseThrow().descriptor().isAutomatic()).isTrue();
    }

    @Test
    void onTheModulePathItRedactsAndHidesItsInternals() throws Exception {
        ModuleFinder finder = ModuleFinder.of(Repository.mainJar("core", "redactor-core"), re2jJar());
        Configuration cf = ModuleLayer.boot().configuration().resolve(finder, ModuleFinder.of(), Set.of("dev.logredactor.core"));
        ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
        Module core = layer.findModule("dev.logredactor.core").orElseThrow();
        assertThat(core.getPackages().stream().filter(core::isExported).collect(Collectors.toList()))
                .containsExactly("dev.logredactor.core");
        Class<?> redactor = layer.findLoader("dev.logredactor.core").loadClass("dev.logredactor.core.Redactor");
        assertThat(redactor.getModule()).isSameAs(core);
        Object defaults = redactor.getMethod("defaults").invoke(null);
        Object out = redactor.getMethod("redact", String.class).invoke(defaults, "login ann@example.com from 10.1.2.3");
        assertThat(out).isEqualTo("login [REDACTED_EMAIL] from [REDACTED_IP_ADDRESS]");
        assertThat(List.of(cf.findModule("re2j").orElseThrow().reference().descriptor().name())).containsExactly("re2j");
    }
}
