package org.despatch.extract;

/**
 * What extraction made of one document.
 *
 * @param status      how it ended
 * @param reason      one line saying why, for every status but OK
 * @param mediaType   detected media type, or null when detection failed
 * @param parser      the parser that did the work (simple class name), or null
 * @param title       title from the document's metadata, or null
 * @param text        extracted text with blocks separated by blank lines; empty when there is none
 * @param parseMillis wall time of the parse
 * @param created     the creation date in the document's metadata (ISO-8601; an e-mail's Date header), or null
 */
public record ExtractionResult(ExtractionStatus status, String reason, String mediaType, String parser,
                               String title, String text, long parseMillis, String created) {

    static ExtractionResult failed(ExtractionStatus status, String reason, String mediaType, long millis) {
        return new ExtractionResult(status, reason, mediaType, null, null, "", millis, null);
    }
}
