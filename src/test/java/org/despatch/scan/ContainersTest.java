package org.despatch.scan;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.zip.UnsupportedZipFeatureException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
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

        // a tar is listed in its own order, the order it is cheap to read in; a ZIP and a 7z by name
        String base = temp.toAbsolutePath().toString();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(base + "/p.tar!/cables/b.txt", "second cable");
        expected.put(base + "/p.tar!/a.txt", "first cable");
        expected.put(base + "/q.tgz!/cables/b.txt", "second cable");
        expected.put(base + "/q.tgz!/a.txt", "first cable");
        expected.put(base + "/q.tgz!/inner.7z!/deep.txt", "inside 7z inside a tgz");
        expected.put(base + "/r.tar.bz2!/cables/b.txt", "second cable");
        expected.put(base + "/r.tar.bz2!/a.txt", "first cable");
        expected.put(base + "/s.txt.gz!/s.txt", "gzipped memo");
        expected.put(base + "/t.txt.bz2!/t.txt", "bzipped memo");
        expected.put(base + "/u.7z!/a.txt", "first cable");
        expected.put(base + "/u.7z!/cables/b.txt", "second cable");
        expected.put(base + "/v.zip!/w.tar.gz!/cables/b.txt", "second cable");
        expected.put(base + "/v.zip!/w.tar.gz!/a.txt", "first cable");
        assertListedAndRead(expected);
    }

    /**
     * A tgz's entries opened in its order cost one reading of it after the one that lists them, however many there
     * are; one opened out of order starts a reading, and every entry opens to its own bytes, read whole, in part
     * or not at all.
     */
    @Test
    void aStreamedArchiveIsReadOnFromTheEntryOpenedLast() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            entries.put("cables/" + (299 - i) + ".txt", utf8("cable number " + (299 - i)));
        }
        byte[] tgz = Archives.tar(entries, Archives.GZIP);
        int[] readings = {0};
        try (Container c = new StreamedContainer(ArchiveFormat.TAR_GZ, "box.tgz", () -> {
            readings[0]++;
            return new java.io.ByteArrayInputStream(tgz);
        })) {
            List<Container.Entry> listed = c.entries();
            assertEquals(List.copyOf(entries.keySet()), listed.stream().map(Container.Entry::name).toList());
            for (int i = 0; i < listed.size(); i++) {
                String name = listed.get(i).name();
                try (InputStream in = c.open(name)) {
                    if (i % 3 == 0) {
                        assertEquals(new String(entries.get(name), StandardCharsets.UTF_8),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    } else if (i % 3 == 1) {
                        assertEquals('c', in.read());  // read in part: the next entry is still found
                    }
                }
            }
            assertEquals(2, readings[0]);
            assertEquals("cable number 299", new String(c.open("cables/299.txt").readAllBytes(),
                    StandardCharsets.UTF_8));  // before the last opened: read again from the start
            assertEquals(3, readings[0]);
            assertThrows(java.io.FileNotFoundException.class, () -> c.open("cables/300.txt"));
        }
        // opened in order without a listing, as a parse worker does: one reading, each entry found past the last
        readings[0] = 0;
        try (Container c = new StreamedContainer(ArchiveFormat.TAR_GZ, "box.tgz", () -> {
            readings[0]++;
            return new java.io.ByteArrayInputStream(tgz);
        })) {
            for (int i = 299; i >= 0; i -= 2) {
                try (InputStream in = c.open("cables/" + i + ".txt")) {
                    assertEquals("cable number " + i, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
            assertEquals(1, readings[0]);
            assertThrows(java.io.FileNotFoundException.class, () -> c.open("cables/300.txt"));  // read to the end
            assertEquals(300, c.entries().size());
            assertEquals(1, readings[0]);
        }
    }

    /**
     * The scan of the temporary folder lists the expected paths, in order, and each opens to its expected text (a
     * null text: a document of its own, not opened here).
     */
    private void assertListedAndRead(Map<String, String> expected) throws IOException {
        try (SourceOpener opener = new SourceOpener(SourceOpener.DEFAULT_MAX_NESTED_BYTES)) {
            List<ScannedSource> found = new SourceScanner(ContainerLimits.DEFAULTS, opener).scan(temp);
            assertEquals(List.copyOf(expected.keySet()), found.stream().map(ScannedSource::sourcePath).toList());
            for (Map.Entry<String, String> e : expected.entrySet()) {
                if (e.getValue() == null) {
                    continue;
                }
                try (InputStream in = opener.open(e.getKey())) {
                    assertEquals(e.getValue(), new String(in.readAllBytes(), StandardCharsets.UTF_8), e.getKey());
                }
            }
        }
    }

    /** A ZIP of three entries, the middle one marked encrypted ({@link Archives#zipMarkedEncrypted}). */
    private static byte[] zipWithEncryptedEntry() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (String name : List.of("a_plain.txt", "b_secret.txt", "c_plain.txt")) {
            entries.put(name, utf8("text of " + name));
        }
        return Archives.zipMarkedEncrypted(entries, "b_secret.txt");
    }

    @Test
    void aZipsEncryptedEntryIsListedAndTheEntriesAfterItToo() throws Exception {
        byte[] zip = zipWithEncryptedEntry();
        Files.write(temp.resolve("mixed.zip"), zip);
        Files.write(temp.resolve("outer.zip"), Formats.zip(Map.of("inner.zip", zip)));
        String base = temp.toAbsolutePath().toString();
        try (SourceOpener opener = new SourceOpener(SourceOpener.DEFAULT_MAX_NESTED_BYTES)) {
            List<ScannedSource> found = new SourceScanner(ContainerLimits.DEFAULTS, opener).scan(temp);
            assertEquals(List.of(base + "/mixed.zip!/a_plain.txt", base + "/mixed.zip!/b_secret.txt",
                    base + "/mixed.zip!/c_plain.txt", base + "/outer.zip!/inner.zip!/a_plain.txt",
                    base + "/outer.zip!/inner.zip!/b_secret.txt", base + "/outer.zip!/inner.zip!/c_plain.txt"),
                    found.stream().map(ScannedSource::sourcePath).toList());
            for (String holder : List.of("/mixed.zip", "/outer.zip!/inner.zip")) {
                try (InputStream in = opener.open(base + holder + "!/c_plain.txt")) {
                    assertEquals("text of c_plain.txt", new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
                UnsupportedZipFeatureException refused = assertThrows(UnsupportedZipFeatureException.class,
                        () -> opener.open(base + holder + "!/b_secret.txt").close());
                assertEquals(UnsupportedZipFeatureException.Feature.ENCRYPTION, refused.getFeature());
            }
        }
    }

    @Test
    void aZipEntryWhoseBytesDoNotMatchTheirRecordedCrcFailsWhenReadToItsEnd() throws Exception {
        byte[] text = utf8("This entry was changed after the archive was written.");
        CRC32 crc = new CRC32();
        crc.update(text);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry("bad.txt");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(text.length);
            entry.setCompressedSize(text.length);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(text);
            zip.closeEntry();
        }
        String zip = new String(bytes.toByteArray(), StandardCharsets.ISO_8859_1).replace("This entry", "Xhis entry");
        Files.write(temp.resolve("badcrc.zip"), zip.getBytes(StandardCharsets.ISO_8859_1));
        try (SourceOpener opener = new SourceOpener(SourceOpener.DEFAULT_MAX_NESTED_BYTES);
             InputStream in = opener.open(temp.toAbsolutePath() + "/badcrc.zip!/bad.txt")) {
            ZipException damaged = assertThrows(ZipException.class, in::readAllBytes);
            assertEquals("entry bad.txt is damaged: its CRC-32 is " + Long.toHexString(crcOf("Xhis entry was changed "
                    + "after the archive was written.")) + ", the archive recorded " + Long.toHexString(crc.getValue()),
                    damaged.getMessage());
        }
    }

    private static long crcOf(String text) {
        CRC32 crc = new CRC32();
        crc.update(utf8(text));
        return crc.getValue();
    }

    @Test
    void aTarsLinksAreSkipped() throws Exception {
        Files.write(temp.resolve("links.tar"), Archives.tarWithLinks("memo.txt", utf8("the memo")));
        try (SourceOpener opener = new SourceOpener(SourceOpener.DEFAULT_MAX_NESTED_BYTES)) {
            assertEquals(List.of(temp.toAbsolutePath() + "/links.tar!/memo.txt"),
                    new SourceScanner(ContainerLimits.DEFAULTS, opener).scan(temp).stream()
                            .map(ScannedSource::sourcePath).toList());
        }
    }

    /**
     * Names written in a code page, not UTF-8: by DOS and Windows archivers in an OEM code page (also read from the
     * entries' own headers where the directory is lost), by Unix ones in a Latin one. Names in Japanese are left to
     * Tika, which tells their code page from all of them: the archive is a document of its own. A tar's names are
     * UTF-8, in its headers or in PAX headers (as bsdtar and Python write them), or an old Unix's Latin-1.
     */
    @Test
    void namesInLegacyCodePagesAreListedAndOpened() throws Exception {
        Map<String, byte[]> dos = new LinkedHashMap<>();
        dos.put("Au\u00dfenminister/Z\u00fcrich.txt", utf8("talks in Zurich"));
        dos.put("Gen\u00e8ve.txt", utf8("talks in Geneva"));
        Files.write(temp.resolve("dos.zip"), Archives.zipWithLegacyNames(dos, Charset.forName("IBM437"), false));
        Files.write(temp.resolve("dk.zip"), Archives.zipWithLegacyNames(Map.of("Kj\u00f8benhavn.txt",
                utf8("talks in Copenhagen")), Charset.forName("IBM850"), false));
        Map<String, byte[]> polish = new LinkedHashMap<>();
        polish.put("Wroc\u0142aw.txt", utf8("talks in Wroclaw"));
        polish.put("Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144.txt", utf8("a pangram"));
        Files.write(temp.resolve("pl.zip"), Archives.zipWithLegacyNames(polish, Charset.forName("IBM852"), false));
        Files.write(temp.resolve("cut.zip"), Formats.zip(Map.of("inner.zip", Archives.withDirectoryLost(
                Archives.zipWithLegacyNames(Map.of("M\u00fcnchen.txt", utf8("talks in Munich")),
                        Charset.forName("IBM437"), false)))));
        Files.write(temp.resolve("unix.zip"), Archives.zipWithLegacyNames(Map.of("\u0141\u00f3d\u017a.txt",
                utf8("talks in Lodz")), Charset.forName("ISO-8859-2"), true));
        Files.write(temp.resolve("latin.tgz"), Archives.tar(Map.of("Z\u00fcrich/Gen\u00e8ve.txt",
                utf8("talks in Geneva")), Archives.GZIP, StandardCharsets.ISO_8859_1));
        Files.write(temp.resolve("pax.tar"), Archives.paxTar(Map.of("N\u00ba 5 M\u00e1laga.txt",
                utf8("talks in Malaga"))));
        Files.write(temp.resolve("utf8.tar"), Archives.tar(Map.of("\u0141\u00f3d\u017a \u6587.txt",
                utf8("talks in Lodz")), Archives.NONE, StandardCharsets.UTF_8));
        Files.write(temp.resolve("jp.zip"), Archives.zipWithLegacyNames(Map.of("\u5916\u52d9\u7701.txt",
                utf8("talks in Tokyo")), Charset.forName("Shift_JIS"), false));

        String base = temp.toAbsolutePath().toString();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put(base + "/cut.zip!/inner.zip!/M\u00fcnchen.txt", "talks in Munich");
        expected.put(base + "/dk.zip!/Kj\u00f8benhavn.txt", "talks in Copenhagen");
        expected.put(base + "/dos.zip!/Au\u00dfenminister/Z\u00fcrich.txt", "talks in Zurich");
        expected.put(base + "/dos.zip!/Gen\u00e8ve.txt", "talks in Geneva");
        expected.put(base + "/jp.zip", null);
        expected.put(base + "/latin.tgz!/Z\u00fcrich/Gen\u00e8ve.txt", "talks in Geneva");
        expected.put(base + "/pax.tar!/N\u00ba 5 M\u00e1laga.txt", "talks in Malaga");
        expected.put(base + "/pl.zip!/Wroc\u0142aw.txt", "talks in Wroclaw");
        expected.put(base + "/pl.zip!/Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144.txt",
                "a pangram");
        expected.put(base + "/unix.zip!/\u0141\u00f3d\u017a.txt", "talks in Lodz");
        expected.put(base + "/utf8.tar!/\u0141\u00f3d\u017a \u6587.txt", "talks in Lodz");
        assertListedAndRead(expected);
    }

    /**
     * Two entries of one name (a tar appended to, a ZIP updated carelessly) each get a row and open to their own
     * bytes: the second is listed under its number, and a name an entry has is never given.
     */
    @Test
    void entriesOfOneNameAreEachListedAndOpened() throws Exception {
        List<Map.Entry<String, byte[]>> twins = List.of(Map.entry("cables/memo.txt", utf8("first version")),
                Map.entry("cables/2-memo.txt", utf8("a memo so named")),
                Map.entry("cables/memo.txt", utf8("second version")),
                Map.entry("cables/memo.txt", utf8("third version")));
        Files.write(temp.resolve("a.zip"), Archives.zip(twins, StandardCharsets.UTF_8, false));
        Files.write(temp.resolve("b.tgz"), Archives.tar(twins, Archives.GZIP, StandardCharsets.UTF_8));
        Files.write(temp.resolve("c.7z"), Archives.sevenZ(twins));
        Files.write(temp.resolve("d.zip"), Formats.zip(Map.of("inner.zip", Archives.withDirectoryLost(
                Archives.zip(twins, StandardCharsets.UTF_8, false)))));
        // a DOS name and one marked UTF-8 that read alike (helper-50): the first in the archive keeps the name
        Files.write(temp.resolve("e.zip"), dosAndMarkedTwins());
        Map<String, String> expected = new LinkedHashMap<>();
        for (String archive : List.of("/a.zip", "/b.tgz", "/c.7z", "/d.zip!/inner.zip")) {
            String base = temp.toAbsolutePath() + archive + "!/cables/";
            boolean byName = !archive.equals("/b.tgz") && !archive.endsWith("inner.zip");  // those are streams
            if (!byName) {
                expected.put(base + "memo.txt", "first version");
            }
            expected.put(base + "2-memo.txt", "a memo so named");
            expected.put(base + "2.2-memo.txt", "second version");
            expected.put(base + "3-memo.txt", "third version");
            if (byName) {
                expected.put(base + "memo.txt", "first version");
            }
        }
        expected.put(temp.toAbsolutePath() + "/e.zip!/2-Z\u00fcrich.txt", "marked UTF-8");
        expected.put(temp.toAbsolutePath() + "/e.zip!/Z\u00fcrich.txt", "in code page 437");
        assertListedAndRead(expected);
    }

    /** A ZIP of "Zürich.txt" in code page 437, then "Zürich.txt" marked UTF-8. */
    private static byte[] dosAndMarkedTwins() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            zip.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            zip.setEncoding("IBM437");
            zip.setUseLanguageEncodingFlag(false);
            zip.putArchiveEntry(new ZipArchiveEntry("Z\u00fcrich.txt"));
            zip.write(utf8("in code page 437"));
            zip.closeArchiveEntry();
            zip.setEncoding("UTF-8");
            zip.setUseLanguageEncodingFlag(true);
            zip.putArchiveEntry(new ZipArchiveEntry("Z\u00fcrich.txt"));
            zip.write(utf8("marked UTF-8"));
            zip.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    /**
     * A lone .gz or .bz2 cut short (an interrupted copy) gives its bytes before the cut, as if whole, and says where
     * it was cut: the decompressor's failure at the cut failed the whole entry, and its text was lost. A whole one
     * says nothing.
     */
    @Test
    void aLoneCompressedFileCutShortGivesItsBytesBeforeTheCut() throws Exception {
        byte[] text = utf8(Archives.wordsInNoOrder(60_000));  // about 400 KB: bzip2 blocks of 100 KB
        Files.write(temp.resolve("whole.txt.gz"), Archives.compressed(text, Archives.GZIP));
        byte[] gz = Archives.compressed(text, Archives.GZIP);
        Files.write(temp.resolve("memo.txt.gz"), Arrays.copyOf(gz, gz.length / 2));
        byte[] bz2 = Archives.compressed(text, out -> new BZip2CompressorOutputStream(out, 1));
        Files.write(temp.resolve("memo.txt.bz2"), Arrays.copyOf(bz2, bz2.length * 3 / 4));
        String base = temp.toAbsolutePath() + "/";
        try (SourceOpener opener = new SourceOpener(SourceOpener.DEFAULT_MAX_NESTED_BYTES)) {
            assertArrayEquals(text, readAll(opener, base + "whole.txt.gz!/whole.txt"));
            assertNull(opener.cutShort());
            for (String cut : List.of("memo.txt.gz", "memo.txt.bz2")) {
                byte[] read = readAll(opener, base + cut + "!/memo.txt");
                assertTrue(read.length > text.length / 3, cut + ": " + read.length + " bytes before the cut");
                assertArrayEquals(Arrays.copyOf(text, read.length), read, cut);
                String reason = opener.cutShort();
                assertTrue(reason != null && reason.startsWith(cut + " ends early, cut short ("), reason);
            }
        }
    }

    private static byte[] readAll(SourceOpener opener, String sourcePath) throws IOException {
        try (InputStream in = opener.open(sourcePath)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aDamagedArchiveIsADocumentOfItsOwn() throws Exception {
        byte[] tgz = Archives.tar(Map.of("a.txt", utf8("x".repeat(5000))), Archives.GZIP);
        Files.write(temp.resolve("cut.tgz"), Arrays.copyOf(tgz, tgz.length / 2));
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
