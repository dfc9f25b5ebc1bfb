package org.despatch.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code target/despatch.jar} in a child JVM, as a user would. */
public final class PackagedJar {

    private PackagedJar() {
    }

    public static Path jar() {
        Path jar = Path.of(System.getProperty("despatch.jar", "target/despatch.jar"));
        assertTrue(Files.isRegularFile(jar), "the packaged jar is built by 'mvn package' first: " + jar);
        return jar;
    }

    public static ProcessBuilder command(Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx1g", "-jar", jar().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    }

    /** Runs to the end and returns the exit code; output goes to {@code log}. */
    public static int run(Path log, String... args) throws IOException, InterruptedException {
        Process p = command(log, args).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("despatch " + String.join(" ", args) + " did not finish in 10 minutes");
        }
        return p.exitValue();
    }
}
