package org.despatch.extract;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Detects the language of a text (ISO 639-1 code) from character n-gram profiles of 70 languages. Answers null
 * when the text is too short or the detector is not confident, rather than guessing.
 */
public final class LanguageGuesser {

    /** Texts shorter than this are not judged. */
    static final int MIN_CHARS = 20;
    /** Only this much of a long text is read: language does not change with length. */
    static final int SAMPLE_CHARS = 10_000;
    static final double MIN_PROBABILITY = 0.80;

    private static final LanguageDetector DETECTOR = build();
    private static final TextObjectFactory TEXTS = CommonTextObjectFactories.forDetectingOnLargeText();

    private LanguageGuesser() {
    }

    private static LanguageDetector build() {
        try {
            return LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().readAllBuiltIn()).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the built-in language profiles", e);
        }
    }

    public static String guess(String text) {
        if (text == null || text.strip().length() < MIN_CHARS) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        List<DetectedLanguage> candidates = DETECTOR.getProbabilities(TEXTS.forText(sample));
        if (candidates.isEmpty() || candidates.get(0).getProbability() < MIN_PROBABILITY) {
            return null;
        }
        return candidates.get(0).getLocale().getLanguage();
    }
}
