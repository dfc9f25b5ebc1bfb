package org.despatch.persist;

import jakarta.persistence.Embedded;
import jakarta.persistence.MappedSuperclass;

/** A row that carries a label: sections and paragraphs. */
@MappedSuperclass
public abstract class LabelledRow extends ArchiveRow {

    @Embedded
    private LabelColumns labels = new LabelColumns();

    /** The label columns; JPA loads an all-null embeddable as null, so an unlabelled row gets a fresh one. */
    public LabelColumns getLabels() {
        if (labels == null) {
            labels = new LabelColumns();
        }
        return labels;
    }
}
