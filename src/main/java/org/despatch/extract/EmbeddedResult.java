package org.despatch.extract;

/**
 * A document found inside another while parsing it (a mail's attachment, an mbox's message, a file embedded in
 * an Office document or a PDF), extracted on its own, or deferred: found and fingerprinted but not read, because
 * the parse's character budget was spent (a later parse of its holder with a {@link Focus} on it reads it).
 *
 * @param path       its names below the parsed file, joined by {@code !/} ({@code 3!/report.docx!/image1.png}):
 *                   appended to the file's source path, they give its own
 * @param parentPath the path of the document it was found in, {@code ""} when that is the parsed file itself
 * @param sha256     SHA-256 of its bytes (of the first {@code maxFileSizeBytes + 1} when it is larger)
 * @param sizeBytes  its size in bytes (counted up to one past the size limit)
 * @param result     what extraction made of it; null when it was deferred
 * @param offset     where in the parsed file (an mbox) the message holding it, or that is it, begins (see
 *                   {@link MessagePlace}); -1 where it is not a message of the file's own or inside one
 */
public record EmbeddedResult(String path, String parentPath, String sha256, long sizeBytes,
                             ExtractionResult result, long offset) {

    public EmbeddedResult(String path, String parentPath, String sha256, long sizeBytes, ExtractionResult result) {
        this(path, parentPath, sha256, sizeBytes, result, -1);
    }

    /** A document found but not read in this parse. */
    static EmbeddedResult deferred(String path, String parentPath, String sha256, long sizeBytes) {
        return new EmbeddedResult(path, parentPath, sha256, sizeBytes, null);
    }

    /** The same, found in the message of the parsed mbox that begins at {@code offset}. */
    EmbeddedResult at(long offset) {
        return new EmbeddedResult(path, parentPath, sha256, sizeBytes, result, offset);
    }

    /** Found but not read in this parse: it is registered to be read by a later one. */
    public boolean deferred() {
        return result == null;
    }
}
