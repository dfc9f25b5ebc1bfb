package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainEnglishTest {

    @Test
    void plainEnglishProseIsClaimedInAnyCase() {
        assertTrue(PlainEnglish.claims("The foreign minister said that the talks, which had been broken off in "
                + "March, would resume in Geneva if both sides agreed."));
        assertTrue(PlainEnglish.claims("UNDERSECRETARY HAS INFORMED ME THAT THE GOVERNMENT WILL RECALL ITS "
                + "AMBASSADOR FROM PRETORIA IN PROTEST AT THE SHOOTINGS."));
        // curly quotes and dashes are not letters: Word's punctuation does not stop the test
        assertTrue(PlainEnglish.claims("\u201cWe have no quarrel with the people of this country\u201d \u2014 "
                + "said the envoy, who was not authorised to speak for the ministry."));
    }

    @Test
    void tooFewWordsOrTooFewFunctionWordsAreLeftToTheDetector() {
        assertFalse(PlainEnglish.claims(""));
        assertFalse(PlainEnglish.claims("The talks ended without an agreement on Friday."));  // 8 words
        assertFalse(PlainEnglish.claims("GENEVA, 4 March 1994. Negotiators, mediators, spokesmen: talks adjourned "
                + "again; agreement unlikely soon, diplomats say."));  // one function word in 14
    }

    @Test
    void aLetterOutsideAsciiLeavesTheTextToTheDetector() {
        assertFalse(PlainEnglish.claims("The delegation, which had been received by the mayor of Z\u00fcrich, said "
                + "that the talks would resume."));
    }

    @Test
    void otherLanguagesWithEnglishLookingWordsAreNotClaimed() {
        // the idiom gives two function words, "but" and "not": fewer than three
        assertFalse(PlainEnglish.claims("Last but not least bedauern wir die beunruhigende und beispiellose "
                + "Entwicklung der Lage"));
        // Danish "for" and "at", Dutch "we" and "was" are not in the list
        assertFalse(PlainEnglish.claims("Jeg opfordrer derfor Kommissionen til snarest muligt at vedtage nogle "
                + "ensartede bestemmelser for hele Unionen."));
        assertFalse(PlainEnglish.claims("Dat was een eerste aanzet. Deze was bedoeld om die gebieden en sectoren "
                + "te onderkennen waarop we nauwere samenwerking willen."));
        assertFalse(PlainEnglish.claims("Probleem on ka selles, et kuigi praegu koondatakse paljusid inimesi, on "
                + "suur osa koondatutest"));
    }

    @Test
    void whatItClaimsAmongTheTrainingSentencesTheDetectorDoesNotCallAnotherLanguage() throws IOException {
        List<String> sentences = trainingSentences();
        int told = 0;
        int claimed = 0;
        for (String s : sentences) {
            String detected = LanguageGuesser.detectParagraph(s);
            if (detected == null) {
                continue;
            }
            told++;
            if (PlainEnglish.claims(s)) {
                claimed++;
                assertEquals("en", detected, s);
            }
        }
        // and it claims most of them, or it saves little (1,927 of 2,651 when written: cables and situation
        // reports in their clipped style have too few function words, and go to the detector)
        assertTrue(told > 2600, "sentences told by the detector: " + told);
        assertTrue(claimed > told * 0.7, claimed + " claimed of " + told);
    }

    private static List<String> trainingSentences() throws IOException {
        List<String> texts = new ArrayList<>();
        try (InputStream in = PlainEnglishTest.class.getResourceAsStream(
                "/org/despatch/classify/training/sentences.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                texts.add(line.substring(line.lastIndexOf('\t') + 1));
            }
        }
        return texts;
    }
}
