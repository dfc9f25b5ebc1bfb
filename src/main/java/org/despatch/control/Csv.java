package org.despatch.control;

import java.util.List;
import java.util.stream.Collectors;

/** One CSV record (RFC 4180): fields with commas, quotes or line breaks are quoted, quotes doubled. */
public final class Csv {

    private Csv() {
    }

    public static String row(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(","));
    }

    public static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
