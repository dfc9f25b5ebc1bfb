package org.despatch.persist;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import org.despatch.dedupe.DedupeKeys;
import org.despatch.dedupe.DuplicateSettings;
import org.despatch.dedupe.DuplicateSource;
import org.despatch.dedupe.KeyIndex;
import org.despatch.normalize.TextMemo;

/**
 * The stored paragraphs or documents, as duplicate detection reads them: by id, by content hash and by the keys in
 * {@code DSP_DEDUPE_SIGNATURE} (through a {@link KeyIndex}), always restricted to those that came before (see
 * {@link #paragraphOrder}). Its statements are prepared once and closed with it.
 */
public final class StoredDuplicates implements DuplicateSource, AutoCloseable {

    /** What is compared, with its key-table marker and its queries. */
    public enum Kind {
        PARAGRAPH("P", "SELECT DOCUMENT_ID, ORDINAL, TEXT, TEXT_HASH FROM DSP_PARAGRAPH WHERE ID = ?",
                "SELECT CLUSTER_ID FROM DSP_PARAGRAPH WHERE ID = ?"),
        DOCUMENT("D", "SELECT ID, 0, NULL, CONTENT_HASH FROM DSP_DOCUMENT WHERE ID = ?",
                "SELECT CLUSTER_ID FROM DSP_DOCUMENT WHERE ID = ?");

        final String marker;
        private final String byId;
        private final String cluster;

        Kind(String marker, String byId, String cluster) {
            this.marker = marker;
            this.byId = byId;
            this.cluster = cluster;
        }
    }

    /*
     * The earliest row with the same hash. Ordered by the hash too, though it is fixed: so H2 sees that the hash
     * index gives the order and reads one row; ordered by the rest alone it read every row with that hash and
     * sorted them, and a paragraph in 720 documents (a disclaimer, a letterhead) cost 720 rows each time.
     */
    private static final String EARLIER_SAME_PARAGRAPH = "SELECT ID, DOCUMENT_ID, ORDINAL FROM DSP_PARAGRAPH "
            + "WHERE TEXT_HASH = ? AND (DOCUMENT_ID < ? OR (DOCUMENT_ID = ? AND ORDINAL < ?)) "
            + "ORDER BY TEXT_HASH, DOCUMENT_ID, ORDINAL FETCH FIRST 1 ROWS ONLY";
    private static final String EARLIER_SAME_DOCUMENT = "SELECT ID, ID, 0 FROM DSP_DOCUMENT WHERE CONTENT_HASH = ? "
            + "AND ID < ? ORDER BY CONTENT_HASH, ID FETCH FIRST 1 ROWS ONLY";

    /** Paragraph positions leave room for this many paragraphs in a document. */
    private static final int ORDINAL_BITS = 24;

    private final Connection connection;
    private final Kind kind;
    private final KeyIndex index;
    private final TextMemo<FirstCopy> firstCopies;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    /**
     * Reads texts through {@code connection}, candidates from the generation's index (see {@link #loadIndex}),
     * and the first copies it found.
     */
    StoredDuplicates(Connection connection, Kind kind, KeyIndexes.Loaded generation) {
        this.connection = connection;
        this.kind = kind;
        this.index = generation.index();
        this.firstCopies = generation.firstCopies();
    }

    private PreparedStatement statement(String sql) throws SQLException {
        PreparedStatement s = statements.get(sql);
        if (s == null) {
            s = connection.prepareStatement(sql);
            statements.put(sql, s);
        }
        return s;
    }

    @Override
    public void close() {
        for (PreparedStatement s : statements.values()) {
            try {
                s.close();
            } catch (SQLException e) {
                // closing a read-only statement: nothing is lost; the connection closes next
            }
        }
        statements.clear();
    }

    /**
     * A paragraph's place in the order of arrival: its document's, then its position in the document. Not its row
     * id: paragraph ids are drawn in the order partitions happen to segment, which differs from run to run.
     */
    public static long paragraphOrder(long documentId, int ordinal) {
        return (documentId << ORDINAL_BITS) + ordinal;
    }

    /** {@link #paragraphOrder} in SQL, of the paragraph row with the given alias. */
    static String paragraphOrderSql(String alias) {
        return "(" + alias + ".DOCUMENT_ID * " + (1L << ORDINAL_BITS) + " + " + alias + ".ORDINAL)";
    }

    private static final String DOCUMENT_TEXT = "SELECT TEXT FROM DSP_PARAGRAPH WHERE DOCUMENT_ID = ? ORDER BY ORDINAL";

    private String documentText(long documentId) throws SQLException {
        return documentText(statement(DOCUMENT_TEXT), documentId);
    }

