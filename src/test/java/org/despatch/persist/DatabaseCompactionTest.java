package org.despatch.persist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseCompactionTest {

    @TempDir
    Path dir;

    @Test
    void onlyALocalH2FileIsCompactedOnClose() {
        assertTrue(DatabaseConfig.h2File(dir.resolve("d")).isEmbeddedH2File());
        assertTrue(DatabaseConfig.of("jdbc:h2:./data/despatch;WRITE_DELAY=0").isEmbeddedH2File());
        assertFalse(DatabaseConfig.of("jdbc:h2:mem:x").isEmbeddedH2File());
        assertFalse(DatabaseConfig.of("jdbc:h2:tcp://127.0.0.1/x").isEmbeddedH2File());
        assertFalse(DatabaseConfig.of("jdbc:h2:file:./x;AUTO_SERVER=TRUE").isEmbeddedH2File());
        assertFalse(DatabaseConfig.of("jdbc:postgresql://127.0.0.1:5432/x").isEmbeddedH2File());
    }

    @Test
    void anEmbeddedFileIsClosedByDespatchNotByTheExitHookOfH2() {
        assertEquals("jdbc:h2:file:./d;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
                DatabaseConfig.of("jdbc:h2:file:./d;WRITE_DELAY=0").url());
        String ownSetting = "jdbc:h2:file:./d;db_close_on_exit=true";
        assertEquals(ownSetting, DatabaseConfig.of(ownSetting).url());
        assertEquals("jdbc:h2:tcp://127.0.0.1/x", DatabaseConfig.of("jdbc:h2:tcp://127.0.0.1/x").url());
        assertEquals("jdbc:h2:mem:x", DatabaseConfig.of("jdbc:h2:mem:x").url());
    }

    @Test
    void theCacheGrowsWithTheHeapWithinBounds() {
        assertEquals(16 * 1024, EmbeddedH2.cacheKb(64L << 20));
        assertEquals(512 * 1024, EmbeddedH2.cacheKb(4L << 30));
        assertEquals(1024 * 1024, EmbeddedH2.cacheKb(32L << 30));
    }

    @Test
    void anEmbeddedFileGetsACacheSizedToTheHeap() throws Exception {
        Database db = Database.open(DatabaseConfig.h2File(dir.resolve("cache")));
        try (Connection c = db.connection(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            assertTrue(r.next());
            assertEquals(EmbeddedH2.cacheKb(Runtime.getRuntime().maxMemory()) / 1024, Long.parseLong(r.getString(1)));
        } finally {
            db.close();
        }
    }

    @Test
    void anEmbeddedFileCommitsToDiskWhateverItsUrlSays() throws Exception {
        Database db = Database.open(DatabaseConfig.of("jdbc:h2:file:" + dir.resolve("delay")));
        try (Connection c = db.connection(); Statement s = c.createStatement();
             java.sql.ResultSet r = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                     + "WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertTrue(r.next());
            assertEquals("0", r.getString(1).strip());
        } finally {
            db.close();
        }
    }

    @Test
    void closingAnEmbeddedFileGivesBackTheSpaceOfRewrittenPages() throws Exception {
        Path file = dir.resolve("despatch.mv.db");
        Database db = Database.open(DatabaseConfig.h2File(dir.resolve("despatch")));
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            // many small commits of rows in random key order: each commit rewrites the pages it touched somewhere new
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE SCRATCH (K BIGINT, A BIGINT, B BIGINT, PRIMARY KEY (K, A, B))");
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO SCRATCH (K, A, B) VALUES (?, ?, ?)")) {
                java.util.Random random = new java.util.Random(1);
                for (int i = 0; i < 60_000; i++) {
                    s.setLong(1, random.nextLong());
                    s.setLong(2, i);
                    s.setLong(3, i);
                    s.addBatch();
                    if (i % 300 == 299) {
                        s.executeBatch();
                        c.commit();
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM SCRATCH");
            }
            c.commit();
        }
        long before = Files.size(file);
        db.close();
        long after = Files.size(file);
        // how much H2 keeps varies from run to run (67 MB compacted to 22.6 MB in one CI run, a third of it): the
        // point is that most of the dead space comes back
        assertTrue(after * 2 < before, "file of " + before + " bytes compacted to " + after);
        // and the database opens again with its schema
        Database.open(DatabaseConfig.h2File(dir.resolve("despatch"))).close();
    }

    @Test
    void onlyAFileMostlyDeadAndLargeIsRewritten() {
        assertTrue(EmbeddedH2.worthCompacting(93_000_000, 0));
        assertTrue(EmbeddedH2.worthCompacting(349_000_000, 4));
        // a small file is cheap to keep; a live one is not rewritten after each query
        assertFalse(EmbeddedH2.worthCompacting(20_000_000, 0));
        assertFalse(EmbeddedH2.worthCompacting(5_000_000_000L, 60));
    }
}
