package org.despatch.dedupe;

/**
 * The thresholds of duplicate detection.
 *
 * @param nearThreshold    shingle Jaccard similarity from which two texts are near-duplicates
 *                         (default {@value #DEFAULT_NEAR_THRESHOLD})
 * @param containThreshold share of a text's shingles found in another from which it counts as contained in it
 *                         (default {@value #DEFAULT_CONTAIN_THRESHOLD})
 * @param minContainChars  a shorter normalized text is never taken as contained (a by-line or "Reuters" is in
 *                         thousands of texts; default {@value #DEFAULT_MIN_CONTAIN_CHARS})
 * @param maxCandidates    earlier texts compared per text, those sharing the most keys first
 *                         (default {@value #DEFAULT_MAX_CANDIDATES})
 */
public record DuplicateSettings(double nearThreshold, double containThreshold, int minContainChars,
                                int maxCandidates) {

    public static final double DEFAULT_NEAR_THRESHOLD = 0.6;
    public static final double DEFAULT_CONTAIN_THRESHOLD = 0.9;
    public static final int DEFAULT_MIN_CONTAIN_CHARS = 80;
    public static final int DEFAULT_MAX_CANDIDATES = 20;

    public static final DuplicateSettings DEFAULTS = new DuplicateSettings(DEFAULT_NEAR_THRESHOLD,
            DEFAULT_CONTAIN_THRESHOLD, DEFAULT_MIN_CONTAIN_CHARS, DEFAULT_MAX_CANDIDATES);

    public DuplicateSettings {
        if (!(nearThreshold > 0 && nearThreshold <= 1)) {
            throw new IllegalArgumentException("near-duplicate threshold must be in (0, 1]: " + nearThreshold);
        }
        if (!(containThreshold > 0 && containThreshold <= 1)) {
            throw new IllegalArgumentException("containment threshold must be in (0, 1]: " + containThreshold);
        }
        if (minContainChars < 1 || maxCandidates < 1) {
            throw new IllegalArgumentException("minimum contained length and candidate count must be positive");
        }
    }
}
