package org.despatch.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PatternEvidenceTest {

    @Test
    void theLeadSentenceDoesNotEndAtAnInitialOrATitle() {
        assertEquals("The U.N. Security Council voted on Friday.",
                PatternEvidence.leadSentence("The U.N. Security Council voted on Friday. Russia abstained."));
        assertEquals("U.S. Ambassador Susan Rice said Washington was disgusted.", PatternEvidence.leadSentence(
                "U.S. Ambassador Susan Rice said Washington was disgusted. Others agreed."));
        assertEquals("Gen. Tchernaieff advanced upon Nisch.",
                PatternEvidence.leadSentence("Gen. Tchernaieff advanced upon Nisch. The Turks fell back."));
        // but it does end at a year, and after a name with its title
        assertEquals("Troops shelled Homs in February 2012.",
                PatternEvidence.leadSentence("Troops shelled Homs in February 2012. The toll rose."));
        assertEquals("I met Mr. Smith.", PatternEvidence.leadSentence("I met Mr. Smith. He said no."));
    }

    @Test
    void aParagraphsListNumberAndPortionMarkingAreNotItsLead() {
        assertEquals("TGS REPORTS THAT TURKISH HOWITZERS FIRED.", PatternEvidence.leadSentence(
                "2. (C) TGS REPORTS THAT TURKISH HOWITZERS FIRED. ADDITIONAL TANKS MOVED."));
        assertEquals("SOURCE REPORTS MASSING OF TROOPS.",
                PatternEvidence.leadSentence("3) (S//NF) SOURCE REPORTS MASSING OF TROOPS."));
        assertEquals("The envoy arrived.", PatternEvidence.leadSentence("(a) The envoy arrived. Talks began."));
        assertEquals("", PatternEvidence.leadSentence(""));
    }

    @Test
    void aNumberedCablesLeadNamesWhoActs() {
        // before, the lead was "2." and named no one: "no actor x no act"
        assertEquals("\"turkish troops\" (armed force) x military act \"shelled\", target \"syrian\" (foreign state)",
                ActorLexicon.lead("2. (C) TURKISH TROOPS SHELLED SYRIAN POSITIONS ACROSS THE BORDER. TANKS MOVED UP.")
                        .describe());
    }
}
