package org.despatch.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The whole classifier on sentences written for this test (in none of the training data), one for each style and
 * hard case the product meets: despatches, cables, situation reports, wire copy; domestic talks and sport that use
 * the words of diplomacy; credit lines; a paragraph with both dimensions.
 */
class LearnedLayerTest {

    private static Classification en(String text) {
        return ParagraphClassifier.classify(text, "en");
    }

    private static void assertLabel(Label expected, String text) {
        Classification c = en(text);
        assertEquals(expected, c.label(), text + " / " + c.evidence());
    }

    @Test
    void stylesOfOtherDecades() {
        assertLabel(Label.DIPLOMATIC, "I have the honour to inform your Lordship that the Grand Vizier this day received "
                + "the representatives of the Powers and undertook to lay their joint note before the Sultan.");
        assertLabel(Label.MILITARY, "The enemy's skirmishers were driven from the wood at noon, and by nightfall our "
                + "batteries commanded the bridge.");
        assertLabel(Label.DIPLOMATIC, "AMBASSADOR DELIVERED OUR NOTE ON THE FISHERIES DISPUTE TO THE VICE MINISTER, "
                + "WHO PROMISED A REPLY WITHIN THE WEEK.");
        assertLabel(Label.MILITARY, "0430 hrs: enemy mortar fire on the company position; two casualties evacuated "
                + "by road.");
    }

    @Test
    void theWordsOfDiplomacyAtHomeAreOther() {
        assertLabel(Label.OTHER, "The minister of labour met the leaders of the railway unions on Tuesday in an "
                + "attempt to avert next week's strike.");
        assertLabel(Label.OTHER, "The national rugby teams of France and England drew 20-20 in Paris on Saturday.");
        assertLabel(Label.OTHER, "Shares in European carmakers fell sharply on Monday after the American tariffs "
                + "were announced.");
        assertLabel(Label.OTHER, "Reporting by Jane Doe in Cairo; Editing by John Smith");
    }

    @Test
    void theLeadClauseDecidesAndTheOtherDimensionShowsInItsScore() {
        Classification c = en("Rebel artillery shelled the port on Sunday, a day after the two sides had agreed on a "
                + "truce in talks abroad.");
        assertEquals(Label.MILITARY, c.label(), c.evidence());
        // the patterns' diplomatic evidence ("agreed on" 1.2, "truce" 2.5, "talks" 3.0): 6.7 / (6.7 + 2)
        assertEquals(0.770, c.diplomaticScore());
        assertTrue(c.evidence().contains("second dimension scored by its patterns"), c.evidence());
        assertLabel(Label.DIPLOMATIC, "The two foreign ministers agreed in Rome on Sunday to resume talks on the "
                + "border, as fighting continued in the hills.");
    }

    @Test
    void theOtherDimensionNeverOutscoresNorTiesTheLabel() {
        int raised = 0;
        for (String[] row : LearnedModel.Sentences.bundled().rows()) {
            Classification c = en(row[1]);
            if (c.evidence().contains("second dimension scored by its patterns")) {
                raised++;
            }
            double primary = c.label() == Label.MILITARY ? c.militaryScore() : c.diplomaticScore();
            double second = c.label() == Label.MILITARY ? c.diplomaticScore() : c.militaryScore();
            // strictly: two equal scores would not say which dimension the label chose
            assertTrue(c.label() == Label.OTHER || second < primary, row[1] + " / " + c.evidence());
        }
        assertTrue(raised > 100, "the patterns raised the second score of " + raised + " sentences");
    }

    @Test
    void theEvidenceNamesProbabilitiesTermsPatternsWhoActsAndTheNearestExamples() {
        Classification c = en("Troops stormed the airport at dawn.");
        assertTrue(c.evidence().matches("MILITARY \\(p diplomatic [0-9.]+, military [0-9.]+, other [0-9.]+\\); "
                + "for: .+; patterns: MILITARY 6\\.0: \"troops\" 3\\.0, \"stormed\" 3\\.0; "
                + "lead: \"troops\" \\(armed force\\) x military act \"stormed\"; "
                + "like: MILITARY [0-9.]+ \".+\", [A-Z]+ [0-9.]+ \".+\""), c.evidence());
    }

    @Test
    void aStatesActAddressedToAnotherStateIsDiplomaticEvenAmongWordsOfCrime() {
        Classification c = en("Hungary on Tuesday condemned as a grave injustice Romania's "
                + "treatment of ethnic Hungarian miners in Transylvania.");
        assertEquals(Label.DIPLOMATIC, c.label(), c.evidence());
        assertTrue(c.evidence().contains("the lead clause reports a state's act addressed to another state"),
                c.evidence());
    }

    @Test
    void aDomesticActorsRaidIsPolicingAndItsAgreementIsNoDiplomacy() {
        Classification raid = en("Italian police backed by armoured vehicles raided a farmhouse near Palermo on "
                + "Thursday and seized a cache of pistols and explosives.");
        assertEquals(Label.OTHER, raid.label(), raid.evidence());
        assertTrue(raid.evidence().contains("the lead clause reports a domestic actor's raid or seizure"),
                raid.evidence());
        assertLabel(Label.MILITARY, "Troops raided a rebel camp near the border and seized a cache of mortars.");
        // strong patterns ("agreement", "blockade") do not make a mayor's deal with strikers diplomacy
        assertLabel(Label.OTHER, "The mayor of Lyon reached an agreement with striking bus drivers on Monday to end "
                + "their blockade of the depots.");
    }

    @Test
    void withNoEventWordAWeakDiplomaticScoreIsOther() {
        Classification c = en("A group of tribal elders announced on Monday that they were "
                + "willing to forgive the governor and back him for a second term.");
        assertEquals(Label.OTHER, c.label(), c.evidence());
        assertTrue(c.evidence().contains("no event word, and too weak a score for DIPLOMATIC without one"),
                c.evidence());
        // a confident score stands without one
        Classification confident = en("The Kremlin said it was ready to receive the president next month.");
        assertEquals(Label.DIPLOMATIC, confident.label(), confident.evidence());
        assertTrue(confident.evidence().contains("patterns: no event words"), confident.evidence());
    }
}
