package org.despatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.despatch.persist.Database;
import org.despatch.persist.DatabaseConfig;
import org.despatch.testing.JobHarness;
import org.despatch.testing.PackagedJar;
import org.despatch.testing.TestCorpus;
import org.despatch.testing.ViewSnapshot;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real crash: the packaged jar ingesting a corpus of many chunks is killed with SIGKILL part-way, then
 * {@code despatch restart --last} finishes the job. The views must equal, row for row, those of a run that was
 * never interrupted: nothing lost, nothing written twice. The same for a SIGTERM (Ctrl-C, a service manager), which
 * must also leave the execution STOPPED rather than marked as still running.
 */
class KillRestartIT {

    static final int DOCUMENTS = 1000;  // classify, the shortest step, lasts well over the 1 s between progress lines

    @TempDir
    static Path temp;
    static Path corpus;
    static List<String> uninterrupted;

    @BeforeAll
    static void baseline() throws Exception {
        corpus = temp.resolve("corpus");
        TestCorpus.write(corpus, DOCUMENTS, 11);
        String db = url("baseline");
        assertEquals(0, PackagedJar.run(temp.resolve("baseline.log"), "ingest", corpus.toString(), "--db", db,
                "--param", "chunkSize=5", "--quiet"), () -> read(temp.resolve("baseline.log")));
        uninterrupted = snapshot(db);
        assertTrue(uninterrupted.size() > DOCUMENTS * 3);
    }

    static String url(String name) {
        return "jdbc:h2:file:" + temp.resolve(name + "/despatch") + ";WRITE_DELAY=0";
    }

    static List<String> snapshot(String url) throws Exception {
        try (Connection c = Database.connect(DatabaseConfig.of(url))) {
            return ViewSnapshot.take(c);
        }
    }

    static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (Exception e) {
            return "(no log: " + e + ")";
        }
    }

    /** Starts an ingest, kills it with SIGKILL once the named step is under way, restarts, compares. */
    private void killDuringThenRestart(String step) throws Exception {
        String db = url("killed-" + step);
        Process p = startAndAwait(step, temp.resolve("killed-" + step + ".log"), db);
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close of the database
        assertTrue(p.waitFor(1, TimeUnit.MINUTES));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
        restartAndCompare(db);
    }

    /** Starts an ingest, sends it SIGTERM once the named step is under way: it must stop at a checkpoint. */
    private void terminateDuringThenRestart(String step) throws Exception {
        String db = url("terminated-" + step);
        Path log = temp.resolve("terminated-" + step + ".log");
        Process p = startAndAwait(step, log, db);
        p.destroy(); // SIGTERM
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        assertEquals(143, p.exitValue(), () -> "ended by SIGTERM: " + read(log));
        assertTrue(read(log).contains("archive-ingest execution 1 STOPPED in "), () -> read(log));
        try (Connection c = Database.connect(DatabaseConfig.of(db))) {
            assertEquals("STOPPED", JobHarness.query(c, "SELECT batchstatus AS s FROM JOB_EXECUTION")
                    .get(0).get("s"));
        }
        restartAndCompare(db);
    }

    /**
     * SIGTERM at moments through the command's first seconds: before the database is open, while JBeret starts the
     * execution (it exists before the start returns its id), as the job begins. Whenever it comes, no execution is
     * left marked running by the process that is gone: there is none, or it is STOPPED, and it restarts to the
     * uninterrupted run's views. On a loaded machine the first four seconds may not reach the start: the trials go
     * on, half a second later each, until one does (up to 20 s).
     */
    @Test
    void terminatedAsItStarts() throws Exception {
        String firstStopped = null;
        for (int millis = 500; millis <= 4000 || firstStopped == null && millis <= 20_000; millis += 500) {
            String db = url("starting-" + millis);
            Path log = temp.resolve("starting-" + millis + ".log");
            Process p = PackagedJar.command(log, "ingest", corpus.toString(), "--db", db, "--param", "chunkSize=5")
                    .start();
            Thread.sleep(millis);
            p.destroy(); // SIGTERM
            assertTrue(p.waitFor(2, TimeUnit.MINUTES));
            int exit = p.exitValue();
            if (exit == 0) {
                continue; // a fast machine finished first: nothing to look at
            }
            assertEquals(143, exit, () -> "ended by SIGTERM: " + read(log));
            List<Object> statuses = executionStatuses(db);
            assertTrue(statuses.stream().allMatch("STOPPED"::equals), () -> statuses + ": " + read(log));
            if (firstStopped == null && !statuses.isEmpty()) {
                firstStopped = db;
            }
        }
        assertTrue(firstStopped != null, "no trial reached the start of the execution");
        restartAndCompare(firstStopped);
    }

    /** Each execution's batch status; none where the command never got as far as JBeret's tables. */
    private static List<Object> executionStatuses(String db) throws Exception {
        try (Connection c = Database.connect(DatabaseConfig.of(db))) {
            boolean tables = !JobHarness.query(c, "SELECT table_name FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE table_name = 'JOB_EXECUTION'").isEmpty();
            return tables ? JobHarness.query(c, "SELECT batchstatus AS s FROM JOB_EXECUTION").stream()
                    .map(row -> row.get("s")).toList() : List.of();
        }
    }

    private static Process startAndAwait(String step, Path log, String db) throws Exception {
        Process p = PackagedJar.command(log, "ingest", corpus.toString(), "--db", db, "--param", "chunkSize=5",
                "--progress-interval", "1").start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!read(log).contains("[" + step + "]")) {
            assertTrue(p.isAlive(), "finished before reaching " + step + ": " + read(log));
            assertTrue(System.nanoTime() < deadline, "never reached " + step);
            Thread.sleep(50);
        }
        return p;
    }

    private static void restartAndCompare(String db) throws Exception {
        Path restartLog = Path.of(DatabaseConfig.of(db).h2DataFile() + ".restart.log");
        assertEquals(0, PackagedJar.run(restartLog, "restart", "--last", "--db", db, "--quiet"),
                () -> read(restartLog));
        assertTrue(read(restartLog).contains("COMPLETED"), read(restartLog));
        assertEquals(uninterrupted, snapshot(db));
        try (Connection c = Database.connect(DatabaseConfig.of(db))) {
            assertEquals(0L, JobHarness.query(c, "SELECT COUNT(*) AS n FROM ARCHIVE_DOCUMENT WHERE stage <> 'DONE'")
                    .get(0).get("n"));
            // the restart takes the next execution id, not one 32 further on (H2's identity cache, lost by a kill)
            List<Object> ids = JobHarness.query(c, "SELECT jobexecutionid AS id FROM JOB_EXECUTION ORDER BY 1")
                    .stream().map(row -> row.get("id")).toList();
            assertEquals(LongStream.rangeClosed(1, ids.size()).boxed().toList(), ids);
        }
    }

    @Test
    void killedDuringExtract() throws Exception {
        killDuringThenRestart("extract");
    }

    @Test
    void killedDuringClassify() throws Exception {
        killDuringThenRestart("classify");
    }

    @Test
    void terminatedDuringExtract() throws Exception {
        terminateDuringThenRestart("extract");
    }
}
