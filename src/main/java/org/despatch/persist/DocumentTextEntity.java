package org.despatch.persist;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** The text as extracted, before normalization: the record of what the file contained. */
@Entity
@Table(name = "DSP_DOCUMENT_TEXT")
public class DocumentTextEntity {

    @Id
    @Column(name = "DOCUMENT_ID")
    private Long documentId;
    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "CONTENT")
    private String content;

    protected DocumentTextEntity() {
    }

    public DocumentTextEntity(Long documentId, String content) {
        this.documentId = documentId;
        this.content = content;
    }

    public Long getDocumentId() { return documentId; }
    public String getContent() { return content; }
}
