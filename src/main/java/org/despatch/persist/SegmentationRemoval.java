package org.despatch.persist;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.despatch.dedupe.DedupeKeys;

/**
 * Takes back what the segment, dedupe and classify steps stored for documents about to be read again (a retry):
 * their sections, paragraphs (with their labels and duplicate links) and duplicate-detection keys, so that the
 * new run segments them afresh.
 *
 * <p>Other texts may have been decided by the removed ones: a paragraph or document whose match, cluster or exact
 * copy was one of them, and in turn any text that leaned on such a one. Their decisions are cleared (a document
 * with such a paragraph has its own decision cleared too) and their documents sent back to the dedupe step, which
 * decides them again against the store as it then is, the retried documents' new paragraphs included: nothing is
 * left naming a removed row. A text whose keys were filed only
 * through a removed copy (exact copies are filed once) gets them filed through its earliest remaining copy, or
 * near-duplicate detection would no longer find it.
 *
 * <p>Runs on the caller's transaction, so a crash leaves all of it or none.
 */
final class SegmentationRemoval {

    /** The columns a duplicate decision is stored in, on documents and paragraphs alike. */
    static final String DECISION_CLEARED = "CLUSTER_ID = NULL, SIMILARITY = NULL, DUPLICATE_KIND = NULL, "
            + "MATCH_ID = NULL, MATCH_SIMILARITY = NULL, CONTAINS_MATCH = NULL, DIFFERS = NULL, DUPLICATE_OF = NULL";

    private final Connection c;
    private final Set<Long> documents;

    private SegmentationRemoval(Connection c, Collection<Long> documents) {
        this.c = c;
        this.documents = new HashSet<>(documents);
    }

    /**
     * Removes the segmentation of the given documents (their own rows stay, for the caller to reset) and re-opens
     * what depended on it; returns how many other documents were sent back to the dedupe step.
     */
    static int remove(Connection c, Collection<Long> documentIds) throws SQLException {
        if (documentIds.isEmpty()) {
            return 0;
        }
        return new SegmentationRemoval(c, documentIds).remove();
    }

    private int remove() throws SQLException {
        Set<Long> paragraphs = new HashSet<>(select("SELECT ID, DOCUMENT_ID FROM DSP_PARAGRAPH WHERE DOCUMENT_ID "
                + "= ANY(?)", documents).keySet());
        Map<Long, Long> dependentParagraphs = dependents("DSP_PARAGRAPH", "DOCUMENT_ID", paragraphs);
        // a document with such a paragraph shares text with a retried one, whose new text may be more like it (the
        // rest of a PARTIAL one): it is decided again as a whole too, and so is what named it
        Set<Long> reopened = new HashSet<>(dependentParagraphs.values());
        Set<Long> named = new HashSet<>(documents);
        named.addAll(reopened);
        reopened.addAll(dependents("DSP_DOCUMENT", "ID", named).keySet());
        StoredDuplicates.file(c, orphanedFilings());
        deleteSegmentation();
        update("UPDATE DSP_PARAGRAPH SET " + DECISION_CLEARED + " WHERE ID = ANY(?)", dependentParagraphs.keySet());
        update("UPDATE DSP_DOCUMENT SET " + DECISION_CLEARED + " WHERE ID = ANY(?)", reopened);
        // a CRASHED one stays as it is, its links cleared (classify would not set its status): a retry of CRASHED
        // takes it through
        return update("UPDATE DSP_DOCUMENT SET STAGE = '" + Stage.SEGMENTED + "' WHERE ID = ANY(?) AND (STAGE = '"
                + Stage.DEDUPED + "' OR STAGE = '" + Stage.DONE + "' AND STATUS <> 'CRASHED')", reopened);
    }

    /**
     * The rows of a table, outside the documents being removed, whose decision names one of {@code named}, then
     * those naming them, and so on, each with its document: a cluster's members name its canonical text, a text
     * names its match, and either may change when what it names does.
     */
    private Map<Long, Long> dependents(String table, String documentColumn, Set<Long> named) throws SQLException {
        String sql = "SELECT ID, " + documentColumn + " FROM " + table
                + " WHERE CLUSTER_ID = ANY(?) OR MATCH_ID = ANY(?) OR DUPLICATE_OF = ANY(?)";
        Map<Long, Long> found = new HashMap<>();
        Set<Long> frontier = named;
        while (!frontier.isEmpty()) {
            Set<Long> next = new HashSet<>();
            for (Map.Entry<Long, Long> row : select(sql, frontier).entrySet()) {
                if (!documents.contains(row.getValue()) && found.putIfAbsent(row.getKey(), row.getValue()) == null) {
                    next.add(row.getKey());
                }
            }
            frontier = next;
        }
        return found;
    }

