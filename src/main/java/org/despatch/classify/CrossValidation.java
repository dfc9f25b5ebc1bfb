package org.despatch.classify;

import java.util.ArrayList;
import java.util.List;

/**
 * K-fold cross-validation of the learned layer on a labelled file: each row is predicted by a model trained on
 * the other folds only, so no row is judged by a model that saw it. Folds are taken by position (row i in fold
 * i mod k), which keeps the result reproducible.
 */
public final class CrossValidation {

    private CrossValidation() {
    }

    /**
     * @param labels labels, one per row
     * @param texts  texts, one per row
     * @return one prediction per row, in row order
     */
    public static List<Classification> predict(List<Label> labels, List<String> texts, int k) {
        if (k < 2 || k > texts.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the number of rows: " + k);
        }
        List<Classification> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(null);
        }
        for (int fold = 0; fold < k; fold++) {
            List<String[]> training = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                if (i % k != fold) {
                    training.add(new String[] {labels.get(i).name(), texts.get(i)});
                }
            }
            LearnedModel model = LearnedModel.train(training, "cv");
            for (int i = fold; i < texts.size(); i += k) {
                out.set(i, model.decide(texts.get(i), PatternEvidence.of(texts.get(i))));
            }
        }
        return out;
    }
}
