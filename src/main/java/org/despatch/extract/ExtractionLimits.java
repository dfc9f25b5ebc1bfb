package org.despatch.extract;

/**
 * The limits of one extraction, each with a named default.
 *
 * @param maxFileSizeBytes larger files are not parsed and end as TOO_LARGE
 * @param maxChars         a document's text beyond this many characters is dropped and the document ends as
 *                         PARTIAL; also the text one parse holds of the documents embedded in the file, beyond
 *                         which they are deferred (see {@link EmbeddedResult#deferred})
 * @param timeoutMillis    a parse that runs longer ends as TIMEOUT
 */
public record ExtractionLimits(long maxFileSizeBytes, int maxChars, long timeoutMillis) {

    public static final long DEFAULT_MAX_FILE_SIZE_BYTES = 200L * 1024 * 1024;
    public static final int DEFAULT_MAX_CHARS = 5_000_000;
    public static final long DEFAULT_TIMEOUT_MILLIS = 120_000;

    public static final ExtractionLimits DEFAULTS =
            new ExtractionLimits(DEFAULT_MAX_FILE_SIZE_BYTES, DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT_MILLIS);

    public ExtractionLimits {
        if (maxFileSizeBytes <= 0 || maxChars <= 0 || timeoutMillis <= 0) {
            throw new IllegalArgumentException("extraction limits must be positive: " + maxFileSizeBytes + ", "
                    + maxChars + ", " + timeoutMillis);
        }
    }
}
