package org.despatch.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.despatch.persist.Database;
import org.despatch.persist.DatabaseConfig;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JBeret's tables on an H2 file hand out ids one at a time, so the execution after a killed run takes the next id.
 * {@code KillRestartIT} kills a run for real and checks the ids.
 */
class BatchIdentityTest {

    private static final String CACHES = "SELECT TABLE_NAME AS t, IDENTITY_CACHE AS c FROM INFORMATION_SCHEMA.COLUMNS"
            + " WHERE IS_IDENTITY = 'YES' AND TABLE_NAME IN ('JOB_INSTANCE', 'JOB_EXECUTION', 'STEP_EXECUTION')"
            + " ORDER BY TABLE_NAME";

    @TempDir
    Path dir;

    @Test
    void jberetsIdentitiesAreUncachedOnceItsTablesExist() throws Exception {
        DatabaseConfig config = DatabaseConfig.h2File(dir.resolve("despatch"));
        try (Database db = Database.open(config)) {
            db.numberBatchRecordsWithoutGaps();  // before JBeret's tables: nothing to do, and no error
            assertEquals(List.of(), caches(config));
            new DespatchBatchEnvironment(config);
            assertEquals(List.of(cache("JOB_EXECUTION", 32), cache("JOB_INSTANCE", 32), cache("STEP_EXECUTION", 32)),
                    caches(config), "H2's default, which is undone");
            db.numberBatchRecordsWithoutGaps();
            assertEquals(List.of(cache("JOB_EXECUTION", 1), cache("JOB_INSTANCE", 1), cache("STEP_EXECUTION", 1)),
                    caches(config));
        }
    }

    private static Map<String, Object> cache(String table, long values) {
        return Map.of("t", table, "c", values);
    }

    private static List<Map<String, Object>> caches(DatabaseConfig config) throws Exception {
        try (Connection c = Database.connect(config)) {
            return JobHarness.query(c, CACHES);
        }
    }
}
