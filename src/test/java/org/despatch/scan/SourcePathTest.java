package org.despatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.despatch.testing.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePathTest {

    @TempDir
    Path temp;

    @Test
    void onlyContainerNamesSplitAPath() {
        assertEquals(List.of("/a/Yahoo!/memo.txt"), SourcePath.parts("/a/Yahoo!/memo.txt"));
        assertEquals(List.of("/a/x.zip", "in/b.ZIP", "c.txt"), SourcePath.parts("/a/x.zip!/in/b.ZIP!/c.txt"));
        assertEquals(List.of("/a/x.zip", "Yahoo!/c.txt"), SourcePath.parts("/a/x.zip!/Yahoo!/c.txt"));
        assertEquals("c.txt", SourcePath.fileName("/a/x.zip!/in/b.zip!/c.txt"));
    }

    @Test
    void nestedZipsAreListedAndOpenedWithoutTouchingTheDisk() throws Exception {
        Map<String, byte[]> inner = new LinkedHashMap<>();
        inner.put("../../etc/passwd", "not really".getBytes());
        inner.put("deep/c.txt", "third level".getBytes());
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("b.zip", Formats.zip(inner));
        outer.put("a.txt", "first level".getBytes());
        Path dir = Files.createDirectories(temp.resolve("in/Yahoo!"));
        Files.write(dir.resolve("x.zip"), Formats.zip(outer));
        Files.writeString(dir.resolve("memo.txt"), "a memo");

        try (SourceOpener opener = new SourceOpener(SourceOpener.DEFAULT_MAX_NESTED_BYTES)) {
            listAndOpen(opener, dir);
        }
    }

    @Test
    void aZipWithoutEntriesIsStillADocument() throws Exception {
        // found in Tika's corpus: a spanned ZIP lists no entries, and used to leave no row at all
        Path dir = Files.createDirectories(temp.resolve("empty"));
        Files.write(dir.resolve("nothing.zip"), Formats.zip(Map.of()));
        try (SourceOpener opener = new SourceOpener(SourceOpener.DEFAULT_MAX_NESTED_BYTES)) {
            assertEquals(List.of(dir.toAbsolutePath() + "/nothing.zip"), new SourceScanner(ContainerLimits.DEFAULTS, opener).scan(dir)
                    .stream().map(ScannedSource::sourcePath).toList());
        }
    }

    private void listAndOpen(SourceOpener opener, Path dir) throws Exception {
        List<ScannedSource> found = new SourceScanner(ContainerLimits.DEFAULTS, opener).scan(temp.resolve("in"));
        String base = dir.toAbsolutePath().toString();
        assertEquals(List.of(base + "/memo.txt", base + "/x.zip!/a.txt", base + "/x.zip!/b.zip!/../../etc/passwd",
                base + "/x.zip!/b.zip!/deep/c.txt"), found.stream().map(ScannedSource::sourcePath).toList());
        try (InputStream in = opener.open(base + "/x.zip!/b.zip!/deep/c.txt")) {
            assertEquals("third level", new String(in.readAllBytes()));
        }
        try (InputStream in = opener.open(base + "/memo.txt")) {
            assertEquals("a memo", new String(in.readAllBytes()));
        }
        // back into the containers after another file: the cached ones are reopened as needed
        try (InputStream in = opener.open(base + "/x.zip!/a.txt")) {
            assertEquals("first level", new String(in.readAllBytes()));
        }
        try (InputStream in = opener.open(base + "/x.zip!/b.zip!/../../etc/passwd")) {
            assertEquals("not really", new String(in.readAllBytes()));
        }
        assertEquals(List.of(base + "/memo.txt", base + "/x.zip"), new SourceScanner(new ContainerLimits(0, 1000), opener)
                .scan(temp.resolve("in")).stream().map(ScannedSource::sourcePath).toList(), "depth 0 opens nothing");
    }
}
