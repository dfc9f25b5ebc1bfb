package org.despatch.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The team's shared data beside the repository (../shared): the seed document and the labelled sentences.
 * In a user's clone it is absent and the tests that need it skip, saying why; CI passes
 * {@code -Ddespatch.requireShared=true}, which turns that skip into a failure.
 */
public final class SharedData {

    public static final String SEED_NAME = "000_e305a3e3bd9f1704.txt";

    private SharedData() {
    }

    public static Path root() {
        return Path.of(System.getProperty("despatch.shared", "../shared")).toAbsolutePath().normalize();
    }

    /** A file under ../shared, or a skip (a failure under -Ddespatch.requireShared=true) when it is absent. */
    public static Path require(String relative) {
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            String reason = "needs " + file + " (the team's shared data beside the repository), absent here";
            if (Boolean.getBoolean("despatch.requireShared")) {
                fail(reason + "; -Ddespatch.requireShared=true makes this a failure");
            }
            Assumptions.abort(reason);
        }
        return file;
    }

    public static Path seed() {
        return require("seeds/" + SEED_NAME);
    }
}