    /**
     * The keys to file for the texts whose only filed copy is being removed: those of the earliest remaining copy
     * of each, if no other copy is filed.
     */
    private List<StoredDuplicates.Filing> orphanedFilings() throws SQLException {
        List<StoredDuplicates.Filing> filings = new ArrayList<>();
        String paragraphFiled = "JOIN DSP_DEDUPE_SIGNATURE s ON s.ITEM_TYPE = 'P' AND s.ITEM_ORDER = "
                + StoredDuplicates.paragraphOrderSql("p") + " AND s.ITEM_ID = p.ID";
        for (String hash : hashes("SELECT DISTINCT p.TEXT_HASH FROM DSP_PARAGRAPH p " + paragraphFiled
                + " WHERE p.DOCUMENT_ID = ANY(?)")) {
            if (!exists("SELECT p.ID FROM DSP_PARAGRAPH p " + paragraphFiled
                    + " WHERE p.TEXT_HASH = ? AND p.DOCUMENT_ID <> ALL(?)", hash)) {
                firstRemaining("SELECT ID, DOCUMENT_ID, ORDINAL, TEXT FROM DSP_PARAGRAPH WHERE TEXT_HASH = ? AND "
                        + "DOCUMENT_ID <> ALL(?) ORDER BY TEXT_HASH, DOCUMENT_ID, ORDINAL FETCH FIRST 1 ROWS ONLY",
                        hash, r -> filings.add(new StoredDuplicates.Filing(StoredDuplicates.Kind.PARAGRAPH,
                                r.getLong(1), StoredDuplicates.paragraphOrder(r.getLong(2), r.getInt(3)),
                                DedupeKeys.of(r.getString(4)))));
            }
        }
        String documentFiled = "JOIN DSP_DEDUPE_SIGNATURE s ON s.ITEM_TYPE = 'D' AND s.ITEM_ORDER = d.ID "
                + "AND s.ITEM_ID = d.ID";
        for (String hash : hashes("SELECT DISTINCT d.CONTENT_HASH FROM DSP_DOCUMENT d " + documentFiled
                + " WHERE d.ID = ANY(?)")) {
            if (!exists("SELECT d.ID FROM DSP_DOCUMENT d " + documentFiled
                    + " WHERE d.CONTENT_HASH = ? AND d.ID <> ALL(?)", hash)) {
                firstRemaining("SELECT ID FROM DSP_DOCUMENT WHERE CONTENT_HASH = ? AND ID <> ALL(?) "
                        + "ORDER BY CONTENT_HASH, ID FETCH FIRST 1 ROWS ONLY", hash, r -> {
                            long id = r.getLong(1);
                            filings.add(new StoredDuplicates.Filing(StoredDuplicates.Kind.DOCUMENT, id, id,
                                    DedupeKeys.of(StoredDuplicates.documentText(c, id))));
                        });
            }
        }
        return filings;
    }

    /** The documents' keys, paragraphs and sections; keys by their place in the order of arrival (the key). */
    private void deleteSegmentation() throws SQLException {
        try (PreparedStatement paragraphKeys = c.prepareStatement("DELETE FROM DSP_DEDUPE_SIGNATURE "
                + "WHERE ITEM_TYPE = 'P' AND ITEM_ORDER >= ? AND ITEM_ORDER < ?");
             PreparedStatement documentKeys = c.prepareStatement("DELETE FROM DSP_DEDUPE_SIGNATURE "
                + "WHERE ITEM_TYPE = 'D' AND ITEM_ORDER = ?")) {
            for (long document : documents) {
                paragraphKeys.setLong(1, StoredDuplicates.paragraphOrder(document, 0));
                paragraphKeys.setLong(2, StoredDuplicates.paragraphOrder(document + 1, 0));
                paragraphKeys.addBatch();
                documentKeys.setLong(1, document);
                documentKeys.addBatch();
            }
            paragraphKeys.executeBatch();
            documentKeys.executeBatch();
        }
        update("DELETE FROM DSP_PARAGRAPH WHERE DOCUMENT_ID = ANY(?)", documents);
        update("DELETE FROM DSP_SECTION WHERE DOCUMENT_ID = ANY(?)", documents);
    }

    // ------------------------------------------------------------ statements over a set of ids, given as one array

    private Array array(Collection<Long> ids) throws SQLException {
        return c.createArrayOf("BIGINT", ids.toArray(new Long[0]));
    }

    /** Each row's first two columns, by the first; every {@code ?} of the query is given the ids. */
    private Map<Long, Long> select(String sql, Collection<Long> ids) throws SQLException {
        Map<Long, Long> rows = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Array array = array(ids);
            for (int i = 1; i <= s.getParameterMetaData().getParameterCount(); i++) {
                s.setArray(i, array);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.put(r.getLong(1), r.getLong(2));
                }
            }
        }
        return rows;
    }

    private int update(String sql, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return 0;
        }
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, array(ids));
            return s.executeUpdate();
        }
    }

    /** The hashes a query over the removed documents gives. */
    private List<String> hashes(String sql) throws SQLException {
        List<String> hashes = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, array(documents));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    hashes.add(r.getString(1));
                }
            }
        }
        return hashes;
    }

    private interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    /** Whether a query for a hash, outside the removed documents, gives a row. */
    private boolean exists(String sql, String hash) throws SQLException {
        boolean[] found = {false};
        firstRemaining(sql, hash, r -> found[0] = true);
        return found[0];
    }

    /** Runs a query for a hash, outside the removed documents, and hands its first row to {@code consumer}. */
    private void firstRemaining(String sql, String hash, RowConsumer consumer) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, hash);
            s.setArray(2, array(documents));
            s.setMaxRows(1);
            try (ResultSet r = s.executeQuery()) {
                if (r.next()) {
                    consumer.accept(r);
                }
            }
        }
    }
}
