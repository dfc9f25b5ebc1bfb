package org.despatch.normalize;

/**
 * A section: the lead of a document (no heading), or a heading and the paragraphs after it.
 *
 * @param ordinal 1-based position in the document
 * @param heading the heading's text, or null for the lead
 */
public record Section(int ordinal, String heading) {
}
