package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.despatch.scan.SourcePath;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apache Tika's own test documents (every format, encrypted, corrupt and hostile files included; unpacked by the
 * build from the 13 tika-parser-*-module test-jars into target/tika-corpus) through archive-ingest in one job.
 * The job completes, every file has its row and a status, every status but OK has a reason, and the documents per
 * module and status equal the checked-in expectation, so a regression in any format shows as a diff.
 * {@code -Ddespatch.updateExpectations=true} rewrites the expectation file instead (review its diff).
 */
class TikaCorpusTest {

    static final Path EXPECTED = Path.of("src/test/resources/org/despatch/batch/tika-corpus-statuses.txt");
    private static final String HEADER = """
            # Apache Tika 3.3.1 test documents through archive-ingest: documents per module and status.
            # Written by TikaCorpusTest under -Ddespatch.updateExpectations=true; review the diff before committing.
            """;

    static final int MAX_CHARS = 200_000;

    @TempDir
    static Path temp;
    private static Path corpus;
    private static JobHarness harness;
    private static JobExecution execution;
    private static long seconds;

    @BeforeAll
    static void ingest() throws Exception {
        corpus = Path.of(System.getProperty("despatch.tikaCorpus", "target/tika-corpus")).toAbsolutePath();
        if (!Files.isDirectory(corpus.resolve("pdf/test-documents"))) {
            fail("no Tika test documents in " + corpus + ": the build unpacks them (mvn generate-test-resources)");
        }
        harness = JobHarness.start(temp.resolve("db"));
        long start = System.nanoTime();
        // Formats are the point here, not volume: a few spreadsheets hold millions of characters, which would
        // only make segment, dedupe and classify the bulk of the run. Every other limit has its default.
        execution = harness.run(JobHarness.params(corpus, "maxChars", Integer.toString(MAX_CHARS)));
        seconds = (System.nanoTime() - start) / 1_000_000_000L;
    }

    @AfterAll
    static void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void jobCompletes() {
        assertEquals(BatchStatus.COMPLETED, execution.getBatchStatus(), execution.getExitStatus());
        System.out.println("Tika corpus: " + execution.getExitStatus() + " in " + seconds + " s");
    }

    /** Where the time goes: each step, and the slowest parses (printed, not asserted: the machine is shared). */
    @Test
    void reportTimes() throws Exception {
        for (Map<String, Object> s : harness.query("SELECT STEPNAME, STARTTIME, ENDTIME FROM STEP_EXECUTION WHERE "
                + "JOBEXECUTIONID = " + execution.getExecutionId() + " ORDER BY STEPEXECUTIONID")) {
            System.out.println("  step " + s.get("stepname") + " " + (((java.sql.Timestamp) s.get("endtime")).getTime()
                    - ((java.sql.Timestamp) s.get("starttime")).getTime()) + " ms");
        }
        for (Map<String, Object> d : harness.query("SELECT parse_millis, char_count, status, source_path "
                + "FROM ARCHIVE_DOCUMENT ORDER BY parse_millis DESC LIMIT 8")) {
            System.out.println("  " + d);
        }
    }

    /** Every row with its status, holder and reason, to target/tika-corpus-rows.tsv: for reviewing a changed count. */
    @Test
    void writeRowsForReview() throws Exception {
        StringBuilder tsv = new StringBuilder("source_path\tstatus\tmedia_type\tparser\tparent\terror\n");
        for (Map<String, Object> r : harness.query("SELECT d.source_path, d.status, d.media_type, d.parser, "
                + "h.source_path AS parent, d.error FROM ARCHIVE_DOCUMENT d "
                + "LEFT JOIN ARCHIVE_DOCUMENT h ON h.document_id = d.parent_id ORDER BY d.source_path")) {
            tsv.append(r.values().stream().map(v -> v == null ? "" : corpusRelative(v.toString()))
                    .collect(Collectors.joining("\t"))).append('\n');
        }
        Files.writeString(Path.of("target/tika-corpus-rows.tsv"), tsv, StandardCharsets.UTF_8);
    }

    private static String corpusRelative(String value) {
        return value.replace(corpus + "/", "").replaceAll("[\\t\\n\\r]+", " ");
    }

    @Test
    void everyFileHasARowAndEveryRowAStatusAndEveryProblemAReason() throws Exception {
        Set<String> paths = harness.query("SELECT source_path FROM ARCHIVE_DOCUMENT").stream()
                .map(r -> (String) r.get("source_path")).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (Path file : files()) {
            String path = file.toString();
            boolean found = paths.contains(path) || SourcePath.isArchive(path)
                    && paths.stream().anyMatch(p -> p.startsWith(path + SourcePath.ENTRY_SEPARATOR));
            if (!found) {
                missing.add(path);
            }
        }
        assertEquals(List.of(), missing, "files without a row");
        assertEquals(0, harness.count("SELECT COUNT(*) FROM ARCHIVE_DOCUMENT WHERE status IS NULL"
                + " OR status = 'PENDING' OR stage = 'PENDING'"));
        assertEquals(List.of(), harness.query("SELECT source_path, status FROM ARCHIVE_DOCUMENT WHERE status <> 'OK'"
                + " AND (error IS NULL OR TRIM(error) = '')"), "statuses without a reason");
        assertEquals(List.of(), harness.query("SELECT source_path, status FROM ARCHIVE_DOCUMENT"
                + " WHERE media_type IS NULL"), "rows without a media type");
    }

    @Test
    void countsPerModuleAndStatusAsExpected() throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        for (Map<String, Object> row : harness.query("SELECT source_path, status FROM ARCHIVE_DOCUMENT")) {
            // by text: a stored path beyond ASCII (an embedded "..._普林斯顿.zip") is no Path under the C locale
            String relative = ((String) row.get("source_path")).substring(corpus.toString().length() + 1);
            String module = relative.substring(0, relative.indexOf('/'));
            counts.merge(module + " " + row.get("status"), 1L, Long::sum);
            counts.merge("ALL " + row.get("status"), 1L, Long::sum);
        }
        String actual = HEADER + counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        if (Boolean.getBoolean("despatch.updateExpectations")) {
            Files.writeString(EXPECTED, actual, StandardCharsets.UTF_8);
            System.out.println("rewrote " + EXPECTED.toAbsolutePath());
        }
        assertTrue(Files.isRegularFile(EXPECTED), EXPECTED + " missing: run with -Ddespatch.updateExpectations=true");
        assertEquals(Files.readString(EXPECTED, StandardCharsets.UTF_8), actual,
                "documents per module and status changed; if on purpose, rerun with -Ddespatch.updateExpectations=true");
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(Files::isRegularFile).map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        }
    }
}
