package org.despatch.classify;

import java.util.Set;

/**
 * Labels one paragraph: the event patterns ({@link PatternEvidence}) give readable evidence; when the learned
 * layer is present ({@link LearnedModel}, trained on the project's own labelled sentences) it weighs that
 * evidence together with the words and makes the call.
 */
public final class ParagraphClassifier {

    /** Languages the lexicon is written for; other languages get OTHER with the reason, never a guess. */
    public static final Set<String> SUPPORTED_LANGUAGES = Set.of("en");
    /** Evidence weight of sentences after the lead sentence. */
    static final double LATER_SENTENCE_WEIGHT = 0.6;
    /** Weight of a military cue that follows a diplomatic frame ("urged ... to withdraw troops"). */
    static final double FRAMED_MILITARY_WEIGHT = 0.35;
    /** Share of a framed military cue's weight that counts for diplomacy: the demand is about armed force. */
    static final double FRAMED_DIPLOMATIC_SHARE = 0.5;
    /** Below this evidence neither DIPLOMATIC nor MILITARY is claimed. */
    static final double MIN_EVIDENCE = 1.5;
    /** Evidence at which a score reaches 0.5: score = raw / (raw + HALF_SCORE_EVIDENCE). */
    static final double HALF_SCORE_EVIDENCE = 2.0;
    /** Weight added per named state beyond the first (two states dealing with each other). */
    static final double STATE_PAIR_WEIGHT = 0.75;

    private ParagraphClassifier() {
    }

    public static Classification classify(String text, String language) {
        if (language != null && !SUPPORTED_LANGUAGES.contains(language)) {
            return new Classification(Label.OTHER, 0, 0,
                    "language '" + language + "' is not supported (supported: " + String.join(", ",
                            SUPPORTED_LANGUAGES) + ")");
        }
        PatternEvidence evidence = PatternEvidence.of(text);
        LearnedModel model = LearnedModel.instance();
        return model == null ? evidence.decide() : model.decide(text, evidence);
    }

    /**
     * The version recorded with every label: the lexicon's, and the learned layer's with a fingerprint of its
     * training data when that layer is present.
     */
    public static String modelVersion() {
        LearnedModel model = LearnedModel.instance();
        return model == null ? EventLexicon.VERSION : EventLexicon.VERSION + "+" + model.version();
    }

    /** The pattern layer alone, for measuring what the learned layer adds. */
    public static Classification classifyByPatterns(String text) {
        return PatternEvidence.of(text).decide();
    }

    static double score(double evidence) {
        return evidence / (evidence + HALF_SCORE_EVIDENCE);
    }
}
