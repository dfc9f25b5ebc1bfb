package org.despatch.persist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.despatch.normalize.Paragraph;
import org.despatch.normalize.ParagraphKind;

/** A paragraph, heading or credit line of a document, in document order. */
@Entity
@Table(name = "DSP_PARAGRAPH")
public class ParagraphEntity extends LabelledRow {

    @Column(name = "DOCUMENT_ID")
    private Long documentId;
    @Column(name = "SECTION_ID")
    private Long sectionId;
    @Column(name = "ORDINAL")
    private int ordinal;
    @Enumerated(EnumType.STRING)
    @Column(name = "KIND")
    private ParagraphKind kind;
    @Column(name = "TEXT")
    private String text;
    @Column(name = "TEXT_HASH")
    private String textHash;
    @Column(name = "REPEAT_OF_ORDINAL")
    private int repeatOfOrdinal;
    @Column(name = "DUPLICATE_OF")
    private Long duplicateOf;
    @Column(name = "LANGUAGE")
    private String language;

    protected ParagraphEntity() {
    }

    public ParagraphEntity(Long documentId, Long sectionId, Paragraph p) {
        this.documentId = documentId;
        this.sectionId = sectionId;
        this.ordinal = p.ordinal();
        this.kind = p.kind();
        this.text = p.text();
        this.textHash = p.hash();
        this.repeatOfOrdinal = p.repeatOf();
        this.language = p.language();
    }

    public Long getDocumentId() { return documentId; }
    public Long getSectionId() { return sectionId; }
    public int getOrdinal() { return ordinal; }
    public ParagraphKind getKind() { return kind; }
    public String getText() { return text; }
    public String getTextHash() { return textHash; }
    public int getRepeatOfOrdinal() { return repeatOfOrdinal; }
    public Long getDuplicateOf() { return duplicateOf; }
    public String getLanguage() { return language; }
    public void setDuplicateOf(Long v) { duplicateOf = v; }
}
