package org.despatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.despatch.testing.Archives;
import org.despatch.testing.Formats;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tar, tgz, tar.bz2, gz, bz2 and 7z are folders of their entries, like ZIP, inside one another too. */
class ContainersTest {

    @TempDir
    Path temp;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyFormatIsListedAndItsEntriesOpened() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("cables/b.txt", utf8("second cable"));
        entries.put("a.txt", utf8("first cable"));
        Map<String, byte[]> withSevenZ = new LinkedHashMap<>(entries);
        withSevenZ.put("inner.7z", Archives.sevenZ(Map.of("deep.txt", utf8("inside 7z inside a tgz"))));
        Files.write(temp.resolve("p.tar"), Archives.tar(entries, Archives.NONE));
        Files.write(temp.resolve("q.tgz"), Archives.tar(withSevenZ, Archives.GZIP));
        Files.write(temp.resolve("r.tar.bz2"), Archives.tar(entries, Archives.BZIP2));
        Files.write(temp.resolve("s.txt.gz"), Archives.compressed(utf8("gzipped memo"), Archives.GZIP));
        Files.write(temp.resolve("t.txt.bz2"), Archives.compressed(utf8("bzipped memo"), Archives.BZIP2));
        Files.write(temp.resolve("u.7z"), Archives.sevenZ(entries));
        Files.write(temp.resolve("v.zip"), Formats.zip(Map.of("w.tar.gz", Archives.tar(entries, Archives.GZIP))));

        String base = temp.toAbsolutePath().toString();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(base + "/p.tar!/a.txt", "first cable");
        expected.put(base + "/p.tar!/cables/b.txt", "second cable");
        expected.put(base + "/q.tgz!/a.txt", "first cable");
        expected.put(base + "/q.tgz!/cables/b.txt", "second cable");
        expected.put(base + "/q.tgz!/inner.7z!/deep.txt", "inside 7z inside a tgz");
        expected.put(base + "/r.tar.bz2!/a.txt", "first cable");
        expected.put(base + "/r.tar.bz2!/cables/b.txt", "second cable");
        expected.put(base + "/s.txt.gz!/s.txt", "gzipped memo");
        expected.put(base + "/t.txt.bz2!/t.txt", "bzipped memo");
        expected.put(base + "/u.7z!/a.txt", "first cable");
        expected.put(base + "/u.7z!/cables/b.txt", "second cable");
        expected.put(base + "/v.zip!/w.tar.gz!/a.txt", "first cable");
        expected.put(base + "/v.zip!/w.tar.gz!/cables/b.txt", "second cable");
        try (SourceOpener opener = new SourceOpener(SourceOpener.DEFAULT_MAX_NESTED_BYTES)) {
            List<ScannedSource> found = new SourceScanner(ContainerLimits.DEFAULTS, opener).scan(temp);
            assertEquals(List.copyOf(expected.keySet()), found.stream().map(ScannedSource::sourcePath).toList());
            for (Map.Entry<String, String> e : expected.entrySet()) {
                try (InputStream in = opener.open(e.getKey())) {
                    assertEquals(e.getValue(), new String(in.readAllBytes(), StandardCharsets.UTF_8), e.getKey());
                }
            }
        }
    }

    @Test
    void aDamagedArchiveIsADocumentOfItsOwn() throws Exception {
        byte[] tgz = Archives.tar(Map.of("a.txt", utf8("x".repeat(5000))), Archives.GZIP);
        Files.write(temp.resolve("cut.tgz"), java.util.Arrays.copyOf(tgz, tgz.length / 2));
        Files.write(temp.resolve("junk.7z"), utf8("not a 7z archive at all"));
        try (SourceOpener opener = new SourceOpener(SourceOpener.DEFAULT_MAX_NESTED_BYTES)) {
            List<ScannedSource> found = new SourceScanner(ContainerLimits.DEFAULTS, opener).scan(temp);
            String base = temp.toAbsolutePath().toString();
            assertEquals(List.of(new ScannedSource(base + "/cut.tgz", -1), new ScannedSource(base + "/junk.7z", -1)),
                    found);
        }
    }

    @Test
    void aSelfNestingArchiveStopsAtTheDepthLimitAndSaysSo() throws Exception {
        Files.write(temp.resolve("quine.zip"), Archives.nestedZip("r.zip", 40, "the bottom"));
        try (SourceOpener opener = new SourceOpener(SourceOpener.DEFAULT_MAX_NESTED_BYTES)) {
            List<ScannedSource> found = new SourceScanner(new ContainerLimits(5, 1000), opener).scan(temp);
            assertEquals(List.of(new ScannedSource(temp.toAbsolutePath() + "/quine.zip!/r.zip!/r.zip!/r.zip!/r.zip!/r.zip",
                    found.get(0).sizeBytes(), "not opened: nested deeper than maxDepth=5")), found);
        }
    }

    @Test
    void anArchiveOfTooManyEntriesListsTheFirstAndSaysSo() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            entries.put("inner.zip", Formats.zip(Map.of("x1.txt", utf8("x1"), "x2.txt", utf8("x2"))));
            entries.put("n" + i + ".txt", utf8("note " + i));
        }
        Files.write(temp.resolve("many.zip"), Formats.zip(entries));
        String base = temp.toAbsolutePath() + "/many.zip";
        try (SourceOpener opener = new SourceOpener(SourceOpener.DEFAULT_MAX_NESTED_BYTES)) {
            List<ScannedSource> found = new SourceScanner(new ContainerLimits(5, 4), opener).scan(temp);
            assertEquals(List.of(base + "!/inner.zip!/x1.txt", base + "!/inner.zip!/x2.txt", base + "!/n0.txt",
                    base + "!/n1.txt", base), found.stream().map(ScannedSource::sourcePath).toList());
            assertEquals("documents after the first maxEmbeddedCount=4 left out", found.get(4).limitReason());
            assertEquals(List.of(), found.subList(0, 4).stream().filter(s -> s.limitReason() != null).toList());
        }
    }
}
