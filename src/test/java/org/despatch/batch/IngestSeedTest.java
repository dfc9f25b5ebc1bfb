package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.despatch.classify.Label;
import org.despatch.classify.ParagraphClassifier;
import org.despatch.testing.Formats;
import org.despatch.testing.JobHarness;
import org.despatch.testing.SeedDocument;
import org.despatch.testing.SharedData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed and its DOCX, HTML, PDF and ZIP copies through the whole job, checked through the researcher views
 * against ../shared/seeds/EXPECTED.md.
 */
class IngestSeedTest {

    @TempDir
    static Path temp;
    private static JobHarness harness;
    private static JobExecution execution;
    private static long canonical;

    @BeforeAll
    static void ingest() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        // the seed is named first so that it is registered first and is the canonical copy
        Files.copy(SharedData.seed(), input.resolve("a-" + SharedData.SEED_NAME));
        Map<String, byte[]> variants = SeedDocument.variants();
        for (String name : List.of("seed.docx", "seed.html", "seed.pdf")) {
            Files.write(input.resolve(name), variants.get(name));
        }
        Map<String, byte[]> zipped = new LinkedHashMap<>();
        zipped.put("inner/seed-copy.txt", Files.readAllBytes(SharedData.seed()));
        zipped.put("inner/seed.rtf", variants.get("seed.rtf"));
        Files.write(input.resolve("seed.zip"), Formats.zip(zipped));
        harness = JobHarness.start(temp.resolve("db"));
        execution = harness.run(JobHarness.params(input, "chunkSize", "2"));
        canonical = (Long) harness.query("SELECT document_id FROM ARCHIVE_DOCUMENT WHERE source_path LIKE '%/a-"
                + SharedData.SEED_NAME + "'").get(0).get("document_id");
    }

    @AfterAll
    static void stop() {
        harness.close();
    }

    @Test
    void jobCompletesWithEveryDocumentOk() throws Exception {
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals("OK=6", execution.getExitStatus());
        assertEquals(6, harness.count("SELECT COUNT(*) FROM ARCHIVE_DOCUMENT WHERE status = 'OK'"));
    }

    @Test
    void nineteenDistinctBlocksAndEighteenLinkedRepeats() throws Exception {
        String doc = " WHERE document_id = " + canonical;
        assertEquals(37, harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH" + doc));
        assertEquals(19, harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH" + doc + " AND duplicate_of IS NULL"));
        assertEquals(18, harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH p WHERE p.document_id = " + canonical
                + " AND p.ordinal > 19 AND p.duplicate_of = (SELECT o.paragraph_id FROM ARCHIVE_PARAGRAPH o "
                + "WHERE o.document_id = p.document_id AND o.ordinal = p.ordinal - 18)"));
        assertEquals(List.of(Map.of("kind", "BODY", "n", 17L), Map.of("kind", "CREDIT", "n", 1L),
                        Map.of("kind", "HEADING", "n", 1L)),
                harness.query("SELECT kind, COUNT(*) AS n FROM ARCHIVE_PARAGRAPH" + doc
                        + " AND duplicate_of IS NULL GROUP BY kind ORDER BY kind"));
    }

    @Test
    void researcherTotalsCountEachBlockOnce() throws Exception {
        // six copies of the seed in five formats: still nineteen distinct blocks in the whole archive
        assertEquals(19, harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH WHERE duplicate_of IS NULL"));
        assertEquals(6 * 37, harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH"));
    }

    @Test
    void twoSectionsWithTheirLabels() throws Exception {
        List<Map<String, Object>> sections = harness.query("SELECT section_id, ordinal, heading, label "
                + "FROM ARCHIVE_SECTION WHERE document_id = " + canonical + " ORDER BY ordinal");
        assertEquals(2, sections.size());
        assertNull(sections.get(0).get("heading"));
        assertEquals("MILITARY", sections.get(0).get("label"));
        assertEquals("Lavrov Urges Talks", sections.get(1).get("heading"));
        assertEquals("DIPLOMATIC", sections.get(1).get("label"));
        Object lead = sections.get(0).get("section_id");
        Object talks = sections.get(1).get("section_id");
        for (Map<String, Object> p : harness.query("SELECT ordinal, section_id FROM ARCHIVE_PARAGRAPH WHERE "
                + "document_id = " + canonical + " AND ordinal <= 19")) {
            int line = ((Number) p.get("ordinal")).intValue();
            Object expected = line <= 8 ? lead : line <= 18 ? talks : null;
            assertEquals(expected, p.get("section_id"), "line " + line);
        }
        assertEquals("Compiled from agency reports", harness.query("SELECT credit FROM ARCHIVE_DOCUMENT WHERE "
                + "document_id = " + canonical).get(0).get("credit"));
    }

    @Test
    void everyParagraphLabelAsExpected() throws Exception {
        for (Map<String, Object> p : harness.query("SELECT ordinal, label, evidence, diplomatic_score, "
                + "military_score, model_version FROM ARCHIVE_PARAGRAPH WHERE document_id = " + canonical)) {
            int line = ((Number) p.get("ordinal")).intValue();
            int original = line <= 19 ? line : line - 18;
            Label label = Label.valueOf((String) p.get("label"));
            assertTrue(SeedDocument.EXPECTED_LABELS.get(original).contains(label),
                    "line " + line + ": " + label + " / " + p.get("evidence"));
            assertTrue(!((String) p.get("evidence")).isBlank());
            assertEquals(ParagraphClassifier.modelVersion(), p.get("model_version"));
        }
    }

    @Test
    void everyCopyIsADuplicateOfTheSeed() throws Exception {
        List<Map<String, Object>> docs = harness.query("SELECT source_path, duplicate_of FROM ARCHIVE_DOCUMENT "
                + "WHERE document_id <> " + canonical);
        assertEquals(5, docs.size());
        for (Map<String, Object> d : docs) {
            assertEquals(canonical, d.get("duplicate_of"), String.valueOf(d.get("source_path")));
        }
        assertTrue(docs.stream().anyMatch(d -> d.get("source_path").toString().endsWith("seed.zip!/inner/seed.rtf")));
        // and each copy's paragraphs point at the seed's own
        assertEquals(0, harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH p JOIN ARCHIVE_PARAGRAPH o "
                + "ON o.paragraph_id = p.duplicate_of WHERE p.document_id <> " + canonical
                + " AND o.document_id <> " + canonical));
    }

    @Test
    void copiesFormOneDocumentClusterAndRepeatsNineteenParagraphClusters() throws Exception {
        assertEquals(List.of(Map.of("cluster_id", canonical, "n", 6L)), harness.query("SELECT cluster_id, COUNT(*) "
                + "AS n FROM ARCHIVE_DOCUMENT GROUP BY cluster_id"));
        assertEquals(5, harness.count("SELECT COUNT(*) FROM ARCHIVE_DOCUMENT WHERE duplicate_kind = 'EXACT' "
                + "AND similarity = 1.0 AND match_id = " + canonical));
        assertEquals(19, harness.count("SELECT COUNT(DISTINCT cluster_id) FROM ARCHIVE_PARAGRAPH"));
        // each canonical paragraph is the seed's own first occurrence
        assertEquals(19, harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH WHERE cluster_id = paragraph_id "
                + "AND document_id = " + canonical + " AND ordinal <= 19"));
        assertEquals(List.of(Map.of("item_type", "DOCUMENT", "kind", "EXACT", "size", 6L, "n", 1L),
                        Map.of("item_type", "PARAGRAPH", "kind", "EXACT", "size", 6L, "n", 1L),
                        Map.of("item_type", "PARAGRAPH", "kind", "EXACT", "size", 12L, "n", 18L)),
                harness.query("SELECT item_type, kind, size, COUNT(*) AS n FROM ARCHIVE_DUPLICATE_CLUSTER "
                        + "GROUP BY item_type, kind, size ORDER BY item_type, size"));
    }
}
