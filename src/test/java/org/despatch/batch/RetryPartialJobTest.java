package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document cut at {@code maxChars} (PARTIAL, its text so far kept and segmented) is read again by
 * {@code retryStatuses=PARTIAL} after raising the limit: its paragraphs are replaced, and the other documents'
 * paragraphs that were linked to its old ones (an exact copy of its first paragraph in two later documents, a later
 * paragraph that contained its cut one) are decided again, so the rows are those of a run whose limit held the
 * whole document from the start. Retrying at the same limit changes nothing, and a failure in the retry's dedupe
 * step followed by a restart gives the same rows.
 */
class RetryPartialJobTest {

    private static final String LEAD = "The ambassador was recalled to the capital for consultations on Monday after "
            + "the talks on the border crossings broke down without agreement.";
    private static final String SECOND = "Officials at the ministry said the delegation would not return until the "
            + "garrison had withdrawn from the disputed villages along the river.";
    private static final String THIRD = "Artillery positions north of the railway bridge were reinforced during the "
            + "night, and two supply convoys were seen moving towards the frontier posts.";
    private static final String FOURTH = "The consul in the harbour town reported that the harvest had been "
            + "requisitioned and that the council had asked for an escort for the grain barges.";
    private static final String A = String.join("\n\n", LEAD, SECOND, THIRD, FOURTH) + "\n";
    /** Keeps the first two paragraphs and 120 characters of the third; the other documents are shorter: the cut one is still long enough to match. */
    private static final String SMALL_LIMIT = Integer.toString(LEAD.length() + SECOND.length() + 4 + 120);

    @TempDir
    static Path temp;
    private static Path input;
    private static List<String> wholeFromTheStart;

    @BeforeAll
    static void runWithALimitThatHoldsEverything() throws Exception {
        input = Files.createDirectories(temp.resolve("input"));
        write("a.txt", A);
        write("b.txt", "Notes of the embassy desk.\n\n"
                + LEAD + "\n\n" + THIRD + "\n");
        write("c.txt", LEAD + "\n\nThe cabinet will meet again on Thursday to discuss the election timetable and the "
                + "parliament's recess.\n");
        try (JobHarness h = JobHarness.start(temp.resolve("whole"))) {
            JobExecution run = h.run(params());
            assertEquals(BatchStatus.COMPLETED, run.getBatchStatus());
            assertEquals("OK=3", run.getExitStatus());
            wholeFromTheStart = rows(h);
        }
    }

    @Test
    void aPartialDocumentRetriedWithALargerLimitHasItsWholeTextAndTheLinksToItAreRedone() throws Exception {
        try (JobHarness h = JobHarness.start(temp.resolve("larger"))) {
            assertEquals(BatchStatus.COMPLETED, h.run(params("maxChars", SMALL_LIMIT)).getBatchStatus());
            assertEquals(List.of(Map.of("status", "PARTIAL")), h.query("SELECT status FROM ARCHIVE_DOCUMENT "
                    + "WHERE source_path LIKE '%a.txt'"));
            Set<Object> oldParagraphs = paragraphIdsOf(h, "a.txt");
            assertEquals(3, oldParagraphs.size(), "two paragraphs and the cut third");
            assertEquals(List.of(Map.of("d", "a.txt", "o", 1)), h.query("SELECT SUBSTRING(od.source_path, "
                    + "LENGTH(od.source_path) - 4) AS d, o.ordinal AS o FROM ARCHIVE_PARAGRAPH p "
                    + "JOIN ARCHIVE_DOCUMENT d ON d.document_id = p.document_id "
                    + "JOIN ARCHIVE_PARAGRAPH o ON o.paragraph_id = p.duplicate_of "
                    + "JOIN ARCHIVE_DOCUMENT od ON od.document_id = o.document_id WHERE d.source_path LIKE '%b.txt'"),
                    "b's copy of the lead is linked to a's");

            JobExecution retry = h.run(params("retryStatuses", "PARTIAL"));
            assertEquals(BatchStatus.COMPLETED, retry.getBatchStatus());
            assertEquals("OK=1", retry.getExitStatus(), "the retried document is this run's; b and c are not");
            assertEquals("1 documents PARTIAL queued again; 2 other documents' duplicate links to them to be "
                    + "decided again", stepExitStatus(h, retry, "requeue"));
            assertEquals(List.of(Map.of("status", "OK")), h.query(
                    "SELECT status FROM ARCHIVE_DOCUMENT WHERE source_path LIKE '%a.txt'"));
            Set<Object> newParagraphs = paragraphIdsOf(h, "a.txt");
            assertEquals(4, newParagraphs.size());
            newParagraphs.retainAll(oldParagraphs);
            assertEquals(Set.of(), newParagraphs, "no paragraph of the cut text is left");
            assertEquals(0, dangling(h));
            assertEquals(wholeFromTheStart, rows(h));

            // asked again, there is nothing PARTIAL left to retry
            JobExecution again = h.run(params("retryStatuses", "PARTIAL"));
            assertEquals("no new documents", again.getExitStatus());
            assertEquals("0 documents PARTIAL queued again; 0 other documents' duplicate links to them to be "
                    + "decided again", stepExitStatus(h, again, "requeue"));
            assertEquals(wholeFromTheStart, rows(h));
        }
    }

