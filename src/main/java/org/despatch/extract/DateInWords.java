package org.despatch.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date written out in words, as a treaty's closing formula writes it: "this fourteenth day of March, one thousand
 * nine hundred and twenty-one", "the first day of July in the year nineteen hundred and sixty-eight". English only;
 * a year in figures after the words of the day is read too ("the tenth day of February, 1947").
 */
final class DateInWords {

    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");
    private static final List<String> ORDINAL_UNITS = List.of("", "first", "second", "third", "fourth", "fifth",
            "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth");
    private static final List<String> ORDINAL_TENS = List.of("", "", "twentieth", "thirtieth");

    /** The day's ordinal, its month, and the year in words or figures up to a stop. */
    private static final Pattern FORMULA = Pattern.compile("(?i)(?<![a-z])(?:this |the )?([a-z]+(?:[- ][a-z]+)?)"
            + " day of " + MonthNames.PATTERN + ",? (?:in the year (?:of our lord )?)?([a-z][a-z -]*?|\\d{4})"
            + "(?=[.,;:]|\\s*$| in )");

    private DateInWords() {
    }

    /** The first date in the text written so, its lines joined ("one thousand" over "nine hundred"), or null. */
    static LocalDate at(String text) {
        Matcher m = FORMULA.matcher(text.replaceAll("\\s+", " "));
        if (!m.find()) {
            return null;
        }
        int day = ordinal(m.group(1).toLowerCase(Locale.ROOT).replace(' ', '-'));
        String yearText = m.group(3).strip().toLowerCase(Locale.ROOT);
        int year = Character.isDigit(yearText.charAt(0)) ? Integer.parseInt(yearText) : cardinal(yearText);
        if (day <= 0 || year < DocumentDates.MIN_YEAR || year > DocumentDates.MAX_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(year, MonthNames.number(m.group(2).toLowerCase(Locale.ROOT)), day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** "fourteenth": 14, "twenty-first": 21; 0 for anything else. */
    static int ordinal(String words) {
        int dash = words.indexOf('-');
        if (dash < 0) {
            int unit = ORDINAL_UNITS.indexOf(words);
            int tens = ORDINAL_TENS.indexOf(words);
            return unit > 0 ? unit : tens > 1 ? tens * 10 : 0;
        }
        int tens = TENS.indexOf(words.substring(0, dash));
        int unit = ORDINAL_UNITS.indexOf(words.substring(dash + 1));
        return tens > 1 && unit > 0 && unit < 10 ? tens * 10 + unit : 0;
    }

    /** "one thousand nine hundred and twenty-one", "nineteen hundred and sixty-eight": the number; 0 if not one. */
    static int cardinal(String words) {
        int total = 0;
        int current = 0;
        for (String word : words.split("[\\s-]+")) {
            int unit = UNITS.indexOf(word);
            int tens = TENS.indexOf(word);
            if (unit > 0) {
                current += unit;
            } else if (tens > 1) {
                current += tens * 10;
            } else if (word.equals("hundred")) {
                current *= 100;
            } else if (word.equals("thousand")) {
                total += current * 1000;
                current = 0;
            } else if (!word.equals("and")) {
                return 0;
            }
        }
        return total + current;
    }
}
