package org.despatch.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ActorLexiconTest {

    private static String mentions(String lowerCaseText) {
        return ActorLexicon.mentions(lowerCaseText).stream()
                .map(m -> m.phrase() + " = " + m.type().term + (m.state() == null ? "" : " of " + m.state()))
                .collect(Collectors.joining("; "));
    }

    @Test
    void wordsOfOneActorAreOneMentionOfTheKindOfItsHeadWord() {
        assertEquals("russian troops = armed force of russia; georgian = state of georgia",
                mentions("russian troops shelled georgian villages"));
        assertEquals("syria's defence ministry = armed force of syria",
                mentions("syria's defence ministry said"));
        assertEquals("syrian government forces = armed force of syria",
                mentions("syrian government forces advanced"));
    }

    @Test
    void plainWordsForAGovernmentGiveWayToTheKindBeforeThem() {
        // "officials" and "government" say only that someone official speaks: the word before says who
        assertEquals("military officials = armed force", mentions("military officials said"));
        assertEquals("police officials = domestic actor", mentions("police officials said"));
        assertEquals("un officials = international body", mentions("un officials said"));
        assertEquals("russian officials = state of russia", mentions("russian officials said"));
    }

    @Test
    void theLongerEntryWinsWhereTwoStartTogether() {
        assertEquals("foreign ministry = diplomat", mentions("the foreign ministry"));
        assertEquals("security council = international body; security forces = armed force",
                mentions("the security council and the security forces"));
        assertEquals("supreme court = domestic actor; opposition parties = domestic actor",
                mentions("the supreme court and the opposition parties"));
    }

    @Test
    void aDemandBetweenStatesHasAForeignStateAsItsTarget() {
        ActorLexicon.Lead lead = ActorLexicon.lead("Russia demanded that Georgia withdraw its troops from the "
                + "border. Talks are due next week.");
        assertEquals("\"russia\" (state) x demand or appeal \"demanded\", target \"georgia\" (foreign state)",
                lead.describe());
        assertEquals(List.of("actor: state", "actor: state x demand or appeal", "target: foreign state"),
                List.copyOf(lead.features(0.1).keySet()));
    }

    @Test
    void theActorsOwnWordsAreNotTheAct() {
        // "police" and "troops" are event words of the pattern layer too; here they are who acts
        assertEquals("\"police\" (domestic actor) x other act \"arrested\", target \"protesters\" (domestic actor)",
                ActorLexicon.lead("Police arrested 40 protesters in the capital on Sunday.").describe());
        assertEquals("\"rebel troops\" (armed force) x demand or appeal \"agreed to\"",
                ActorLexicon.lead("Rebel troops agreed to a truce on Friday.").describe());
    }

    @Test
    void anActInAPhraseThatSetsTheSceneIsNotTheLeadsAct() {
        assertEquals("\"president\" (state) x no act", ActorLexicon.lead("President Omar Hassan al-Bashir, following "
                + "the partial peace deal, has taken steps to enhance political freedoms.").describe());
        assertEquals("\"rebels\" (armed force) x military act \"shelled\"",
                ActorLexicon.lead("After two days of talks, the rebels shelled the town.").describe());
        // a scene set further back is no phrase of it: the act stands
        assertEquals("\"army\" (armed force) x military act \"shelled\", target \"rebel\" (armed force)",
                ActorLexicon.lead("Since Monday the army has shelled rebel positions.").describe());
    }

    @Test
    void anActNamedInTheAttributionIsNotTheLeadsAct() {
        assertEquals("\"minister\" (state) x no act", ActorLexicon.lead("The minister spoke for an hour in Bam, "
                + "according to the Agency for Development and Cooperation.").describe());
        // nor is the source a target: no state addresses Romania here
        assertEquals("\"hungary\" (state) x demand or appeal \"criticised\"", ActorLexicon.lead("Hungary on Tuesday "
                + "criticised the jailing of a blogger for tax fraud, according to Romanian newspapers.").describe());
    }

    @Test
    void thePressRightsGroupsAndLocalGovernmentActAtHome() {
        assertEquals("\"human rights watchdog amnesty international\" (domestic actor) x demand or appeal \"accused\", "
                + "target \"united states\" (foreign state)", ActorLexicon.lead("Human rights watchdog Amnesty "
                + "International accused the United States of violating human rights.").describe());
        assertEquals("\"ankara district administration\" (domestic actor) x no act",
                ActorLexicon.lead("Ankara district administration has denied land allocation for a temple.")
                        .describe());
    }

    @Test
    void aStateAndItsOwnNameAreNotForeign() {
        ActorLexicon.Lead lead = ActorLexicon.lead("The Egyptian president visited Cairo's new hospital.");
        assertEquals("\"egyptian president\" (state) x diplomatic act \"visited\", target \"cairo\" (own state)",
                lead.describe());
    }

    @Test
    void aSentenceWithoutEventWordsHasOnlyItsFirstActor() {
        ActorLexicon.Lead lead = ActorLexicon.lead("The ambassador is in Geneva this week.");
        assertEquals("\"ambassador\" (diplomat) x no act", lead.describe());
        assertNull(lead.target());
    }
}