    @Test
    void retryingAtTheSameLimitTwiceLeavesTheRowsOfTheFirstRun() throws Exception {
        try (JobHarness h = JobHarness.start(temp.resolve("same"))) {
            assertEquals(BatchStatus.COMPLETED, h.run(params("maxChars", SMALL_LIMIT)).getBatchStatus());
            List<String> first = rows(h);
            for (int retry = 1; retry <= 2; retry++) {
                JobExecution run = h.run(params("maxChars", SMALL_LIMIT, "retryStatuses", "PARTIAL"));
                assertEquals(BatchStatus.COMPLETED, run.getBatchStatus());
                assertEquals("PARTIAL=1", run.getExitStatus(), "retry " + retry);
                assertEquals(first, rows(h), "retry " + retry);
                assertEquals(0, dangling(h));
            }
        }
    }

    @Test
    void aRetryThatFailsInItsDedupeStepRestartsToTheSameRows() throws Exception {
        try (JobHarness h = JobHarness.start(temp.resolve("restart"))) {
            assertEquals(BatchStatus.COMPLETED, h.run(params("maxChars", SMALL_LIMIT)).getBatchStatus());
            JobExecution failed = h.run(params("retryStatuses", "PARTIAL", "chunkSize", "1",
                    "faultInjection", "dedupe:2"));
            assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
            Properties noFault = new Properties();
            noFault.setProperty(IngestParameters.FAULT_INJECTION, "");
            JobExecution resumed = h.restart(failed.getExecutionId(), noFault);
            assertEquals(BatchStatus.COMPLETED, resumed.getBatchStatus());
            assertEquals("OK=1", resumed.getExitStatus());
            assertEquals(0, dangling(h));
            assertEquals(wholeFromTheStart, rows(h));
        }
    }

    private static Properties params(String... namesAndValues) {
        List<String> all = new ArrayList<>(List.of("partitions", "1"));
        all.addAll(List.of(namesAndValues));
        return JobHarness.params(input, all.toArray(new String[0]));
    }

