package org.despatch.extract;

import java.util.List;

/**
 * What extraction made of one file and of the documents embedded in it, parents before their children.
 *
 * @param document the file itself; its text is its own, without the text of the documents embedded in it
 * @param embedded the embedded documents, each with its own status and text
 */
public record Extraction(ExtractionResult document, List<EmbeddedResult> embedded) {

    public Extraction {
        embedded = List.copyOf(embedded);
    }

    /** A file that ended before any embedded document was found (a failure, a limit). */
    static Extraction alone(ExtractionResult document) {
        return new Extraction(document, List.of());
    }
}
