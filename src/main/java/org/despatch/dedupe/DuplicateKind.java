package org.despatch.dedupe;

/** How a text relates to the earlier text it was matched with. */
public enum DuplicateKind {
    /** the same normalized text */
    EXACT,
    /** shingle similarity at or above the near-duplicate threshold */
    NEAR,
    /** one text lies (almost) whole inside the other: a truncated copy, or a paragraph quoted in a longer one */
    CONTAINED
}
