package org.despatch.persist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * What an H2 database in a local file, owned by this process, needs beyond SQL: commits on disk when they return, a
 * page cache sized to the heap, and compaction when it closes.
 */
final class EmbeddedH2 {

    /** Share of the maximum heap given to H2's page cache; the parse workers have heaps of their own. */
    static final int CACHE_HEAP_DIVISOR = 8;
    static final long MIN_CACHE_KB = 16 * 1024;
    static final long MAX_CACHE_KB = 1024 * 1024;
    /** Closing compacts a file less than half live with at least this much dead space. */
    static final int COMPACT_BELOW_LIVE_PERCENT = 50;
    static final long COMPACT_FROM_DEAD_BYTES = 32L << 20;

    private EmbeddedH2() {
    }

    /**
     * H2 caches 16 MB of pages whatever the heap, while the duplicate keys alone of a million paragraphs take
     * about a gigabyte: every lookup would read and decode its index pages again. A URL that sets CACHE_SIZE
     * itself is left as it is.
     */
    static void sizeCache(Connection c) throws SQLException {
        if (c.getMetaData().getURL().toUpperCase(java.util.Locale.ROOT).contains("CACHE_SIZE")) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET CACHE_SIZE " + cacheKb(Runtime.getRuntime().maxMemory()));
        }
    }

    /**
     * A commit is on disk when it returns, whatever URL the user gave: H2's default leaves commits in memory for up
     * to half a second, and the job's promise, that a kill -9 loses and duplicates nothing, rests on each chunk's
     * commit and its checkpoint being durable together. helper-33 killed a job in segment 17 times on a URL without
     * WRITE_DELAY=0, and found the database torn twice (index entries for rows never written); 14 times with it, never.
     * A URL that sets WRITE_DELAY itself is left as it is.
     */
    static void makeCommitsDurable(Connection c) throws SQLException {
        if (c.getMetaData().getURL().toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("SET WRITE_DELAY 0");
        }
    }

    /** JBeret's identity columns, by table: the ids of job instances, executions and step executions. */
    static final Map<String, String> BATCH_IDENTITIES = Map.of("JOB_INSTANCE", "JOBINSTANCEID",
            "JOB_EXECUTION", "JOBEXECUTIONID", "STEP_EXECUTION", "STEPEXECUTIONID");

    /**
     * H2 hands out identity values 32 at a time and loses the rest when its process is killed, so the execution
     * after a kill -9 was 33, not 2, which a user reads as 31 lost runs. Uncached, each id costs a write: a few per
     * job. A table JBeret has not created yet is skipped.
     */
    static void numberBatchRecordsWithoutGaps(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, String> identity : BATCH_IDENTITIES.entrySet()) {
                s.execute("ALTER TABLE IF EXISTS " + identity.getKey() + " ALTER COLUMN IF EXISTS "
                        + identity.getValue() + " SET NO CACHE");
            }
        }
    }

    static long cacheKb(long maxHeapBytes) {
        return Math.max(MIN_CACHE_KB, Math.min(MAX_CACHE_KB, maxHeapBytes / CACHE_HEAP_DIVISOR / 1024));
    }

    /**
     * H2 writes changed pages to new places and reclaims old ones lazily: after a long ingestion the file is many
     * times its data (an evaluation run left 349 MB holding 14 MB). A full compaction rewrites the live data, so
     * it is done only when most of the file is dead, not after every query.
     */
    static void compactIfSparse(Connection c) throws SQLException {
        if (worthCompacting(setting(c, "info.FILE_SIZE"), livePercent(c))) {
            try (Statement s = c.createStatement()) {
                s.execute("SHUTDOWN COMPACT");
            }
        }
    }

    static boolean worthCompacting(long fileBytes, int livePercent) {
        return livePercent < COMPACT_BELOW_LIVE_PERCENT
                && fileBytes / 100 * (100 - livePercent) >= COMPACT_FROM_DEAD_BYTES;
    }

    /**
     * The share of the file holding live data: H2 reports how full the file is with chunks (FILL_RATE) and how
     * much of the chunks is still live (CHUNKS_FILL_RATE).
     */
    static int livePercent(Connection c) throws SQLException {
        return (int) (setting(c, "info.FILL_RATE") * setting(c, "info.CHUNKS_FILL_RATE") / 100);
    }

    private static long setting(Connection c, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Long.parseLong(r.getString(1).strip()) : 100;
            }
        }
    }
}
