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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detects the language of a text (ISO 639-1 code) from character n-gram profiles of 70 languages. Answers null
 * when the text is too short or the detector is not confident, rather than guessing. Text that is plainly English
 * ({@link PlainEnglish}) is told without the detector, at a two-hundredth of its cost.
 */
public final class LanguageGuesser {

    /** Texts shorter than this are not judged. */
    static final int MIN_CHARS = 20;
    /** Only this much of a long text is read: language does not change with length. */
    static final int SAMPLE_CHARS = 10_000;
    static final double MIN_PROBABILITY = 0.80;
    /**
     * A paragraph is judged on its own only when it is this long and the detector this sure: short English lines
     * (names, datelines) otherwise pass for other languages. Below that, the document's language stands for it.
     */
    static final int MIN_PARAGRAPH_CHARS = 60;
    static final double MIN_PARAGRAPH_PROBABILITY = 0.95;
    static final String ENGLISH = "en";
    /**
     * A text needs this many different words (of two letters or more) to have a language: helper-32's file of
     * "row 000000 row 000001 ..." was told Polish, at a probability the detector gives real Polish.
     */
    static final int MIN_DISTINCT_WORDS = 4;
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** Scripts written without spaces between words, whose runs of letters are clauses, not words. */
    private static final Pattern UNSPACED = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsThai}"
            + "\\p{IsLao}\\p{IsKhmer}\\p{IsMyanmar}\\p{IsTibetan}]");

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

    /** The language of a document's text, or null. */
    public static String guess(String text) {
        return guess(text, MIN_CHARS, MIN_PROBABILITY);
    }

    /** A part of a document (a paragraph) with its own language, null when it could not be told. */
    public record Part(String language, int chars) {
    }

    /**
     * The language of a document whose paragraphs were told one by one: the language of most of their characters,
     * when the paragraphs told hold at least half of the text; else the guess on the whole text (a document of
     * lines each too short to tell). Telling the document again from its text would cost as much as all its
     * paragraphs did, for the same answer.
     */
    public static String guessDocument(String text, List<Part> parts) {
        Map<String, Integer> charsByLanguage = new HashMap<>();
        long told = 0;
        long total = 0;
        for (Part p : parts) {
            total += p.chars();
            if (p.language() != null) {
                charsByLanguage.merge(p.language(), p.chars(), Integer::sum);
                told += p.chars();
            }
        }
        if (told == 0 || told * 2 < total) {
            return guess(text);
        }
        return charsByLanguage.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    /** The language of one paragraph, or null when it is too short or unclear to tell on its own. */
    public static String guessParagraph(String text) {
        return guess(text, MIN_PARAGRAPH_CHARS, MIN_PARAGRAPH_PROBABILITY, true);
    }

    /**
     * What the n-gram detector alone says of a paragraph, without the plain-English test before it: for measuring
     * that test against it ({@code LanguageBenchmark}).
     */
    public static String detectParagraph(String text) {
        return guess(text, MIN_PARAGRAPH_CHARS, MIN_PARAGRAPH_PROBABILITY, false);
    }

    private static String guess(String text, int minChars, double minProbability) {
        return guess(text, minChars, minProbability, true);
    }

    private static String guess(String text, int minChars, double minProbability, boolean plainEnglishFirst) {
        if (text == null || text.strip().length() < minChars) {
            return null;
        }
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        if (!hasDistinctWords(sample, MIN_DISTINCT_WORDS)) {
            return null;
        }
        if (plainEnglishFirst && PlainEnglish.claims(sample)) {
            return ENGLISH;
        }
        List<DetectedLanguage> candidates = DETECTOR.getProbabilities(TEXTS.forText(lowerCaseIfCapitals(sample)));
        if (candidates.isEmpty() || candidates.get(0).getProbability() < minProbability) {
            return null;
        }
        return candidates.get(0).getLocale().getLanguage();
    }

    /**
     * Whether the text holds at least {@code wanted} different words, reading no further than it must; a text in a
     * script written without spaces is not judged so.
     */
    static boolean hasDistinctWords(String text, int wanted) {
        Set<String> seen = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            if (seen.add(word.toLowerCase(Locale.ROOT)) && seen.size() >= wanted || UNSPACED.matcher(word).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Text written mostly in capitals (telegrams, cables, situation reports), in lower case: the detector's profiles
     * are of ordinary text, and it took such English for German (102 of the training sentences' 2,683, every
     * cable in capitals), which would label a whole cable OTHER as not English.
     */
    static String lowerCaseIfCapitals(String text) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper > lower ? text.toLowerCase(Locale.ROOT) : text;
    }
}