    /** The text a document is compared by and keyed under: its paragraphs in order, as its content hash is computed. */
    static String documentText(Connection c, long documentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(DOCUMENT_TEXT)) {
            return documentText(s, documentId);
        }
    }

    private static String documentText(PreparedStatement s, long documentId) throws SQLException {
        StringJoiner text = new StringJoiner("\n");
        s.setLong(1, documentId);
        try (ResultSet r = s.executeQuery()) {
            while (r.next()) {
                text.add(r.getString(1));
            }
        }
        return text.toString();
    }

    @Override
    public Item item(long id) {
        try {
            PreparedStatement s = statement(kind.byId);
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new DatabaseException("no " + kind.name().toLowerCase() + " with id " + id, null);
                }
                String hash = r.getString(4);
                return kind == Kind.PARAGRAPH
                        ? new Item(id, paragraphOrder(r.getLong(1), r.getInt(2)), r.getString(3), hash)
                        : new Item(id, id, documentText(id), hash == null ? "" : hash);
            }
        } catch (SQLException e) {
            throw new DatabaseException("reading " + kind.name().toLowerCase() + " " + id, e);
        }
    }

    /** The first stored text with a content hash: its row id and its place in the order of arrival. */
    record FirstCopy(long id, long order) {
    }

    /**
     * Asks the database once per content hash and generation: the first copy found stays the first (see {@link
     * KeyIndexes.Loaded}), so a text repeated in many documents is not looked up for each. An empty hash is no
     * content and is not remembered.
     */
    @Override
    public Long earliestWithSameContent(Item item) {
        String hash = item.contentHash();
        FirstCopy first = hash.isEmpty() ? firstCopy(item) : firstCopies.get(hash, h -> firstCopy(item));
        return first.order() < item.order() ? first.id() : null;
    }

    /** The first stored copy of the item's content: the earliest before it, or, with none before, the item. */
    private FirstCopy firstCopy(Item item) {
        FirstCopy before = firstStoredBefore(item);
        return before != null ? before : new FirstCopy(item.id(), item.order());
    }

    /** The earliest stored text with the item's hash that came before it: the first of all with that hash. */
    private FirstCopy firstStoredBefore(Item item) {
        boolean paragraph = kind == Kind.PARAGRAPH;
        try {
            PreparedStatement s = statement(paragraph ? EARLIER_SAME_PARAGRAPH : EARLIER_SAME_DOCUMENT);
            s.setString(1, item.contentHash());
            if (paragraph) {
                long document = item.order() >> ORDINAL_BITS;
                s.setLong(2, document);
                s.setLong(3, document);
                s.setInt(4, (int) (item.order() & ((1L << ORDINAL_BITS) - 1)));
            } else {
                s.setLong(2, item.id());
            }
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                long id = r.getLong(1);
                return new FirstCopy(id, paragraph ? paragraphOrder(r.getLong(2), r.getInt(3)) : id);
            }
        } catch (SQLException e) {
            throw new DatabaseException("finding exact duplicates of " + item.id(), e);
        }
    }

    @Override
    public List<Long> candidates(Item item, DuplicateSettings settings) {
        // a text of this job was filed by its segment step; one filed by an older version is keyed again
        return index.candidates(item.order(), item.id(), () -> DedupeKeys.of(item.text()), settings);
    }

    /** Every stored text of a kind under its keys; the texts of one job are all filed before its dedupe step. */
    public static KeyIndex loadIndex(Connection c, Kind kind) throws SQLException {
        KeyIndex.Builder index = new KeyIndex.Builder();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT ITEM_ORDER, ITEM_ID, KEY_VALUES, SKETCH FROM DSP_DEDUPE_SIGNATURE WHERE ITEM_TYPE = ? "
                        + "ORDER BY ITEM_ORDER")) {
            s.setFetchSize(10_000);
            s.setString(1, kind.marker);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long[] keys = unpack(r.getBytes(3));
                    byte[] sketch = r.getBytes(4);
                    if (sketch == null) {
                        index.addWithoutSketch(r.getLong(1), r.getLong(2), keys);
                    } else {
                        index.add(r.getLong(1), r.getLong(2), signature(keys, sketch));
                    }
                }
            }
        }
        return index.build();
    }

    @Override
    public Long storedCluster(long id) {
        try {
            PreparedStatement s = statement(kind.cluster);
            s.setLong(1, id);
            return firstLong(s);
        } catch (SQLException e) {
            throw new DatabaseException("reading the cluster of " + id, e);
        }
    }

    private static Long firstLong(PreparedStatement s) throws SQLException {
        try (ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return null;
            }
            long v = r.getLong(1);
            return r.wasNull() ? null : v;
        }
    }

    /** A text to file under its keys: what it is, its row id, its place in the order of arrival. */
    public record Filing(Kind kind, long id, long order, DedupeKeys keys) {
    }

    /** Files texts under their keys, in one batch; called in the transaction that stores the texts. */
    public static void file(Connection c, Collection<Filing> filings) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO DSP_DEDUPE_SIGNATURE (ITEM_TYPE, ITEM_ORDER, ITEM_ID, KEY_VALUES, SKETCH) "
                        + "VALUES (?, ?, ?, ?, ?)")) {
            for (Filing f : filings) {
                addSignature(s, f, f.keys().all().stream().distinct().toList(), sketchBytes(f.keys()));
            }
            s.executeBatch();
        }
    }

    /**
     * A database written before keys were kept one row per text has them one row per key in DSP_DEDUPE_KEY: they
     * move to DSP_DEDUPE_SIGNATURE, so texts ingested before the upgrade are still found, and the old table goes.
     */
    static void migrateKeyRows(Connection c) throws SQLException {
        try (ResultSet tables = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            boolean old = false;
            while (tables.next()) {
                old |= "DSP_DEDUPE_KEY".equalsIgnoreCase(tables.getString("TABLE_NAME"));
            }
            if (!old) {
                return;
            }
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement read = c.createStatement(); ResultSet r = read.executeQuery("SELECT ITEM_TYPE, ITEM_ORDER, "
                + "ITEM_ID, KEY_VALUE FROM DSP_DEDUPE_KEY ORDER BY ITEM_TYPE, ITEM_ORDER, ITEM_ID, KEY_VALUE");
             PreparedStatement write = c.prepareStatement("INSERT INTO DSP_DEDUPE_SIGNATURE "
                     + "(ITEM_TYPE, ITEM_ORDER, ITEM_ID, KEY_VALUES, SKETCH) VALUES (?, ?, ?, ?, ?)")) {
            Filing item = null;
            List<Long> keys = new ArrayList<>();
            int moved = 0;
            while (r.next()) {
                Kind kind = r.getString(1).trim().equals(Kind.DOCUMENT.marker) ? Kind.DOCUMENT : Kind.PARAGRAPH;
                Filing row = new Filing(kind, r.getLong(3), r.getLong(2), null);
                if (item != null && !item.equals(row)) {
                    addSignature(write, item, keys, null);
                    keys.clear();
                    if (++moved % 1000 == 0) {
                        write.executeBatch();
                    }
                }
                item = row;
                keys.add(r.getLong(4));
            }
            if (item != null) {
                addSignature(write, item, keys, null);
            }
            write.executeBatch();
            read.execute("DROP TABLE DSP_DEDUPE_KEY");
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** Adds a text's row to a batch; {@code sketch} is null for keys filed before sketches were kept. */
    private static void addSignature(PreparedStatement write, Filing item, List<Long> keys, byte[] sketch)
            throws SQLException {
        write.setString(1, item.kind().marker);
        write.setLong(2, item.order());
        write.setLong(3, item.id());
        write.setBytes(4, pack(keys.stream().mapToLong(Long::longValue).toArray()));
        write.setBytes(5, sketch);
        write.addBatch();
    }

    /**
     * The SKETCH column: the sketch's longs, then the shingle count as 4 bytes (big-endian, as the keys). Rows
     * written before the count was kept have the sketch alone.
     */
    static byte[] sketchBytes(DedupeKeys keys) {
        return ByteBuffer.allocate(keys.sketch().length * Long.BYTES + Integer.BYTES)
                .put(pack(keys.sketch())).putInt(keys.shingles()).array();
    }

    /** A filed text's keys, read back: the opening key is the last when there is one more than the bands. */
    static DedupeKeys signature(long[] keys, byte[] sketchBytes) {
        boolean opening = keys.length == DedupeKeys.BANDS + 1;
        long[] bands = opening ? Arrays.copyOf(keys, DedupeKeys.BANDS) : keys;
        long[] sketch = unpack(Arrays.copyOf(sketchBytes, sketchBytes.length / Long.BYTES * Long.BYTES));
        int shingles = sketchBytes.length % Long.BYTES == Integer.BYTES
                ? ByteBuffer.wrap(sketchBytes, sketchBytes.length - Integer.BYTES, Integer.BYTES).getInt() : 0;
        return new DedupeKeys(bands, opening ? keys[DedupeKeys.BANDS] : null, sketch, shingles);
    }

    static byte[] pack(long[] keys) {
        ByteBuffer bytes = ByteBuffer.allocate(keys.length * Long.BYTES);
        bytes.asLongBuffer().put(keys);
        return bytes.array();
    }

    static long[] unpack(byte[] bytes) {
        long[] keys = new long[bytes.length / Long.BYTES];
        ByteBuffer.wrap(bytes).asLongBuffer().get(keys);
        return keys;
    }
}
