package org.despatch.classify;

/** The primary label of a paragraph, section or document; see LABELS.md in the README. */
public enum Label {
    DIPLOMATIC,
    MILITARY,
    OTHER
}
