package org.despatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.despatch.persist.DatabaseConfig;
import org.despatch.persist.DatabaseException;
import org.despatch.runtime.DespatchRuntime;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command, and starting the runtime on it. */
final class DatabaseOption {

    @Option(names = "--db", paramLabel = "URL",
            description = "JDBC URL of the database (default: ${DEFAULT-VALUE}; also DESPATCH_DB_URL). "
                    + "User and password: DESPATCH_DB_USER, DESPATCH_DB_PASSWORD (default sa, empty).")
    String url = System.getProperty(DatabaseConfig.URL_PROPERTY,
            System.getenv().getOrDefault("DESPATCH_DB_URL", DatabaseConfig.DEFAULT_URL));

    /** The URL without options or credentials, for messages. */
    String displayUrl() {
        return url.startsWith("jdbc:") ? DatabaseConfig.of(url).displayUrl() : url;
    }

    /**
     * Starts the runtime on this database.
     *
     * @throws UsageError with one line when the URL is malformed or the database cannot be used
     */
    void start() {
        start(false);
    }

    /**
     * Starts the runtime on a database that must already hold Despatch's data: the commands that read it would
     * otherwise create an empty one where the URL was mistyped, and answer "0 rows".
     */
    void startExisting() {
        start(true);
    }

    private void start(boolean mustExist) {
        DatabaseConfig config;
        try {
            config = DatabaseConfig.of(url);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        if (config.isH2InMemory()) {
            throw new UsageError("an in-memory database ends with the command: give a file or server database: "
                    + config.displayUrl());
        }
        Path file = config.h2DataFile();
        if (mustExist && file != null && !Files.exists(file)) {
            throw new UsageError("no Despatch database at " + file.toAbsolutePath().normalize()
                    + ": run ingest first, or give its --db");
        }
        if (file != null) {
            // H2 would print its own stack traces about the trace file before failing
            Path folder = file.toAbsolutePath().normalize().getParent();
            try {
                Files.createDirectories(folder);
            } catch (IOException | SecurityException e) {
                throw new UsageError("cannot use database " + config.displayUrl() + ": cannot create its folder "
                        + folder + " (" + e.getClass().getSimpleName() + ")");
            }
            if (!Files.isWritable(folder)) {
                throw new UsageError("cannot use database " + config.displayUrl() + ": cannot write in its folder "
                        + folder);
            }
        }
        try {
            DespatchRuntime.start(config);
        } catch (DatabaseException e) {
            throw new UsageError(e.getMessage());
        }
    }
}
