package org.despatch.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.batch.operations.BatchRuntimeException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.despatch.testing.JobHarness;
import org.despatch.testing.TestCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Executions JBeret would refuse to restart are refused first, in words that say what to do instead. */
class RestartableTest {

    @TempDir
    Path temp;

    private String refusal(JobHarness h, long executionId) {
        return assertThrows(BatchRuntimeException.class,
                () -> Executions.restartParameters(h.operator(), executionId, Map.of(), false)).getMessage();
    }

    @Test
    void aRestartedAnAbandonedAndACompletedExecutionAreRefused() throws Exception {
        TestCorpus.write(temp.resolve("corpus"), 12, 3);
        try (JobHarness h = JobHarness.start(temp.resolve("db"))) {
            Properties failing = JobHarness.params(temp.resolve("corpus"), "faultInjection", "segment:3",
                    "partitions", "1", "chunkSize", "2");
            JobExecution first = h.run(failing);
            assertEquals(BatchStatus.FAILED, first.getBatchStatus());
            Properties faultAgain = new Properties();
            faultAgain.setProperty("faultInjection", "segment:3");
            JobExecution second = h.restart(first.getExecutionId(), faultAgain);
            assertEquals(BatchStatus.FAILED, second.getBatchStatus());
            assertEquals("execution " + first.getExecutionId() + " was restarted as execution "
                    + second.getExecutionId() + " (FAILED): restart " + second.getExecutionId() + " instead",
                    refusal(h, first.getExecutionId()));

            h.operator().abandon(second.getExecutionId());
            assertEquals("execution " + second.getExecutionId() + " was ABANDONED, and an abandoned execution is "
                    + "never restarted: start a new ingest", refusal(h, second.getExecutionId()));

            JobExecution completed = h.run(JobHarness.params(temp.resolve("corpus")));
            assertEquals(BatchStatus.COMPLETED, completed.getBatchStatus());
            assertEquals("execution " + completed.getExecutionId() + " COMPLETED: nothing to restart",
                    refusal(h, completed.getExecutionId()));
        }
    }
}
