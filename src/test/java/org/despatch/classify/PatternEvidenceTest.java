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

    @Test
    void aWireDatelineIsWhereTheStoryWasFiledNotWhoActs() {
        String story = "WASHINGTON (Reuters) - Senate Republicans launched a last-ditch offensive on Wednesday to "
                + "block the nominee.";
        assertEquals("Senate Republicans launched a last-ditch offensive on Wednesday to block the nominee.",
                PatternEvidence.leadSentence(story));
        assertEquals("\"senate\" (domestic actor) x military act \"offensive\"", ActorLexicon.lead(story).describe());
        // nor does its city count as a state dealing with another
        assertEquals("MILITARY 6.0: \"artillery\" 3.0, \"shelled\" 3.0", PatternEvidence.of(
                "BEIRUT, Feb 9 (AP) \u2014 Israeli artillery shelled the hills overnight.").describe());
    }

    @Test
    void anOfficeOfDiplomacyThatReportsAnActOfWarIsItsSource() {
        assertEquals("DIPLOMATIC 1.0: \"source foreign ministry\" 1.0; MILITARY 7.5: \"troops\" 3.0, \"shelled\" 3.0, "
                        + "\"positions\" 1.5",
                PatternEvidence.of("The foreign ministry said that its troops had shelled positions overnight.")
                        .describe());
        // the hearer too
        assertEquals(Label.MILITARY, PatternEvidence.of(
                "The Foreign Minister confirmed to the Ambassador that troops had crossed the frontier and attacked "
                        + "the border posts.").label());
        // but when it says what diplomacy will do, the diplomacy is the act
        assertEquals(Label.DIPLOMATIC, PatternEvidence.of(
                "The foreign ministry said it would recall its ambassador over the shelling.").label());
    }

    @Test
    void ceremoniesHaveDiplomatsAsGuestsAndSportBorrowsWarsWords() {
        assertEquals("DIPLOMATIC 2.1: \"guest legation\" 1.0, \"guest diplomatic\" 1.0; OTHER 2.0: \"birthday\" 2.0",
                PatternEvidence.of("The Queen's birthday was celebrated at the Legation by a reception for the "
                        + "Diplomatic Body.").describe());
        assertEquals(Label.OTHER, PatternEvidence.of("The bench exploded into life as England repelled a relentless "
                + "siege on their try line to win the rugby test.").label());
    }

    @Test
    void wordsThatOnlyLookLikeActs() {
        // the month of March, a Council's elected members, its formula "seized of the matter", a nation's council
        assertEquals("DIPLOMATIC 1.5: \"vetoed\" 1.5", PatternEvidence.of(
                "The draft was vetoed on 22 March, though the elected members had pressed for a vote.").describe());
        assertEquals("no event words", PatternEvidence.of("Decides to remain actively seized of the matter.")
                .describe());
        assertEquals("no event words", PatternEvidence.of("The National Security Council staff will brief the "
                + "President.").describe());
    }

    @Test
    void aNumberedPartsSubHeadingIsNotItsLead() {
        assertEquals("The reporting period was dominated by attacks on the patrol bases.", PatternEvidence.leadSentence(
                "a. General. The reporting period was dominated by attacks on the patrol bases. Two were repulsed."));
        // without a number before it, a short first sentence is the lead
        assertEquals("Fighting continues.", PatternEvidence.leadSentence("Fighting continues. Talks are stalled."));
        // an armed force that exercises, and its launchers
        assertEquals("MILITARY 8.0: \"forces\" 1.0, \"exercised the use of\" 2.5, \"weapons\" 1.5, \"launchers\" 3.0",
                PatternEvidence.of("Russian forces exercised the use of nuclear weapons with Iskander launchers.")
                        .describe());
        assertEquals("MILITARY 4.5: \"battalion\" 3.0, \"patrolling\" 1.5",
                PatternEvidence.of("The battalion will increase patrolling in the villages.").describe());
    }

    @Test
    void situationReportsAbbreviationsAndTheIrregularsOfOldWars() {
        assertEquals("MILITARY 3.0: \"armd\" 1.5, \"adv\" 1.5", PatternEvidence.of(
                "3rd Armd Div continued adv east of the river by 1800Z.").describe());
        assertEquals("MILITARY 7.0: \"bashi-bazouks\" 2.0, \"burned the villages\" 3.0, \"slew\" 2.0",
                PatternEvidence.of("The Bashi-Bazouks burned the villages and slew their people.").describe());
    }

    @Test
    void helper22sMissedCuesAndFalseOnes() {
        assertEquals("MILITARY 3.0: \"skirmishing\" 3.0", PatternEvidence.of(
                "The column marched from Kumassi and after some sharp skirmishing reached the Prah.").describe());
        assertEquals("MILITARY 4.0: \"force protection\" 1.5, \"vbied\" 2.5", PatternEvidence.of(
                "Force protection level raised to AMBER following threat reporting of a VBIED.").describe());
        assertEquals("MILITARY 1.5: \"45 cdo\" 1.5", PatternEvidence.of(
                "45 Cdo began move on foot from Port San Carlos towards Teal Inlet.").describe());
        assertEquals("MILITARY 5.0: \"troops\" 3.0, \"entered the tigrayan capital\" 2.0", PatternEvidence.of(
                "Federal troops entered the Tigrayan capital Mekelle on Saturday.").describe());
        // busy, not occupied by an army; a match's "battle"; a column on the march is no protest
        assertEquals("OTHER 2.0: \"marriage\" 2.0", PatternEvidence.of(
                "The Palace is said to be much occupied with the arrangements for the marriage.").describe());
        assertEquals(Label.OTHER, PatternEvidence.of(
                "Local press called the match a battle after a brawl on the pitch.").label());
        assertEquals("no event words", PatternEvidence.of("The column marched from Kumassi on the 3rd instant.")
                .describe());
    }

    @Test
    void anOrdersCompaniesAndPostsAreUnitsAndPlacesOfWarNotFirms() {
        assertEquals("MILITARY 5.0: \"b company\" 1.5, \"seize\" 2.0, \"observation posts\" 1.5", PatternEvidence.of(
                "B Company will seize the factory buildings, which the enemy uses as observation posts.").describe());
        assertEquals("MILITARY 4.5: \"observation posts\" 1.5, \"rpg\" 3.0", PatternEvidence.of(
                "Observation posts must cover the slope from which the RPG fire came.").describe());
        assertEquals("OTHER 2.0: \"company\" 2.0", PatternEvidence.of(
                "The company reported higher sales in the third quarter.").describe());
    }

    @Test
    void attachesAndArmsInspectorsAreDiplomacyAboutArms() {
        assertEquals("DIPLOMATIC 6.2: \"military attaché\" 3.0, \"minister\" 0.5, \"assured him that\" 1.2, "
                + "\"about troops\" 1.5; MILITARY 1.0: \"troops\" 1.0",
                PatternEvidence.of("The military attaché was received by the Minister, who assured him that no "
                        + "troops would be moved.").describe());
        assertEquals("DIPLOMATIC 2.5: \"weapons inspectors\" 2.5", PatternEvidence.of(
                "Weapons inspectors of the OPCW were granted access to two declared sites.").describe());
    }

    @Test
    void forcesTurnedOnTheirOwnGovernmentOrOnNetworksAndABandAtACeremony() {
        assertEquals("MILITARY 4.5: \"gunboats\" 1.5, \"exchanging fire\" 3.0", PatternEvidence.of(
                "The French gunboats ascended the river, exchanging fire with the forts.").describe());
        assertEquals("MILITARY 4.0: \"mutineers\" 2.0, \"seized\" 2.0", PatternEvidence.of(
                "Mutineers seized the radio station and the junta declared a curfew.").describe());
        assertEquals("MILITARY 5.0: \"army\" 3.0, \"cyber units\" 2.0", PatternEvidence.of(
                "Army cyber units disabled three power distribution centres.").describe());
        assertEquals("MILITARY 4.5: \"army\" 3.0, \"roadblocks\" 1.5", PatternEvidence.of(
                "The army set up roadblocks around the capital.").describe());
        assertEquals("OTHER 4.0: \"military band\" 2.0, \"birthday\" 2.0", PatternEvidence.of(
                "A military band played in the public gardens on the King's birthday.").describe());
    }

    @Test
    void ceremonyReliefWorkAStaffsBusinessAndATradesWarWeighForOther() {
        assertEquals("OTHER 3.5: \"brigade band\" 2.0, \"school\" 1.5", PatternEvidence.of(
                "The Brigade band played at the opening of the rebuilt school.").describe());
        assertEquals("OTHER 2.0: \"military parade\" 2.0", PatternEvidence.of(
                "The annual Republic Day military parade proceeded without incident.").describe());
        assertEquals("MILITARY 3.0: \"army\" 3.0; OTHER 2.5: \"search and rescue\" 2.5", PatternEvidence.of(
                "Army units continue search and rescue in Antakya.").describe());
        assertEquals("MILITARY 3.0: \"troops\" 3.0; OTHER 2.5: \"clearing the rubble\" 2.5", PatternEvidence.of(
                "The troops have been employed in clearing the rubble of the houses.").describe());
        assertEquals("MILITARY 3.0: \"battalion\" 3.0; OTHER 2.0: \"assumed command\" 2.0", PatternEvidence.of(
                "Lt Col A. R. Hughes assumed command of the battalion on 1 May.").describe());
        assertEquals("OTHER 2.0: \"marriage\" 2.0", PatternEvidence.of(
                "The Crown Prince's marriage was solemnised in the Cathedral.").describe());
        assertEquals("OTHER 2.0: \"war of tariffs\" 2.0", PatternEvidence.of(
                "The war of tariffs continues to injure the trade of Belgrade.").describe());
        assertEquals("OTHER 2.0: \"price war\" 2.0", PatternEvidence.of(
                "A price war among the airlines has halved fares.").describe());
        // calling out the reserves is mobilisation
        assertEquals("MILITARY 5.5: \"calling out of the redif\" 2.5, \"battalions\" 3.0", PatternEvidence.of(
                "Orders have been issued for the calling out of the Redif battalions.").describe());
    }

    @Test
    void seaMinesAndBarracksAreForceAndAParliamentaryQuestionsMinisterIsNoAct() {
        assertEquals("MILITARY 2.5: \"the mining of the tanker\" 2.5", PatternEvidence.of(
                "The mining of the tanker BRIDGETON west of Farsi Island has changed the character of the patrol.")
                .describe());
        assertEquals("MILITARY 1.5: \"barracks\" 1.5", PatternEvidence.of(
                "The factions remained in their declared barracks and cantonment sites.").describe());
        assertEquals("OTHER 2.0: \"to ask the secretary of state for foreign and commonwealth affairs\" 1.0, "
                + "\"food aid\" 1.0", PatternEvidence.of("Mr. Dobson: To ask the Secretary of State for Foreign and "
                + "Commonwealth Affairs how many people in Zimbabwe will require food aid.").describe());
        // the mining industry is no mine warfare
        assertEquals("no event words", PatternEvidence.of("The mining of copper resumed in the province.")
                .describe());
    }

    @Test
    void assurancesDemarchesAndObjectionsFrameTheTroopsTheyAreAbout() {
        assertEquals("DIPLOMATIC 2.7: \"assured me that\" 1.2, \"about troops\" 1.5; MILITARY 1.0: \"troops\" 1.0",
                PatternEvidence.of("Count Lamsdorff assured me that the concentration of Russian troops on the Yalu "
                        + "had no aggressive purpose.").describe());
        assertEquals("DIPLOMATIC 3.0: \"demarche\" 1.5, \"about tanks\" 1.5; MILITARY 1.0: \"tanks\" 1.0",
                PatternEvidence.of("DCM DELIVERED DEMARCHE TO MFA ON REPORTED SHIPMENT OF T-55 TANKS THROUGH MASSAWA.")
                        .describe());
    }

    @Test
    void troopsAtAFireOrAnEarthquakeDoReliefWork() {
        assertEquals("MILITARY 5.5: \"soldiers\" 3.0, \"deployed\" 2.5; OTHER 3.4: \"rescue efforts\" 2.5, "
                + "\"scene earthquake\" 0.9", PatternEvidence.of("Soldiers were deployed to help with rescue efforts "
                + "after the earthquake.").describe());
        assertEquals("MILITARY 3.0: \"garrison\" 3.0; OTHER 2.5: \"fight the fire\" 2.5", PatternEvidence.of(
                "The garrison was turned out to fight the fire in the bazaar.").describe());
    }

    @Test
    void aPoliceRaidIsPolicingAndAGameOrAMarketBorrowsWarsWords() {
        assertEquals("MILITARY 4.5: \"rifles\" 1.5, \"grenades\" 3.0; OTHER 3.0: \"police raided\" 3.0",
                PatternEvidence.of("Police raided a house in Surabaya and found rifles and grenades.").describe());
        assertEquals("MILITARY 1.0: \"sport's bombardment\" 1.0; OTHER 3.0: \"bowling\" 3.0", PatternEvidence.of(
                "The hosts unleashed a bombardment of short-pitched bowling on the final day.").describe());
        assertEquals("MILITARY 4.5: \"retreat\" 1.5, \"assault\" 3.0; OTHER 2.0: \"sterling\" 2.0",
                PatternEvidence.of("Sterling beat a hasty retreat against the dollar as traders braced for a fresh "
                        + "assault on the inflation target.").describe());
    }

    @Test
    void troopsThatExpelAPostFightAndBatteriesOpenFire() {
        assertEquals("DIPLOMATIC 0.8: \"states afghanistan+russia\" 0.8; MILITARY 3.0: \"troops\" 3.0",
                PatternEvidence.of("Russian troops expelled the Afghan post at Somatash after an exchange of shots.")
                        .describe());
        assertEquals("DIPLOMATIC 5.8: \"expelled\" 2.0, \"diplomats\" 3.0, \"states britain+russia\" 0.8",
                PatternEvidence.of("Russia expelled two British diplomats on Friday.").describe());
        assertEquals("MILITARY 3.0: \"batteries reopened fire\" 3.0", PatternEvidence.of(
                "The allied batteries reopened fire upon Sevastopol on the morning of the 17th.").describe());
        assertEquals("MILITARY 2.5: \"burghers have been commandeered\" 2.5", PatternEvidence.of(
                "Large numbers of burghers have been commandeered and entrained for the Natal border.").describe());
    }

    @Test
    void anAgreementsArticlesFrameTheForceTheyEndAndRiflesAreArms() {
        assertEquals("DIPLOMATIC 2.0: \"the parties shall\" 1.2, \"about military\" 0.8; MILITARY 0.5: \"military\" 0.5",
                PatternEvidence.of("1. The Parties shall cease all military operations at 00.01 hours on 20 March.")
                        .describe());
        assertEquals("DIPLOMATIC 2.5: \"cessation of hostilities\" 2.5", PatternEvidence.of(
                "Article 1 — Cessation of hostilities").describe());
        assertEquals("MILITARY 3.5: \"rifles\" 1.5, \"raiders\" 2.0", PatternEvidence.of(
                "The column took four thousand Mauser rifles from a party of Tuareg raiders.").describe());
    }
    @Test
    void anAdjectivesHalfIsNoActAndAComplaintOrADefenceFramesWhatItIsAbout() {
        assertEquals("DIPLOMATIC 0.8: \"states israel+lebanon\" 0.8; MILITARY 3.0: \"invasion\" 3.0", PatternEvidence.of(
                "Israel today mounted its long-threatened invasion of South Lebanon.").describe());
        assertEquals("DIPLOMATIC 5.3: \"complained to\" 1.5, \"united nations\" 1.5, \"about air raids\" 1.5, "
                + "\"states israel+lebanon\" 0.8; MILITARY 1.0: \"air raids\" 1.0", PatternEvidence.of(
                "Lebanon complained to the United Nations on Tuesday over two Israeli air raids.").describe());
        assertEquals("DIPLOMATIC 5.0: \"defended the right\" 1.0, \"about troops\" 1.5, \"about fire on\" 0.8, "
                + "\"about militants\" 1.0, \"states russia+united states\" 0.8; MILITARY 2.3: \"troops\" 1.0, "
                + "\"fire on\" 0.5, \"militants\" 0.7", PatternEvidence.of(
                "The United States defended the right of Russian troops to fire on militants.").describe());
    }

    @Test
    void whatAnAgreementSignedOrAPositionTabledProvidesForIsItsSubject() {
        assertEquals("DIPLOMATIC 4.8: \"signed an agreement\" 2.5, \"about withdrawal\" 0.8, \"about troops\" 1.5; "
                + "MILITARY 1.6: \"withdrawal\" 0.5, \"troops\" 1.0", PatternEvidence.of(
                "The two commanders signed an agreement that provides for the withdrawal of Russian troops.")
                .describe());
        assertEquals("DIPLOMATIC 4.7: \"delegation\" 2.0, \"tabled a revised position\" 1.2, \"about missile\" 1.5; "
                + "MILITARY 1.0: \"missile\" 1.0", PatternEvidence.of(
                "The Soviet delegation tabled a revised position on missile verification.").describe());
    }

    @Test
    void armsSentAirDefencesActivatedSitesStruckAndAReturnOfCasualtiesAreForce() {
        assertEquals("DIPLOMATIC 0.8: \"states pakistan+united states\" 0.8; MILITARY 2.5: \"send arms to\" 2.5",
                PatternEvidence.of("The United States continued to send arms to Pakistan.").describe());
        assertEquals("MILITARY 3.4: \"air defences were activated\" 2.5, \"scene explosions\" 0.9", PatternEvidence.of(
                "Air defences were activated across several provinces after explosions were heard.").describe());
        assertEquals("DIPLOMATIC 0.8: \"states india+pakistan\" 0.8; MILITARY 1.5: \"strikes nine sites\" 1.5",
                PatternEvidence.of("India strikes nine sites in Pakistan.").describe());
        assertEquals("MILITARY 3.5: \"casualties\" 1.5, \"killed, wounded and missing\" 2.0", PatternEvidence.of(
                "The casualties are returned at about eleven hundred killed, wounded and missing.").describe());
        // mines by their kind, cleared by engineers (helper-38's situation report)
        assertEquals("MILITARY 4.0: \"regt\" 1.5, \"ap mines\" 2.5; OTHER 1.5: \"school\" 1.5", PatternEvidence.of(
                "c. 21 Engr Regt cleared 14 AP mines and 2 booby traps from the school at Kosovo Polje.").describe());
        assertEquals("MILITARY 1.5: \"force the passage of\" 1.5", PatternEvidence.of(
                "General Buller's attempt to force the passage of the Tugela has failed.").describe());
    }

    @Test
    void aSuitForDamagesAFootballSiegeARescueAndACablesContactAreOther() {
        assertEquals("DIPLOMATIC 0.8: \"states saudi+united states\" 0.8; MILITARY 6.0: \"missile\" 3.0, "
                + "\"attack\" 3.0; OTHER 2.0: \"suing\" 2.0", PatternEvidence.of(
                "A Saudi businessman is suing the United States for damages caused by a missile attack.").describe());
        assertEquals("\"saudi\" (state) x other act \"suing\", target \"united states\" (foreign state)",
                ActorLexicon.lead("A Saudi businessman is suing the United States for damages caused by a missile "
                        + "attack.").describe());
        // a belligerent that sues for peace is no litigant
        assertEquals("DIPLOMATIC 2.5: \"peace\" 2.5; MILITARY 1.5: \"fortress\" 1.5", PatternEvidence.of(
                "The enemy sued for peace after the fall of the fortress.").describe());
        assertEquals("MILITARY 1.0: \"sport's siege\" 1.0; OTHER 5.5: \"crashed\" 2.5, \"champions league\" 3.0",
                PatternEvidence.of("Paris Saint-Germain laid siege to the Bayern goal but crashed out of the "
                        + "Champions League.").describe());
        assertEquals("MILITARY 4.5: \"soldiers\" 3.0, \"navy\" 1.5; OTHER 3.4: \"search for survivors\" 2.5, "
                + "\"scene typhoon\" 0.9", PatternEvidence.of(
                "Soldiers and navy ships joined the search for survivors after the typhoon.").describe());
        assertEquals("DIPLOMATIC 3.0: \"embassy\" 3.0; OTHER 3.0: \"point of contact is\" 3.0", PatternEvidence.of(
                "Embassy point of contact is Poloff Jane Doe.").describe());
    }

    @Test
    void anAttributionAndTheSceneAreNotTheReportsAct() {
        assertEquals("DIPLOMATIC 0.4: \"source cooperation\" 0.4; OTHER 1.0: \"doctors\" 1.0", PatternEvidence.of(
                "Volunteer doctors handed over two tonnes of medicine to the local hospital, according to the Agency "
                        + "for Development and Cooperation.").describe());
        assertEquals("DIPLOMATIC 1.0: \"scene summit\" 1.0", PatternEvidence.of("A student has been charged in "
                + "Germany over her part in rioting during an EU summit in Hamburg last year.").describe());
        // "US" with a hyphen is still the United States: the peace deal it brokered sets the scene
        assertEquals("DIPLOMATIC 0.9: \"scene peace deal\" 0.9", PatternEvidence.of("Rioting broke out following "
                + "the US-brokered peace deal in the capital.").describe());
        // an aside is no closing attribution, nor is "according to" that means "as laid down in"
        assertEquals("MILITARY 6.0: \"army\" 3.0, \"shelled\" 3.0", PatternEvidence.of(
                "The army, according to witnesses, shelled the town on Sunday.").describe());
        assertEquals("DIPLOMATIC 4.5: \"ceasefire\" 2.5, \"agreement\" 2.0; MILITARY 4.5: \"withdrew\" 1.5, "
                + "\"troops\" 3.0", PatternEvidence.of("The two sides withdrew their troops according to the "
                + "ceasefire agreement.").describe());
        // a sentence that opens with "According to" may cite an agreement's terms
        assertEquals("DIPLOMATIC 2.0: \"agreement\" 2.0; MILITARY 1.5: \"withdraw\" 1.5", PatternEvidence.of(
                "According to the agreement, both sides withdraw from the hills.").describe());
    }

    @Test
    void aSecretaryOfStateForAnotherOfficeThanForeignAffairsIsNoDiplomat() {
        assertEquals("MILITARY 4.0: \"navy\" 1.5, \"deploy\" 2.5", PatternEvidence.of("Mr. Mellor asked the Secretary of "
                + "State for Defence when the Royal Navy will next deploy a task group to the Far East.").describe());
        assertEquals("DIPLOMATIC 6.0: \"secretary of state\" 3.0, \"commonwealth\" 2.0, \"statement\" 1.0",
                PatternEvidence.of("Mr. Ancram asked the Secretary of State for Foreign and Commonwealth Affairs if he "
                        + "will make a statement.").describe());
    }
}
