package org.despatch.persist;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.despatch.normalize.Paragraph;
import org.despatch.normalize.ParagraphKind;

/** A paragraph, heading or credit line of a document, in document order. */
@Entity
@Table(name = "DSP_PARAGRAPH")
public class ParagraphEntity {

    @Id
    @SequenceGenerator(name = "dspIds", sequenceName = "DSP_ID_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dspIds")
    @Column(name = "ID")
    private Long id;
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
    @Embedded
    private LabelColumns labels = new LabelColumns();

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
    }

    public Long getId() { return id; }
    public Long getDocumentId() { return documentId; }
    public Long getSectionId() { return sectionId; }
    public int getOrdinal() { return ordinal; }
    public ParagraphKind getKind() { return kind; }
    public String getText() { return text; }
    public String getTextHash() { return textHash; }
    public int getRepeatOfOrdinal() { return repeatOfOrdinal; }
    public Long getDuplicateOf() { return duplicateOf; }
    public void setDuplicateOf(Long v) { duplicateOf = v; }
    /** The label columns; JPA loads an all-null embeddable as null, so an unlabelled row gets a fresh one. */
    public LabelColumns getLabels() {
        if (labels == null) {
            labels = new LabelColumns();
        }
        return labels;
    }
}
