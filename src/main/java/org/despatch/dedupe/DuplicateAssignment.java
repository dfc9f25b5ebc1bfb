package org.despatch.dedupe;

/**
 * Where a text stands among its duplicates.
 *
 * @param id         the text
 * @param clusterId  the canonical member of its cluster: the earliest text of the story (its own id when it starts
 *                   one); never changes once given, so clusters are the same however the archive was split into runs
 * @param similarity shingle Jaccard similarity to the canonical member (1 for the canonical member itself)
 * @param match      the earlier text it was matched with, or null for a text like no earlier one
 */
public record DuplicateAssignment(long id, long clusterId, double similarity, DuplicateMatch match) {

    public boolean isCanonical() {
        return clusterId == id;
    }
}
