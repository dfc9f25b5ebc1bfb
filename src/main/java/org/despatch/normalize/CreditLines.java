package org.despatch.normalize;

import java.util.List;
import java.util.regex.Pattern;

/** Recognises agency credit and attribution lines, which belong to the document rather than to a section. */
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

    private CreditLines() {
    }

    public static boolean isCredit(String paragraph) {
        if (paragraph.length() > MAX_CREDIT_LENGTH) {
            return false;
        }
        String lower = paragraph.toLowerCase(java.util.Locale.ROOT).strip();
        for (Pattern p : PATTERNS) {
            if (p.matcher(lower).matches()) {
                return true;
            }
        }
        return false;
    }
}
