package org.despatch.persist;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.despatch.classify.Classification;

/** The label columns shared by sections and paragraphs. */
@Embeddable
public class LabelColumns {

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

    public void set(Classification c, String version) {
        label = c.label().name();
        diplomaticScore = c.diplomaticScore();
        militaryScore = c.militaryScore();
        evidence = Columns.fit(c.evidence(), 4000);
        modelVersion = version;
    }

    public String getLabel() { return label; }
    public Double getDiplomaticScore() { return diplomaticScore; }
    public Double getMilitaryScore() { return militaryScore; }
    public String getEvidence() { return evidence; }
    public String getModelVersion() { return modelVersion; }
}
