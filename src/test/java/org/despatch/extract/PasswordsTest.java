package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.despatch.scan.ContainerLimits;
import org.despatch.testing.Archives;
import org.despatch.testing.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A password file's candidates open encrypted documents, embedded ones too, and the reason names the line that
 * did, never the password; a document none opens stays ENCRYPTED and says how many were tried.
 */
class PasswordsTest {

    private static final String STORY = "Troops crossed the river at dawn and the ceasefire held in Homs.";

    @TempDir
    Path temp;

    private Passwords file(String text) throws Exception {
        Path file = temp.resolve("passwords.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return Passwords.read(file);
    }

    private static Extraction extract(Passwords passwords, String name, byte[] bytes) {
        try (TextExtractor x = new TextExtractor(ExtractionLimits.DEFAULTS, false, ContainerLimits.DEFAULTS,
                passwords)) {
            return x.extractAll(() -> new ByteArrayInputStream(bytes), name, bytes.length, 0);
        }
    }

    private static byte[] pdf() {
        return Formats.pdf("Report", List.of(Formats.Block.p(STORY)));
    }

    @Test
    void aPdfAndADocxOpenWithTheirPasswordAndSayWhichLine() throws Exception {
        Passwords passwords = file("wrong one\r\n\r\n  \nzanzibar\r\nsesame\n");
        assertEquals(3, passwords.size(), "blank lines are no passwords");
        byte[] pdf = Formats.encryptedPdf(pdf(), "the owner's", "zanzibar");
        byte[] docx = Formats.encryptedOoxml(Formats.docx("Report", List.of(Formats.Block.p(STORY))), "sesame");

        assertEquals(ExtractionStatus.ENCRYPTED, extract(Passwords.NONE, "r.pdf", pdf).document().status());
        ExtractionResult openedPdf = extract(passwords, "r.pdf", pdf).document();
        assertEquals(List.of("OK", "opened with password 4 of the password file"),
                List.of(openedPdf.status().name(), openedPdf.reason()));
        assertTrue(openedPdf.text().contains("ceasefire held in Homs"), openedPdf.text());

        assertEquals(ExtractionStatus.ENCRYPTED, extract(Passwords.NONE, "r.docx", docx).document().status());
        ExtractionResult openedDocx = extract(passwords, "r.docx", docx).document();
        assertEquals(List.of("OK", "opened with password 5 of the password file"),
                List.of(openedDocx.status().name(), openedDocx.reason()));
        assertTrue(openedDocx.text().contains("ceasefire held in Homs"), openedDocx.text());
        assertTrue(!openedDocx.reason().contains("sesame"));

        // guarded by its owner password only: read without a password, as before, no candidate put in its way
        ExtractionResult ownerOnly = extract(passwords, "o.pdf", Formats.encryptedPdf(pdf(), "owner", "")).document();
        assertEquals(ExtractionStatus.OK, ownerOnly.status());
        assertNull(ownerOnly.reason());
    }

    @Test
    void aDocumentNoCandidateOpensStaysEncryptedAndSaysHowManyWereTried() throws Exception {
        byte[] pdf = Formats.encryptedPdf(pdf(), "owner", "kilimanjaro");
        ExtractionResult r = extract(file("zanzibar\nsesame\n"), "r.pdf", pdf).document();
        assertEquals(ExtractionStatus.ENCRYPTED, r.status());
        assertTrue(r.reason().endsWith("; none of the 2 passwords of the password file opened it"), r.reason());
        assertEquals("", r.text());
    }

    @Test
    void anEncryptedPdfAttachedToAMailOpensAsAnEmbeddedDocument() throws Exception {
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        attachments.put("locked.pdf", Formats.encryptedPdf(pdf(), "owner", "zanzibar"));
        attachments.put("other.pdf", Formats.encryptedPdf(pdf(), "owner", "unknown"));
        byte[] mail = Archives.mailWithAttachments("Report", "The desk sends the report.", attachments);
        Extraction x = extract(file("sesame\nzanzibar\n"), "m.eml", mail);
        assertEquals(ExtractionStatus.OK, x.document().status());
        assertNull(x.document().reason(), "the mail itself needed no password");
        ExtractionResult opened = x.find("locked.pdf").result();
        assertEquals(List.of("OK", "opened with password 2 of the password file"),
                List.of(opened.status().name(), opened.reason()));
        assertTrue(opened.text().contains("ceasefire held in Homs"), opened.text());
        ExtractionResult locked = x.find("other.pdf").result();
        assertEquals(ExtractionStatus.ENCRYPTED, locked.status());
        assertTrue(locked.reason().endsWith("none of the 2 passwords of the password file opened it"),
                locked.reason());
        assertEquals(2, x.embedded().size(), "each attachment once, whatever its tries: " + x.embedded());
    }

    /**
     * Tika's own test documents (unpacked by the build): Word 97, PowerPoint 97 and Excel 97 files and a 7z, all with
     * the password "tika" or "Tika" (the 7z's), where a wrong password fails as damage; an encrypted OpenDocument,
     * which Tika cannot decrypt: tried with one candidate only.
     */
    @Test
    void legacyOfficeAnd7zOpenAndAFormatWithoutPasswordsIsTriedOnce() throws Exception {
        Path corpus = Path.of(System.getProperty("despatch.tikaCorpus", "target/tika-corpus"));
        assumeTrue(Files.isDirectory(corpus), "Tika's test documents are not unpacked: " + corpus);
        Passwords passwords = file("wrong\ntika\nTika\n");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("microsoft/test-documents/testWORD_protected_passtika.doc", "encrypted Word");
        expected.put("microsoft/test-documents/testPPT_protected_passtika.ppt", "encrypted PowerPoint");
        expected.put("microsoft/test-documents/testEXCEL_protected_passtika.xls", "Encrypted Excel");
        for (Map.Entry<String, String> e : expected.entrySet()) {
            byte[] bytes = Files.readAllBytes(corpus.resolve(e.getKey()));
            String name = Path.of(e.getKey()).getFileName().toString();
            assertEquals(ExtractionStatus.ENCRYPTED, extract(Passwords.NONE, name, bytes).document().status());
            ExtractionResult r = extract(passwords, name, bytes).document();
            assertEquals(List.of("OK", "opened with password 2 of the password file"),
                    List.of(r.status().name(), String.valueOf(r.reason())), name);
            assertTrue(r.text().contains(e.getValue()), name + ": " + r.text());
        }
        byte[] sevenZ = Files.readAllBytes(corpus.resolve("pkg/test-documents/test7Z_protected_passTika.7z"));
        byte[] mail = Archives.mailWithAttachments("Archive", "Attached.", Map.of("files.7z", sevenZ));
        Extraction x = extract(passwords, "m.eml", mail);
        assertEquals(List.of("EMPTY", "no text of its own; the 1 documents embedded in it have rows of their own; "
                + "opened with password 3 of the password file"),
                List.of(x.find("files.7z").result().status().name(), x.find("files.7z").result().reason()),
                "a wrong password (line 2) fails as damage, and the next is tried");
        assertTrue(x.find("files.7z!/text.txt").result().text().contains("encrypted 7zip"), x.embedded().toString());
        assertEquals(2, x.embedded().size(), "the 7z's entry once, not once a try: " + x.embedded());

        byte[] odt = Files.readAllBytes(corpus.resolve("miscoffice/test-documents/testODTEncrypted.odt"));
        ExtractionResult r = extract(passwords, "e.odt", odt).document();
        assertEquals(ExtractionStatus.ENCRYPTED, r.status());
        assertTrue(r.reason().endsWith("Tika asked for no password to open it, so 1 of the 3 passwords of the "
                + "password file was tried"), r.reason());
    }

    /**
     * A wrong password's try of a 7z whose names are open ({@link Archives#sevenZEncrypted}) meets its entries before
     * failing; the try that opens it meets them again, and names them as if it had been the only one.
     */
    @Test
    void aFailedTrysEmbeddedDocumentsAreForgotten() throws Exception {
        byte[] sevenZ = Archives.sevenZEncrypted();
        byte[] mail = Archives.mailWithAttachments("Archive", "Attached.", Map.of("files.7z", sevenZ));
        Extraction x = extract(file("wrong\nzanzibar\n"), "m.eml", mail);
        assertEquals(List.of("files.7z", "files.7z!/b.txt", "files.7z!/cable.txt"),
                x.embedded().stream().map(EmbeddedResult::path).toList());
        assertEquals("no text of its own; the 2 documents embedded in it have rows of their own; opened with "
                + "password 2 of the password file", x.find("files.7z").result().reason());
        assertTrue(x.find("files.7z!/cable.txt").result().text().contains("embassy in Homs"));
    }

    @Test
    void aBadPasswordFileIsRefusedWithOneLine() throws Exception {
        Path missing = temp.resolve("none.txt");
        assertEquals("password file not found: " + missing,
                assertThrows(IllegalArgumentException.class, () -> Passwords.read(missing)).getMessage());
        Path blank = Files.writeString(temp.resolve("blank.txt"), "\n \r\n\t\n");
        assertEquals("password file holds no password (one a line): " + blank,
                assertThrows(IllegalArgumentException.class, () -> Passwords.read(blank)).getMessage());
        Path latin1 = Files.write(temp.resolve("latin1.txt"), "mot de passe \u00e9t\u00e9\n".getBytes(
                StandardCharsets.ISO_8859_1));
        assertEquals("password file is not UTF-8 text: " + latin1,
                assertThrows(IllegalArgumentException.class, () -> Passwords.read(latin1)).getMessage());
        assertEquals("password file not readable: " + temp, assertThrows(IllegalArgumentException.class,
                () -> Passwords.read(temp)).getMessage().replaceAll(" \\(.*", ""));
    }
}
