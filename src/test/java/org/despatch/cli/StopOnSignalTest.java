package org.despatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stop hook's work, run as the JVM would run it on a signal ({@link StopOnSignal#onSignal()}): a test cannot
 * send its own JVM a SIGTERM. The signal at the packaged jar is {@code KillRestartIT}'s.
 */
class StopOnSignalTest {

    @TempDir
    Path temp;

    private final StringWriter err = new StringWriter();

    @Test
    void aSignalBeforeTheStartStartsNothing() {
        try (StopOnSignal stop = new StopOnSignal(new PrintWriter(err, true))) {
            stop.onSignal();
            assertEquals(OptionalLong.empty(), stop.start(() -> {
                throw new AssertionError("started after the signal");
            }));
        }
        assertEquals("stopped before the execution was started: nothing to restart", err.toString().strip());
    }

    /** JBeret's start takes seconds, and the execution exists before it returns: a signal then waits for its id. */
    @Test
    void aSignalDuringTheStartStopsTheExecutionItStarted() throws Exception {
        Properties params = JobHarness.params(input("DESPATCH-SLEEP 3"), "partitions", "1");
        try (JobHarness harness = JobHarness.start(temp.resolve("db"));
                StopOnSignal stop = new StopOnSignal(new PrintWriter(err, true))) {
            Thread signal = new Thread(stop::onSignal, "signal");
            OptionalLong id = stop.start(() -> {
                signal.start();
                awaitBlocked(signal);  // the signal has come, and waits for the start to return
                return harness.operator().start("archive-ingest", params);
            });
            stop.close();  // as the command does once it has followed the execution to its end
            signal.join(TimeUnit.MINUTES.toMillis(2));
            assertEquals(List.of(Map.of("s", "STOPPED")), harness.query(
                    "SELECT batchstatus AS s FROM JOB_EXECUTION WHERE jobexecutionid = " + id.orElseThrow()));
        }
        assertTrue(err.toString().startsWith("archive-ingest execution 1: stopping at the next checkpoint"),
                err.toString());
    }

    /** A document in hand longer than the wait: the database stays open under it, as a kill would leave it. */
    @Test
    void aStopThatOutlastsItsWaitSaysSoAndLeavesTheStepToFinish() throws Exception {
        Properties params = JobHarness.params(input("DESPATCH-SLEEP 6"), "partitions", "1", "chunkSize", "1",
                "parseTimeoutSeconds", "30");
        try (JobHarness harness = JobHarness.start(temp.resolve("db"));
                StopOnSignal stop = new StopOnSignal(new PrintWriter(err, true), 1)) {
            long id = stop.start(() -> harness.operator().start("archive-ingest", params)).orElseThrow();
            while (harness.count("SELECT COUNT(*) FROM ARCHIVE_DOCUMENT WHERE status = 'OK'") == 0) {
                Thread.sleep(100);  // the text file first, then the sleeping one is in hand
            }
            stop.onSignal();
            assertTrue(err.toString().contains("archive-ingest execution " + id + " did not reach its checkpoint "
                    + "within 1 s and is left STOPPING; 'despatch restart' goes on from its last checkpoint"),
                    err.toString());
            assertEquals("STOPPED", harness.await(id).getBatchStatus().name(), "the step finished its document");
        }
    }

    private Path input(String sleeper) throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("a-memo.txt"), "The ambassador was recalled for consultations on Monday.");
        Files.writeString(input.resolve("b-slow.sleep"), sleeper);
        Files.writeString(input.resolve("c-report.txt"), "Artillery shelled the northern districts overnight.");
        return input;
    }

    private static void awaitBlocked(Thread thread) {
        while (thread.getState() != Thread.State.BLOCKED) {
            Thread.onSpinWait();
        }
    }
}
