package org.despatch.classify;

import java.util.regex.Pattern;

/**
 * One pattern of the event lexicon: a phrase that reports an act of one kind, with the weight of its evidence.
 *
 * @param name    what the evidence line shows: the kind of act or actor its phrases report, as a researcher would
 *                read it ("arms and units" for artillery, garrisons and brigades, not one of its words)
 * @param label   the dimension the cue counts for
 * @param weight  evidence weight before sentence position is applied
 * @param frame   true for diplomatic acts that frame what follows ("urged ... to withdraw troops"): military
 *                words after a frame in the same sentence are the subject of the diplomacy, not the act
 * @param regex   the phrases, matched against lower-cased text as whole words
 */
public record Cue(String name, Label label, double weight, boolean frame, String regex) {

    static Cue of(Label label, double weight, String name, String regex) {
        return new Cue(name, label, weight, false, checked(regex));
    }

    static Cue frame(double weight, String name, String regex) {
        return new Cue(name, Label.DIPLOMATIC, weight, true, checked(regex));
    }

    /** Fails at class load, naming the cue, rather than in the middle of a job. */
    private static String checked(String regex) {
        Pattern.compile(regex);
        return regex;
    }
}
