package org.despatch.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of the months, lower case: English with its abbreviations, and the names in French, German, Spanish,
 * Italian, Portuguese and Dutch (with and without accents), in which European archives' datelines are written.
 * One list for the date a document speaks for ({@link DocumentDates}) and for the date lines the segmenter does not
 * take for headings.
 */
public final class MonthNames {

    private static final List<String> BY_MONTH = List.of(
            "january jan janvier januar jänner enero gennaio janeiro januari",
            "february feb février fevrier februar febrero febbraio fevereiro februari",
            "march mar mars märz maerz marzo março maart",
            "april apr avril abril aprile",
            "may mai mayo maggio maio mei",
            "june jun juin juni junio giugno junho",
            "july jul juillet juli julio luglio julho",
            "august aug août aout agosto augustus",
            "september sept sep septembre settembre setembro setiembre",
            "october oct octobre oktober octubre ottobre outubro",
            "november nov novembre noviembre novembro",
            "december dec décembre decembre dezember diciembre dicembre dezembro");
    private static final Map<String, Integer> NUMBERS = numbers();
    /**
     * Any month name as a regular expression for lower-case text, in one capturing group, longest first so that
     * "mars" is not read as "mar"; not inside a word; an abbreviation may end with a dot.
     */
    public static final String PATTERN = "(?<!\\p{L})(" + String.join("|", NUMBERS.keySet().stream()
            .sorted(Comparator.<String>comparingInt(String::length).reversed()
                    .thenComparing(Comparator.naturalOrder())).toList()) + ")\\.?";

    /**
     * An English month in any case, by the first three letters of its name and whatever follows them: "Jan", "JULY",
     * "Sept", "September"; what a telegram's dateline and a military date-time group write.
     */
    public static final String ENGLISH = "(?i:(" + String.join("|", BY_MONTH.stream().map(m -> m.substring(0, 3))
            .toList()) + ")[a-z]*)";

    private MonthNames() {
    }

    /** The month's number, 1 to 12, of a name {@link #PATTERN}'s group matched. */
    static int number(String name) {
        return NUMBERS.get(name);
    }

    private static Map<String, Integer> numbers() {
        Map<String, Integer> numbers = new HashMap<>();
        for (int m = 0; m < BY_MONTH.size(); m++) {
            for (String name : BY_MONTH.get(m).split(" ")) {
                numbers.put(name, m + 1);
            }
        }
        return Map.copyOf(numbers);
    }
}
