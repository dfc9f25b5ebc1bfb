package org.despatch.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * Cross-validation of the learned layer on a labelled file: each row is predicted by a model trained on the other
 * folds only, so no row is judged by a model that saw it. Folds are taken by position (row i in fold i mod k),
 * which keeps the result reproducible, or by group (one fold per value of a column such as the style): leaving a
 * whole style out measures how the model does on a kind of text it never saw, which plain k-fold flatters.
 *
 * <p>Each fold's model learns from the file's other folds alone, or from them beside the project's own training
 * sentences: how far labelled text of a reader's own kind would take the shipped model.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /**
     * @param labels labels, one per row
     * @param texts  texts, one per row
     * @param withOwnSentences train each fold beside the project's own training sentences
     * @return one prediction per row, in row order
     */
    public static List<Classification> predict(List<Label> labels, List<String> texts, int k,
                                               boolean withOwnSentences) {
        if (k < 2 || k > texts.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the number of rows: " + k);
        }
        List<String> folds = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            folds.add(Integer.toString(i % k));
        }
        return predictByGroup(labels, texts, folds, withOwnSentences);
    }

    /**
     * Leave-one-group-out: one fold per distinct group.
     *
     * @param groups the group of each row (its style, say)
     */
    public static List<Classification> predictByGroup(List<Label> labels, List<String> texts, List<String> groups,
                                                      boolean withOwnSentences) {
        List<String> distinct = groups.stream().distinct().toList();
        if (distinct.size() < 2) {
            throw new IllegalArgumentException("cross-validation by group needs two groups or more: " + distinct);
        }
        List<Classification> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(null);
        }
        for (String fold : distinct) {
            List<String[]> training = new ArrayList<>(withOwnSentences ? ownSentences() : List.of());
            for (int i = 0; i < texts.size(); i++) {
                if (!groups.get(i).equals(fold)) {
                    training.add(new String[] {labels.get(i).name(), texts.get(i)});
                }
            }
            LearnedModel model = LearnedModel.train(training, "cv");
            for (int i = 0; i < texts.size(); i++) {
                if (groups.get(i).equals(fold)) {
                    out.set(i, model.decide(texts.get(i), PatternEvidence.of(texts.get(i))));
                }
            }
        }
        return out;
    }

    private static List<String[]> ownSentences() {
        LearnedModel.Sentences own = LearnedModel.Sentences.bundled();
        if (own == null) {
            throw new IllegalStateException("no training sentences on the class path: " + LearnedModel.TRAINING);
        }
        return own.rows();
    }
}
