package org.despatch.persist;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The label columns shared by sections and paragraphs, as read. The classify step writes them by position, without
 * loading the rows ({@link ArchiveStore#saveClassifications}).
 */
@Embeddable
public class LabelColumns {

    /** The EVIDENCE column's width. */
    static final int EVIDENCE_CHARS = 4000;

    @Column(name = "LABEL")
    private String label;
    @Column(name = "DIPLOMATIC_SCORE")
    private Double diplomaticScore;
    @Column(name = "MILITARY_SCORE")
    private Double militaryScore;
    @Column(name = "EVIDENCE")
    private String evidence;
    @Column(name = "MODEL_VERSION")
    private String modelVersion;

    public String getLabel() { return label; }
    public Double getDiplomaticScore() { return diplomaticScore; }
    public Double getMilitaryScore() { return militaryScore; }
    public String getEvidence() { return evidence; }
    public String getModelVersion() { return modelVersion; }
}
