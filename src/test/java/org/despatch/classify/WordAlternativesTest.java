package org.despatch.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordAlternativesTest {

    private static final WordAlternatives SMALL = new WordAlternatives(List.of(
            "talks", "foreign (minister|ministry)", "minister(s)?", "war|wars|warfare", "u\\.n\\."));

    private static List<String> found(WordAlternatives words, String text) {
        return words.matches(text).stream()
                .map(m -> m.alternative() + ":" + text.substring(m.start(), m.end())).toList();
    }

    @Test
    void findsWholeWordsFirstAlternativeWinning() {
        assertEquals(List.of("1:foreign minister", "2:ministers", "3:wars", "0:talks", "3:warfare", "4:u.n."),
                found(SMALL, "the foreign minister and ministers said wars, talks; postwar warfare at the u.n. "
                        + "talksx"));
    }

    @Test
    void emptyAndSingle() {
        assertEquals(List.of(), found(SMALL, ""));
        assertEquals(List.of("0:talks"), found(SMALL, "talks"));
        assertEquals(List.of(), found(SMALL, "x"));
    }

    @Test
    void splitsTopLevelBranchesOnly() {
        assertEquals(List.of("a(b|c)", "d\\|e", "[|]f", ""), WordAlternatives.branches("a(b|c)|d\\|e|[|]f|"));
        assertEquals(List.of("talks"), WordAlternatives.branches("talks"));
    }

    /** The one pattern per lexicon that the lexicons used before, with a named group per alternative. */
    private static Pattern reference(List<String> alternatives) {
        StringBuilder sb = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
        for (int i = 0; i < alternatives.size(); i++) {
            sb.append(i == 0 ? "" : "|").append("(?<g").append(i).append('>').append(alternatives.get(i)).append(')');
        }
        return Pattern.compile(sb.append(")(?![\\p{L}\\p{N}])").toString());
    }

    private static List<String> referenceFound(Pattern reference, int alternatives, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = reference.matcher(text);
        while (m.find()) {
            int a = 0;
            while (m.start("g" + a) < 0) {
                a++;
            }
            out.add(a + ":" + m.start() + "-" + m.end());
        }
        return out;
    }

    private static List<String> positions(WordAlternatives words, String text) {
        return words.matches(text).stream().map(m -> m.alternative() + ":" + m.start() + "-" + m.end()).toList();
    }

    @Test
    void findsWhatOnePatternOfTheLexiconFinds() {
        List<String> cues = EventLexicon.CUES.stream().map(Cue::regex).toList();
        List<String> actors = List.copyOf(ActorLexicon.WORDS.values());
        List<String> texts = new ArrayList<>();
        for (String[] row : LearnedModel.Sentences.bundled().rows()) {
            texts.add(row[1].toLowerCase(Locale.ROOT));
        }
        texts.addAll(randomTexts(cues, actors, 5_000));
        for (List<String> lexicon : List.of(cues, actors)) {
            WordAlternatives words = new WordAlternatives(lexicon);
            Pattern reference = reference(lexicon);
            for (String text : texts) {
                assertEquals(referenceFound(reference, lexicon.size(), text), positions(words, text), text);
            }
        }
    }

    /** Pieces of the lexicons' own words glued by spaces, punctuation, digits, accents and other scripts. */
    private static List<String> randomTexts(List<String> cues, List<String> actors, int count) {
        List<String> pieces = new ArrayList<>();
        for (String regex : concat(cues, actors)) {
            for (String word : regex.replaceAll("[^a-z' .-]+", " ").split(" +")) {
                if (!word.isBlank()) {
                    pieces.add(word);
                    pieces.add(word.substring(0, word.length() / 2 + 1));
                }
            }
        }
        String[] glue = {" ", " ", " ", "", "-", ", ", ". ", "'s ", "3", "é", "ж", "\uD835\uDC00", "\t", "(", "_"};
        Random random = new Random(42);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder sb = new StringBuilder();
            for (int n = random.nextInt(12); n >= 0; n--) {
                sb.append(pieces.get(random.nextInt(pieces.size()))).append(glue[random.nextInt(glue.length)]);
            }
            out.add(sb.toString());
        }
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
