package org.despatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.batch.runtime.BatchStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.despatch.persist.Database;
import org.despatch.persist.DatabaseConfig;
import org.despatch.testing.JobHarness;
import org.despatch.testing.SampleArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same job on PostgreSQL gives the same views, row for row, as on the embedded H2 database. Needs a
 * PostgreSQL server: {@code -Ddespatch.test.pg.url=jdbc:postgresql://127.0.0.1:PORT/DB} (and
 * {@code despatch.test.pg.user}); .ci/run starts one from Debian's packages and passes
 * {@code -Ddespatch.requirePostgres=true}, which turns the skip into a failure.
 */
class PostgresIngestIT {

    @TempDir
    Path temp;

    private static DatabaseConfig postgres() {
        String url = System.getProperty("despatch.test.pg.url", "");
        if (url.isBlank()) {
            String reason = "needs a PostgreSQL server: -Ddespatch.test.pg.url=jdbc:postgresql://...";
            if (Boolean.getBoolean("despatch.requirePostgres")) {
                fail(reason + "; -Ddespatch.requirePostgres=true makes this a failure");
            }
            Assumptions.abort(reason);
        }
        return new DatabaseConfig(url, System.getProperty("despatch.test.pg.user", "despatch"),
                System.getProperty("despatch.test.pg.password", ""));
    }

    private static DatabaseConfig emptyPostgres() throws Exception {
        DatabaseConfig pg = postgres();
        try (Connection c = Database.connect(pg); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return pg;
    }

    /** Runs on a fresh H2 file database. */
    @FunctionalInterface
    private interface Runs {
        void on(JobHarness h) throws Exception;
    }

    /** The views of a fresh H2 file database after {@code runs}. */
    private List<String> viewsOnH2(Runs runs) throws Exception {
        try (JobHarness h2 = JobHarness.start(temp.resolve("h2"))) {
            runs.on(h2);
            return h2.snapshot();
        }
    }

    private Path sampleArchive() throws Exception {
        Path archive = temp.resolve("sample");
        SampleArchive.write(archive);
        return archive;
    }

    @Test
    void sameViewsAsOnH2() throws Exception {
        DatabaseConfig pg = emptyPostgres();
        Path archive = sampleArchive();
        List<String> onH2 = viewsOnH2(h2 ->
                assertEquals(BatchStatus.COMPLETED, h2.run(JobHarness.params(archive)).getBatchStatus()));
        try (JobHarness onPg = JobHarness.start(pg)) {
            assertEquals(BatchStatus.COMPLETED, onPg.run(JobHarness.params(archive)).getBatchStatus());
            assertEquals(onH2, onPg.snapshot());
            assertEquals(BatchStatus.COMPLETED, onPg.run(JobHarness.params(archive)).getBatchStatus());
            assertEquals(onH2, onPg.snapshot(), "a second run over the same input changes nothing");
        }
    }

    /**
     * A retry of documents cut at a small {@code maxChars}, with the default limit, replaces their paragraphs and
     * re-decides what named them (its SQL works on arrays of ids): the same views as the same two runs on H2.
     */
    @Test
    void aRetryOfPartialDocumentsGivesTheSameViewsAsOnH2() throws Exception {
        DatabaseConfig pg = emptyPostgres();
        Path archive = sampleArchive();
        List<String> onH2 = viewsOnH2(h2 -> {
            assertEquals(BatchStatus.COMPLETED, h2.run(JobHarness.params(archive, "maxChars", "300"))
                    .getBatchStatus());
            assertTrue(h2.count("SELECT COUNT(*) FROM ARCHIVE_DOCUMENT WHERE status = 'PARTIAL'") > 1);
            assertEquals(BatchStatus.COMPLETED, h2.run(JobHarness.params(archive, "retryStatuses", "PARTIAL"))
                    .getBatchStatus());
            assertEquals(0, h2.count("SELECT COUNT(*) FROM ARCHIVE_DOCUMENT WHERE status = 'PARTIAL'"));
        });
        try (JobHarness onPg = JobHarness.start(pg)) {
            assertEquals(BatchStatus.COMPLETED, onPg.run(JobHarness.params(archive, "maxChars", "300"))
                    .getBatchStatus());
            assertEquals(BatchStatus.COMPLETED, onPg.run(JobHarness.params(archive, "retryStatuses", "PARTIAL"))
                    .getBatchStatus());
            assertEquals(onH2, onPg.snapshot());
        }
    }
}