    private static void write(String name, String text) throws Exception {
        Files.writeString(input.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String stepExitStatus(JobHarness h, JobExecution run, String step) {
        for (StepExecution s : h.operator().getStepExecutions(run.getExecutionId())) {
            if (s.getStepName().equals(step)) {
                return s.getExitStatus();
            }
        }
        throw new AssertionError("no step " + step);
    }

    private static Set<Object> paragraphIdsOf(JobHarness h, String name) throws SQLException {
        Set<Object> ids = new TreeSet<>();
        for (Map<String, Object> row : h.query("SELECT p.ID FROM DSP_PARAGRAPH p JOIN DSP_DOCUMENT d "
                + "ON d.ID = p.DOCUMENT_ID WHERE d.SOURCE_PATH LIKE '%" + name + "'")) {
            ids.add(row.get("id"));
        }
        return ids;
    }

    /** Duplicate links, of documents and paragraphs, that name no row. */
    private static long dangling(JobHarness h) throws SQLException {
        long n = 0;
        for (String table : List.of("DSP_DOCUMENT", "DSP_PARAGRAPH")) {
            for (String column : List.of("CLUSTER_ID", "MATCH_ID", "DUPLICATE_OF")) {
                n += h.count("SELECT COUNT(*) FROM " + table + " t WHERE t." + column + " IS NOT NULL AND NOT EXISTS "
                        + "(SELECT 1 FROM " + table + " o WHERE o.ID = t." + column + ")");
            }
        }
        return n;
    }

    /**
     * Documents, sections and paragraphs with their duplicate decisions, every id replaced by what it names (a
     * document's path, a paragraph's path and position), so that runs that drew other ids compare row for row.
     */
    private static List<String> rows(JobHarness h) throws SQLException {
        String documents = "SELECT d.SOURCE_PATH, d.STAGE, d.STATUS, d.ERROR, d.CHAR_COUNT, d.LANGUAGE, "
                + "d.CONTENT_HASH, d.LABEL, d.DUPLICATE_KIND, d.SIMILARITY, d.MATCH_SIMILARITY, d.CONTAINS_MATCH, "
                + "c.SOURCE_PATH AS cluster, m.SOURCE_PATH AS match, o.SOURCE_PATH AS duplicate_of "
                + "FROM DSP_DOCUMENT d LEFT JOIN DSP_DOCUMENT c ON c.ID = d.CLUSTER_ID "
                + "LEFT JOIN DSP_DOCUMENT m ON m.ID = d.MATCH_ID LEFT JOIN DSP_DOCUMENT o ON o.ID = d.DUPLICATE_OF";
        String sections = "SELECT d.SOURCE_PATH, s.ORDINAL, s.HEADING, s.LABEL, s.EVIDENCE FROM DSP_SECTION s "
                + "JOIN DSP_DOCUMENT d ON d.ID = s.DOCUMENT_ID";
        String paragraphs = "SELECT d.SOURCE_PATH, p.ORDINAL, p.TEXT, p.KIND, p.LABEL, p.EVIDENCE, p.DUPLICATE_KIND, "
                + "p.SIMILARITY, p.MATCH_SIMILARITY, p.CONTAINS_MATCH, p.DIFFERS, "
                + "cd.SOURCE_PATH AS cluster, c.ORDINAL AS cluster_ordinal, md.SOURCE_PATH AS match, "
                + "m.ORDINAL AS match_ordinal, od.SOURCE_PATH AS duplicate_of, o.ORDINAL AS duplicate_ordinal "
                + "FROM DSP_PARAGRAPH p JOIN DSP_DOCUMENT d ON d.ID = p.DOCUMENT_ID "
                + "LEFT JOIN DSP_PARAGRAPH c ON c.ID = p.CLUSTER_ID LEFT JOIN DSP_DOCUMENT cd ON cd.ID = c.DOCUMENT_ID "
                + "LEFT JOIN DSP_PARAGRAPH m ON m.ID = p.MATCH_ID LEFT JOIN DSP_DOCUMENT md ON md.ID = m.DOCUMENT_ID "
                + "LEFT JOIN DSP_PARAGRAPH o ON o.ID = p.DUPLICATE_OF "
                + "LEFT JOIN DSP_DOCUMENT od ON od.ID = o.DOCUMENT_ID";
        List<String> lines = new ArrayList<>();
        for (String sql : List.of(documents, sections, paragraphs)) {
            for (Map<String, Object> row : h.query(sql)) {
                lines.add(row.values().toString());
            }
        }
        lines.sort(null);
        return lines;
    }
}
