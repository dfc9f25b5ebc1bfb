package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.despatch.dedupe.EuroparlSource;
import org.despatch.dedupe.EvaluationCorpus;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tonight's documents are matched with everything ingested before, from the keys kept in the database: an archive
 * ingested in two runs (two halves) gets the same duplicate clusters as one run over the whole.
 */
class IncrementalDuplicatesTest {

    @Test
    void twoHalvesGiveTheClustersOfTheWhole(@TempDir Path dir) throws Exception {
        List<EvaluationCorpus.Document> corpus = EvaluationCorpus.generate(
                EvaluationCorpus.readDebates(EuroparlSource.jar(), 40), 7);
        Path whole = Files.createDirectories(dir.resolve("whole"));
        Path first = Files.createDirectories(dir.resolve("halves/1"));
        Path second = Files.createDirectories(dir.resolve("halves/2"));
        for (int i = 0; i < corpus.size(); i++) {
            EvaluationCorpus.Document doc = corpus.get(i);
            Files.writeString(whole.resolve(doc.name()), doc.render());
            Files.writeString((i < corpus.size() / 2 ? first : second).resolve(doc.name()), doc.render());
        }
        Map<String, String> oneRun;
        try (JobHarness job = JobHarness.start(dir.resolve("db-whole"))) {
            assertEquals(BatchStatus.COMPLETED, job.run(JobHarness.params(whole)).getBatchStatus());
            oneRun = canonicalOfEach(job);
        }
        Map<String, String> twoRuns;
        try (JobHarness job = JobHarness.start(dir.resolve("db-halves"))) {
            assertEquals(BatchStatus.COMPLETED, job.run(JobHarness.params(first)).getBatchStatus());
            assertEquals(BatchStatus.COMPLETED, job.run(JobHarness.params(second, "partitions", "3"))
                    .getBatchStatus());
            twoRuns = canonicalOfEach(job);
        }
        assertTrue(oneRun.values().stream().distinct().count() < oneRun.size() - 20, "the corpus has duplicates");
        Map<String, String> differences = new TreeMap<>();
        oneRun.forEach((item, canonical) -> {
            if (!canonical.equals(twoRuns.get(item))) {
                differences.put(item, canonical + " in one run, " + twoRuns.get(item) + " in two");
            }
        });
        assertEquals(oneRun.size(), twoRuns.size());
        assertEquals(Map.of(), differences);
    }

    /** For each document and paragraph, named by file and ordinal, the canonical member of its cluster. */
    private static Map<String, String> canonicalOfEach(JobHarness job) throws Exception {
        Map<String, String> map = new TreeMap<>();
        for (Map<String, Object> r : job.query("SELECT d.source_path AS item, '' AS item_ordinal, "
                + "cd.source_path AS canonical, '' AS canonical_ordinal FROM ARCHIVE_DOCUMENT d "
                + "JOIN ARCHIVE_DOCUMENT cd ON cd.document_id = d.cluster_id "
                + "UNION ALL SELECT d.source_path, '#' || p.ordinal, cd.source_path, '#' || c.ordinal "
                + "FROM ARCHIVE_PARAGRAPH p JOIN ARCHIVE_DOCUMENT d ON d.document_id = p.document_id "
                + "JOIN ARCHIVE_PARAGRAPH c ON c.paragraph_id = p.cluster_id "
                + "JOIN ARCHIVE_DOCUMENT cd ON cd.document_id = c.document_id")) {
            map.put(fileName(r.get("item")) + r.get("item_ordinal"),
                    fileName(r.get("canonical")) + r.get("canonical_ordinal"));
        }
        return map;
    }

    private static String fileName(Object path) {
        return Path.of(path.toString()).getFileName().toString();
    }
}
