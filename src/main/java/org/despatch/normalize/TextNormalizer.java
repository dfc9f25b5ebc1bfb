package org.despatch.normalize;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Normalizes the characters of one paragraph without touching its words: Unicode NFKC, one form of quotes and
 * dashes, no invisible characters, single spaces. Spellings ("Khaldiyeh", "Khalidiyeh") are never changed.
 *
 * <p>Each rewrite runs only where its text holds a character it could match (most paragraphs need none but the
 * spaces): seven regular expressions over every paragraph were a fifth of the segment step on Tika's test
 * documents. A rewrite that cannot match leaves the text as it is, so the result is the same either way.
 */
public final class TextNormalizer {

    /** The one dash normalization leaves of "--", a spaced en or em dash, or a row of dashes alone on a line. */
    public static final char DASH = '\u2014';

    private static final String INVISIBLE_CHARS = "\u00AD\u200B\u200C\u200D\u2060\uFEFF";
    private static final String DOUBLE_QUOTE_CHARS = "\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB";
    private static final String SINGLE_QUOTE_CHARS = "\u2018\u2019\u201A\u201B\u2032";
    private static final String HYPHEN_CHARS = "\u2010\u2011\u2212";
    /** What {@code \s} matches besides the space: a run of spaces or any of these is rewritten. */
    private static final String OTHER_SPACE_CHARS = "\t\n\u000B\f\r";

    private static final Pattern INVISIBLE = Pattern.compile("[" + INVISIBLE_CHARS + "]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[" + DOUBLE_QUOTE_CHARS + "]");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[" + SINGLE_QUOTE_CHARS + "]");
    private static final Pattern HYPHENS = Pattern.compile("[" + HYPHEN_CHARS + "]");
    /**
     * "--" or a spaced en/em dash is a sentence dash; an unspaced en dash (1990–1995) stays a range, and a text that
     * begins with a command's option ("--strip", "--depth=2") keeps it; "--Greg Hudson" is an attribution's dash.
     */
    private static final Pattern SENTENCE_DASH = Pattern.compile("(?!^--\\p{Ll}[\\p{Ll}\\d-]*(\\s|=|$))\\s*--+\\s*"
            + "|\\s+[\\u2013\\u2014]\\s+|\\u2014");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TextNormalizer() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (containsAny(s, INVISIBLE_CHARS)) {
            s = INVISIBLE.matcher(s).replaceAll("");
        }
        if (hasControl(s)) {
            s = CONTROL.matcher(s).replaceAll(" ");
        }
        if (containsAny(s, DOUBLE_QUOTE_CHARS)) {
            s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
        }
        if (containsAny(s, SINGLE_QUOTE_CHARS)) {
            s = SINGLE_QUOTES.matcher(s).replaceAll("'");
        }
        if (containsAny(s, HYPHEN_CHARS)) {
            s = HYPHENS.matcher(s).replaceAll("-");
        }
        if (s.contains("--") || containsAny(s, "\u2013\u2014")) {
            s = SENTENCE_DASH.matcher(s).replaceAll(" \u2014 ");
        }
        if (s.contains("  ") || containsAny(s, OTHER_SPACE_CHARS)) {
            s = SPACES.matcher(s).replaceAll(" ");
        }
        return s.trim();
    }

    private static boolean containsAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** A control character other than the newline and the tab (what {@link #CONTROL} matches). */
    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\t' && Character.getType(c) == Character.CONTROL) {
                return true;
            }
        }
        return false;
    }
}
