package org.despatch.persist;

/** Fitting free text into bounded columns: a long value is cut with an ellipsis, never rejected. */
final class Columns {

    private Columns() {
    }

    static String fit(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "\u2026";
    }
}
