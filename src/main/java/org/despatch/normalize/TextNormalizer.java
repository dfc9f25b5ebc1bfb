package org.despatch.normalize;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalizes the characters of one paragraph without touching its words: Unicode NFKC, one form of quotes and
 * dashes, no invisible characters, single spaces. Spellings ("Khaldiyeh", "Khalidiyeh") are never changed.
 */
public final class TextNormalizer {

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032]");
    private static final Pattern HYPHENS = Pattern.compile("[\\u2010\\u2011\\u2212]");
    /** "--" or a spaced en/em dash is a sentence dash; an unspaced en dash (1990–1995) stays a range. */
    private static final Pattern SENTENCE_DASH = Pattern.compile("\\s*--+\\s*|\\s+[\\u2013\\u2014]\\s+|\\u2014");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = CONTROL.matcher(s).replaceAll(" ");
        s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        s = HYPHENS.matcher(s).replaceAll("-");
        s = SENTENCE_DASH.matcher(s).replaceAll(" \u2014 ");
        return SPACES.matcher(s).replaceAll(" ").trim();
    }
}
