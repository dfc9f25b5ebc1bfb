package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.despatch.testing.Archives;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and unusual archives that helper-51 found to go wrong end to end, each failing the whole job or costing
 * far more than its documents (each test fails on the code before its fix).
 */
class HostileArchivesJobTest {

    @TempDir
    Path temp;

    /**
     * A solid 7z (one LZMA2 block for two files) whose block asks for a 96 MB dictionary, over the 64 MB the scanner
     * allows (7-Zip's GUI offers up to 1536 MB; any archive over 64 MB made with -md=128m has one): the first entry
     * fails to open with MemoryLimitException, the second with a NullPointerException inside commons-compress, which
     * RegisterProcessor does not catch, so the scan step and the whole job FAIL with 0 documents. README: "a document
     * that hangs or exhausts memory costs that document, not the job".
     */
    @Test
    void aSevenZipOverTheDictionaryLimitCostsItsEntriesNotTheJob() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.write(input.resolve("bigdict.7z"), solidSevenZipAskingFor96MbDictionary());
        Files.writeString(input.resolve("plain.txt"), "A plain despatch beside the archive.\n");
        try (JobHarness h = JobHarness.start(temp.resolve("db"))) {
            JobExecution e = h.run(JobHarness.params(input, "partitions", "1"));
            assertEquals(BatchStatus.COMPLETED, e.getBatchStatus(), "exit status " + e.getExitStatus());
            List<Map<String, Object>> rows = h.query("SELECT source_path, status, error FROM ARCHIVE_DOCUMENT "
                    + "WHERE source_path LIKE '%bigdict.7z%' ORDER BY source_path");
            assertEquals(2, rows.size(), rows.toString());
            for (Map<String, Object> r : rows) {
                assertEquals("TOO_LARGE", r.get("status"), r.toString());
                assertTrue(String.valueOf(r.get("error")).startsWith("MemoryLimitException"), r.toString());
            }
        }
    }

    /**
     * A ZIP entry whose name holds a NUL byte: the row's SOURCE_PATH keeps the NUL (Columns.fit replaces it in every
     * other text column, "which PostgreSQL refuses in text"), so on PostgreSQL the scan's INSERT fails and the job
     * FAILS with 0 documents ("invalid byte sequence for encoding UTF8: 0x00"), at every restart too. On H2 the NUL
     * is stored; this test checks that it is not.
     */
    @Test
    void aZipEntryNameWithANulByteIsStoredWithoutIt() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.write(input.resolve("names.zip"), storedZip(
                new String[] {"nul\u0000byte.txt", "plain.txt"},
                new String[] {"An entry named with a NUL byte.\n", "A plain entry.\n"}));
        try (JobHarness h = JobHarness.start(temp.resolve("db"))) {
            JobExecution e = h.run(JobHarness.params(input, "partitions", "1"));
            assertEquals(BatchStatus.COMPLETED, e.getBatchStatus());
            assertEquals(2, h.count("SELECT COUNT(*) FROM DSP_DOCUMENT"));
            assertEquals(0, h.count("SELECT COUNT(*) FROM DSP_DOCUMENT WHERE POSITION(CHAR(0), SOURCE_PATH) > 0"));
        }
    }

    /**
     * A ZIP entry compressed with Zstandard (method 93: 7-Zip ZS, WinZip 24 and later): commons-compress reaches for
     * com.github.luben.zstd, which is not on the class path, and the NoClassDefFoundError (an Error, past
     * RegisterProcessor's catch of IOException) fails the scan step and the job with 0 documents.
     */
    @Test
    void aZstandardZipEntryCostsItsEntryNotTheJob() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        byte[] zip = storedZip(new String[] {"zstd.txt", "plain.txt"},
                new String[] {"30 bytes standing for zstd data", "A plain entry.\n"});
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort(8, (short) 93);  // the first local header's method
        for (int i = zip.length - 22 - 4; i >= 0; i--) {  // the first central-directory header's method
            if (b.getInt(i) == 0x02014b50 && b.getShort(i + 28) == 8) {
                b.putShort(i + 10, (short) 93);
            }
        }
        Files.write(input.resolve("zstd.zip"), zip);
        try (JobHarness h = JobHarness.start(temp.resolve("db"))) {
            JobExecution e = h.run(JobHarness.params(input, "partitions", "1"));
            assertEquals(BatchStatus.COMPLETED, e.getBatchStatus());
            assertEquals(1, h.count("SELECT COUNT(*) FROM DSP_DOCUMENT WHERE SOURCE_PATH LIKE '%zstd.zip!/zstd.txt' "
                    + "AND STATUS = 'UNSUPPORTED' AND ERROR IS NOT NULL"));
            assertEquals(1, h.count("SELECT COUNT(*) FROM DSP_DOCUMENT WHERE SOURCE_PATH LIKE '%zstd.zip!/plain.txt' "
                    + "AND STATUS = 'OK'"));
        }
    }

    /**
     * A ZIP entry name may be 65,535 bytes and a mail attachment's name has no limit, but SOURCE_PATH is
     * VARCHAR(16384) and DocumentEntity.setSourcePath / the scan's insert do not fit it: a ZIP entry named with 17,000
     * characters fails the scan step ("Value too long for column SOURCE_PATH"), and a mail attachment so named fails
     * the extract step; the job FAILS, and every restart fails on the same row.
     */
    @Test
    void namesLongerThanTheSourcePathColumnCostTheirDocumentNotTheJob() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.write(input.resolve("long.zip"), storedZip(new String[] {"n".repeat(17000) + ".txt", "plain.txt"},
                new String[] {"An entry with a very long name.\n", "A plain entry.\n"}));
        Files.write(input.resolve("mail.eml"), org.despatch.testing.Archives.mailWithAttachments("Long name",
                "A harmless body.", Map.of("a".repeat(17000) + ".txt",
                        "An attachment with a very long name.\n".getBytes(StandardCharsets.UTF_8))));
        try (JobHarness h = JobHarness.start(temp.resolve("db"))) {
            JobExecution e = h.run(JobHarness.params(input, "partitions", "1"));
            assertEquals(BatchStatus.COMPLETED, e.getBatchStatus());
            assertEquals(1, h.count("SELECT COUNT(*) FROM DSP_DOCUMENT WHERE SOURCE_PATH LIKE '%long.zip!/plain.txt'"));
            assertEquals(1, h.count("SELECT COUNT(*) FROM DSP_DOCUMENT WHERE SOURCE_PATH LIKE '%long.zip!/nnnn%'"));
            assertEquals(1, h.count("SELECT COUNT(*) FROM DSP_DOCUMENT WHERE SOURCE_PATH LIKE '%mail.eml!/aaaa%'"));
        }
    }

    /**
     * David Fifield's overlapping-entry ZIP bomb, its simplest form: one deflated kernel of 1 MB of text and 12
     * central-directory entries that all point at it. Each entry is under every limit, so each is inflated, hashed,
     * parsed, segmented and de-duplicated: a file of a few KB costs 12 times the work of the kernel, and the full-size
     * bomb (150 KB → 30 entries of 150 MB, repro/make_inputs.py) took 4 min and 3.5 GB of the job's memory; 10 MB of
     * directory entries reach maxEmbeddedCount=100000 of them. Entries whose data overlap another's should be refused
     * (CORRUPT, a reason naming the overlap), or the archive's total inflated bytes capped.
     */
    @Test
    void overlappingZipEntriesAreNotEachInflated() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.write(input.resolve("overlap.zip"), Archives.overlappingZip(12, 1024 * 1024, 0));
        try (JobHarness h = JobHarness.start(temp.resolve("db"))) {
            JobExecution e = h.run(JobHarness.params(input, "partitions", "1"));
            assertEquals(BatchStatus.COMPLETED, e.getBatchStatus());
            long withText = h.count("SELECT COUNT(*) FROM DSP_DOCUMENT WHERE CHAR_COUNT > 0");
            assertTrue(withText <= 1, withText + " overlapping entries were each inflated and parsed");
        }
    }

    /**
     * A .tar.gz cut short (an interrupted download or backup) inside its second entry: the entry before the cut is
     * read, the one cut is CORRUPT, and the archive's own row says it ends early (it had one row, CORRUPT
     * "EOFException", and the whole first entry was lost; a ZIP cut alike kept its whole entries).
     */
    @Test
    void aTruncatedTarGzKeepsTheEntriesBeforeTheCut() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Map<String, byte[]> entries = new java.util.LinkedHashMap<>();
        entries.put("t0.txt", "The consul reported the movements of the garrison.\n".getBytes(StandardCharsets.UTF_8));
        entries.put("t1.txt", Archives.wordsInNoOrder(4000).getBytes(StandardCharsets.UTF_8));
        byte[] tgz = Archives.tar(entries, Archives.GZIP);
        Files.write(input.resolve("cut.tar.gz"), java.util.Arrays.copyOf(tgz, tgz.length / 2));
        try (JobHarness h = JobHarness.start(temp.resolve("db"))) {
            JobExecution e = h.run(JobHarness.params(input, "partitions", "1"));
            assertEquals(BatchStatus.COMPLETED, e.getBatchStatus());
            String rows = h.query("SELECT source_path, status, error FROM ARCHIVE_DOCUMENT").toString();
            assertEquals(1, h.count("SELECT COUNT(*) FROM DSP_DOCUMENT WHERE SOURCE_PATH LIKE '%cut.tar.gz!/t0.txt' "
                    + "AND STATUS = 'OK' AND CHAR_COUNT > 0"), rows);
            assertEquals(1, h.count("SELECT COUNT(*) FROM DSP_DOCUMENT WHERE SOURCE_PATH LIKE '%cut.tar.gz!/t1.txt' "
                    + "AND STATUS = 'CORRUPT'"), rows);
            assertEquals(1, h.count("SELECT COUNT(*) FROM DSP_DOCUMENT WHERE SOURCE_PATH LIKE '%/cut.tar.gz' "
                    + "AND STATUS = 'PARTIAL' AND ERROR LIKE 'ends early, in or after its entry ''t1.txt''%'"), rows);
        }
    }

    /**
     * A lone compressed file cut short ({@code memo.txt.gz}, an interrupted copy): the scan opens it as a container
     * of one entry, whose reading failed at the cut (EOFException) before Tika had detected its type, so the memo was
     * CORRUPT with no text. Its text before the cut is kept, and its row is PARTIAL saying where it was cut.
     */
    @Test
    void aTruncatedGzipKeepsItsTextBeforeTheCut() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        byte[] gz = Archives.compressed(Archives.wordsInNoOrder(4000).getBytes(StandardCharsets.UTF_8), Archives.GZIP);
        Files.write(input.resolve("memo.txt.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));
        try (JobHarness h = JobHarness.start(temp.resolve("db"))) {
            JobExecution e = h.run(JobHarness.params(input, "partitions", "1"));
            assertEquals(BatchStatus.COMPLETED, e.getBatchStatus());
            String rows = h.query("SELECT source_path, status, error FROM ARCHIVE_DOCUMENT").toString();
            assertEquals(1, h.count("SELECT COUNT(*) FROM DSP_DOCUMENT WHERE SOURCE_PATH LIKE '%memo.txt.gz!/memo.txt'"
                    + " AND STATUS = 'PARTIAL' AND CHAR_COUNT > 1000"
                    + " AND ERROR LIKE '%memo.txt.gz ends early, cut short%'"), rows);
        }
    }

    // --- inputs ---

    /** The hand-made 7z of repro/make_7z_bigdict_small.py: one LZMA2 folder, two files, a 96 MB dictionary. */
    static byte[] solidSevenZipAskingFor96MbDictionary() {
        byte[] packed = new byte[20];
        byte[] names = "a.txt\u0000b.txt\u0000".getBytes(StandardCharsets.UTF_16LE);
        ByteArrayOutputStream h = new ByteArrayOutputStream();
        h.writeBytes(new byte[] {0x01, 0x04, 0x06, 0x00, 0x01, 0x09, (byte) packed.length, 0x00,
            0x07, 0x0B, 0x01, 0x00, 0x01, 0x21, 0x21, 0x01, 29, 0x0C, 20, 0x00,
            0x08, 0x0D, 0x02, 0x09, 10, 0x00, 0x00,
            0x05, 0x02, 0x11, (byte) (names.length + 1), 0x00});
        h.writeBytes(names);
        h.writeBytes(new byte[] {0x00, 0x00});
        byte[] header = h.toByteArray();
        ByteBuffer start = ByteBuffer.allocate(20).order(ByteOrder.LITTLE_ENDIAN);
        start.putLong(packed.length).putLong(header.length).putInt((int) crc(header));
        ByteBuffer out = ByteBuffer.allocate(32 + packed.length + header.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put(new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C, 0, 4});
        out.putInt((int) crc(start.array())).put(start.array()).put(packed).put(header);
        return out.array();
    }

    /** A ZIP of stored entries whose names are written as these UTF-8 bytes, unchecked. */
    static byte[] storedZip(String[] names, String[] contents) {
        ByteBuffer out = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer cd = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < names.length; i++) {
            byte[] name = names[i].getBytes(StandardCharsets.UTF_8);
            byte[] data = contents[i].getBytes(StandardCharsets.UTF_8);
            int offset = out.position();
            int crc = (int) crc(data);
            out.putInt(0x04034b50).putShort((short) 20).putShort((short) 0x800).putShort((short) 0).putInt(0)
                    .putInt(crc).putInt(data.length).putInt(data.length).putShort((short) name.length)
                    .putShort((short) 0).put(name).put(data);
            cd.putInt(0x02014b50).putShort((short) 20).putShort((short) 20).putShort((short) 0x800)
                    .putShort((short) 0).putInt(0).putInt(crc).putInt(data.length).putInt(data.length)
                    .putShort((short) name.length).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                    .putShort((short) 0).putInt(0).putInt(offset).put(name);
        }
        return Archives.withCentralDirectory(out, cd, names.length);
    }

    private static long crc(byte[] bytes) {
        CRC32 c = new CRC32();
        c.update(bytes);
        return c.getValue();
    }
}
