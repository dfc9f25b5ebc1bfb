package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.despatch.testing.JobHarness;
import org.despatch.testing.TestCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A job that fails on purpose part-way through a step restarts from its checkpoint, completes, and leaves views
 * equal row for row to those of a run that never failed.
 */
class FaultRestartTest {

    @TempDir
    static Path temp;
    private static List<String> uninterrupted;

    @BeforeAll
    static void corpusAndBaseline() throws Exception {
        TestCorpus.write(temp.resolve("corpus"), 120, 7);
        try (JobHarness h = JobHarness.start(temp.resolve("baseline"))) {
            assertEquals(BatchStatus.COMPLETED, h.run(params()).getBatchStatus());
            uninterrupted = h.snapshot();
        }
        assertTrue(uninterrupted.size() > 120 * 3, "a corpus spanning many chunks");
    }

    private static Properties params(String... more) {
        return JobHarness.params(temp.resolve("corpus"), more);
    }

    private static void failThenRestart(String step, int item) throws Exception {
        try (JobHarness h = JobHarness.start(temp.resolve("fault-" + step))) {
            JobExecution failed = h.run(params("chunkSize", "5", "partitions", "2", "faultInjection", step + ":" + item));
            assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
            long doneBeforeRestart = h.count("SELECT COUNT(*) FROM ARCHIVE_DOCUMENT WHERE stage = 'DONE'");

            Properties restart = new Properties();
            restart.setProperty(IngestParameters.FAULT_INJECTION, "");
            JobExecution resumed = h.restart(failed.getExecutionId(), restart);
            assertEquals(BatchStatus.COMPLETED, resumed.getBatchStatus());

            // resumed from the checkpoint: the failed step's completed chunks were not read again
            StepExecution again = h.operator().getStepExecutions(resumed.getExecutionId()).stream()
                    .filter(s -> s.getStepName().equals(step)).findFirst().orElseThrow();
            long read = metric(again, Metric.MetricType.READ_COUNT);
            assertTrue(read < 120 - item, step + " read " + read + " items after the restart");
            assertTrue(doneBeforeRestart < 120);
            assertEquals(uninterrupted, h.snapshot());
        }
    }

    private static long metric(StepExecution s, Metric.MetricType type) {
        for (Metric m : s.getMetrics()) {
            if (m.getType() == type) {
                return m.getValue();
            }
        }
        return 0;
    }

    @Test
    void failureInExtract() throws Exception {
        failThenRestart("extract", 37);
    }

    @Test
    void failureInClassify() throws Exception {
        failThenRestart("classify", 41);  // in each of the two partitions
    }

    @Test
    void runningTheSameInputAgainAddsNothing() throws Exception {
        try (JobHarness h = JobHarness.start(temp.resolve("twice"))) {
            h.run(params());
            JobExecution second = h.run(params());
            assertEquals(BatchStatus.COMPLETED, second.getBatchStatus());
            assertEquals("no new documents", second.getExitStatus());
            assertEquals(uninterrupted, h.snapshot());
        }
    }
}
