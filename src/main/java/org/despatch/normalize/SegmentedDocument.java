package org.despatch.normalize;

import java.util.List;
import org.despatch.dedupe.ContentHash;

/** A document split into sections and paragraphs, with in-document repeats marked. */
public record SegmentedDocument(List<Section> sections, List<Paragraph> paragraphs) {

    /** Paragraphs that are not repeats of an earlier paragraph of the same document. */
    public List<Paragraph> distinctParagraphs() {
        return paragraphs.stream().filter(p -> !p.isRepeat()).toList();
    }

    /** The document's first credit line, or null. */
    public String credit() {
        return paragraphs.stream().filter(p -> p.kind() == ParagraphKind.CREDIT).map(Paragraph::text)
                .findFirst().orElse(null);
    }

    /** Fingerprint of the whole normalized text, equal for the same text in any format. */
    public String contentHash() {
        return ContentHash.ofParagraphs(paragraphs.stream().map(Paragraph::text).toList());
    }

    public int charCount() {
        return paragraphs.stream().mapToInt(p -> p.text().length()).sum();
    }
}
