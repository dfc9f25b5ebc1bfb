package org.despatch.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NearestExamplesTest {

    /**
     * Three sentences and seventeen alike: "the" is in all twenty and "in" in two, so with a tenth as the limit
     * "the" is left out and "in" (IDF ln 10) counts less than a term of one sentence (ln 20).
     */
    private static NearestExamples examples() {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"MILITARY", "Artillery shelled the port at dawn."});
        rows.add(new String[] {"DIPLOMATIC", "Envoys met for talks in Geneva on the dispute."});
        rows.add(new String[] {"OTHER", "Bread prices rose in the capital."});
        for (int i = 0; i < 17; i++) {
            rows.add(new String[] {"OTHER", "The weather was fine."});
        }
        return NearestExamples.of(rows);
    }

    private static Set<String> terms(String text) {
        return new HashSet<>(LearnedModel.terms(LearnedModel.words(text)));
    }

    @Test
    void theMostSimilarComeFirstByCosineOverIdfWeightedTerms() {
        List<NearestExamples.Match> matches = examples().nearest(terms("Envoys met in the capital."), 2);
        // shared with the bread sentence: "in", "in the", "capital", "the capital"; with the envoys: "envoy", "met",
        // "envoy met", "in"; the same dot product (3 ln²20 + ln²10), but the envoys' sentence has more terms
        assertEquals(2, matches.size());
        assertEquals(Label.OTHER, matches.get(0).example().label());
        assertEquals(0.4516, matches.get(0).similarity(), 1e-4);
        assertEquals(Label.DIPLOMATIC, matches.get(1).example().label());
        assertEquals(0.3542, matches.get(1).similarity(), 1e-4);
        assertEquals("OTHER 0.45 \"Bread prices rose in the capital.\", "
                + "DIPLOMATIC 0.35 \"Envoys met for talks in Geneva on the dispute.\"",
                NearestExamples.describe(matches));
    }

    @Test
    void onlyTheBestKAreKept() {
        List<NearestExamples.Match> matches = examples().nearest(terms("Envoys met in the capital."), 1);
        assertEquals(1, matches.size());
        assertEquals("Bread prices rose in the capital.", matches.get(0).example().text());
    }

    @Test
    void termsInMoreThanATenthOfTheSentencesFindNothing() {
        assertTrue(examples().nearest(terms("The weather was fine."), 2).isEmpty());
        assertEquals("-", NearestExamples.describe(List.of()));
    }

    @Test
    void aLongSentenceIsQuotedToAWordNearSixtyCharacters() {
        NearestExamples.Match m = new NearestExamples.Match(new NearestExamples.Example(Label.MILITARY,
                "Artillery shelled the port at dawn, and the garrison replied with its own guns until noon."), 0.5);
        assertEquals("MILITARY 0.50 \"Artillery shelled the port at dawn, and the garrison replied ...\"",
                NearestExamples.describe(List.of(m)));
    }
}
