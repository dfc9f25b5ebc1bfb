package org.despatch.batch;

import static org.despatch.testing.JobHarness.documentRow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.despatch.testing.Archives;
import org.despatch.testing.Formats;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document whose parser never returns and one whose parser exhausts its heap (the misbehaving parsers of
 * org.despatch.testing.TestParsers) cost those documents only: the job completes and reads the rest.
 */
class IsolationJobTest {

    @TempDir
    Path temp;

    @Test
    void hangingAndMemoryHungryDocumentsEndAsTimeoutAndCrashedAndTheJobCompletes() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("a-memo.txt"), "The ambassador was recalled for consultations on Monday.");
        Files.writeString(input.resolve("b-stuck.sleep"), "DESPATCH-SLEEP: this parser never returns");
        Files.writeString(input.resolve("c-greedy.hoard"), "DESPATCH-HOARD: this parser allocates without bound");
        Files.writeString(input.resolve("d-report.txt"), "Artillery shelled the northern districts overnight.");
        try (JobHarness harness = JobHarness.start(temp.resolve("db"))) {
            JobExecution e = harness.run(JobHarness.params(input, "parseTimeoutSeconds", "3",
                    "workerHeapMb", "96", "partitions", "1"));
            assertEquals(BatchStatus.COMPLETED, e.getBatchStatus());
            assertEquals("CRASHED=1 OK=2 TIMEOUT=1", e.getExitStatus());
            List<Map<String, Object>> rows = harness.query("SELECT status, error FROM ARCHIVE_DOCUMENT "
                    + "WHERE status <> 'OK' ORDER BY source_path");
            assertEquals(List.of(
                    Map.of("status", "TIMEOUT", "error", "parse did not finish within 3000 ms"),
                    Map.of("status", "CRASHED", "error", "parse worker ran out of memory (heap cap 96 MB)")), rows);
            assertEquals(0, harness.count("SELECT COUNT(*) FROM ARCHIVE_DOCUMENT WHERE status = 'TIMEOUT' "
                    + "AND parse_millis > 5000"), "TIMEOUT within the limit and the kill grace");
        }
    }

    @Test
    void aTimedOutDocumentIsParsedAgainWhenAskedWithALongerLimit() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("a-memo.txt"), "The ambassador was recalled for consultations on Monday.");
        Files.writeString(input.resolve("b-slow.sleep"), "DESPATCH-SLEEP 4");
        Path other = Files.createDirectories(temp.resolve("other"));
        Files.writeString(other.resolve("c-slow.sleep"), "DESPATCH-SLEEP 4");
        try (JobHarness harness = JobHarness.start(temp.resolve("db"))) {
            for (Path folder : List.of(input, other)) {
                assertEquals(BatchStatus.COMPLETED, harness.run(JobHarness.params(folder, "parseTimeoutSeconds", "2",
                        "partitions", "1")).getBatchStatus());
            }
            JobExecution retry = harness.run(JobHarness.params(input, "parseTimeoutSeconds", "10",
                    "retryStatuses", "timeout", "partitions", "1"));
            assertEquals(BatchStatus.COMPLETED, retry.getBatchStatus());
            assertEquals("OK=1", retry.getExitStatus(), "the retried document, counted as this run's");
            assertEquals(List.of(Map.of("source_path", input.resolve("b-slow.sleep").toString(), "status", "OK"),
                    Map.of("source_path", other.resolve("c-slow.sleep").toString(), "status", "TIMEOUT")),
                    harness.query("SELECT source_path, status FROM ARCHIVE_DOCUMENT WHERE source_path LIKE '%.sleep' "
                            + "ORDER BY source_path"), "only the documents under the input are retried");
            assertEquals(1, harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH WHERE text = 'read after 4 seconds'"));
        }
    }

    /**
     * A document that ran out of time keeps the text read before it, segmented and labelled like any other; retried
     * with a longer limit it is read whole, its paragraphs replaced.
     */
    @Test
    void aTimedOutDocumentKeepsItsTextSoFarAndARetryReplacesIt() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("slow.sleep"),
                "DESPATCH-SLEEP 4 after-writing The ambassador was recalled for consultations on Monday.");
        String paragraphs = "SELECT text FROM ARCHIVE_PARAGRAPH ORDER BY text";
        try (JobHarness harness = JobHarness.start(temp.resolve("db"))) {
            JobExecution first = harness.run(JobHarness.params(input, "parseTimeoutSeconds", "2", "partitions", "1"));
            assertEquals("TIMEOUT=1", first.getExitStatus());
            assertEquals(List.of(Map.of("status", "TIMEOUT", "error", "parse did not finish within 2000 ms; the 56 "
                    + "characters of its text read before it are kept", "label", "DIPLOMATIC")),
                    harness.query("SELECT status, error, label FROM ARCHIVE_DOCUMENT"));
            assertEquals(List.of(Map.of("text", "The ambassador was recalled for consultations on Monday.")),
                    harness.query(paragraphs));
            JobExecution retry = harness.run(JobHarness.params(input, "parseTimeoutSeconds", "10",
                    "retryStatuses", "TIMEOUT", "partitions", "1"));
            assertEquals("OK=1", retry.getExitStatus());
            assertEquals(List.of(Map.of("text", "The ambassador was recalled for consultations on Monday."),
                    Map.of("text", "read after 4 seconds")), harness.query(paragraphs));
        }
    }

    /**
     * A document embedded in a mail (an attachment whose parser overflows its stack) is read by a retry through its
     * mail, which is parsed again for it alone: it crashes again and keeps its real reason (opened by its own path,
     * "mail.eml!/bad.recurse", it had come back UNREADABLE), and nothing of the mail is stored twice.
     */
    @Test
    void aCrashedAttachmentIsRetriedThroughItsMail() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.write(input.resolve("mail.eml"), Archives.mailWithAttachments("Recall of the ambassador",
                "The ambassador was recalled for consultations on Monday.", Map.of("bad.recurse",
                        "DESPATCH-RECURSE: this parser never stops descending".getBytes(StandardCharsets.UTF_8))));
        try (JobHarness harness = JobHarness.start(temp.resolve("db"))) {
            assertEquals(BatchStatus.COMPLETED, harness.run(JobHarness.params(input, "partitions", "1"))
                    .getBatchStatus());
            String rows = "SELECT source_path, status, error FROM ARCHIVE_DOCUMENT ORDER BY source_path";
            String mail = input.resolve("mail.eml").toString();
            List<Map<String, Object>> crashed = List.of(documentRow(mail, "OK", null),
                    documentRow(mail + "!/bad.recurse", "CRASHED", "StackOverflowError"));
            assertEquals(crashed, harness.query(rows));
            JobExecution retry = harness.run(JobHarness.params(input, "retryStatuses", "CRASHED", "partitions", "1"));
            assertEquals(BatchStatus.COMPLETED, retry.getBatchStatus());
            assertEquals("CRASHED=1", retry.getExitStatus(), "the attachment, counted as the retry's");
            assertEquals(crashed, harness.query(rows));
            assertEquals(1, harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH "
                    + "WHERE text = 'The ambassador was recalled for consultations on Monday.'"));
        }
    }

    /**
     * An attachment that needs more heap than the worker has, two containers down (a mail forwarded in a mail in a
     * ZIP): the first run reads everything but it, and a retry with a larger heap reads it, through the outer mail,
     * and registers none of the rest a second time.
     */
    @Test
    void anAttachmentThatRanOutOfHeapIsReadByARetryWithALargerHeap() throws Exception {
        Map<String, byte[]> inner = new LinkedHashMap<>();
        inner.put("big.hoard", "DESPATCH-HOARD 160".getBytes(StandardCharsets.UTF_8));
        inner.put("note.txt", "Artillery shelled the town overnight.".getBytes(StandardCharsets.UTF_8));
        byte[] forwarded = Archives.mailWithAttachments("Shelling", "Forwarded for the desk.", inner);
        byte[] mail = Archives.mailWithAttachments("Recall", "The ambassador was recalled for consultations on "
                + "Monday.", Map.of("fwd.eml", forwarded));
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.write(input.resolve("box.zip"), Formats.zip(Map.of("mail.eml", mail)));
        String rows = "SELECT source_path, status, error FROM ARCHIVE_DOCUMENT ORDER BY source_path";
        try (JobHarness harness = JobHarness.start(temp.resolve("db"))) {
            JobExecution first = harness.run(JobHarness.params(input, "workerHeapMb", "96", "partitions", "1"));
            assertEquals(BatchStatus.COMPLETED, first.getBatchStatus());
            String mailPath = input.resolve("box.zip") + "!/mail.eml";
            String hoard = mailPath + "!/fwd.eml!/big.hoard";
            List<Map<String, Object>> expected = new ArrayList<>(List.of(documentRow(mailPath, "OK", null),
                    documentRow(mailPath + "!/fwd.eml", "OK", null),
                    documentRow(hoard, "CRASHED", "parse worker ran out of memory (heap cap 96 MB)"),
                    documentRow(mailPath + "!/fwd.eml!/note.txt", "OK", null)));
            assertEquals(expected, harness.query(rows));
            JobExecution retry = harness.run(JobHarness.params(input, "workerHeapMb", "512",
                    "retryStatuses", "CRASHED", "partitions", "1"));
            assertEquals(BatchStatus.COMPLETED, retry.getBatchStatus());
            expected.set(2, documentRow(hoard, "OK", null));
            assertEquals(expected, harness.query(rows));
            assertEquals("OK=1", retry.getExitStatus());
            assertEquals(1, harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH WHERE text = 'read in 160 MB'"));
            for (String text : List.of("Artillery shelled the town overnight.",
                    "The ambassador was recalled for consultations on Monday.", "Forwarded for the desk.")) {
                assertEquals(1, harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH WHERE text = '" + text + "'"),
                        text);
            }
        }
    }

    /**
     * Two attachments of one mail retried together cost one parse of the mail (each parse of an attachment adds a
     * line to the count file), and keep their media type.
     */
    @Test
    void attachmentsOfOneMailAreRetriedWithOneParseOfIt() throws Exception {
        Path count = temp.resolve("parses.txt");
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        attachments.put("a.recurse", ("DESPATCH-RECURSE " + count).getBytes(StandardCharsets.UTF_8));
        attachments.put("b.recurse", ("DESPATCH-RECURSE " + count).getBytes(StandardCharsets.UTF_8));
        attachments.put("note.txt", "Artillery shelled the town overnight.".getBytes(StandardCharsets.UTF_8));
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.write(input.resolve("mail.eml"), Archives.mailWithAttachments("Recall",
                "The ambassador was recalled for consultations on Monday.", attachments));
        String rows = "SELECT source_path, status, media_type, error FROM ARCHIVE_DOCUMENT ORDER BY source_path";
        try (JobHarness harness = JobHarness.start(temp.resolve("db"))) {
            harness.run(JobHarness.params(input, "partitions", "1"));
            List<Map<String, Object>> before = harness.query(rows);
            assertEquals(List.of("OK", "CRASHED", "CRASHED", "OK"), before.stream().map(r -> r.get("status")).toList());
            assertEquals("application/x-despatch-recurse", before.get(1).get("media_type"));
            assertEquals(2, Files.readAllLines(count).size());
            JobExecution retry = harness.run(JobHarness.params(input, "retryStatuses", "CRASHED", "partitions", "1"));
            assertEquals("CRASHED=2", retry.getExitStatus());
            assertEquals(before, harness.query(rows));
            assertEquals(4, Files.readAllLines(count).size(), "one more parse of the mail, which reads both");
        }
    }

    /**
     * A mail rewritten since without the attachment: the retry does not reach it, and it stays CRASHED, retryable,
     * with its media type and the reason (helper-45).
     */
    @Test
    void anAttachmentItsMailNoLongerHoldsStaysCrashedWithItsMediaType() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.write(input.resolve("mail.eml"), Archives.mailWithAttachments("Recall", "The ambassador was recalled.",
                Map.of("bad.recurse", "DESPATCH-RECURSE".getBytes(StandardCharsets.UTF_8))));
        String attachment = "SELECT status, media_type, error FROM ARCHIVE_DOCUMENT WHERE parent_id IS NOT NULL";
        try (JobHarness harness = JobHarness.start(temp.resolve("db"))) {
            harness.run(JobHarness.params(input, "partitions", "1"));
            Files.write(input.resolve("mail.eml"), Archives.mailWithAttachments("Recall",
                    "The ambassador was recalled.", Map.of()));
            assertEquals(BatchStatus.COMPLETED, harness.run(JobHarness.params(input, "retryStatuses", "CRASHED",
                    "partitions", "1")).getBatchStatus());
            Map<String, Object> expected = new LinkedHashMap<>();
            expected.put("status", "CRASHED");
            expected.put("media_type", "application/x-despatch-recurse");
            expected.put("error", "not reached again in its holder, whose parse ended OK");
            assertEquals(List.of(expected), harness.query(attachment));
        }
    }

    /**
     * A mail whose second attachment outlasts the time limit keeps its body and its first attachment; a retry with a
     * longer limit reads the mail and the slow attachment and registers the first attachment no second time. The attachment takes
     * 8 s against a limit of 3 s, so that a loaded machine reaches it in time.
     */
    @Test
    void aMailThatRunsOutOfTimeKeepsTheAttachmentsReadAndARetryAddsTheRest() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        attachments.put("note.txt", "Artillery shelled the town overnight.".getBytes(StandardCharsets.UTF_8));
        attachments.put("slow.sleep", "DESPATCH-SLEEP 8".getBytes(StandardCharsets.UTF_8));
        Files.write(input.resolve("mail.eml"), Archives.mailWithAttachments("Recall",
                "The ambassador was recalled for consultations on Monday.", attachments));
        String rows = "SELECT source_path, status, error FROM ARCHIVE_DOCUMENT ORDER BY source_path";
        String mail = input.resolve("mail.eml").toString();
        try (JobHarness harness = JobHarness.start(temp.resolve("db"))) {
            JobExecution first = harness.run(JobHarness.params(input, "parseTimeoutSeconds", "3", "partitions", "1"));
            assertEquals("OK=1 TIMEOUT=1", first.getExitStatus());
            assertEquals(List.of(documentRow(mail, "TIMEOUT", "parse did not finish within 3000 ms, in slow.sleep; "
                            + "the 56 characters of its text read before it are kept; the 1 embedded document read "
                            + "before it is kept"),
                    documentRow(mail + "!/note.txt", "OK", null)),
                    harness.query(rows));
            JobExecution retry = harness.run(JobHarness.params(input, "parseTimeoutSeconds", "30",
                    "retryStatuses", "TIMEOUT", "partitions", "1"));
            assertEquals(BatchStatus.COMPLETED, retry.getBatchStatus());
            assertEquals(List.of(documentRow(mail, "OK", null), documentRow(mail + "!/note.txt", "OK", null),
                    documentRow(mail + "!/slow.sleep", "OK", null)), harness.query(rows));
            assertEquals(1, harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH "
                    + "WHERE text = 'read after 8 seconds'"));
            assertEquals(1, harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH "
                    + "WHERE text = 'Artillery shelled the town overnight.'"));
            // the mail's body, kept by the first run, replaced by the retry's: once
            assertEquals(1, harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH "
                    + "WHERE text = 'The ambassador was recalled for consultations on Monday.'"));
        }
    }
}
