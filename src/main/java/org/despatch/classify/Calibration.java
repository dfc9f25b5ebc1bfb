package org.despatch.classify;

import java.util.Locale;

/**
 * How far a score can be read as a probability: scores are put into ten equal bins, and the expected calibration
 * error is the mean gap, weighted by the rows in each bin, between a bin's mean score and the share of its rows
 * that carry the label. The truth for a score is the row's primary label, so a MILITARY row with some diplomacy
 * in it counts against a high diplomatic score: the measure is a little harsh on paragraphs with both.
 */
public final class Calibration {

    private static final int BINS = 10;

    private final double[] scoreSums = new double[BINS];
    private final int[] positives = new int[BINS];
    private final int[] counts = new int[BINS];
    private int total;

    public void add(double score, boolean hasLabel) {
        int bin = Math.min(BINS - 1, (int) (score * BINS));
        scoreSums[bin] += score;
        positives[bin] += hasLabel ? 1 : 0;
        counts[bin]++;
        total++;
    }

    /** 0 for perfectly calibrated scores; 0 when nothing was added. */
    public double expectedError() {
        double error = 0;
        for (int bin = 0; bin < BINS; bin++) {
            if (counts[bin] > 0) {
                error += Math.abs(scoreSums[bin] - positives[bin]) / total;
            }
        }
        return error;
    }

    /** Each non-empty bin as {@code range: rows, share with the label}. */
    public String bins() {
        StringBuilder sb = new StringBuilder();
        for (int bin = 0; bin < BINS; bin++) {
            if (counts[bin] > 0) {
                sb.append(sb.length() == 0 ? "" : "  ").append(String.format(Locale.ROOT, "%.1f-%.1f: %d %.2f",
                        (double) bin / BINS, (double) (bin + 1) / BINS, counts[bin],
                        (double) positives[bin] / counts[bin]));
            }
        }
        return sb.toString();
    }
}
