package org.despatch.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Literal expectations for the event-pattern layer, and the language rule of the whole classifier. */
class ParagraphClassifierTest {

    private static Classification en(String text) {
        return ParagraphClassifier.classifyByPatterns(text);
    }

    @Test
    void militaryActs() {
        Classification c = en("Artillery shelled the town overnight and troops stormed the hospital.");
        assertEquals(Label.MILITARY, c.label());
        // evidence in the order the words stand
        assertEquals("MILITARY 12.0: \"artillery\" 3.0, \"shelled\" 3.0, \"troops\" 3.0, \"stormed\" 3.0; "
                + "OTHER 1.0: \"hospital\" 1.0", c.evidence());
        assertEquals(0.857, c.militaryScore());
        assertEquals(0.0, c.diplomaticScore());
    }

    @Test
    void diplomaticActs() {
        Classification c = en("The foreign minister recalled the ambassador and called for talks.");
        assertEquals(Label.DIPLOMATIC, c.label());
        // "foreign minister" is one piece of evidence, not also "minister"
        assertEquals("DIPLOMATIC 12.5: \"foreign minister\" 3.0, \"recalled\" 2.0, \"ambassador\" 3.0, "
                + "\"called for\" 1.5, \"talks\" 3.0", c.evidence());
    }

    @Test
    void aTruceNamedAsBrokenIsTheSceneOfFightingNotDiplomacy() {
        Classification c = en("Heavy shelling of the city resumed despite the ceasefire.");
        assertEquals("MILITARY 4.5: \"shelling\" 3.0, \"despite the ceasefire\" 1.5", c.evidence());
        assertEquals(0.0, c.diplomaticScore());
        assertEquals("MILITARY 6.0: \"troops\" 3.0, \"advanced\" 1.5, \"in defiance of a u.n.-brokered truce\" 1.5",
                en("Troops advanced in defiance of a U.N.-brokered truce.").evidence());
        // a truce agreed is still diplomacy
        assertEquals(Label.DIPLOMATIC, en("The two sides agreed to a truce after talks in Jeddah.").label());
    }

    @Test
    void disastersAndAccidentsAreEvidenceOfOther() {
        assertEquals("MILITARY 5.5: \"army\" 3.0, \"deployed\" 2.5; OTHER 3.5: \"rescue\" 1.0, \"flood\" 2.5",
                en("Army units were deployed to help rescue residents trapped by flood water.").evidence());
        assertEquals("MILITARY 1.5: \"air force\" 1.5; OTHER 2.5: \"crashed\" 2.5",
                en("An air force helicopter crashed in fog on a training flight.").evidence());
    }

    @Test
    void nineteenthCenturyWarfare() {
        assertEquals("MILITARY 4.5: \"fell upon\" 3.0, \"outposts\" 1.5",
                en("The Arnauts fell upon the Montenegrin outposts before Podgoritza.").evidence());
        assertEquals("MILITARY 1.5: \"iron-clads\" 1.5",
                en("The Sultan's iron-clads steamed out of the Golden Horn.").evidence());
        assertEquals(Label.MILITARY, en("The enemy was repulsed with heavy loss and routed.").label());
        assertEquals("MILITARY 3.0: \"cut to pieces\" 3.0",
                en("His escort of Houssas was cut to pieces before help could arrive.").evidence());
        assertEquals("MILITARY 6.0: \"landed a party\" 2.5, \"stockade\" 1.5, \"taken prisoner\" 2.0",
                en("They landed a party, burnt the stockade, and the chief was taken prisoner.").evidence());
    }

