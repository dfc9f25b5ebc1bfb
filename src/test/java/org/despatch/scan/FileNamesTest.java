package org.despatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File names as bytes: names are written here through URIs, as their bytes, since Java writes every name it is given
 * as text in the locale's encoding; so these tests hold under any locale, a C locale's ASCII included.
 */
class FileNamesTest {

    @TempDir
    Path temp;

    /** A file whose name below {@code temp} has the bytes the URI-escaped {@code escaped} gives. */
    private Path write(String escaped, String content) throws IOException {
        Path file = Path.of(URI.create(temp.toUri() + escaped));
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private String base() {
        return FileNames.text(temp.toAbsolutePath());
    }

    @Test
    void asciiNamesAreTheJvmsOwn() throws IOException {
        Path file = write("plain-name.txt", "a");
        assertEquals(file.toString(), FileNames.text(file));
        assertEquals(file, FileNames.path(file.toString()));
    }

    @Test
    void aUtf8NameReadsAsItsLettersAndLeadsBack() throws IOException {
        Path file = write("Gen%C3%A8ve.txt", "a");
        assertEquals(base() + "/Genève.txt", FileNames.text(file));
        assertEquals(file, FileNames.path(base() + "/Genève.txt"));
    }

    @Test
    void aNameInLatin1ReadsAsWindows1252AndLeadsBack() throws IOException {
        Path file = write("M%FCnchen%20%96%20Bericht.txt", "Latin-1");
        String text = base() + "/München – Bericht.txt";
        assertEquals(text, FileNames.text(file));
        assertEquals(file, FileNames.path(text));
        assertEquals("Latin-1", Files.readString(FileNames.path(text)));
    }

    @Test
    void aByteWindows1252LeavesUnassignedIsItsLatin1Control() throws IOException {
        Path file = write("x%81y.txt", "a");
        assertEquals(base() + "/x\u0081y.txt", FileNames.text(file));
        assertEquals(file, FileNames.path(base() + "/x\u0081y.txt"));
    }

    @Test
    void foldersAreReadNameByName() throws IOException {
        Path file = write("Akten-%E4/Z%C3%BCrich/memo-%E9.txt", "a");
        String text = base() + "/Akten-ä/Zürich/memo-é.txt";
        assertEquals(text, FileNames.text(file));
        assertEquals(file, FileNames.path(text));
        assertEquals(base() + "/Akten-ä", FileNames.text(file.getParent().getParent()));
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

    @Test
    void aMissingFileGetsItsUtf8Path() {
        String text = base() + "/nowhere-é.txt";
        assertEquals(text, FileNames.text(FileNames.path(text)));
        assertEquals(false, Files.exists(FileNames.path(text)));
    }
}
