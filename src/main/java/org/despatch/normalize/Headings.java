package org.despatch.normalize;

import java.util.Locale;
import java.util.Set;

/**
 * Recognises headings in plain text, where no markup says so: a short line in title case or capitals that does
 * not end like a sentence, followed by running text. The same rule serves every format, so a heading tagged
 * {@code <h2>} in HTML and the same words on a line of their own in a text file give the same sections.
 */
public final class Headings {

    static final int MAX_HEADING_WORDS = 12;
    static final int MAX_HEADING_LENGTH = 100;
    static final double MIN_CAPITALISED_SHARE = 0.6;

    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in",
            "into", "of", "on", "or", "over", "the", "to", "with", "vs", "vs.", "de", "la", "le", "du", "von");

    private Headings() {
    }

    /** @param next the following paragraph, or null when this is the last one */
    public static boolean isHeading(String paragraph, String next) {
        if (next == null || paragraph.length() > MAX_HEADING_LENGTH || next.length() <= paragraph.length()) {
            return false;
        }
        char last = paragraph.charAt(paragraph.length() - 1);
        if (".,;!?\"'\u3002\uff01\uff1f".indexOf(last) >= 0 || !Character.isUpperCase(paragraph.codePointAt(0))
                && !Character.isDigit(paragraph.codePointAt(0))) {
            return false;
        }
        String[] words = paragraph.split("\\s+");
        if (words.length > MAX_HEADING_WORDS) {
            return false;
        }
        int significant = 0;
        int capitalised = 0;
        for (String word : words) {
            String bare = word.replaceAll("^\\p{P}+|\\p{P}+$", "");
            if (bare.isEmpty() || !Character.isLetter(bare.codePointAt(0))
                    || MINOR_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            significant++;
            if (Character.isUpperCase(bare.codePointAt(0))) {
                capitalised++;
            }
        }
        return significant > 0 && capitalised >= MIN_CAPITALISED_SHARE * significant;
    }
}
