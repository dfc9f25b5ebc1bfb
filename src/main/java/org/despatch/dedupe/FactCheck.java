package org.despatch.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether two near-identical texts may still report different facts: the words that differ between them include a
 * number replaced by another ("30 killed" / "300 killed"), a negation on one side only ("was not retaken"), or a word
 * replaced by its opposite ("retaken" / "lost"). Such a pair stays linked as NEAR but is not merged into one story.
 *
 * <p>Numbers inside a date ("12 March 2004", "March 12") are not facts in this sense: a copy re-sent with a new date
 * line is still the same report.
 */
public final class FactCheck {

    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
            "hundred", "hundreds", "thousand", "thousands", "million", "millions", "dozen", "dozens", "billion");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
            "aug", "sep", "sept", "oct", "nov", "dec");
    /** "didn't" normalizes to "didn t": the stem carries the negation. */
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nor", "neither", "without", "cannot",
            "none", "nobody", "nothing", "didn", "doesn", "don", "isn", "wasn", "weren", "aren", "hasn", "haven",
            "hadn", "couldn", "wouldn", "shouldn", "failed");
    /** Each line: words of one sense | words of the opposite sense. */
    private static final String[] OPPOSITES = {
        "retake retook retaken recapture recaptured recaptures regain regained | lose lost loses losing fell fallen",
        "capture captured captures seize seized seizes took taken | lost abandoned surrendered surrender",
        "advance advanced advances advancing | retreat retreated retreats retreating withdrew withdrawn",
        "win won wins victory | lose lost loses defeat defeated",
        "accept accepted accepts | reject rejected rejects refuse refused refuses declined",
        "agree agreed agrees | disagree disagreed refused",
        "confirm confirmed confirms | deny denied denies",
        "approve approved approves | reject rejected veto vetoed",
        "increase increased increases rise rose risen | decrease decreased decreases fall fell fallen drop dropped",
        "open opened opens | close closed closes shut",
        "lift lifted lifts | impose imposed imposes",
        "allow allowed allows permit permitted | ban banned bans forbid forbidden prohibit prohibited",
        "support supported supports | oppose opposed opposes",
        "for | against",
        "killed dead | wounded injured survived",
        "north northern | south southern",
        "east eastern | west western",
        "before | after",
        "more | less fewer",
        "start started began begin | end ended stopped stop",
        "resume resumed | suspend suspended",
        "guilty | innocent",
        "legal | illegal",
        "success successful succeeded | failure failed",
    };
    private static final Map<String, Set<String>> OPPOSITE_OF = opposites();

    private FactCheck() {
    }

    /**
     * What makes two normalized texts report different facts, e.g. {@code "30 ≠ 300"}, {@code "not"} or
     * {@code "retaken ≠ lost"}; empty when their differences are only of form.
     */
    public static Optional<String> conflict(String normalizedA, String normalizedB) {
        return conflict(MatchText.tokens(normalizedA), MatchText.tokens(normalizedB));
    }

    /** {@link #conflict(String, String)} of texts already split into their {@link MatchText#tokens words}. */
    static Optional<String> conflict(List<String> a, List<String> b) {
        Set<String> onlyA = moreOften(a, b);
        Set<String> onlyB = moreOften(b, a);
        List<String> found = new ArrayList<>();
        List<String> numbersA = factualNumbers(a, onlyA);
        List<String> numbersB = factualNumbers(b, onlyB);
        if (!numbersA.isEmpty() && !numbersB.isEmpty()) {
            found.add(String.join(" ", numbersA) + " ≠ " + String.join(" ", numbersB));
        }
        negation(a, b, onlyA).ifPresent(found::add);
        negation(b, a, onlyB).ifPresent(found::add);
        for (String word : onlyA) {
            for (String opposite : OPPOSITE_OF.getOrDefault(word, Set.of())) {
                if (onlyB.contains(opposite)) {
                    found.add(word + " ≠ " + opposite);
                }
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", found.stream().sorted().toList()));
    }

    /**
     * The words a text holds more often than the other: counts, not sets, so that a "not" added to a text that
     * already has one elsewhere still shows.
     */
    private static Set<String> moreOften(List<String> text, List<String> other) {
        Map<String, Integer> counts = new HashMap<>();
        text.forEach(t -> counts.merge(t, 1, Integer::sum));
        other.forEach(t -> counts.merge(t, -1, Integer::sum));
        Set<String> more = new HashSet<>();
        counts.forEach((t, n) -> {
            if (n > 0) {
                more.add(t);
            }
        });
        return more;
    }

    /**
     * A negation that one text adds to words the other has without it ("was not retaken" / "was retaken"). One
     * that went missing with the words around it (a truncated copy, a dropped clause) changes no fact.
     */
    private static Optional<String> negation(List<String> text, List<String> other, Set<String> surplus) {
        Set<String> otherBigrams = new HashSet<>();
        for (int i = 1; i < other.size(); i++) {
            otherBigrams.add(other.get(i - 1) + " " + other.get(i));
        }
        for (int i = 1; i < text.size() - 1; i++) {
            String t = text.get(i);
            if (NEGATIONS.contains(t) && surplus.contains(t)
                    && otherBigrams.contains(text.get(i - 1) + " " + text.get(i + 1))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The differing number tokens of a text that are not part of a date. */
    private static List<String> factualNumbers(List<String> tokens, Set<String> differing) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (differing.contains(t) && isNumber(t) && !nearMonth(tokens, i) && !numbers.contains(t)) {
                numbers.add(t);
            }
        }
        return numbers;
    }

    private static boolean isNumber(String token) {
        return NUMBER.matcher(token).matches() || NUMBER_WORDS.contains(token);
    }

    private static boolean nearMonth(List<String> tokens, int index) {
        for (int i = Math.max(0, index - 2); i <= Math.min(tokens.size() - 1, index + 2); i++) {
            if (MONTHS.contains(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> opposites() {
        Map<String, Set<String>> map = new HashMap<>();
        for (String line : OPPOSITES) {
            String[] sides = line.split("\\|");
            Set<String> one = Set.of(sides[0].trim().split(" "));
            Set<String> other = Set.of(sides[1].trim().split(" "));
            one.forEach(w -> map.computeIfAbsent(w, k -> new HashSet<>()).addAll(other));
            other.forEach(w -> map.computeIfAbsent(w, k -> new HashSet<>()).addAll(one));
        }
        return map;
    }
}
