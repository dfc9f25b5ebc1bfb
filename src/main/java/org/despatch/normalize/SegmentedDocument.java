package org.despatch.normalize;

import java.util.List;
import org.despatch.dedupe.ContentHash;

/** A document split into sections and paragraphs, with in-document repeats marked. */
public record SegmentedDocument(List<Section> sections, List<Paragraph> paragraphs) {

    /** Between the credit lines of {@link #credit()}. */
    public static final String CREDIT_SEPARATOR = " | ";

    /** Paragraphs that are not repeats of an earlier paragraph of the same document. */
    public List<Paragraph> distinctParagraphs() {
        return paragraphs.stream().filter(p -> !p.isRepeat()).toList();
    }

    /**
     * The document's credit lines (bylines, agency credits, signatures) in order, each once, joined by
     * {@value #CREDIT_SEPARATOR}; null when it has none. A Blue Book's three signatures or a digest's agencies are
     * all its credits, not the first alone.
     */
    public String credit() {
        List<String> credits = paragraphs.stream().filter(p -> p.kind() == ParagraphKind.CREDIT && !p.isRepeat())
                .map(Paragraph::text).distinct().toList();
        return credits.isEmpty() ? null : String.join(CREDIT_SEPARATOR, credits);
    }

    /**
     * The heading the document opens with (after its routing and credit lines), a cable's subject without its
     * label: "US PARTICIPATION IN BUDAPEST INTERNATIONAL FAIR"; null when the document opens with text. The title of a
     * plain text, whose format has no place for one.
     */
    public String title() {
        for (Paragraph p : paragraphs) {
            if (p.kind() == ParagraphKind.HEADING) {
                // a numbered heading ("1. SITUATION.") is the first part's, not the document's
                return Character.isDigit(p.text().charAt(0)) ? null : CableHeaders.withoutSubjectLabel(p.text());
            }
            if (p.kind() == ParagraphKind.BODY) {
                return null;
            }
        }
        return null;
    }

    /** Fingerprint of the whole normalized text, equal for the same text in any format. */
    public String contentHash() {
        return ContentHash.ofParagraphs(paragraphs.stream().map(Paragraph::text).toList());
    }

    public int charCount() {
        return paragraphs.stream().mapToInt(p -> p.text().length()).sum();
    }
}
