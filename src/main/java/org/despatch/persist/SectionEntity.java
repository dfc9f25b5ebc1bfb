package org.despatch.persist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A section of a document: the lead, or a heading and what follows it. */
@Entity
@Table(name = "DSP_SECTION")
public class SectionEntity extends LabelledRow {

    @Column(name = "DOCUMENT_ID")
    private Long documentId;
    @Column(name = "ORDINAL")
    private int ordinal;
    @Column(name = "HEADING")
    private String heading;

    protected SectionEntity() {
    }

    public SectionEntity(Long documentId, int ordinal, String heading) {
        this.documentId = documentId;
        this.ordinal = ordinal;
        this.heading = Columns.fit(heading, 1000);
    }

    public Long getDocumentId() { return documentId; }
    public int getOrdinal() { return ordinal; }
    public String getHeading() { return heading; }
}
