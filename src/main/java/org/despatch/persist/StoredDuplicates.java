package org.despatch.persist;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.StringJoiner;
import org.despatch.dedupe.DedupeKeys;
import org.despatch.dedupe.DuplicateSource;
import org.despatch.dedupe.KeyIndex;

/**
 * The stored paragraphs or documents, as duplicate detection reads them: by id, by content hash and by the keys in
 * {@code DSP_DEDUPE_SIGNATURE} (through a {@link KeyIndex}), always restricted to those that came before (see
 * {@link #paragraphOrder}).
 */
public final class StoredDuplicates implements DuplicateSource {

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

    private static final String EARLIER_SAME_PARAGRAPH = "SELECT ID FROM DSP_PARAGRAPH WHERE TEXT_HASH = ? "
            + "AND (DOCUMENT_ID < ? OR (DOCUMENT_ID = ? AND ORDINAL < ?)) ORDER BY DOCUMENT_ID, ORDINAL "
            + "FETCH FIRST 1 ROWS ONLY";
    private static final String EARLIER_SAME_DOCUMENT = "SELECT ID FROM DSP_DOCUMENT WHERE CONTENT_HASH = ? "
            + "AND ID < ? ORDER BY ID FETCH FIRST 1 ROWS ONLY";

    /** Paragraph positions leave room for this many paragraphs in a document. */
    private static final int ORDINAL_BITS = 24;

    private final Connection connection;
    private final Kind kind;
    private final KeyIndex index;

    /** Reads texts through {@code connection}, and candidates from {@code index} (see {@link #loadIndex}). */
    public StoredDuplicates(Connection connection, Kind kind, KeyIndex index) {
        this.connection = connection;
        this.kind = kind;
        this.index = index;
    }

    /**
     * A paragraph's place in the order of arrival: its document's, then its position in the document. Not its row
     * id: paragraph ids are drawn in the order partitions happen to segment, which differs from run to run.
     */
    public static long paragraphOrder(long documentId, int ordinal) {
        return (documentId << ORDINAL_BITS) + ordinal;
    }

    /** The text a document is compared by: its paragraphs in order, as its content hash is computed. */
    static String documentText(Connection c, long documentId) throws SQLException {
        StringJoiner text = new StringJoiner("\n");
        try (PreparedStatement s = c.prepareStatement(
                "SELECT TEXT FROM DSP_PARAGRAPH WHERE DOCUMENT_ID = ? ORDER BY ORDINAL")) {
            s.setLong(1, documentId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    text.add(r.getString(1));
                }
            }
        }
        return text.toString();
    }

    @Override
    public Item item(long id) {
        try (PreparedStatement s = connection.prepareStatement(kind.byId)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new DatabaseException("no " + kind.name().toLowerCase() + " with id " + id, null);
                }
                String hash = r.getString(4);
                return kind == Kind.PARAGRAPH
                        ? new Item(id, paragraphOrder(r.getLong(1), r.getInt(2)), r.getString(3), hash)
                        : new Item(id, id, documentText(connection, id), hash == null ? "" : hash);
            }
        } catch (SQLException e) {
            throw new DatabaseException("reading " + kind.name().toLowerCase() + " " + id, e);
        }
    }

    @Override
    public Long earliestWithSameContent(Item item) {
        boolean paragraph = kind == Kind.PARAGRAPH;
        try (PreparedStatement s = connection.prepareStatement(
                paragraph ? EARLIER_SAME_PARAGRAPH : EARLIER_SAME_DOCUMENT)) {
            s.setString(1, item.contentHash());
            if (paragraph) {
                long document = item.order() >> ORDINAL_BITS;
                s.setLong(2, document);
                s.setLong(3, document);
                s.setInt(4, (int) (item.order() & ((1L << ORDINAL_BITS) - 1)));
            } else {
                s.setLong(2, item.id());
            }
            return firstLong(s);
        } catch (SQLException e) {
            throw new DatabaseException("finding exact duplicates of " + item.id(), e);
        }
    }

    @Override
    public List<Long> candidates(Item item, DedupeKeys keys, int limit) {
        return index.candidates(item.order(), keys, limit);
    }

    /** Every stored text of a kind under its keys; the texts of one job are all filed before its dedupe step. */
    public static KeyIndex loadIndex(Connection c, Kind kind) throws SQLException {
        KeyIndex.Builder index = new KeyIndex.Builder();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT ITEM_ORDER, ITEM_ID, KEY_VALUES, SKETCH FROM DSP_DEDUPE_SIGNATURE WHERE ITEM_TYPE = ?")) {
            s.setFetchSize(10_000);
            s.setString(1, kind.marker);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byte[] sketch = r.getBytes(4);
                    index.add(r.getLong(1), r.getLong(2), unpack(r.getBytes(3)),
                            sketch == null ? new long[0] : unpack(sketch));
                }
            }
        }
        return index.build();
    }

    @Override
    public Long storedCluster(long id) {
        try (PreparedStatement s = connection.prepareStatement(kind.cluster)) {
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
                addSignature(s, f, f.keys().all().stream().distinct().toList(), f.keys().sketch());
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
    private static void addSignature(PreparedStatement write, Filing item, List<Long> keys, long[] sketch)
            throws SQLException {
        write.setString(1, item.kind().marker);
        write.setLong(2, item.order());
        write.setLong(3, item.id());
        write.setBytes(4, pack(keys.stream().mapToLong(Long::longValue).toArray()));
        write.setBytes(5, sketch == null ? null : pack(sketch));
        write.addBatch();
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
