package org.despatch.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.despatch.extract.MonthNames;

/**
 * Recognises headings in plain text, where no markup says so: a short line in title case or capitals that does
 * not end like a sentence, followed by running text; in sentence case, a document's headline or a short subheading
 * between sentences. The same rule serves every format, so a heading tagged
 * {@code <h2>} in HTML and the same words on a line of their own in a text file give the same sections.
 */
public final class Headings {

    static final int MAX_HEADING_WORDS = 12;
    static final int MAX_HEADING_LENGTH = 100;
    static final double MIN_CAPITALISED_SHARE = 0.6;
    /**
     * A heading holds a word of at least this many letters, and more letters than digits: "Aid", "Anglo-French",
     * a spreadsheet's "Sheet1"; not "WH31870".
     */
    static final int MIN_WORD_LETTERS = 2;
    /** A title in capitals ending with a full stop has this many letters at least: "II." or "A." is a numeral. */
    static final int MIN_CAPITALS_TITLE_LETTERS = 4;

    /** In any of the archives' languages: "Moscow, 18 April 2021", "Berlin, 3. Oktober 1990", "Paris, 12 juin 2024". */
    private static final String MONTH_NAMES = MonthNames.PATTERN;

    private static final Set<String> MINOR_WORDS = Set.of("a", "an", "and", "as", "at", "by", "for", "from", "in",
            "into", "of", "on", "or", "over", "the", "to", "with", "vs", "vs.", "de", "la", "le", "du", "von");

    /** A headline in sentence case has at least this many words: fewer are a name or a label. */
    static final int MIN_HEADLINE_WORDS = 3;
    static final int MAX_HEADLINE_WORDS = 16;
    static final int MAX_HEADLINE_LENGTH = 120;
    static final int MAX_CAPITALS_HEADLINE_WORDS = 30;
    static final int MAX_CAPITALS_HEADLINE_LENGTH = 250;
    static final int MAX_STOPPED_SUBHEADING_WORDS = 5;
    static final int MIN_STOPPED_SUBHEADING_LETTERS = 5;
    /** A subheading in sentence case ("Humanitarian aid") has at most this many words. */
    static final int MAX_SUBHEADING_WORDS = 3;
    /** Running text, which shows the line above it to be a headline or subheading: a sentence this long at least. */
    static final int MIN_RUNNING_TEXT_WORDS = 12;

