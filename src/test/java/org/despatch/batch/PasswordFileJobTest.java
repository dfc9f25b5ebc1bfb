package org.despatch.batch;

import static org.despatch.testing.JobHarness.documentRow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.despatch.testing.Archives;
import org.despatch.testing.Formats;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A password file opens the encrypted documents whose passwords it holds (a PDF, a DOCX, a PDF attached to a mail),
 * each row saying which line did; the others stay ENCRYPTED saying how many were tried, an encrypted ZIP entry saying
 * why none was. After the archivist adds a password, {@code retryStatuses=ENCRYPTED} opens the document it fits and
 * adds or loses no row. The passwords are nowhere in the database, JBeret's parameters included.
 */
class PasswordFileJobTest {

    private static final String PDF_STORY = "The ambassador was recalled to the capital after the talks broke down.";
    private static final String DOCX_STORY = "Artillery positions north of the railway bridge were reinforced.";
    private static final String MAIL_STORY = "The consul reported that the harvest had been requisitioned.";

    @TempDir
    Path temp;

    private static byte[] pdf(String story, String password) {
        return Formats.encryptedPdf(Formats.pdf("Report", List.of(Formats.Block.p(story))), "owner-secret", password);
    }

    @Test
    void encryptedDocumentsOpenWithThePasswordFileAndARetryTriesAddedPasswords() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.write(input.resolve("a-locked.pdf"), pdf(PDF_STORY, "zanzibar"));
        Files.write(input.resolve("b-locked.docx"), Formats.encryptedOoxml(Formats.docx("Report",
                List.of(Formats.Block.p(DOCX_STORY))), "sesame"));
        Files.write(input.resolve("c-mail.eml"), Archives.mailWithAttachments("Report", "The report is attached.",
                Map.of("consul.pdf", pdf(MAIL_STORY, "zanzibar"))));
        Files.write(input.resolve("d-unknown.pdf"), pdf("Nobody knows this one.", "kilimanjaro"));
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("plain.txt", "The garrison withdrew from the villages.".getBytes(StandardCharsets.UTF_8));
        entries.put("secret.txt", "Never read.".getBytes(StandardCharsets.UTF_8));
        Files.write(input.resolve("e-box.zip"), Archives.zipMarkedEncrypted(entries, "secret.txt"));
        Files.write(input.resolve("f-box.7z"), Archives.sevenZEncrypted());
        Files.write(input.resolve("g-names.7z"), Archives.sevenZEncryptedNames());
        Path passwords = Files.writeString(temp.resolve("passwords.txt"), "wrong\nzanzibar\n");
        String rows = "SELECT source_path, status, error FROM ARCHIVE_DOCUMENT ORDER BY source_path";
        String base = input.toString() + "/";
        String noneOf2 = "none of the 2 passwords of the password file opened it";
        try (JobHarness harness = JobHarness.start(temp.resolve("db"))) {
            JobExecution first = harness.run(JobHarness.params(input, "partitions", "1",
                    "passwordFile", passwords.toString()));
            assertEquals(BatchStatus.COMPLETED, first.getBatchStatus());
            List<Map<String, Object>> found = harness.query(rows);
            assertEquals(List.of(documentRow(base + "a-locked.pdf", "OK", "opened with password 2 of the password file"),
                    documentRow(base + "b-locked.docx", "ENCRYPTED", "EncryptedDocumentException: Unable to process: "
                            + "document is encrypted; " + noneOf2),
                    documentRow(base + "c-mail.eml", "OK", null),
                    documentRow(base + "c-mail.eml!/consul.pdf", "OK", "opened with password 2 of the password file"),
                    documentRow(base + "d-unknown.pdf", "ENCRYPTED", "InvalidPasswordException: Cannot decrypt PDF, "
                            + "the password is incorrect; " + noneOf2),
                    documentRow(base + "e-box.zip!/plain.txt", "OK", null)),
                    found.subList(0, 6));
            Map<String, Object> zipEntry = found.get(6);
            assertEquals(List.of(base + "e-box.zip!/secret.txt", "ENCRYPTED"),
                    List.of(zipEntry.get("source_path"), zipEntry.get("status")));
            String zipReason = (String) zipEntry.get("error");
            assertTrue(zipReason.startsWith("ZIP entry encryption, which Despatch cannot read with any password: ")
                    && zipReason.endsWith("; so none of the 2 passwords of the password file was tried"), zipReason);
            String opened2 = "opened with password 2 of the password file";
            assertEquals(List.of(documentRow(base + "f-box.7z!/b.txt", "OK", opened2),
                    documentRow(base + "f-box.7z!/cable.txt", "OK", opened2)), found.subList(7, 9),
                    "a 7z the scan lists: its entries read with the password");
            assertEquals(List.of(documentRow(base + "g-names.7z", "EMPTY", "no text of its own; the 2 documents "
                    + "embedded in it have rows of their own; " + opened2),
                    documentRow(base + "g-names.7z!/b.txt", "OK", null),
                    documentRow(base + "g-names.7z!/cable.txt", "OK", null)), found.subList(9, 12),
                    "a 7z the scan cannot list, its names encrypted: Tika's parse opens it");
            assertEquals(12, found.size());
            String paragraphs = harness.query("SELECT text FROM ARCHIVE_PARAGRAPH").toString();
            assertTrue(paragraphs.contains(PDF_STORY) && paragraphs.contains(MAIL_STORY)
                    && paragraphs.contains("Secret cable text about the embassy in Homs."), paragraphs);
            assertFalse(paragraphs.contains(DOCX_STORY), paragraphs);

            // the archivist finds the DOCX's password and adds it: a retry of ENCRYPTED opens it, and only it
            Files.writeString(passwords, "wrong\nzanzibar\nsesame\n");
            JobExecution retry = harness.run(JobHarness.params(input, "partitions", "1",
                    "passwordFile", passwords.toString(), "retryStatuses", "ENCRYPTED"));
            assertEquals(BatchStatus.COMPLETED, retry.getBatchStatus());
            List<Map<String, Object>> after = harness.query(rows);
            assertEquals(found.stream().map(r -> r.get("source_path")).toList(),
                    after.stream().map(r -> r.get("source_path")).toList(), "no row added, none lost");
            assertEquals(documentRow(base + "b-locked.docx", "OK", "opened with password 3 of the password file"),
                    after.get(1));
            assertEquals(documentRow(base + "d-unknown.pdf", "ENCRYPTED", "InvalidPasswordException: Cannot decrypt "
                    + "PDF, the password is incorrect; none of the 3 passwords of the password file opened it"),
                    after.get(4));
            assertTrue(((String) after.get(6).get("error")).endsWith("; so none of the 3 passwords of the password "
                    + "file was tried"), after.get(6).toString());
            List<Map<String, Object>> opened = new java.util.ArrayList<>(after);
            List<Map<String, Object>> openedBefore = new java.util.ArrayList<>(found);
            for (int locked : new int[] {6, 4, 1}) {
                opened.remove(locked);
                openedBefore.remove(locked);
            }
            assertEquals(openedBefore, opened, "the opened ones are not retried");
            assertTrue(harness.query("SELECT text FROM ARCHIVE_PARAGRAPH").toString().contains(DOCX_STORY));

            // only the file's path is a job parameter, and no password is anywhere in the database
            assertEquals(passwords.toString(), harness.operator().getParameters(retry.getExecutionId())
                    .getProperty("passwordFile"));
            String everything = harness.query("SCRIPT").toString();
            for (String secret : List.of("zanzibar", "sesame")) {
                assertFalse(everything.contains(secret), secret + " stored in the database");
            }
        }
    }

    @Test
    void aMissingOrEmptyPasswordFileIsRefusedBeforeAnyWork() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Path missing = temp.resolve("missing.txt");
        Properties params = JobHarness.params(input, "passwordFile", missing.toString());
        assertEquals("parameter 'passwordFile': password file not found: " + missing,
                assertThrows(IllegalArgumentException.class, () -> IngestParameters.validate(params)).getMessage());
        Path empty = Files.writeString(temp.resolve("empty.txt"), "\n\n");
        params.setProperty("passwordFile", empty.toString());
        assertEquals("parameter 'passwordFile': password file holds no password (one a line): " + empty,
                assertThrows(IllegalArgumentException.class, () -> IngestParameters.validate(params)).getMessage());
        params.setProperty("passwordFile", Files.writeString(temp.resolve("ok.txt"), "zanzibar\n").toString());
        IngestParameters.validate(params);
        params.setProperty("retryStatuses", "encrypted");
        assertEquals(List.of("ENCRYPTED"), List.copyOf(IngestParameters.retryStatuses(
                params.getProperty("retryStatuses"))));
    }
}
