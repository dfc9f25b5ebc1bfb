package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.despatch.classify.ParagraphClassifier;
import org.despatch.persist.Database;
import org.despatch.testing.JobHarness;
import org.despatch.testing.SampleArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** archive-reclassify relabels stored documents from an older model, without re-extracting, and only those. */
class ReclassifyTest {

    @TempDir
    Path temp;

    @Test
    void relabelsOutdatedDocumentsOnly() throws Exception {
        SampleArchive.write(temp.resolve("sample"));
        try (JobHarness h = JobHarness.start(temp.resolve("db"))) {
            h.run(JobHarness.params(temp.resolve("sample")));
            List<String> labelled = h.snapshot();
            try (Connection c = Database.connect(h.database()); Statement s = c.createStatement()) {
                // as if an older model had labelled everything OTHER
                s.executeUpdate("UPDATE DSP_PARAGRAPH SET LABEL = 'OTHER', MODEL_VERSION = 'old'");
                s.executeUpdate("UPDATE DSP_SECTION SET LABEL = 'OTHER', MODEL_VERSION = 'old'");
                s.executeUpdate("UPDATE DSP_DOCUMENT SET LABEL = 'OTHER', MODEL_VERSION = 'old' "
                        + "WHERE MODEL_VERSION IS NOT NULL");
            }
            JobExecution e = h.await(h.operator().start("archive-reclassify", new Properties()));
            assertEquals(BatchStatus.COMPLETED, e.getBatchStatus());
            assertEquals(8, reads(h, e), "the 8 readable documents; the 2 damaged ones have no labels");
            assertEquals(labelled, h.snapshot());
            assertEquals(0, h.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH WHERE model_version <> '"
                    + ParagraphClassifier.modelVersion() + "'"));

            JobExecution again = h.await(h.operator().start("archive-reclassify", new Properties()));
            assertEquals(0, reads(h, again), "nothing left to relabel");
        }
    }

    private static long reads(JobHarness h, JobExecution e) {
        long n = 0;
        for (var step : h.operator().getStepExecutions(e.getExecutionId())) {
            for (Metric m : step.getMetrics()) {
                if (m.getType() == Metric.MetricType.READ_COUNT) {
                    n += m.getValue();
                }
            }
        }
        return n;
    }
}
