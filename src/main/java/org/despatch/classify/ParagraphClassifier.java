package org.despatch.classify;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Labels one paragraph: the event patterns ({@link PatternEvidence}) give readable evidence; when the learned
 * layer is present ({@link LearnedModel}, trained on the project's own labelled sentences) it weighs that
 * evidence together with the words and makes the call.
 */
public final class ParagraphClassifier {

    /**
     * A letter's or mail's salutation alone: "Sofia,", "Dear Marek,", "My Lord,". Its name is no actor: "Sofia,"
     * was read as Bulgaria's capital, and its mail's greeting labelled DIPLOMATIC.
     */
    private static final Pattern SALUTATION = Pattern.compile("^((?i:dear|hi|hello|my) )?(\\p{Lu}[\\p{L}.'-]*"
            + "( \\p{Lu}[\\p{L}.'-]*){0,2}|(?i:all|everyone|colleagues|sir|madam))( and \\p{Lu}[\\p{L}.'-]*)?,$");

    /** Languages the lexicon is written for; other languages get OTHER with the reason, never a guess. */
    public static final Set<String> SUPPORTED_LANGUAGES = Set.of("en");

    private ParagraphClassifier() {
    }

    public static Classification classify(String text, String language) {
        if (language != null && !SUPPORTED_LANGUAGES.contains(language)) {
            return new Classification(Label.OTHER, 0, 0,
                    "language '" + language + "' is not supported (supported: " + String.join(", ",
                            SUPPORTED_LANGUAGES) + ")");
        }
        if (text.endsWith(",") && SALUTATION.matcher(text).matches()) {  // asked of every paragraph: cheap test first
            return new Classification(Label.OTHER, 0, 0, "salutation: whom a letter or mail addresses, no act");
        }
        PatternEvidence evidence = PatternEvidence.of(text);
        LearnedModel model = LearnedModel.instance();
        return model == null ? evidence.decide() : model.decide(text, evidence);
    }

    /**
     * The version recorded with every label: the lexicon's, and the learned layer's with a fingerprint of its
     * training data when that layer is present.
     */
    public static String modelVersion() {
        LearnedModel model = LearnedModel.instance();
        return model == null ? EventLexicon.VERSION : EventLexicon.VERSION + "+" + model.version();
    }

    /** The pattern layer alone, for measuring what the learned layer adds. */
    public static Classification classifyByPatterns(String text) {
        return PatternEvidence.of(text).decide();
    }
}
