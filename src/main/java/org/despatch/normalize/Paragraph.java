package org.despatch.normalize;

/**
 * One paragraph of a segmented document.
 *
 * @param ordinal      1-based position in the document
 * @param text         normalized text
 * @param hash         SHA-256 of {@code text}
 * @param kind         body, heading or credit line
 * @param section      1-based section ordinal, or 0 for a paragraph that belongs to no section (credit lines)
 * @param repeatOf     ordinal of the earlier identical paragraph in the same document, or 0 for a first occurrence
 * @param language     language detected in this paragraph's own text (ISO 639-1), or null when it cannot be told
 *                     from so little text (the document's language then stands for it)
 */
public record Paragraph(int ordinal, String text, String hash, ParagraphKind kind, int section, int repeatOf,
                        String language) {

    public boolean isRepeat() {
        return repeatOf > 0;
    }
}
