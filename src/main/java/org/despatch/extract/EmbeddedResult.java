package org.despatch.extract;

/**
 * A document found inside another while parsing it (a mail's attachment, an mbox's message, a file embedded in
 * an Office document or a PDF), extracted on its own.
 *
 * @param path       its names below the parsed file, joined by {@code !/} ({@code 3!/report.docx!/image1.png}):
 *                   appended to the file's source path, they give its own
 * @param parentPath the path of the document it was found in, {@code ""} when that is the parsed file itself
 * @param sha256     SHA-256 of its bytes (of the first {@code maxFileSizeBytes + 1} when it is larger)
 * @param sizeBytes  its size in bytes (counted up to one past the size limit)
 * @param result     what extraction made of it
 */
public record EmbeddedResult(String path, String parentPath, String sha256, long sizeBytes,
                             ExtractionResult result) {
}
