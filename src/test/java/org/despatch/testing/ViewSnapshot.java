package org.despatch.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The researcher views as sorted lines keyed by natural keys (source path, ordinal) instead of generated ids,
 * so two databases built by different runs compare row for row.
 */
public final class ViewSnapshot {

    private static final String DOCUMENTS = "SELECT 'D' AS k, d.source_path, d.status, d.media_type, d.sha256, "
            + "d.char_count, d.language, d.label, o.source_path AS duplicate_of, d.error, h.source_path AS parent "
            + "FROM ARCHIVE_DOCUMENT d LEFT JOIN ARCHIVE_DOCUMENT o ON o.document_id = d.duplicate_of "
            + "LEFT JOIN ARCHIVE_DOCUMENT h ON h.document_id = d.parent_id";
    private static final String SECTIONS = "SELECT 'S' AS k, d.source_path, s.ordinal, s.heading, s.label, "
            + "s.diplomatic_score, s.military_score, s.evidence FROM ARCHIVE_SECTION s "
            + "JOIN ARCHIVE_DOCUMENT d ON d.document_id = s.document_id";
    private static final String PARAGRAPHS = "SELECT 'P' AS k, d.source_path, p.ordinal, s.ordinal AS section, "
            + "p.kind, p.label, p.diplomatic_score, p.military_score, p.evidence, od.source_path AS dup_path, "
            + "o.ordinal AS dup_ordinal, p.text FROM ARCHIVE_PARAGRAPH p "
            + "JOIN ARCHIVE_DOCUMENT d ON d.document_id = p.document_id "
            + "LEFT JOIN ARCHIVE_SECTION s ON s.section_id = p.section_id "
            + "LEFT JOIN ARCHIVE_PARAGRAPH o ON o.paragraph_id = p.duplicate_of "
            + "LEFT JOIN ARCHIVE_DOCUMENT od ON od.document_id = o.document_id";

    private ViewSnapshot() {
    }

    public static List<String> take(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        for (String sql : List.of(DOCUMENTS, SECTIONS, PARAGRAPHS)) {
            for (Map<String, Object> row : JobHarness.query(c, sql)) {
                lines.add(row.values().toString());
            }
        }
        lines.sort(null);
        return lines;
    }
}
