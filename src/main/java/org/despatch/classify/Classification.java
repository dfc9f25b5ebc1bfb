package org.despatch.classify;

/**
 * The outcome for one paragraph or section.
 *
 * @param label            primary label
 * @param diplomaticScore  0..1, how strongly the text reports diplomacy (independent of the military score)
 * @param militaryScore    0..1, how strongly the text reports the use or posture of armed force
 * @param evidence         what decided, readable by a researcher
 */
public record Classification(Label label, double diplomaticScore, double militaryScore, String evidence) {
}
