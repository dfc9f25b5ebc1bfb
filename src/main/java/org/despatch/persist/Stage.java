package org.despatch.persist;

/**
 * How far a document has come through the pipeline. Each step moves documents from one stage to the next in the
 * same transaction that stores its output, so the stage is the truth about progress after any crash.
 */
public enum Stage {
    /** Registered by the scan; not yet read. */
    PENDING,
    /** Text extracted and stored. */
    EXTRACTED,
    /** Split into sections and paragraphs. */
    SEGMENTED,
    /** Linked to earlier exact duplicates. */
    DEDUPED,
    /** Fully processed (or ended early with a status that has no text). */
    DONE
}
