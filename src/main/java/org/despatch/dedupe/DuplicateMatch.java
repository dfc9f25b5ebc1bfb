package org.despatch.dedupe;

/**
 * The earlier text a text was matched with.
 *
 * @param kind          exact, near or contained
 * @param matchId       the earlier text
 * @param similarity    shingle Jaccard similarity of the two texts (1 for EXACT)
 * @param containsMatch for CONTAINED: true when this text contains the earlier one (it tells more: a new story),
 *                      false when it lies inside the earlier one
 * @param differs       for NEAR: the differences that may change the facts ({@link FactCheck}), the earlier
 *                      text's words first, e.g. "30 ≠ 300"; else null
 */
public record DuplicateMatch(DuplicateKind kind, long matchId, double similarity, boolean containsMatch,
                             String differs) {

    /** Whether this text is the same story as the earlier one, and so joins its cluster. */
    public boolean sameStory() {
        return differs == null && !containsMatch;
    }
}
