package dev.logredactor.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code log-redactor-spark.jar} run as spark-submit runs it: its main class in a JVM of its own, with Spark's jars
 * (those of this build's class path) and {@code spark.master} as a system property, nothing of this module but the
 * built jar. The output and the summary are there, the exit status is the documented one.
 */
class RedactFilesJarIT {
    @TempDir
    Path dir;

    private static List<String> sparkJvmOptions() {
        return Arrays.stream(System.getProperty("spark.jvm.options", "").trim().split("\\s+")).filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }

    private int submit(String... args) throws Exception {
        Path jar = Paths.get("target/log-redactor-spark.jar");
        assertThat(jar).as("built by mvn package").exists();
        String others = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> e.endsWith(".jar") && !e.contains("dev" + File.separator + "logredactor")
                        && !e.contains(File.separator + "target" + File.separator)) // our classes: only the built jar's
                .collect(Collectors.joining(File.pathSeparator));
        List<String> command = new ArrayList<>(List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(sparkJvmOptions());
        command.addAll(List.of("-Dspark.master=local[2]", "-Dspark.ui.enabled=false", "-Dspark.driver.host=127.0.0.1",
                "-cp", jar + File.pathSeparator + others, "dev.logredactor.spark.RedactFiles"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("submit.out").toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("the job ends").isTrue();
        return p.exitValue();
    }

    @Test
    void theJarsMainClassRedactsFilesAsSparkSubmitRunsIt() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in.resolve("dt=2026-12-01"));
        Files.write(in.resolve("dt=2026-12-01").resolve("app.log"), List.of("10:00:00 INFO mail ann@example.com",
                "10:00:01 INFO started in 2.5 s"), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertThat(submit("--in", in.toString(), "--out", out.toString())).as(Files.readString(dir.resolve("submit.out"))).isZero();
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(out.resolve("dt=2026-12-01"))) {
            for (Path f : files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        }
        assertThat(lines).containsExactly("10:00:00 INFO mail [REDACTED_EMAIL]", "10:00:01 INFO started in 2.5 s");
        assertThat(Files.readString(out.resolve(RedactFiles.SUMMARY))).contains("\"lines\":2").contains("\"EMAIL\":1");
        assertThat(submit("--in", in.toString())).as("no --out").isEqualTo(RedactFiles.USAGE);
    }
}
