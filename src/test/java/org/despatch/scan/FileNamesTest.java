package org.despatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.despatch.testing.ByteNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * File names as bytes: names are written here through URIs, as their bytes, since Java writes every name it is given
 * as text in the locale's encoding; so these tests hold under any locale, a C locale's ASCII included.
 */
class FileNamesTest {

    @TempDir
    Path temp;

    private Path write(String escaped, String content) throws IOException {
        return ByteNames.write(temp, escaped, content);
    }

    private String base() {
        return FileNames.text(temp.toAbsolutePath());
    }

    /**
     * Each name (as the bytes its URI escapes give) reads as its text and the text leads back to it: ASCII as the JVM
     * reads it; UTF-8, a character beyond the BMP and a valid U+FFFD included; Latin-1 and windows-1252 bytes (an en
     * dash) as windows-1252, a byte it leaves unassigned as Latin-1's control; characters URIs escape; and folders,
     * name by name.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "plain-name.txt | plain-name.txt",
        "Gen%C3%A8ve.txt | Genève.txt",
        "%F0%9F%93%9C-%EF%BF%BD.txt | \uD83D\uDCDC-\uFFFD.txt",
        "M%FCnchen%20%96%20Bericht.txt | München – Bericht.txt",
        "x%81y.txt | x\u0081y.txt",
        "100%25%20a%23b%3F.txt | 100% a#b?.txt",
        "Akten-%E4/Z%C3%BCrich/memo-%E9.txt | Akten-ä/Zürich/memo-é.txt"})
    void eachNameReadsAsItsTextAndLeadsBack(String escaped, String name) throws IOException {
        String expected = base() + "/" + name;
        Path file = write(escaped, "content");
        assertEquals(expected, FileNames.text(file));
        assertEquals(file, FileNames.path(expected));
        assertEquals("content", Files.readString(FileNames.path(expected)));
    }

    @Test
    void aFolderNotInUtf8ReadsAsWindows1252() throws IOException {
        Path file = write("Akten-%E4/memo.txt", "a");
        assertEquals(base() + "/Akten-ä", FileNames.text(file.getParent()));
        assertEquals(file.getParent(), FileNames.path(base() + "/Akten-ä"));
    }

    @Test
    void whereBothFormsExistTheUtf8OneIsMeant() throws IOException {
        Path utf8 = write("Z%C3%BCrich.txt", "UTF-8");
        Path latin1 = write("Z%FCrich.txt", "Latin-1");
        String text = base() + "/Zürich.txt";
        assertEquals(text, FileNames.text(utf8));
        assertEquals(text, FileNames.text(latin1));
        assertEquals(utf8, FileNames.path(text));
    }

    /** helper-45: a folder's UTF-8 twin that does not hold the file does not hide the Latin-1 folder that does. */
    @Test
    void aFileUnderALatin1FolderBesideItsUtf8TwinLeadsBack() throws IOException {
        write("Akten-%C3%A4/a.txt", "in the UTF-8 folder");
        Path file = write("Akten-%E4/b.txt", "in the Latin-1 folder");
        assertEquals(base() + "/Akten-ä/b.txt", FileNames.text(file));
        assertEquals(file, FileNames.path(base() + "/Akten-ä/b.txt"));
        assertEquals(new FileNames.Reading(base() + "/Akten-ä/b.txt", true), FileNames.reading(file));
        assertEquals(new FileNames.Reading(base() + "/Akten-ä/a.txt", false),
                FileNames.reading(FileNames.path(base() + "/Akten-ä/a.txt")));
    }

    @Test
    void theEscapedTextShowsTheBytesOfNamesNotInUtf8() throws IOException {
        Path file = write("Akten-%E4/Gen%C3%A8ve/M%FCnchen%20100%25.txt", "a");
        assertEquals(base() + "/Akten-%E4/Genève/M%FCnchen 100%25.txt", FileNames.escapedText(file));
    }

    /**
     * helper-46: a name read as UTF-8 that looks like windows-1252 mojibake, "CafÃ©.txt", is not its bytes read as
     * windows-1252 (those bytes are UTF-8, read as "Café.txt"): once it is gone, its text leads to no other file.
     */
    @Test
    void aMojibakeNameNeverLeadsToTheFileItsBytesWouldName() throws IOException {
        write("Caf%C3%A9.txt", "the other file");
        String gone = base() + "/Caf\u00c3\u00a9.txt";
        assertEquals(gone, FileNames.text(FileNames.path(gone)));
        assertEquals(false, Files.exists(FileNames.path(gone)));
    }

    @Test
    void aMissingFileGetsItsUtf8Path() {
        String text = base() + "/nowhere-é.txt";
        assertEquals(text, FileNames.text(FileNames.path(text)));
        assertEquals(false, Files.exists(FileNames.path(text)));
    }
}
