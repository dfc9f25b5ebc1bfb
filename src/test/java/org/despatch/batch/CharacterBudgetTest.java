package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.despatch.extract.ExtractionLimits;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The documents a file holds do not depend on how much text a parse may keep: Tika's test files that hold others
 * (mails, mailboxes, Office files, PDFs, RTF, a FictionBook) give the same rows at {@code maxChars=1000} as at the
 * default, only with more of them {@code PARTIAL} and some read by later parses of their file. A document past its
 * own limit used to stop its parse there, and lost what came after its text.
 */
class CharacterBudgetTest {

    private static final int SMALL = 1000;
    /** Files of Tika's test documents that hold others, by module. */
    private static final List<String> HOLDERS = List.of(
            "mail/testMBOX_complex.mbox", "mail/complex.mbox", "mail/testRFC822_multipart_attachments.eml",
            "mail/testRFC822_normal_zip", "mail/testRFC822-mixed-with-pdf-inline",
            "microsoft/EmbeddedDocument.docx", "microsoft/EmbeddedOutlook.docx", "microsoft/test-outlook2003.msg",
            "microsoft/testMSG_att_doc.msg", "microsoft/testMSG_att_msg.msg", "microsoft/testMSG_forwarded.msg",
            "microsoft/testPST.pst", "microsoft/testRTFEmbeddedFiles.rtf", "microsoft/testWORD_embedded_pdf.doc",
            "microsoft/test_recursive_embedded.docx", "microsoft/test_embedded_zip.pptx",
            "microsoft/testPPT_embedded2.ppt", "microsoft/testEXCEL_embeddedPDF_windows.xlsx",
            "pdf/testPDF_childAttachments.pdf", "xml/test.fb2");

    @TempDir
    Path temp;

    @Test
    void aFilesDocumentsAreTheSameWhateverTheCharacterBudget() throws Exception {
        Path corpus = Path.of(System.getProperty("despatch.tikaCorpus", "target/tika-corpus")).toAbsolutePath();
        Path input = Files.createDirectories(temp.resolve("holders"));
        for (String file : HOLDERS) {
            Path source = corpus.resolve(file.replace("/", "/test-documents/"));
            if (!Files.isRegularFile(source)) {
                fail("no " + source + ": the build unpacks Tika's test documents (mvn generate-test-resources)");
            }
            Files.copy(source, input.resolve(source.getFileName()));
        }
        Map<String, String> whole = statuses(input, "whole", ExtractionLimits.DEFAULT_MAX_CHARS);
        Map<String, String> small = statuses(input, "small", SMALL);
        assertEquals(whole.keySet(), small.keySet(), "the same documents at maxChars=" + SMALL);
        assertTrue(whole.size() > 100, "the files hold documents: " + whole.size());
        whole.forEach((path, status) -> assertTrue(status.equals(small.get(path))
                || status.equals("OK") && small.get(path).equals("PARTIAL"), path + ": " + status + " became "
                + small.get(path) + " at maxChars=" + SMALL));
        long cutWhole = whole.values().stream().filter("PARTIAL"::equals).count();
        long cutSmall = small.values().stream().filter("PARTIAL"::equals).count();
        assertTrue(cutSmall >= cutWhole + 5, "the small budget cut texts: " + cutSmall + " PARTIAL against "
                + cutWhole);
    }

    /** Each document's path, below the input, and status, after a run at {@code maxChars}. */
    private Map<String, String> statuses(Path input, String name, int maxChars) throws Exception {
        try (JobHarness harness = JobHarness.start(temp.resolve(name))) {
            JobExecution e = harness.run(JobHarness.params(input, "maxChars", Integer.toString(maxChars)));
            assertEquals(BatchStatus.COMPLETED, e.getBatchStatus(), e.getExitStatus());
            Map<String, String> statuses = new TreeMap<>();
            for (Map<String, Object> row : harness.query("SELECT source_path, status FROM ARCHIVE_DOCUMENT")) {
                statuses.put(((String) row.get("source_path")).substring(input.toString().length() + 1),
                        (String) row.get("status"));
            }
            return statuses;
        }
    }
}