    /** A numbered section title: "1. Currency and monetary policy", "2.3 Outlook"; "31 July" is a date. */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}\\.)+(\\d{1,2})?\\s+\\p{Lu}[^.!?]*$");
    /** A numbered title has at most this many words, its number included. */
    static final int MAX_NUMBERED_WORDS = 9;
    /**
     * A date line ("Wednesday 7 March 2018", "October 24, 1973", "Moscow, 18 April 2021", "Wednesday 14 February 2024,
     * 16.42 GMT", a newspaper's running head "THE TIMES, WEDNESDAY, JULY 29, 1914."): in title case, but it dates
     * the text under it rather than heading it; a wire story's time stamp too, "May 29, 2023 2:22 PM UTC".
     */
    private static final Pattern DATE_LINE = Pattern.compile("(?iu)^(([\\p{L}.' -]+,)*[\\p{L}.' -]+,?\\s+)?"
            + "(\\d{1,2}(st|nd|rd|th)?\\s+"
            + MONTH_NAMES + ",?\\s+\\d{4}|" + MONTH_NAMES + "\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4})"
            + "(,?\\s+(at\\s+)?\\d{1,2}[.:]\\d{2}(\\s*(am|pm|a\\.m\\.|p\\.m\\.))?(\\s*[a-z]{2,4})?)?\\.?$");
    /**
     * A photograph's caption names its photographer or agency ("Delegates arrive at a hotel near Geneva on Tuesday.
     * Photograph: Fabrice Coffrini/AFP/Getty Images"); it is the story's text, and heads nothing under it.
     */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("\\b(Photograph|Photo|Picture|Image|Illustration)"
            + "(s| by)?\\s*:\\s*\\S");
    /** At most this many words before the date of a date line ("Foreign Office, London,"). */
    static final int MAX_DATE_LINE_WORDS = 7;
    /** In capitals, a newspaper's running head: "THE DAILY COURIER, LONDON, MONDAY, MARCH 5, 1877." */
    static final int MAX_CAPITALS_DATE_LINE_WORDS = 10;
    static final int MAX_DATE_LINE_LENGTH = 80;

    private Headings() {
    }

    /**
     * A headline in sentence case at the head of a document, as wire services now write them ("Sudan's warring
     * sides agree to one-week truce in Jeddah talks"): a line that does not end like a sentence, over a story that
     * does.
     *
     * @param next the following paragraph, or null when this is the last one
     */
    public static boolean isHeadline(String paragraph, String next) {
        int words = words(paragraph, MAX_HEADLINE_WORDS + 1);
        return words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS && paragraph.length() <= MAX_HEADLINE_LENGTH
                && Character.isUpperCase(paragraph.codePointAt(0)) && looksLikeATitleOver(paragraph, next);
    }

    /**
     * A short subheading in sentence case between two paragraphs of running text ("Humanitarian aid"); a list of
     * short lines is not a run of subheadings, as the line before each is no sentence.
     */
    public static boolean isSubheading(String paragraph, String previous, String next) {
        // asked of nearly every paragraph: the cheap tests of the line itself first
        return !paragraph.isEmpty() && Character.isUpperCase(paragraph.codePointAt(0))
                && words(paragraph, MAX_SUBHEADING_WORDS + 1) <= MAX_SUBHEADING_WORDS
                && previous != null && endsLikeASentence(previous) && looksLikeATitleOver(paragraph, next);
    }

    /**
     * A short subheading in title case that a clerk ended with a full stop, between two paragraphs of running text
     * (not between a help page's steps, "Cliquez sur Suivant."; every word of it but the short ones capitalised):
     * "Proceedings of the Council.", "Observations."; not a minute's decision ("Agreed.", "Noted.") nor a word such
     * as "Yes.".
     */
    public static boolean isStoppedSubheading(String paragraph, String previous, String next) {
        if (paragraph.length() > MAX_HEADING_LENGTH || !paragraph.endsWith(".") || previous == null || next == null
                || !Character.isUpperCase(paragraph.codePointAt(0))
                || words(paragraph, MAX_STOPPED_SUBHEADING_WORDS + 1) > MAX_STOPPED_SUBHEADING_WORDS
                || !endsLikeASentence(previous) || words(previous, MIN_RUNNING_TEXT_WORDS) < MIN_RUNNING_TEXT_WORDS
                || !isRunningTextUnder(paragraph, next)) {
            return false;
        }
        String bare = paragraph.substring(0, paragraph.length() - 1);
        String first = bare.split("\\s+")[0];
        return first.length() >= MIN_STOPPED_SUBHEADING_LETTERS && !first.endsWith("ed")
                && bare.chars().allMatch(c -> Character.isLetter(c) || c == ' ' || c == '-' || c == '\'')
                && isTitleCase(bare, 1.0);
    }

    /**
     * A numbered section title in any case over running text: "1. Currency and monetary policy". A cable's
     * numbered paragraph ends like a sentence, so it is not one.
     */
    public static boolean isNumbered(String paragraph, String next) {
        return NUMBERED.matcher(paragraph).matches()
                && words(paragraph, MAX_NUMBERED_WORDS + 1) <= MAX_NUMBERED_WORDS
                && looksLikeATitleOver(paragraph, next);
    }

    /** A photograph's caption, which names its photographer: "... Photograph: Fabrice Coffrini/AFP". */
    static boolean isCaption(String paragraph) {
        return paragraph.indexOf(':') > 0 && PHOTO_CREDIT.matcher(paragraph).find();
    }

    /** A line that dates the text under it, not a heading: "Wednesday 7 March 2018", "Moscow, 18 April 2021". */
    static boolean isDateLine(String paragraph) {
        // asked of nearly every line and paragraph: the regular expression only where a year could be
        return paragraph.length() <= MAX_DATE_LINE_LENGTH && hasFourDigits(paragraph)
                && words(paragraph, MAX_CAPITALS_DATE_LINE_WORDS + 1) <= (HeaderLines.inCapitals(paragraph)
                        ? MAX_CAPITALS_DATE_LINE_WORDS : MAX_DATE_LINE_WORDS)
                && DATE_LINE.matcher(paragraph).matches();
    }

    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length() && run < 4; i++) {
            run = Character.isDigit(text.charAt(i)) ? run + 1 : 0;
        }
        return run == 4;
    }

    /** Ends in no punctuation, and stands over running text at least twice its length. */
    private static boolean looksLikeATitleOver(String paragraph, String next) {
        return next != null && !paragraph.isEmpty()
                && Character.isLetterOrDigit(paragraph.codePointBefore(paragraph.length()))
                && isRunningTextUnder(paragraph, next);
    }

    /** A sentence of some length, at least twice the line's above it. */
    private static boolean isRunningTextUnder(String paragraph, String next) {
        return next.length() >= 2 * paragraph.length()
                && (endsLikeASentence(next) || CreditLines.endsWithAgencyCredit(next))
                && words(next, MIN_RUNNING_TEXT_WORDS) >= MIN_RUNNING_TEXT_WORDS;
    }

    /** Ends with ".", "!" or "?", perhaps inside a closing quote or bracket. */
    static boolean endsLikeASentence(String text) {
        int end = text.length();
        if (end > 0 && "\"'\u201d\u2019)".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end > 0 && ".!?".indexOf(text.charAt(end - 1)) >= 0;
    }

    /** The words of a text, counted no further than {@code limit}: a long paragraph is not split to count them. */
    static int words(String text, int limit) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words < limit; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /**
     * A title in capitals that a printer ended with a full stop ("AFFAIRS OF TURKEY.", "THE SIEGE OF PLEVNA."), over
     * running text in mixed case; in a cable, where every line is in capitals, such a line is a short sentence.
     */
    private static boolean isCapitalsTitle(String paragraph, String next) {
        return HeaderLines.inCapitals(paragraph) && !HeaderLines.inCapitals(next)
                && isRunningTextUnder(paragraph, next)
                && hasTitleLetters(paragraph);
    }

    /**
     * A line of a headline's deck in capitals with the printer's full stop, as newspapers printed them: "THE WAR
     * CRISIS.", "AUSTRIA DECLARES WAR ON SERVIA.", "SIR E. GREY'S PROPOSAL."; the deck heads the story under its last
     * line.
     */
    static boolean isCapitalsDeckLine(String paragraph) {
        return paragraph.length() <= MAX_HEADING_LENGTH && paragraph.endsWith(".")
                && Character.isUpperCase(paragraph.codePointAt(0)) && HeaderLines.inCapitals(paragraph)
                && words(paragraph, MAX_HEADING_WORDS + 1) <= MAX_HEADING_WORDS
                && hasTitleLetters(paragraph) && !isDateLine(paragraph);
    }

    /**
     * A document's title in capitals, with the printer's full stop or none, longer than a heading may be, over the
     * text it opens: "MEMORANDUM RESPECTING THE GRECO-BULGARIAN FRONTIER INCIDENT OF OCTOBER 1925 AND THE REPORT OF
     * THE COMMISSION OF ENQUIRY."; the story under it need not be twice as long.
     */
    public static boolean isCapitalsHeadline(String paragraph, String next) {
        return next != null && paragraph.length() <= MAX_CAPITALS_HEADLINE_LENGTH && (paragraph.endsWith(".")
                || Character.isLetterOrDigit(paragraph.codePointBefore(paragraph.length())))
                && words(paragraph, MAX_CAPITALS_HEADLINE_WORDS + 1) <= MAX_CAPITALS_HEADLINE_WORDS
                // a treaty's preamble ends where its list of plenipotentiaries begins: "... their Plenipotentiaries:"
                && HeaderLines.inCapitals(paragraph) && !HeaderLines.inCapitals(next)
                && (endsLikeASentence(next) || next.endsWith(":"))
                && words(next, MIN_RUNNING_TEXT_WORDS) >= MIN_RUNNING_TEXT_WORDS
                && hasTitleLetters(paragraph);
    }

    /** At least {@value #MIN_CAPITALS_TITLE_LETTERS} letters: "II." or "A." is a numeral, not a title. */
    private static boolean hasTitleLetters(String paragraph) {
        return paragraph.codePoints().filter(Character::isLetter).limit(MIN_CAPITALS_TITLE_LETTERS).count()
                == MIN_CAPITALS_TITLE_LETTERS;
    }

    /** @param next the following paragraph, or null when this is the last one */
    public static boolean isHeading(String paragraph, String next) {
        if (next == null || paragraph.length() > MAX_HEADING_LENGTH || next.length() <= paragraph.length()) {
            return false;
        }
        char last = paragraph.charAt(paragraph.length() - 1);
        if (".,;!?\"'\u3002\uff01\uff1f".indexOf(last) >= 0 && !(last == '.' && isCapitalsTitle(paragraph, next))
                || !Character.isUpperCase(paragraph.codePointAt(0))
                && !Character.isDigit(paragraph.codePointAt(0)) || isDateLine(paragraph)) {
            return false;
        }
        return words(paragraph, MAX_HEADING_WORDS + 1) <= MAX_HEADING_WORDS
                && isTitleCase(paragraph, MIN_CAPITALISED_SHARE);
    }

    /**
     * At least {@code share} of its words, short ones apart, begin with a capital, and one of them is a word, not a
     * reference.
     */
    private static boolean isTitleCase(String paragraph, double share) {
        int significant = 0;
        int capitalised = 0;
        boolean aWord = false;  // "WH31870", a reference alone, heads nothing
        for (String word : paragraph.split("\\s+")) {
            String bare = word.replaceAll("^\\p{P}+|\\p{P}+$", "");
            if (bare.isEmpty() || !Character.isLetter(bare.codePointAt(0))
                    || MINOR_WORDS.contains(bare.toLowerCase(Locale.ROOT))) {
                continue;
            }
            significant++;
            if (Character.isUpperCase(bare.codePointAt(0))) {
                capitalised++;
            }
            long letters = bare.chars().filter(Character::isLetter).count();
            aWord |= letters >= MIN_WORD_LETTERS && letters > bare.chars().filter(Character::isDigit).count();
        }
        return aWord && capitalised >= share * significant;
    }
}
