package org.despatch.cli;

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
        DatabaseConfig config;
        try {
            config = DatabaseConfig.of(url);
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        try {
            DespatchRuntime.start(config);
        } catch (DatabaseException e) {
            throw new UsageError(e.getMessage());
        }
    }
}