    @Test
    void warsWordsInSportAndWorkAndACourtsSocialLifeAreEvidenceOfOther() {
        String match = "Manchester City launched a blistering assault on Arsenal's title hopes with a 4-1 victory.";
        // in a sentence about sport, war's words are metaphors and count for a third
        assertEquals("MILITARY 1.0: \"sport's assault\" 1.0; OTHER 3.0: \"title hopes\" 3.0", en(match).evidence());
        assertEquals(Label.OTHER, ParagraphClassifier.classify(match, "en").label());
        String canal = "The army of labourers employed upon the canal has been reinforced.";
        assertEquals("OTHER 2.0: \"army of labourers\" 2.0", en(canal).evidence());
        assertEquals(Label.OTHER, ParagraphClassifier.classify(canal, "en").label());
        // the Legation is where the birthday was kept: its guest, not its act
        assertEquals("DIPLOMATIC 1.0: \"guest legation\" 1.0; OTHER 2.0: \"birthday\" 2.0",
                en("The Queen's birthday was celebrated at the Legation with the customary reception.").evidence());
        assertEquals("OTHER 1.0: \"submarine and overland telegraph\" 1.0",
                en("By submarine and overland telegraph.").evidence());
        // a soccer match is no reason to overrule the model's OTHER with the war words of its report
        assertEquals(Label.OTHER, ParagraphClassifier.classify("National soccer team's victory in World Cup "
                + "qualifier sparked invasion of streets; press hails battle of Tegucigalpa.", "en").label());
    }

    @Test
    void theLeadClauseDecidesBetweenPolicingAndFighting() {
        Classification police = ParagraphClassifier.classify("Federal police arrested eleven men in a raid on a "
                + "warehouse in Monterrey, seizing assault rifles and grenades.", "en");
        assertEquals(Label.OTHER, police.label(), police.evidence());
        assertTrue(police.evidence().contains("the lead clause reports a domestic actor's act of OTHER"),
                police.evidence());
        assertEquals(Label.MILITARY, ParagraphClassifier.classify("Troops arrested eleven insurgents in a raid on a "
                + "compound near Kandahar, seizing rifles and grenades.", "en").label());
    }

    @Test
    void diplomacyAboutMilitaryMattersIsDiplomatic() {
        Classification c = en("The council demanded that the army withdraw its troops from the border.");
        assertEquals(Label.DIPLOMATIC, c.label(), c.evidence());
        assertTrue(c.militaryScore() > 0, "the military dimension still shows in its score");
    }

    @Test
    void pressNotesAndDomesticMattersAreOther() {
        assertEquals(Label.OTHER, en("Independent confirmation of the reports was not available.").label());
        assertEquals(Label.OTHER, en("Voters went to the polls in the parliamentary election on Sunday.").label());
        assertEquals(Label.OTHER, en("Oil prices rose on the London market.").label());
        assertEquals("no event words", en("The weather was fine.").evidence());
    }

    @Test
    void twoStatesAreWeakDiplomaticEvidence() {
        Classification c = en("Moscow offered to host talks between Syria and Turkey.");
        assertTrue(c.evidence().contains("states russia+syria+turkey"), c.evidence());
    }

    @Test
    void unsupportedLanguageIsOtherWithTheReason() {
        Classification c = ParagraphClassifier.classify("Les troupes ont bombard\u00e9 la ville.", "fr");
        assertEquals(Label.OTHER, c.label());
        assertEquals("language 'fr' is not supported (supported: en)", c.evidence());
        assertEquals(0.0, c.militaryScore());
    }

    @Test
    void unknownLanguageIsStillClassified() {
        assertEquals(Label.MILITARY, ParagraphClassifier.classify("Troops attacked the town.", null).label());
    }

    @Test
    void aSalutationAloneIsOther() {
        for (String salutation : new String[] {"Sofia,", "Dear Marek,", "My Lord,", "Hi all,", "Dear Anna and Ben,"}) {
            Classification c = ParagraphClassifier.classify(salutation, "en");
            assertEquals(Label.OTHER, c.label(), salutation);
            assertEquals("salutation: whom a letter or mail addresses, no act", c.evidence());
        }
        // a sentence that ends with a comma is no salutation
        assertEquals(Label.MILITARY, ParagraphClassifier.classify("Troops shelled Sofia,", "en").label());
    }
}
