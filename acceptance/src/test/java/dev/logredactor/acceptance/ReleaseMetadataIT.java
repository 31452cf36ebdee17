package dev.logredactor.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;

/**
 * Every published artifact says what a user and a repository manager need to know: the license
 * (Apache-2.0), the project's home, its source repository and issue tracker, and every jar carries the
 * license and notice. The modules are checked through their CycloneDX SBOMs, which the build writes from
 * each module's effective POM (what is published, inheritance applied); the parent and the BOM, which
 * have no jar, through their POMs.
 */
class ReleaseMetadataIT {
    private static final String HOME = "https://github.com/logredactor/log-redactor";
    private static final String SCM = "scm:git:https://github.com/logredactor/log-redactor.git";

    @ParameterizedTest
    @CsvSource({"core, redactor-core", "cli, redactor-cli", "logback-redactor, logback-redactor", "log4j2-redactor, log4j2-redactor",
        "junit, log-redactor-junit", "spring-boot-starter, log-redactor-spring-boot-starter",
        "kafka, log-redactor-kafka", "spark, log-redactor-spark"})
    void eachModuleNamesTheLicenseHomeSourceAndIssues(String module, String artifactId) throws Exception {
        Document sbom = Repository.xml(Repository.ROOT.resolve(module).resolve("target/bom.xml"));
        String component = "/bom/metadata/component";
        assertThat(Repository.text(sbom, component + "/name")).isEqualTo(artifactId);
        assertThat(Repository.text(sbom, component + "/licenses/license/id")).isEqualTo("Apache-2.0");
        assertThat(Repository.text(sbom, component + "/externalReferences/reference[@type='website']/url")).isEqualTo(HOME);
        assertThat(Repository.text(sbom, component + "/externalReferences/reference[@type='vcs']/url")).isEqualTo(HOME);
        assertThat(Repository.text(sbom, component + "/externalReferences/reference[@type='issue-tracker']/url"))
                .isEqualTo(HOME + "/issues");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pom.xml", "bom/pom.xml"})
    void theParentAndTheBomNameThemToo(String pom) throws Exception {
        Document doc = Repository.xml(Repository.ROOT.resolve(pom));
        assertThat(Repository.text(doc, "/project/url")).isEqualTo(HOME);
        assertThat(Repository.text(doc, "/project/licenses/license/name")).isEqualTo("Apache-2.0");
        assertThat(Repository.text(doc, "/project/scm/connection")).isEqualTo(SCM);
        assertThat(Repository.text(doc, "/project/scm/developerConnection")).isEqualTo(SCM);
        assertThat(Repository.text(doc, "/project/scm/url")).isEqualTo(HOME);
        assertThat(Repository.text(doc, "/project/issueManagement/url")).isEqualTo(HOME + "/issues");
    }

    /** The BOM manages each published artifact, and only those. */
    @org.junit.jupiter.api.Test
    void theBomManagesEveryPublishedArtifact() throws Exception {
        Document bom = Repository.xml(Repository.ROOT.resolve("bom/pom.xml"));
        java.util.List<String> managed = new java.util.ArrayList<>();
        for (int i = 1; Repository.text(bom, "/project/dependencyManagement/dependencies/dependency[" + i + "]") != null; i++) {
            managed.add(Repository.text(bom, "/project/dependencyManagement/dependencies/dependency[" + i + "]/artifactId"));
        }
        assertThat(managed).containsExactlyInAnyOrder("redactor-core", "redactor-cli", "logback-redactor", "log4j2-redactor",
                "log-redactor-junit", "log-redactor-spring-boot-starter", "log-redactor-kafka", "log-redactor-spark");
    }

    /** Maven appends a child's artifactId to an inherited url and scm unless the parent says not to. */
    @org.junit.jupiter.api.Test
    void theParentKeepsTheAddressesAsTheyAreInItsModules() throws Exception {
        Document doc = Repository.xml(Repository.ROOT.resolve("pom.xml"));
        assertThat(Repository.text(doc, "/project/@child.project.url.inherit.append.path")).isEqualTo("false");
        for (String a : new String[] {"connection", "developerConnection", "url"}) {
            assertThat(Repository.text(doc, "/project/scm/@child.scm." + a + ".inherit.append.path")).as(a).isEqualTo("false");
        }
    }

    @ParameterizedTest
    @CsvSource({"core, redactor-core", "cli, redactor-cli", "logback-redactor, logback-redactor", "log4j2-redactor, log4j2-redactor",
        "junit, log-redactor-junit", "spring-boot-starter, log-redactor-spring-boot-starter",
        "kafka, log-redactor-kafka", "spark, log-redactor-spark"})
    void eachJarCarriesTheLicenseAndTheNotice(String module, String artifactId) throws Exception {
        assertLicensed(Repository.mainJar(module, artifactId));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cli/target/log-redactor.jar", "kafka/target/log-redactor-kafka.jar", "spark/target/log-redactor-spark.jar"})
    void eachRunnableJarAlsoCarriesTheLicenseOfWhatItBundles(String path) throws Exception {
        Path jar = Repository.ROOT.resolve(path);
        assertLicensed(jar);
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertThat(zip.getEntry("com/google/re2j/Pattern.class")).as("RE2/J is bundled").isNotNull();
            assertThat(entry(zip, "META-INF/licenses/re2j.txt")).contains("Copyright (c) 2009 The Go Authors")
                    .contains("Redistributions in binary form must reproduce");
        }
    }

    @org.junit.jupiter.api.Test
    void theRepositoryHasTheLicenseTheNoticeAndSaysSo() throws Exception {
        assertThat(Files.readString(Repository.ROOT.resolve("LICENSE"))).contains("Apache License")
                .contains("Version 2.0, January 2004").contains("END OF TERMS AND CONDITIONS");
        assertThat(Files.readString(Repository.ROOT.resolve("NOTICE"))).startsWith("log-redactor\n")
                .contains("Apache License, Version 2.0");
        assertThat(Files.readString(Repository.ROOT.resolve("README.md"))).contains("[Apache License 2.0](LICENSE)");
    }

    private static void assertLicensed(Path jar) throws Exception {
        String license = Files.readString(Repository.ROOT.resolve("LICENSE"));
        String notice = Files.readString(Repository.ROOT.resolve("NOTICE"));
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertThat(entry(zip, "META-INF/LICENSE")).as("%s", jar).isEqualTo(license);
            assertThat(entry(zip, "META-INF/NOTICE")).as("%s", jar).isEqualTo(notice);
        }
    }

    private static String entry(ZipFile zip, String name) throws Exception {
        ZipEntry e = zip.getEntry(name);
        assertThat(e).as("%s in %s", name, zip.getName()).isNotNull();
        return new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
    }
}
