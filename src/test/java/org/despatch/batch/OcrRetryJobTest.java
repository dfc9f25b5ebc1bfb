package org.despatch.batch;

import static org.despatch.testing.JobHarness.documentRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.despatch.extract.Ocr;
import org.despatch.testing.Archives;
import org.despatch.testing.Formats;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scans ingested while OCR was off are EMPTY ("no text layer; OCR disabled"); once tesseract is installed, a run
 * with {@code ocr=true} and {@code retryStatuses=EMPTY} reads them in their rows (an attachment through its mail),
 * and stores nothing else twice.
 */
class OcrRetryJobTest {

    @TempDir
    Path temp;

    @Test
    void emptyScansAreReadByARetryWithOcr() throws Exception {
        boolean tesseract = Ocr.available();
        if (!tesseract && Boolean.getBoolean("despatch.requireOcr")) {
            fail("-Ddespatch.requireOcr=true but tesseract is not on the PATH");
        }
        assumeTrue(tesseract, "tesseract is not on the PATH");
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.write(input.resolve("a-scan.png"), Formats.scannedPage("CEASEFIRE AGREED IN GENEVA"));
        Files.write(input.resolve("b-mail.eml"), Archives.mailWithAttachments("Scan",
                "The desk sends the scanned cable.", Map.of("cable.png", Formats.scannedPage("TROOPS LEFT HOMS"))));
        Files.write(input.resolve("c-bare.eml"), Archives.mailWithAttachments("Scan", "",
                Map.of("page.png", Formats.scannedPage("EMBASSY CLOSED TODAY"))));
        // text that normalization leaves nothing of: EMPTY, though its text was stored
        Files.writeString(input.resolve("d-spaces.txt"), "\u00a0\u00a0\n", StandardCharsets.UTF_8);
        String rows = "SELECT source_path, status, error FROM ARCHIVE_DOCUMENT ORDER BY source_path";
        try (JobHarness harness = JobHarness.start(temp.resolve("db"))) {
            JobExecution first = harness.run(JobHarness.params(input, "partitions", "1"));
            assertEquals(BatchStatus.COMPLETED, first.getBatchStatus());
            String scan = input.resolve("a-scan.png").toString();
            String mail = input.resolve("b-mail.eml").toString();
            String bare = input.resolve("c-bare.eml").toString();
            String spaces = input.resolve("d-spaces.txt").toString();
            String noOcr = "no text layer; OCR disabled";
            assertEquals(List.of(documentRow(scan, "EMPTY", noOcr), documentRow(mail, "OK", null),
                    documentRow(mail + "!/cable.png", "EMPTY", noOcr), documentRow(bare, "EMPTY",
                            "no text of its own; the 1 documents embedded in it have rows of their own"),
                    documentRow(bare + "!/page.png", "EMPTY", noOcr),
                    documentRow(spaces, "EMPTY", "no text after normalization")),
                    harness.query(rows));

            JobExecution retry = harness.run(JobHarness.params(input, "ocr", "true", "retryStatuses", "EMPTY",
                    "partitions", "1"));
            assertEquals(BatchStatus.COMPLETED, retry.getBatchStatus());
            List<Map<String, Object>> after = harness.query(rows);
            assertEquals(List.of(scan, mail, mail + "!/cable.png", bare, bare + "!/page.png", spaces),
                    after.stream().map(r -> r.get("source_path")).toList(), "no row added, none lost");
            for (int i : new int[] {0, 2, 4}) {
                assertEquals("OK", after.get(i).get("status"), after.get(i).toString());
            }
            assertEquals(List.of("EMPTY", "EMPTY"), List.of(after.get(3).get("status"), after.get(5).get("status")),
                    "a mail without a body and the blank text stay EMPTY, read again");
            String paragraphs = harness.query("SELECT text FROM ARCHIVE_PARAGRAPH").toString()
                    .toUpperCase(Locale.ROOT);
            for (String printed : List.of("CEASEFIRE", "TROOPS", "EMBASSY")) {
                assertTrue(paragraphs.contains(printed), printed + " in " + paragraphs);
            }
            assertEquals(1, harness.count("SELECT COUNT(*) FROM ARCHIVE_PARAGRAPH "
                    + "WHERE text = 'The desk sends the scanned cable.'"), "the mail's body is not stored twice");
        }
    }
}
