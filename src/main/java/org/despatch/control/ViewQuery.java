package org.despatch.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.despatch.classify.Label;
import org.despatch.normalize.TextNormalizer;

/**
 * A researcher query over the ARCHIVE_* views: paragraphs or sections by label, text, document and date, each
 * counted once (duplicates left out unless asked for), a page at a time; or the distinct counts per label. Used
 * by {@code despatch query} and by the server's researcher endpoints.
 *
 * @param label             only this label; null for any
 * @param text              words the text (or a section's heading or paragraphs) must all contain, in any order and
 *                          case-insensitive; "a phrase" in double quotes must appear as written. The words are
 *                          normalized as the stored text was (quotes, dashes, compatibility characters), so what is
 *                          copied from the source finds it; accents on Latin letters do not count ("Geneve" finds
 *                          "Genève" and the other way round)
 * @param document          only this document id
 * @param from              only documents dated on or after
 * @param to                only documents dated on or before
 * @param sections          sections instead of paragraphs
 * @param includeDuplicates also rows that duplicate an earlier one
 * @param counts            distinct paragraphs and sections per label instead of rows (the filters do not apply)
 * @param limit             rows at most; 0 for all
 * @param offset            rows skipped first, for paging
 */
public record ViewQuery(Label label, String text, Long document, LocalDate from, LocalDate to, boolean sections,
        boolean includeDuplicates, boolean counts, int limit, int offset) {

    /** Result columns (lower case) and rows (column to value; dates and times as ISO strings). */
    public record Table(List<String> columns, List<Map<String, Object>> rows) {
    }

    /** A phrase in double quotes, or a word. */
    private static final Pattern TERM = Pattern.compile("\"([^\"]+)\"|(\\S+)");

    /**
     * Lower-case Latin letters with accents (Latin-1 and Latin Extended-A), and the letters they are searched as:
     * the same table folds the terms here and the stored text in SQL (TRANSLATE, in H2 and PostgreSQL alike), so
     * a name spelt with or without its accents is found either way.
     */
    private static final String ACCENTED;
    private static final String UNACCENTED;

    static {
        StringBuilder accented = new StringBuilder("\u00f8\u0142\u0111");
        StringBuilder plain = new StringBuilder("old");
        for (char c = '\u00c0'; c <= '\u017f'; c++) {
            String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
            if (Character.isLowerCase(c) && base.length() == 1 && base.charAt(0) < 0x80 && base.charAt(0) != c) {
                accented.append(c);
                plain.append(base);
            }
        }
        ACCENTED = accented.toString();
        UNACCENTED = plain.toString();
    }

    public ViewQuery {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative");
        }
    }

    public Table run(Connection c) throws SQLException {
        List<Object> args = new ArrayList<>();
        String sql = counts ? countsSql() : sections ? sectionSql(args) : paragraphSql(args);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                return table(rs);
            }
        }
    }

    private String paragraphSql(List<Object> args) {
        StringBuilder sql = new StringBuilder("SELECT p.paragraph_id, p.document_id, p.section_id, p.label, "
                + "p.diplomatic_score, p.military_score, d.document_date, d.source_path, p.cluster_id, p.duplicate_kind, "
                + "p.text FROM ARCHIVE_PARAGRAPH p "
                + "JOIN ARCHIVE_DOCUMENT d ON d.document_id = p.document_id WHERE 1 = 1");
        filters(sql, args, "p", "p.text");
        return sql.append(" ORDER BY p.document_id, p.ordinal").append(page()).toString();
    }

    private String sectionSql(List<Object> args) {
        StringBuilder sql = new StringBuilder("SELECT s.section_id, s.document_id, s.ordinal, s.label, "
                + "s.diplomatic_score, s.military_score, d.document_date, d.source_path, s.heading FROM ARCHIVE_SECTION s "
                + "JOIN ARCHIVE_DOCUMENT d ON d.document_id = s.document_id WHERE 1 = 1");
        filters(sql, args, "s", null);
        for (String term : terms()) {
            sql.append(" AND (").append(folded("s.heading")).append(" LIKE ? OR EXISTS (SELECT 1 FROM "
                    + "ARCHIVE_PARAGRAPH p WHERE p.section_id = s.section_id AND ").append(folded("p.text"))
                    .append(" LIKE ?))");
            args.add(like(term));
            args.add(like(term));
        }
        return sql.append(" ORDER BY s.document_id, s.ordinal").append(page()).toString();
    }

    private void filters(StringBuilder sql, List<Object> args, String alias, String textColumn) {
        if (label != null) {
            sql.append(" AND ").append(alias).append(".label = ?");
            args.add(label.name());
        }
        if (document != null) {
            sql.append(" AND ").append(alias).append(".document_id = ?");
            args.add(document);
        }
        if (from != null) {
            sql.append(" AND d.document_date >= ?");
            args.add(java.sql.Date.valueOf(from));
        }
        if (to != null) {
            sql.append(" AND d.document_date <= ?");
            args.add(java.sql.Date.valueOf(to));
        }
        if (!includeDuplicates) {
            // one row a story: a paragraph only as the canonical member of its duplicate cluster; a section only
            // from a document that copies no earlier one
            sql.append(alias.equals("p") ? " AND (p.cluster_id IS NULL OR p.cluster_id = p.paragraph_id)"
                    : " AND s.duplicate_of IS NULL AND (d.cluster_id IS NULL OR d.cluster_id = d.document_id)");
        }
        if (textColumn != null) {
            for (String term : terms()) {
                sql.append(" AND ").append(folded(textColumn)).append(" LIKE ?");
                args.add(like(term));
            }
        }
    }

    /**
     * The words and quoted phrases of {@code text}, normalized, lower-cased, without accents and without the
     * punctuation around them; a word of punctuation alone (a dash copied from the source) asks for nothing.
     */
    List<String> terms() {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        Matcher m = TERM.matcher(TextNormalizer.normalize(text));
        while (m.find()) {
            // a word's own punctuation (a stray quote, a full stop) need not be in the text: "Homs, -> homs
            String term = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("^\\p{P}+|\\p{P}+$", "")
                    .strip().toLowerCase(Locale.ROOT);
            if (term.codePoints().anyMatch(Character::isLetterOrDigit)) {
                terms.add(fold(term));
            }
        }
        return terms;
    }

    /** A lower-cased term without the accents of {@link #ACCENTED}. */
    static String fold(String term) {
        StringBuilder folded = new StringBuilder(term.length());
        for (int i = 0; i < term.length(); i++) {
            char c = term.charAt(i);
            int at = ACCENTED.indexOf(c);
            folded.append(at < 0 ? c : UNACCENTED.charAt(at));
        }
        return folded.toString();
    }

    /** A text column lower-cased and folded in SQL as {@link #fold} folds a term (its letters need no quoting). */
    private static String folded(String column) {
        return "TRANSLATE(LOWER(" + column + "), '" + ACCENTED + "', '" + UNACCENTED + "')";
    }

    private static String like(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static String countsSql() {
        return "SELECT 'paragraph' AS unit, label, COUNT(*) AS distinct_count FROM ARCHIVE_PARAGRAPH "
                + "WHERE (cluster_id IS NULL OR cluster_id = paragraph_id) AND kind = 'BODY' GROUP BY label "
                + "UNION ALL SELECT 'section', label, COUNT(*) FROM ARCHIVE_SECTION WHERE duplicate_of IS NULL "
                + "GROUP BY label ORDER BY 1, 2";
    }

    private String page() {
        return (limit > 0 ? " LIMIT " + limit : "") + (offset > 0 ? " OFFSET " + offset : "");
    }

    private static Table table(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= n; i++) {
                Object v = rs.getObject(i);
                row.put(columns.get(i - 1), v == null || v instanceof Number || v instanceof String ? v : v.toString());
            }
            rows.add(row);
        }
        return new Table(columns, rows);
    }
}
