package org.despatch.persist;

/**
 * Fitting free text into bounded columns: a long value is cut with an ellipsis, never rejected, and NUL
 * characters (which PostgreSQL refuses in text) become U+FFFD.
 */
final class Columns {

    private Columns() {
    }

    static String fit(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = value.indexOf('\u0000') < 0 ? value : value.replace('\u0000', '\uFFFD');
        return clean.length() <= max ? clean : clean.substring(0, max - 1) + "\u2026";
    }
}
