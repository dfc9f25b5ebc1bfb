package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.despatch.testing.Archives;
import org.despatch.testing.Formats;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Containers of every kind and embedded documents through the whole job: each embedded document is a row with
 * its parent, its own status and text, segmented and labelled like any document; a failure part-way through
 * extract, then a restart, leaves the rows of a run that never failed, none lost and none twice.
 */
class EmbeddedJobTest {

    @TempDir
    static Path temp;
    private static Path input;
    private static List<String> uninterrupted;
    private static List<Map<String, Object>> rows;
    private static JobExecution execution;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void archiveAndBaseline() throws Exception {
        input = Files.createDirectories(temp.resolve("input"));
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        attachments.put("shelling.txt", utf8("Government artillery shelled the Baba Amr district of Homs overnight, "
                + "killing at least thirty people, activists said."));
        attachments.put("talks.eml", Archives.mailWithAttachments("Talks", "The foreign ministers met in Geneva "
                + "to discuss a ceasefire plan put forward by the United Nations envoy.",
                Map.of("statement.txt", utf8("The envoy called on both parties to respect the ceasefire."))));
        byte[] mail = Archives.mailWithAttachments("Recall", "The ambassador was recalled for consultations "
                + "after the embassy was attacked by a crowd.", attachments);
        Files.write(input.resolve("desk.mbox"), Archives.mbox(List.of(mail,
                Archives.mailWithAttachments("Weather", "Snow closed the mountain roads for a second day.", Map.of()))));
        // a tar appended to: the cable's second version under the same name
        Files.write(input.resolve("cables.tgz"), Archives.tar(List.of(Map.entry("cable-1.txt", utf8("Troops were "
                + "deployed along the northern border on Tuesday, the defence ministry said.")),
                Map.entry("cable-1.txt", utf8("Troops were withdrawn from the northern border on Friday."))),
                Archives.GZIP, StandardCharsets.UTF_8));
        Files.write(input.resolve("memo.txt.bz2"), Archives.compressed(utf8("The parliament passed the budget "
                + "after a long night of debate."), Archives.BZIP2));
        Files.write(input.resolve("old.7z"), Archives.sevenZ(Map.of("press/note.txt", utf8("The exhibition of "
                + "medieval manuscripts opened at the national library."))));
        Files.write(input.resolve("bundle.zip"), Formats.zip(Map.of("inner.tar", Archives.tar(Map.of("deep.txt",
                utf8("The harvest was the best in a decade, farmers said.")), Archives.NONE))));
        try (JobHarness h = JobHarness.start(temp.resolve("baseline"))) {
            execution = h.run(JobHarness.params(input));
            uninterrupted = h.snapshot();
            rows = h.query("SELECT d.source_path, d.status, d.label, d.stage, h.source_path AS parent, "
                    + "(SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH p WHERE p.document_id = d.document_id) AS paragraphs "
                    + "FROM ARCHIVE_DOCUMENT d LEFT JOIN ARCHIVE_DOCUMENT h ON h.document_id = d.parent_id "
                    + "ORDER BY d.source_path");
        }
    }

    private static String path(String relative) {
        return input.toAbsolutePath() + "/" + relative;
    }

    @Test
    void everyContainerAndEmbeddedDocumentHasItsRowAndParent() {
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus());
        assertEquals("EMPTY=1 OK=10", execution.getExitStatus());
        Map<String, String> parents = rows.stream().collect(Collectors.toMap(r -> (String) r.get("source_path"),
                r -> String.valueOf(r.get("parent")), (a, b) -> a, LinkedHashMap::new));
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(path("bundle.zip!/inner.tar!/deep.txt"), "null");
        expected.put(path("cables.tgz!/2-cable-1.txt"), "null");
        expected.put(path("cables.tgz!/cable-1.txt"), "null");
        expected.put(path("desk.mbox"), "null");
        expected.put(path("desk.mbox!/1"), path("desk.mbox"));
        expected.put(path("desk.mbox!/1!/shelling.txt"), path("desk.mbox!/1"));
        expected.put(path("desk.mbox!/1!/talks.eml"), path("desk.mbox!/1"));
        expected.put(path("desk.mbox!/1!/talks.eml!/statement.txt"), path("desk.mbox!/1!/talks.eml"));
        expected.put(path("desk.mbox!/2"), path("desk.mbox"));
        expected.put(path("memo.txt.bz2!/memo.txt"), "null");
        expected.put(path("old.7z!/press/note.txt"), "null");
        assertEquals(expected, parents);
    }

    @Test
    void embeddedDocumentsAreSegmentedAndLabelledOnTheirOwn() {
        Map<String, String> labels = rows.stream().collect(Collectors.toMap(r -> (String) r.get("source_path"),
                r -> r.get("status") + " " + r.get("label") + " " + r.get("stage") + " " + r.get("paragraphs")));
        assertEquals("OK MILITARY DONE 1", labels.get(path("desk.mbox!/1!/shelling.txt")));
        assertEquals("OK DIPLOMATIC DONE 1", labels.get(path("desk.mbox!/1!/talks.eml")));
        assertEquals("OK DIPLOMATIC DONE 1", labels.get(path("desk.mbox!/1")), "the body alone, not the attachments");
        assertEquals("EMPTY null DONE 0", labels.get(path("desk.mbox")));
        assertEquals("OK MILITARY DONE 1", labels.get(path("cables.tgz!/2-cable-1.txt")), "a tar's second version");
    }

    @Test
    void aFailureInExtractThenARestartLosesAndRepeatsNothing() throws Exception {
        try (JobHarness h = JobHarness.start(temp.resolve("fault"))) {
            JobExecution failed = h.run(JobHarness.params(input, "chunkSize", "1", "partitions", "1",
                    "faultInjection", "extract:4"));
            assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
            Properties restart = new Properties();
            restart.setProperty(IngestParameters.FAULT_INJECTION, "");
            assertEquals(BatchStatus.COMPLETED, h.restart(failed.getExecutionId(), restart).getBatchStatus());
            assertEquals(uninterrupted, h.snapshot());
            JobExecution again = h.run(JobHarness.params(input));
            assertEquals("no new documents", again.getExitStatus());
            assertEquals(uninterrupted, h.snapshot());
        }
    }
}
