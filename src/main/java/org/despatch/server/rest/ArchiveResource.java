package org.despatch.server.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.despatch.classify.Label;
import org.despatch.control.Csv;
import org.despatch.control.ViewQuery;
import org.despatch.runtime.DespatchRuntime;

/**
 * Read-only researcher queries over the views, as in {@code despatch query}: {@code GET /api/archive/paragraphs},
 * {@code .../sections} and {@code .../counts}. Filters: {@code label} (DIPLOMATIC, MILITARY, OTHER), {@code text}
 * (case-insensitive words), {@code document} (id), {@code from} and {@code to} (document date, yyyy-mm-dd),
 * {@code includeDuplicates} (default false: each story once). Pages: {@code limit} (default 50, at most 1000) and
 * {@code offset}. {@code format=csv} gives CSV (RFC 4180) with every matching row unless a limit is given.
 */
@Path("archive")
@RolesAllowed({Roles.OPERATOR, Roles.RESEARCHER})
public class ArchiveResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 1000;

    @QueryParam("label")
    String label;
    @QueryParam("text")
    String text;
    @QueryParam("document")
    Long document;
    @QueryParam("from")
    String from;
    @QueryParam("to")
    String to;
    @QueryParam("includeDuplicates")
    @DefaultValue("false")
    boolean includeDuplicates;
    @QueryParam("limit")
    Integer limit;
    @QueryParam("offset")
    @DefaultValue("0")
    int offset;
    @QueryParam("format")
    @DefaultValue("json")
    String format;

    /** A page of rows; {@code nextOffset} is null on the last page. */
    public record Page(int offset, int limit, Integer nextOffset, List<String> columns,
            List<Map<String, Object>> rows) {
    }

    @GET
    @Path("paragraphs")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response paragraphs() throws SQLException {
        return answer(false, false);
    }

    @GET
    @Path("sections")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response sections() throws SQLException {
        return answer(true, false);
    }

    @GET
    @Path("counts")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    public Response counts() throws SQLException {
        return answer(false, true);
    }

    private Response answer(boolean sections, boolean counts) throws SQLException {
        boolean csv = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "json" -> false;
            default -> throw new IllegalArgumentException("format must be json or csv: " + format);
        };
        int rows = limit != null ? limit : csv ? 0 : DEFAULT_LIMIT;
        if (rows < 0 || rows > MAX_LIMIT || (!csv && rows == 0)) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + rows);
        }
        ViewQuery query = new ViewQuery(label(), text == null || text.isBlank() ? null : text, document,
                date("from", from), date("to", to), sections, includeDuplicates, counts, rows, offset);
        ViewQuery.Table table;
        try (Connection c = DespatchRuntime.store().database().connection()) {
            table = query.run(c);
        }
        if (csv) {
            return Response.ok(csv(table), "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"despatch-"
                            + (counts ? "counts" : sections ? "sections" : "paragraphs") + ".csv\"").build();
        }
        Integer next = rows > 0 && table.rows().size() == rows ? offset + rows : null;
        return Response.ok(new Page(offset, rows, next, table.columns(), table.rows()),
                MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Label label() {
        if (label == null || label.isBlank()) {
            return null;
        }
        try {
            return Label.valueOf(label.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("label must be DIPLOMATIC, MILITARY or OTHER: " + label);
        }
    }

    private static LocalDate date(String name, String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date like 2012-02-09: " + value);
        }
    }

    private static String csv(ViewQuery.Table table) {
        StringBuilder out = new StringBuilder(Csv.row(table.columns())).append("\r\n");
        for (Map<String, Object> row : table.rows()) {
            List<String> values = new ArrayList<>();
            row.values().forEach(v -> values.add(v == null ? "" : v.toString()));
            out.append(Csv.row(values)).append("\r\n");
        }
        return out.toString();
    }
}
