package org.despatch.normalize;

/** What a paragraph is in the layout of its document. */
public enum ParagraphKind {
    /** Running text. */
    BODY,
    /** A heading: starts a section and takes the label of what it announces. */
    HEADING,
    /** An agency credit or attribution line ("Compiled from agency reports"): belongs to no section. */
    CREDIT,
    /**
     * A routing or handling line at the head of a cable, telegram or memorandum ("FM AMEMBASSY ANKARA", "TAGS:
     * PREL"; see {@link CableHeaders}): belongs to no section.
     */
    ROUTING
}
