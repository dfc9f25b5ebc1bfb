package org.despatch.control;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.despatch.scan.StrictDecoding;

/**
 * A tab-separated file as people hand them over: written by hand, by a script, by pandas or by a spreadsheet. So
 * the encoding is told by its byte-order mark (UTF-8, or UTF-16 as Excel's "Unicode text" writes it), else UTF-8,
 * else Windows-1252 (Excel's "Text (tab delimited)"); header names are matched ignoring case and surrounding
 * spaces; and a cell in double quotes, as Python's csv module and pandas write one that holds a quote, a tab or a
 * line break, is unquoted ({@code ""} is one quote) and may run over lines. A cell that merely begins with a quote
 * ({@code "No," he said.}) is taken as written.
 */
public final class Tsv {

    /** The header (the first line that is not blank), its names lower-cased and stripped, and the rows. */
    public record Table(List<String> header, List<Row> rows) {

        /** The position of a column by its name (any case), or -1. */
        public int column(String name) {
            return header.indexOf(name.strip().toLowerCase(Locale.ROOT));
        }
    }

    /** One record and the line of the file it starts on (1 is the header). */
    public record Row(int line, List<String> cells) {
    }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Tsv() {
    }

    /** Reads the whole file; an empty file gives an empty header and no rows. */
    public static Table read(Path file) throws IOException {
        return parse(decode(Files.readAllBytes(file)));
    }

    static Table parse(String text) {
        List<Row> records = new ArrayList<>();
        Cursor cursor = new Cursor(text);
        while (!cursor.atEnd()) {
            int line = cursor.line;
            List<String> cells = cursor.record();
            if (!(cells.size() == 1 && cells.get(0).isBlank())) {
                records.add(new Row(line, cells));
            }
        }
        if (records.isEmpty()) {
            return new Table(List.of(), List.of());
        }
        List<String> header = records.get(0).cells().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        return new Table(header, List.copyOf(records.subList(1, records.size())));
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        String utf8 = StrictDecoding.orNull(bytes, StandardCharsets.UTF_8);
        return utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
    }

    /** Reads records off the text, counting lines for error messages. */
    private static final class Cursor {
        private final String text;
        private int at;
        int line = 1;

        Cursor(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return at >= text.length();
        }

        /** The cells up to the end of the record's (last) line, which it steps over. */
        List<String> record() {
            List<String> cells = new ArrayList<>();
            while (true) {
                cells.add(text.startsWith("\"", at) ? quotedOrPlain() : plain());
                if (at < text.length() && text.charAt(at) == '\t') {
                    at++;
                    continue;
                }
                skipLineBreak();
                return cells;
            }
        }

        private String plain() {
            int end = at;
            while (end < text.length() && text.charAt(end) != '\t' && text.charAt(end) != '\n'
                    && text.charAt(end) != '\r') {
                end++;
            }
            String cell = text.substring(at, end);
            at = end;
            return cell;
        }

        /** A quoted cell if the quotes close right before a tab or a line break; else the cell as written. */
        private String quotedOrPlain() {
            StringBuilder cell = new StringBuilder();
            int lines = 0;
            for (int i = at + 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                        continue;
                    }
                    if (i + 1 == text.length() || "\t\r\n".indexOf(text.charAt(i + 1)) >= 0) {
                        at = i + 1;
                        line += lines;
                        return cell.toString();
                    }
                    return plain();  // a lone quote inside: the cell was not written quoted
                }
                if (c == '\n') {
                    lines++;
                }
                cell.append(c);
            }
            return plain();  // never closed
        }

        private void skipLineBreak() {
            if (text.startsWith("\r\n", at)) {
                at += 2;
            } else if (at < text.length()) {
                at++;  // '\n' or '\r'
            }
            line++;
        }
    }
}
