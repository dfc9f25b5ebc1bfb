package org.despatch.persist;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;
import org.despatch.dedupe.DedupeKeys;
import org.despatch.dedupe.DuplicateSource;

/**
 * The stored paragraphs or documents, as duplicate detection reads them: by id, by content hash and by the keys in
 * {@code DSP_DEDUPE_KEY}, always restricted to those that came before (see {@link #paragraphOrder}).
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

    public StoredDuplicates(Connection connection, Kind kind) {
        this.connection = connection;
        this.kind = kind;
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
        List<Long> all = keys.all();
        if (all.isEmpty()) {
            return List.of();
        }
        String in = String.join(",", Collections.nCopies(all.size(), "?"));
        // "earlier" goes in HAVING (all rows of an item carry its order): a range beside the IN list makes H2
        // scan the whole table instead of looking each key up
        String sql = "SELECT ITEM_ID, COUNT(*) AS SHARED, MIN(ITEM_ORDER) AS FIRST_ORDER FROM DSP_DEDUPE_KEY "
                + "WHERE KEY_VALUE IN (" + in + ") AND ITEM_TYPE = ? GROUP BY ITEM_ID HAVING MAX(ITEM_ORDER) < ? "
                + "ORDER BY SHARED DESC, FIRST_ORDER FETCH FIRST " + limit + " ROWS ONLY";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            int i = 1;
            for (long key : all) {
                s.setLong(i++, key);
            }
            s.setString(i++, kind.marker);
            s.setLong(i, item.order());
            List<Long> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new DatabaseException("looking up near-duplicate candidates of " + item.id(), e);
        }
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
                "INSERT INTO DSP_DEDUPE_KEY (ITEM_TYPE, KEY_VALUE, ITEM_ORDER, ITEM_ID) VALUES (?, ?, ?, ?)")) {
            for (Filing f : filings) {
                for (long key : f.keys().all().stream().distinct().toList()) {
                    s.setString(1, f.kind().marker);
                    s.setLong(2, key);
                    s.setLong(3, f.order());
                    s.setLong(4, f.id());
                    s.addBatch();
                }
            }
            s.executeBatch();
        }
    }
}
