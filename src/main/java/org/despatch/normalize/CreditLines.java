package org.despatch.normalize;

import java.util.List;
import java.util.regex.Pattern;

/** Recognises agency credit, attribution and byline lines, which belong to the document rather than to a section. */
public final class CreditLines {

    static final int MAX_CREDIT_LENGTH = 160;

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("^(compiled|written|prepared|edited|reported|translated) (from|by|with) .+$"),
            Pattern.compile("^(additional )?(reporting|editing|writing|translation) by .+$"),
            Pattern.compile("^with (additional )?(reporting|material|contributions) (from|by) .+$"),
            Pattern.compile("^(based on|from) (news )?(agency|wire|press) reports\\.?$"),
            Pattern.compile("^(source|sources|credit|copyright|\\(c\\)|\u00a9)\\b.*$"),
            Pattern.compile("^\\(?(reuters|ap|afp|upi|dpa|tass|itar-tass|xinhua|rfe/rl|bbc monitoring|interfax)\\)?\\.?$"),
            Pattern.compile("^\u2014\\s*[\\p{L} .,&/]{2,40}$"));

    /**
     * A byline, told by its capitals: "By Louis Charbonneau", "By JOHN SMITH, Associated Press Writer"; not "By the
     * end of the week, ..." nor "By Friday, troops had withdrawn."
     */
    private static final Pattern BYLINE = Pattern.compile("^(By|BY) \\p{Lu}[\\p{L}.'\u2019-]*"
            + "(\\s+(\\p{Lu}[\\p{L}.'\u2019-]*|and|AND|&)){0,6}"
            + "(,\\s*\\p{Lu}[\\p{L}.&-]*(\\s+\\p{Lu}[\\p{L}.&-]*){0,4})?$");

    private CreditLines() {
    }

    public static boolean isCredit(String paragraph) {
        if (paragraph.length() > MAX_CREDIT_LENGTH) {
            return false;
        }
        if (BYLINE.matcher(paragraph.strip()).matches()) {
            return true;
        }
        String lower = paragraph.toLowerCase(java.util.Locale.ROOT).strip();
        // "(Reporting by Ayman al-Warfalli; editing by Jonathan Oatis)": agencies put their credits in brackets
        if (lower.length() > 2 && lower.charAt(0) == '(' && lower.charAt(lower.length() - 1) == ')') {
            lower = lower.substring(1, lower.length() - 1).strip();
        }
        for (Pattern p : PATTERNS) {
            if (p.matcher(lower).matches()) {
                return true;
            }
        }
        return false;
    }
}
