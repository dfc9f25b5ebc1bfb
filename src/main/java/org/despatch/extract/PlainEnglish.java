package org.despatch.extract;

import java.util.Set;

/**
 * A cheap test for text that is plainly English, asked before the n-gram detector: enough words, the letters all
 * in ASCII, and English function words ("the", "and", "which", "would") making up a share of the words that no
 * other language's running text reaches. It claims only such text; anything else goes to the detector. English is
 * what the classifier reads and most of what an English-speaking archive holds, and the detector costs about two
 * hundred times as much a paragraph (see {@code LanguageBenchmark}).
 */
public final class PlainEnglish {

    /** Fewer words than this are too few to judge by function words (a heading, a dateline). */
    static final int MIN_WORDS = 10;
    /**
     * Share of the words that must be English function words: half the training sentences have 20% or more, one in
     * ten under 7% (news dense with names and numbers, which goes to the detector).
     */
    static final double MIN_FUNCTION_WORD_SHARE = 0.12;
    /** And at least this many of them: an English idiom in a line of another language has one or two. */
    static final int MIN_FUNCTION_WORDS = 3;

    /**
     * Words frequent in English prose and rare in the other languages' (checked on the 21 languages of the Europarl
     * debates): no "a", "en", "die", "de", "van" that other languages share.
     */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "of", "and", "that", "which", "with", "would", "have", "has", "had", "were", "this", "these",
            "been", "their", "they", "there", "from", "should", "will", "who", "are", "not", "but", "its", "our",
            "it", "as");

    private PlainEnglish() {
    }

    /** True when the text is plainly English by the test above; false says nothing about its language. */
    public static boolean claims(CharSequence text) {
        int words = 0;
        int functionWords = 0;
        int n = text.length();
        char[] word = new char[8];
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
                i++;
                continue;
            }
            // one word: its letters lower-cased into a small buffer, as far as a function word can be long
            int length = 0;
            while (i < n && Character.isLetter(c = text.charAt(i))) {
                if (c > 0x7f) {
                    return false;
                }
                if (length < word.length) {
                    word[length] = (char) (c | 0x20);
                }
                length++;
                i++;
            }
            words++;
            if (length <= 6 && FUNCTION_WORDS.contains(new String(word, 0, length))) {
                functionWords++;
            }
        }
        return words >= MIN_WORDS && functionWords >= MIN_FUNCTION_WORDS
                && functionWords >= MIN_FUNCTION_WORD_SHARE * words;
    }
}
