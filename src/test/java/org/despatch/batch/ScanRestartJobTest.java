package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan that failed after some chunks, restarted after a file was added before its checkpoint: the list the
 * restart makes is shifted by one, and resuming at the checkpoint's position skipped the new file, though the
 * document before that position was registered (helper-52). The checkpoint now names that document.
 */
class ScanRestartJobTest {

    @TempDir
    Path temp;

    @Test
    void aFileAddedBeforeTheCheckpointIsRegisteredByTheRestart() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        for (int i = 1; i <= 6; i++) {
            Files.writeString(input.resolve("b" + i + ".txt"), "Despatch number " + i + " from the consul.\n");
        }
        try (JobHarness h = JobHarness.start(temp.resolve("db"))) {
            JobExecution failed = h.run(JobHarness.params(input, "scanChunkSize", "2", "faultInjection", "scan:5",
                    "partitions", "1"));
            assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
            assertEquals(4, h.count("SELECT COUNT(*) FROM DSP_DOCUMENT"), "two chunks registered");

            Files.writeString(input.resolve("a0.txt"), "A despatch added before the scan's checkpoint.\n");
            Properties noFault = new Properties();
            noFault.setProperty("faultInjection", "");
            JobExecution restarted = h.restart(failed.getExecutionId(), noFault);
            assertEquals(BatchStatus.COMPLETED, restarted.getBatchStatus());
            assertEquals(7, h.count("SELECT COUNT(*) FROM DSP_DOCUMENT"));
            assertEquals(1, h.count("SELECT COUNT(*) FROM DSP_DOCUMENT WHERE SOURCE_PATH LIKE '%/a0.txt' "
                    + "AND STATUS = 'OK'"));
        }
    }
}
