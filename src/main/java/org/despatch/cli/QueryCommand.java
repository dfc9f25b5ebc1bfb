package org.despatch.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.despatch.classify.Label;
import org.despatch.runtime.DespatchRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code despatch query}: researcher queries over the ARCHIVE_* views: paragraphs or sections by label, text and
 * document, counted once (duplicates left out unless asked for), as a table or CSV.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Queries the researcher views. Examples:",
                "  despatch query --label MILITARY --text Homs --from 2012-02-01 --to 2012-02-29",
                "  despatch query --sections --label DIPLOMATIC --text ambassador --csv > sections.csv",
                "  despatch query --counts"})
final class QueryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Option(names = "--label", description = "DIPLOMATIC, MILITARY or OTHER.")
    Label label;

    @Option(names = "--text", description = "Words the text must contain (case-insensitive).")
    String text;

    @Option(names = "--document", paramLabel = "ID", description = "Only this document.")
    Long document;

    @Option(names = "--from", paramLabel = "DATE", description = "Only documents dated on or after (yyyy-mm-dd).")
    java.time.LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only documents dated on or before (yyyy-mm-dd).")
    java.time.LocalDate to;

    @Option(names = "--sections", description = "Query sections (by heading and their paragraphs' text).")
    boolean sections;

    @Option(names = "--include-duplicates", description = "Also rows that repeat an earlier story (exact or near "
            + "copies, truncated copies); by default each duplicate cluster shows only its canonical member.")
    boolean includeDuplicates;

    @Option(names = "--counts", description = "Count distinct paragraphs and sections per label instead.")
    boolean counts;

    @Option(names = "--csv", description = "Write CSV (RFC 4180) instead of a table.")
    boolean csv;

    @Option(names = "--limit", defaultValue = "50", description = "Rows at most (default ${DEFAULT-VALUE}; 0: all).")
    int limit;

    @Override
    public Integer call() throws SQLException {
        db.start();
        List<Object> args = new ArrayList<>();
        String sql = counts ? countsSql() : sections ? sectionSql(args) : paragraphSql(args);
        try (Connection c = DespatchRuntime.store().database().connection();
             PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                ps.setObject(i + 1, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                print(rs, spec.commandLine().getOut());
            }
        }
        return 0;
    }

    private String paragraphSql(List<Object> args) {
        StringBuilder sql = new StringBuilder("SELECT p.paragraph_id, p.document_id, p.section_id, p.label, "
                + "p.diplomatic_score, p.military_score, d.document_date, d.source_path, p.text FROM ARCHIVE_PARAGRAPH p "
                + "JOIN ARCHIVE_DOCUMENT d ON d.document_id = p.document_id WHERE 1 = 1");
        filters(sql, args, "p", "p.text");
        return sql.append(" ORDER BY p.document_id, p.ordinal").append(limitClause()).toString();
    }

    private String sectionSql(List<Object> args) {
        StringBuilder sql = new StringBuilder("SELECT s.section_id, s.document_id, s.ordinal, s.label, "
                + "s.diplomatic_score, s.military_score, d.document_date, d.source_path, s.heading FROM ARCHIVE_SECTION s "
                + "JOIN ARCHIVE_DOCUMENT d ON d.document_id = s.document_id WHERE 1 = 1");
        filters(sql, args, "s", null);
        if (text != null) {
            sql.append(" AND (LOWER(s.heading) LIKE ? OR EXISTS (SELECT 1 FROM ARCHIVE_PARAGRAPH p "
                    + "WHERE p.section_id = s.section_id AND LOWER(p.text) LIKE ?))");
            args.add(like());
            args.add(like());
        }
        return sql.append(" ORDER BY s.document_id, s.ordinal").append(limitClause()).toString();
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
        if (text != null && textColumn != null) {
            sql.append(" AND LOWER(").append(textColumn).append(") LIKE ?");
            args.add(like());
        }
    }

    private String like() {
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static String countsSql() {
        return "SELECT 'paragraph' AS unit, label, COUNT(*) AS distinct_count FROM ARCHIVE_PARAGRAPH "
                + "WHERE (cluster_id IS NULL OR cluster_id = paragraph_id) AND kind = 'BODY' GROUP BY label "
                + "UNION ALL SELECT 'section', label, COUNT(*) FROM ARCHIVE_SECTION WHERE duplicate_of IS NULL "
                + "GROUP BY label ORDER BY 1, 2";
    }

    private String limitClause() {
        return limit > 0 ? " LIMIT " + limit : "";
    }

    private void print(ResultSet rs, PrintWriter out) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int n = meta.getColumnCount();
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            header.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
        }
        out.println(csv ? Csv.row(header) : String.join("\t", header));
        int rows = 0;
        while (rs.next()) {
            List<String> values = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                Object v = rs.getObject(i);
                String s = v == null ? "" : v.toString();
                values.add(csv || i < n || s.length() <= 120 ? s : s.substring(0, 119) + "\u2026");
            }
            out.println(csv ? Csv.row(values) : String.join("\t", values));
            rows++;
        }
        if (!csv) {
            spec.commandLine().getErr().println(rows + " rows");
        }
        out.flush();
    }
}
