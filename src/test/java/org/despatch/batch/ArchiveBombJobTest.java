package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.despatch.testing.Archives;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Zip bombs (one whose headers lie about its size among them) and self-nesting archives through the whole job:
 * each stops at a limit with a status and a reason, quickly, and nothing is inflated into memory (the parse
 * worker's heap is capped at 64 MB, so a 300 MB entry read into it would end as CRASHED, not TOO_LARGE).
 */
class ArchiveBombJobTest {

    private static final long ZEROS = 300L * 1024 * 1024;

    @TempDir
    Path temp;

    @Test
    void bombsStopAtTheLimitsWithAStatusAndAReason() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.write(input.resolve("bomb.zip"), Archives.zipOfZeros("zeros.bin", ZEROS));
        Files.write(input.resolve("bomb.bin.gz"), Archives.compressedZeros(ZEROS, Archives.GZIP));
        Files.write(input.resolve("quine.zip"), Archives.nestedZip("r.zip", 30, "the bottom"));
        // headers claiming 1,000 bytes for the 300 MB entry: the limit counts the bytes read, not the header
        Files.write(input.resolve("liar.zip"), Archives.zipLyingAboutSize("zeros.bin", ZEROS, 1000));
        Files.write(input.resolve("wide.zip"), Archives.wideZip(8, 4));
        Files.write(input.resolve("mail.eml"), Archives.mailWithAttachments("Bomb", "A harmless body.",
                Map.of("bomb.zip", Archives.zipOfZeros("zeros.bin", ZEROS))));
        String base = input.toAbsolutePath() + "/";
        try (JobHarness h = JobHarness.start(temp.resolve("db"))) {
            long start = System.nanoTime();
            JobExecution e = h.run(JobHarness.params(input, "maxEmbeddedCount", "20", "workerHeapMb", "64",
                    "partitions", "1"));
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(BatchStatus.COMPLETED, e.getBatchStatus());
            System.out.println("archive bombs: " + e.getExitStatus() + " in " + seconds + " s");
            assertTrue(seconds < 120, "took " + seconds + " s");

            Map<String, String> outcomes = new LinkedHashMap<>();
            for (Map<String, Object> r : h.query("SELECT source_path, status, error FROM ARCHIVE_DOCUMENT "
                    + "WHERE source_path NOT LIKE '%/wide.zip!/%' ORDER BY source_path")) {
                outcomes.put(((String) r.get("source_path")).substring(base.length()), r.get("status") + " "
                        + r.get("error"));
            }
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("bomb.bin.gz!/bomb.bin", "TOO_LARGE file is larger than the limit of 209715200 bytes");
            expected.put("bomb.zip!/zeros.bin", "TOO_LARGE file is 314572800 bytes, over the limit of 209715200");
            expected.put("liar.zip!/zeros.bin", "TOO_LARGE file is larger than the limit of 209715200 bytes");
            expected.put("mail.eml", "OK null");
            expected.put("mail.eml!/bomb.zip",
                    "EMPTY no text of its own; the 1 documents embedded in it have rows of their own");
            expected.put("mail.eml!/bomb.zip!/zeros.bin",
                    "TOO_LARGE embedded document is over the limit of 209715200 bytes");
            expected.put("quine.zip!/r.zip!/r.zip!/r.zip!/r.zip!/r.zip",
                    "PARTIAL not opened: nested deeper than maxDepth=5");
            expected.put("wide.zip", "PARTIAL documents after the first maxEmbeddedCount=20 left out");
            assertEquals(expected, outcomes);
            List<Map<String, Object>> leaves = h.query("SELECT source_path FROM ARCHIVE_DOCUMENT "
                    + "WHERE source_path LIKE '%/wide.zip!/%' ORDER BY source_path");
            assertEquals(20, leaves.size());
            assertEquals(base + "wide.zip!/w0.zip!/w0.zip!/w0.zip!/leaf.txt", leaves.get(0).get("source_path"));
            assertEquals(base + "wide.zip!/w0.zip!/w2.zip!/w3.zip!/leaf.txt", leaves.get(19).get("source_path"));
        }
    }
}
