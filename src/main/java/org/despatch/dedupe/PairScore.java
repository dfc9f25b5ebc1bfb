package org.despatch.dedupe;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise precision and recall of a clustering against the truth: a pair of items is predicted when both are in
 * one cluster, true when both tell one story.
 *
 * @param truePairs      pairs of items of the same story
 * @param predictedPairs pairs of items in the same cluster
 * @param correctPairs   pairs that are both
 */
public record PairScore(long truePairs, long predictedPairs, long correctPairs) {

    /** {@code stories.get(i)} and {@code clusters.get(i)} belong to item i. */
    public static <S, C> PairScore of(List<S> stories, List<C> clusters) {
        if (stories.size() != clusters.size()) {
            throw new IllegalArgumentException("one story and one cluster per item");
        }
        Map<S, Long> byStory = new HashMap<>();
        Map<C, Long> byCluster = new HashMap<>();
        Map<List<Object>, Long> byBoth = new HashMap<>();
        for (int i = 0; i < stories.size(); i++) {
            byStory.merge(stories.get(i), 1L, Long::sum);
            byCluster.merge(clusters.get(i), 1L, Long::sum);
            byBoth.merge(List.of(stories.get(i), clusters.get(i)), 1L, Long::sum);
        }
        return new PairScore(pairs(byStory), pairs(byCluster), pairs(byBoth));
    }

    private static long pairs(Map<?, Long> groups) {
        return groups.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    }

    public double precision() {
        return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  (pairs: %d true, %d "
                + "predicted, %d both)", precision(), recall(), f1(), truePairs, predictedPairs, correctPairs);
    }
}
