package org.despatch.cli;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.despatch.classify.Label;
import org.despatch.control.Csv;
import org.despatch.control.ViewQuery;
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

    @Option(names = "--text", description = "Words the text must all contain, in any order (case-insensitive); "
            + "\"a phrase\" in double quotes as written.")
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
        if (from != null && to != null && from.isAfter(to)) {
            throw new UsageError("--from " + from + " is after --to " + to);
        }
        if (limit < 0) {
            throw new UsageError("--limit must be 0 (all) or more: " + limit);
        }
        db.startExisting();
        ViewQuery query = new ViewQuery(label, text, document, from, to, sections, includeDuplicates, counts, limit, 0);
        try (Connection c = DespatchRuntime.store().database().connection()) {
            print(query.run(c), spec.commandLine().getOut());
        }
        return 0;
    }

    private void print(ViewQuery.Table table, PrintWriter out) {
        out.println(csv ? Csv.row(table.columns()) : String.join("\t", table.columns()));
        for (Map<String, Object> row : table.rows()) {
            List<String> values = new ArrayList<>();
            int i = 0;
            for (Object v : row.values()) {
                String s = v == null ? "" : v.toString();
                if (!csv) {
                    s = s.replaceAll("[\t\r\n]+", " ");  // a tab or line break in a path would break the table's rows
                }
                boolean last = ++i == row.size();
                values.add(csv || !last || s.length() <= 120 ? s : s.substring(0, 119) + "\u2026");
            }
            out.println(csv ? Csv.row(values) : String.join("\t", values));
        }
        if (!csv) {
            spec.commandLine().getErr().println(table.rows().size() + " rows");
        }
        out.flush();
    }
}
