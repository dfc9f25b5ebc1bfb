package org.despatch.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CableHeadersTest {

    private static final ParagraphKind R = ParagraphKind.ROUTING;
    private static final ParagraphKind H = ParagraphKind.HEADING;
    private static final ParagraphKind B = ParagraphKind.BODY;

    private static List<ParagraphKind> kinds(SegmentedDocument d) {
        return d.paragraphs().stream().map(Paragraph::kind).toList();
    }

    @Test
    void aCablesRoutingLinesBelongToNoSectionAndItsSubjectHeadsTheMessage() {
        SegmentedDocument d = Segmenter.segment("""
                CONFIDENTIAL

                PAGE 01 ANKARA 04512 041530Z

                FM AMEMBASSY ANKARA

                TO SECSTATE WASHDC IMMEDIATE 4471

                USMISSION USUN NEW YORK

                E.O. 12958: DECL: 10/04/2022

                TAGS: PREL, MOPS, TU, SY

                SUBJECT: TURKEY RESPONDS TO CROSS-BORDER SHELLING

                REF: A. ANKARA 4490 B. STATE 102233

                1. (C) TURKISH ARTILLERY SHELLED SYRIAN ARMY POSITIONS OVERNIGHT AFTER A MORTAR ROUND KILLED FIVE \\
                CIVILIANS IN AKCAKALE.

                2. (C) REF: THE MFA UNDERSECRETARY TOLD THE AMBASSADOR THAT TURKEY WOULD ASK FOR A MEETING.

                CONFIDENTIAL
                """);
        // once the message has begun, "REF:" is its text; the closing marking repeats the opening one, and a repeat
        // takes the kind of its first occurrence
        assertEquals(List.of(R, R, R, R, R, R, R, H, R, B, B, R), kinds(d));
        assertEquals(List.of(new Section(1, "SUBJECT: TURKEY RESPONDS TO CROSS-BORDER SHELLING")), d.sections());
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0), d.paragraphs().stream().map(Paragraph::section)
                .toList());
    }

    @Test
    void markingsAtTheHeadOfALineAndSpacedLettersAreRouting() {
        SegmentedDocument d = Segmenter.segment("""
                UNCLAS SECTION 01 OF 02 BAGHDAD 001234

                SIPDIS

                TAGS: PGOV, PREL, IZ

                SUBJECT: PROVINCIAL ELECTIONS: PARTIES REGISTER CANDIDATES

                1. (U) The electoral commission closed candidate registration on Thursday, with 14,400 candidates.
                """);
        assertEquals(List.of(R, R, R, H, B), kinds(d));
        assertEquals(List.of(R, R, H, B), kinds(Segmenter.segment("""
                C O N F I D E N T I A L ANKARA 004512

                MEMORANDUM FOR THE PRESIDENT

                SUBJECT: Soviet Naval Activity in the Caribbean

                The submarine tender and two submarines which arrived at Cienfuegos last week have now left port.
                """)));
    }

    @Test
    void aTeletypeHeaderAndTheClassifyingOfficialAreRouting() {
        assertEquals(List.of(R, R, R, R, R, H, R, R, B), kinds(Segmenter.segment("""
                R 041530Z OCT 07

                DE RUEHAK #4512/01 2781530

                ZNY CCCCC ZZH

                C O N F I D E N T I A L SECTION 01 OF 02 ANKARA 004512

                TAGS: PREL, PGOV, TU

                SUBJECT: TURKEY: FOREIGN MINISTER ON SYRIA

                Classified By: Ambassador James F. Jeffrey for reasons 1.4 (b) and (d)

                Reason: 1.4 (b), (d)

                1. (C) Summary: The Foreign Minister told the Ambassador that Ankara would recall its ambassador.
                """)));
    }

    @Test
    void aMemorandumsHeaderFieldsAreRoutingInAnyCase() {
        SegmentedDocument d = Segmenter.segment("""
                MEMORANDUM

                TO: The Secretary

                FROM: INR - Thomas L. Hughes

                Subject: Soviet Reaction to the Israeli Strikes

                Moscow has so far confined its response to a TASS statement and a note to the Israeli government.
                """);
        assertEquals(List.of(H, R, R, H, B), kinds(d));
    }

    @Test
    void aMessageQuotedInAMailHasItsHeaderAndItsSection() {
        SegmentedDocument d = Segmenter.segment("""
                Agreed. Please tell the ministry that we will not sign before the vote in the Security Council.

                -----Original Message-----

                From: Desk Officer

                Sent: Tuesday, March 30, 2004 10:00 AM

                To: Political Counsellor

                Subject: Draft communique on the border talks

                The other side wants the communique to mention the ceasefire lines. Can we accept that?
                """);
        assertEquals(List.of(B, R, R, R, R, H, B), kinds(d));
        assertEquals(List.of(new Section(1, null), new Section(2, "Subject: Draft communique on the border talks")),
                d.sections());
        // a "From:" line in the running text of a mail is the text
        assertEquals(List.of(B, B), kinds(Segmenter.segment("""
                The ministry replied on Tuesday and the text was agreed by both delegations before noon.

                From: the minutes of the meeting of 30 March, as circulated to the delegations.
                """)));
    }

    @Test
    void runningTextThatLooksLikeAHeaderIsLeftAlone() {
        // an address needs capitals and no full stop; mixed case is prose
        assertEquals(List.of(B, B), kinds(Segmenter.segment("""
                To the north, troops advanced on the town of Gori and shelled its outskirts through the night.

                From Tbilisi, the government appealed to the Security Council for an immediate ceasefire.
                """)));
        assertEquals(List.of(B, B), kinds(Segmenter.segment("""
                TO THE NORTH, ENEMY PATROLS WERE SEEN MOVING TOWARDS THE RIDGE AT DAWN.

                OWN FORCES: 2 BN RELIEVED 1 BN ON RIDGE. ONE SOLDIER KIA, THREE WIA AT OP 7.
                """)));
    }

    @Test
    void theHeaderEndsAtTheFirstParagraphOfRunningText() {
        CableHeaders.Block block = new CableHeaders.Block();
        assertTrue(block.isRouting("FM AMEMBASSY ANKARA"));
        assertTrue(block.isRouting("AMEMBASSY DAMASCUS"));  // an addressee continues the address line
        assertFalse(block.isRouting("SUBJECT: BORDER INCIDENT"));
        assertFalse(block.isRouting("AMEMBASSY DAMASCUS"));  // but not across the subject line
        assertTrue(block.isRouting("TAGS: PREL"));
        block.read("MOSCOW, Feb 9");  // a short line is not yet the message
        assertTrue(block.isRouting("TAGS: PREL"));
        block.read("1. TURKISH ARTILLERY SHELLED SYRIAN ARMY POSITIONS OVERNIGHT.");
        assertFalse(block.isRouting("TAGS: PREL"));
        assertTrue(CableHeaders.isSubject("Subj: Visit of the Foreign Minister"));
        assertFalse(CableHeaders.isSubject("Subjects of the Crown residing in the district were unharmed."));
    }
}
