package org.despatch.persist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.despatch.dedupe.DedupeKeys;
import org.despatch.dedupe.DuplicateSettings;
import org.despatch.dedupe.DuplicateSource;
import org.despatch.dedupe.FinderMemory;
import org.despatch.dedupe.KeyIndex;
import org.despatch.normalize.TextMemo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredDuplicatesTest {

    @TempDir
    Path dir;

    @Test
    void keysArePackedBigEndianEightBytesEach() {
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 1, 2, -1, -1, -1, -1, -1, -1, -1, -1},
                StoredDuplicates.pack(new long[] {0x102L, -1L}));
        assertArrayEquals(new long[] {0x102L, -1L}, StoredDuplicates.unpack(StoredDuplicates.pack(
                new long[] {0x102L, -1L})));
        assertArrayEquals(new long[0], StoredDuplicates.unpack(new byte[0]));
    }

    @Test
    void aSignatureReadsBackTheKeysTheOpeningKeyTheSketchAndTheShingleCount() {
        DedupeKeys keys = DedupeKeys.of("Syrian troops retook the Khalidiyeh district of Homs on Saturday.");
        byte[] sketch = StoredDuplicates.sketchBytes(keys);
        assertEquals(20, sketch.length);
        assertEquals(keys, StoredDuplicates.signature(
                keys.all().stream().mapToLong(Long::longValue).toArray(), sketch));
        // a row from before the count was kept: the sketch alone, the count not known
        DedupeKeys older = StoredDuplicates.signature(keys.bands(), Arrays.copyOf(sketch, 16));
        assertEquals(new DedupeKeys(keys.bands(), null, keys.sketch(), 0), older);
        assertArrayEquals(new byte[] {0, 0, 0, 0}, StoredDuplicates.sketchBytes(DedupeKeys.of("")));
    }

    @Test
    void keysFiledARowPerKeyByAnEarlierVersionMoveToARowPerText() throws Exception {
        Database db = Database.open(DatabaseConfig.h2File(dir.resolve("old")));
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE DSP_DEDUPE_KEY (ITEM_TYPE CHAR(1) NOT NULL, KEY_VALUE BIGINT NOT NULL, "
                    + "ITEM_ORDER BIGINT NOT NULL, ITEM_ID BIGINT NOT NULL, "
                    + "PRIMARY KEY (KEY_VALUE, ITEM_TYPE, ITEM_ORDER, ITEM_ID))");
            s.execute("INSERT INTO DSP_DEDUPE_KEY VALUES ('P', 7, 300, 3), ('P', 5, 300, 3), ('D', 7, 1, 1), "
                    + "('P', 9, 100, 1)");
        } finally {
            db.close();
        }
        db = Database.open(DatabaseConfig.h2File(dir.resolve("old")));
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_NAME = 'DSP_DEDUPE_KEY'")) {
                r.next();
                assertEquals(0, r.getInt(1), "the old table is dropped");
            }
            try (ResultSet r = s.executeQuery("SELECT ITEM_TYPE, ITEM_ORDER, ITEM_ID, KEY_VALUES "
                    + "FROM DSP_DEDUPE_SIGNATURE ORDER BY ITEM_TYPE, ITEM_ORDER")) {
                r.next();
                assertEquals("D 1 1 [7]", row(r));
                r.next();
                assertEquals("P 100 1 [9]", row(r));
                r.next();
                assertEquals("P 300 3 [5, 7]", row(r));
                assertFalse(r.next());
            }
            KeyIndex paragraphs = StoredDuplicates.loadIndex(c, StoredDuplicates.Kind.PARAGRAPH);
            assertEquals(List.of(3L, 1L), paragraphs.candidates(400, new DedupeKeys(new long[] {5L, 7L, 9L}, null,
                    new long[] {0L, 0L}, 0), DuplicateSettings.DEFAULTS));
            assertEquals(Optional.empty(), paragraphs.filedCandidates(300, 3, DuplicateSettings.DEFAULTS),
                    "texts filed before sketches are keyed again when asked about");
        } finally {
            db.close();
        }
    }

    @Test
    void theFirstCopyOfAHashIsLookedUpOncePerGeneration() throws Exception {
        Database db = Database.open(DatabaseConfig.h2File(dir.resolve("firsts")));
        String a = "a".repeat(64);
        String b = "b".repeat(64);
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            // the same text in documents 5, 7 and 9, another text in document 8
            s.execute("INSERT INTO DSP_PARAGRAPH (ID, DOCUMENT_ID, ORDINAL, KIND, TEXT, TEXT_HASH, REPEAT_OF_ORDINAL) "
                    + "VALUES (51, 5, 2, 'BODY', 'x', '" + a + "', -1), (70, 7, 0, 'BODY', 'x', '" + a + "', -1), "
                    + "(91, 9, 1, 'BODY', 'x', '" + a + "', -1), (80, 8, 0, 'BODY', 'y', '" + b + "', -1)");
            KeyIndexes.Loaded generation = new KeyIndexes.Loaded(1, new KeyIndex.Builder().build(),
                    new TextMemo<>(KeyIndexes.FIRST_COPY_HASHES * 64), new FinderMemory());
            try (StoredDuplicates paragraphs = new StoredDuplicates(c, StoredDuplicates.Kind.PARAGRAPH, generation)) {
                // asked in the order a partition happens to reach them: a later copy first
                assertEquals(51L, paragraphs.earliestWithSameContent(paragraphs.item(91)));
                assertEquals(null, paragraphs.earliestWithSameContent(paragraphs.item(51)), "the first copy itself");
                assertEquals(null, paragraphs.earliestWithSameContent(paragraphs.item(80)), "a text of its own");
                DuplicateSource.Item seventy = paragraphs.item(70);
                DuplicateSource.Item eighty = paragraphs.item(80);
                s.execute("DELETE FROM DSP_PARAGRAPH");
                // the answers now come from what the generation found, not from the database
                assertEquals(51L, paragraphs.earliestWithSameContent(seventy));
                assertEquals(null, paragraphs.earliestWithSameContent(eighty));
            }
        } finally {
            db.close();
        }
    }

    @Test
    void firstCopiesKeepTheMostRecentlyUsedHashes() {
        TextMemo<StoredDuplicates.FirstCopy> firsts = new TextMemo<>(2);  // room for two one-character hashes
        firsts.get("a", h -> copy(1, 10));
        firsts.get("b", h -> copy(2, 20));
        // "a" asked again is remembered, and "b" is now the least recently used
        assertEquals(copy(1, 10), firsts.get("a", h -> copy(0, 0)));
        firsts.get("c", h -> copy(3, 30));
        assertEquals(copy(9, 90), firsts.get("b", h -> copy(9, 90)), "b was let go, so it is looked up again");
        assertEquals(copy(3, 30), firsts.get("c", h -> copy(0, 0)));
    }

    private static StoredDuplicates.FirstCopy copy(long id, long order) {
        return new StoredDuplicates.FirstCopy(id, order);
    }

    private static String row(ResultSet r) throws Exception {
        return r.getString(1).trim() + " " + r.getLong(2) + " " + r.getLong(3) + " "
                + java.util.Arrays.toString(StoredDuplicates.unpack(r.getBytes(4)));
    }
}
