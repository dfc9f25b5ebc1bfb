package org.despatch.persist;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A section of a document: the lead, or a heading and what follows it. */
@Entity
@Table(name = "DSP_SECTION")
public class SectionEntity {

    @Id
    @SequenceGenerator(name = "dspIds", sequenceName = "DSP_ID_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dspIds")
    @Column(name = "ID")
    private Long id;
    @Column(name = "DOCUMENT_ID")
    private Long documentId;
    @Column(name = "ORDINAL")
    private int ordinal;
    @Column(name = "HEADING")
    private String heading;
    @Embedded
    private LabelColumns labels = new LabelColumns();

    protected SectionEntity() {
    }

    public SectionEntity(Long documentId, int ordinal, String heading) {
        this.documentId = documentId;
        this.ordinal = ordinal;
        this.heading = Columns.fit(heading, 1000);
    }

    public Long getId() { return id; }
    public Long getDocumentId() { return documentId; }
    public int getOrdinal() { return ordinal; }
    public String getHeading() { return heading; }
    /** The label columns; JPA loads an all-null embeddable as null, so an unlabelled row gets a fresh one. */
    public LabelColumns getLabels() {
        if (labels == null) {
            labels = new LabelColumns();
        }
        return labels;
    }
}
