package org.despatch.normalize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
        // "MEMORANDUM" over the fields names the document, as a letterhead does: no section of its own
        assertEquals(List.of(R, R, R, H, B), kinds(d));
    }

    @Test
    void aMessageQuotedInAMailHasItsHeaderAndItsSection() {
        String header = "From: Desk Officer\nSent: Tuesday, March 30, 2004 10:00 AM\nTo: Political Counsellor\n"
                + "Subject: Draft communique on the border talks";
        // the dashed line with the header's lines spaced; Outlook's rule with them single-spaced, which were joined
        // as wrapped lines and hid the subject
        for (String quoted : List.of("-----Original Message-----\n\n" + header.replace("\n", "\n\n"),
                "________________________________\n" + header)) {
            SegmentedDocument d = Segmenter.segment("Agreed. Please tell the ministry that we will not sign before "
                    + "the vote in the Security Council.\n\n" + quoted + "\n\nThe other side wants the communique "
                    + "to mention the ceasefire lines. Can we accept that?\n");
            assertEquals(List.of(B, R, R, R, R, H, B), kinds(d), quoted);
            assertEquals(List.of(new Section(1, null), new Section(2, "Subject: Draft communique on the border talks")),
                    d.sections());
        }
        // a "From:" line in the running text of a mail is the text
        assertEquals(List.of(B, B), kinds(Segmenter.segment("""
                The ministry replied on Tuesday and the text was agreed by both delegations before noon.

                From: the minutes of the meeting of 30 March, as circulated to the delegations.
                """)));
    }

    @Test
    void aForwardingLineOpensAHeaderAndARuleAloneDoesNot() {
        assertEquals(List.of(B, R, R, R, H, B), kinds(Segmenter.segment("""
                Forwarding this for the file, with the embassy's comments below.

                Begin forwarded message:
                From: Political Section
                Date: 4 May 2011
                Subject: Talks on the border commission

                Both delegations agreed to meet again in Geneva next month to settle the commission's mandate.
                """)));
        // a rule alone opens nothing
        assertEquals(List.of(B, B, B), kinds(Segmenter.segment("""
                The minutes were approved without amendment and the meeting closed at noon on Friday.

                ______________________________

                Date palms along the river were damaged by the storm, the report said on Saturday.
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
        List<String> lines = List.of("FM AMEMBASSY ANKARA", "AMEMBASSY DAMASCUS", "SUBJECT: BORDER INCIDENT",
                "AMEMBASSY DAMASCUS", "TAGS: PREL", "MOSCOW, Feb 9", "TAGS: PREL",
                "1. TURKISH ARTILLERY SHELLED SYRIAN ARMY POSITIONS OVERNIGHT.", "TAGS: PREL");
        boolean[] routing = CableHeaders.routingLines(lines, i -> false, i -> lines.get(i).startsWith("SUBJECT"));
        // an addressee continues the address line, but not across the subject line; a dateline ("MOSCOW, Feb 9")
        // is not yet the message; after the first sentence nothing is routing
        assertArrayEquals(new boolean[] {true, true, false, false, true, true, true, false, false}, routing);
        assertTrue(HeaderLines.isSubject("Subj: Visit of the Foreign Minister"));
        assertTrue(HeaderLines.isSubject("RE: Travel restrictions for the delegation"));
        assertFalse(HeaderLines.isSubject("Re-election of the president is not in doubt."));
        assertFalse(HeaderLines.isSubject("Subjects of the Crown residing in the district were unharmed."));
    }

    @Test
    void aTitleOrALoneFieldIsNoHeader() {
        // lines that begin as address lines do, or a field ordinary documents hold, without a second kind of line
        assertEquals(List.of(B, B, H, B), kinds(Segmenter.segment("""
                TO THE LIGHTHOUSE

                CHAPTER ONE

                THE WINDOW

                "Yes, of course, if it's fine tomorrow," said Mrs Ramsay. "But you'll have to be up with the lark."
                """)));
        assertEquals(List.of(H, B), kinds(Segmenter.segment("""
                ACTION PLAN FOR THE RECONSTRUCTION OF MOSUL

                The plan sets out the works needed to restore water, power and housing in the old city.
                """)));
        assertEquals(List.of(B, B), kinds(Segmenter.segment("""
                Reason: the council found that the applicant had not provided sufficient evidence of residence.

                The applicant may appeal within thirty days of the date of this letter.
                """)));
        // a headline in capitals that begins with a marking's word, and a name after "DE"
        assertEquals(List.of(H, B), kinds(Segmenter.segment("""
                SECRET SERVICE AGENTS ARREST MAN NEAR WHITE HOUSE

                Agents detained a man who climbed the fence on Tuesday evening, the agency said.
                """)));
        assertEquals(List.of(H, B), kinds(Segmenter.segment("""
                DE GAULLE VISITS ALGIERS

                The President arrived in Algiers on Wednesday for a three-day visit, his first since the vote.
                """)));
        assertEquals(List.of(H, B), kinds(Segmenter.segment("""
                SECRET SERVICE AGENTS ARREST 3 MEN NEAR WHITE HOUSE

                Agents detained three men who climbed the fence on Tuesday evening, the agency said.
                """)));
        // addressee-like lines of one kind, a title and a number, a title "Secret": no header
        assertEquals(List.of(B, B, H, B), kinds(Segmenter.segment("""
                TO DO LIST FOR THE MISSION

                INFO PACK FOR NEW STAFF

                CC BY-SA 4.0

                Staff arriving in the mission area must register with the security office on their first day.
                """)));
        assertEquals(List.of(H, H, B), kinds(Segmenter.segment("""
                No. 7

                A Guide to Paris

                The city's museums are closed on Mondays or Tuesdays, and most of them are free on the first Sunday.
                """)));
        assertEquals(List.of(H, B), kinds(Segmenter.segment("""
                Secret

                The report was kept from the cabinet for three years before a newspaper published it in full.
                """)));
        // "Priority" as a heading is a word, not a precedence
        assertEquals(List.of(H, B), kinds(Segmenter.segment("""
                Priority

                The ministry will first restore the roads to the northern districts, then the bridges.
                """)));
    }

    @Test
    void aMemorandumsAddresseeAndSubjectAreAHeader() {
        assertEquals(List.of(R, H, B), kinds(Segmenter.segment("""
                To: All staff

                Subject: Parking

                The car park will be closed on Friday while the barrier at the north entrance is replaced.
                """)));
    }

    @Test
    void aDespatchsNumberSenderAndDateOfReceiptAreRouting() {
        SegmentedDocument d = Segmenter.segment("""
                No. 42.

                Sir H. Elliot to the Earl of Derby.

                (Received July 21.)

                Constantinople, July 10, 1876.

                My Lord,

                I have the honour to report that the Servian army crossed the frontier on the 2nd instant.

                (Signed) HENRY ELLIOT.
                """);
        // the place and date, and the salutation, are the letter's header too
        assertEquals(List.of(R, R, R, R, R, B, ParagraphKind.CREDIT), kinds(d));
        // a Blue Book's series over its first despatch, and a telegram's note with its place and date
        assertEquals(List.of(R, R, R, R, B), kinds(Segmenter.segment("""
                TURKEY. No. 1 (1886).

                No. 17.

                Sir F. Lascelles to the Marquis of Salisbury.

                (Telegraphic.) Sofia, November 15, 1885.

                Servian troops crossed the frontier at three points yesterday morning, and fighting is reported.
                """)));
        // the Blue Books' sender, addressee and date of receipt on one line
        assertEquals(List.of(R, R, B), kinds(Segmenter.segment("""
                No. 47.

                Sir H. Elliot to the Earl of Derby.—(Received July 10.)

                I have the honour to inform your Lordship that the Servian Government has declared war upon the Porte.
                """)));
        // a number on its own is no despatch
        assertEquals(List.of(H, B), kinds(Segmenter.segment("""
                No. 5

                The fifth resolution calls on both parties to withdraw their forces to the lines of June.
                """)));
    }

    @Test
    void aSituationReportsTitleSenderAndPeriodAreRouting() {
        // before, FROM and PERIOD were joined as one wrapped line of body text, labelled MILITARY for "INFANTRY"
        assertEquals(List.of(R, R, R, H, B), kinds(Segmenter.segment("""
                SITREP No. 112
                FROM: HQ 3 BRITISH INFANTRY DIVISION
                PERIOD: 080600B TO 090600B JULY 44

                1. ENEMY

                Enemy held strongly the villages of Lebisey and La Bijude throughout the period.
                """)));
    }

    @Test
    void eachDespatchOfABlueBookHasItsHeaderAndItsSection() {
        SegmentedDocument d = Segmenter.segment("""
                CORRESPONDENCE RESPECTING THE AFFAIRS OF TURKEY.

                No. 12.

                Sir H. Elliot to the Earl of Derby.—(Received July 10.)

                Therapia, July 2, 1876.

                I have the honour to inform your Lordship that the Servian Government has declared war upon the Porte.

                No. 14.

                Consul White to the Earl of Derby.—(Received July 14.)

                Belgrade, July 4, 1876.

                General Tchernaieff attacked the Turkish positions before Nisch at dawn with four battalions.
                """);
        // before, only a header at the head of the file was looked for, and the title's full stop closed it
        assertEquals(List.of(B, R, R, R, B, R, R, R, B), kinds(d));
        // the title, with its full stop, is a line of text of its own; each despatch begins a section
        assertEquals(List.of(1, 0, 0, 0, 2, 0, 0, 0, 3), d.paragraphs().stream().map(Paragraph::section).toList());
    }

    @Test
    void aDespatchWithoutItsDateOfReceiptAndAnInclosureHaveTheirHeaders() {
        SegmentedDocument d = Segmenter.segment("""
                No. 42.

                The Earl of Derby to Sir H. Elliot.

                Sir, Foreign Office, July 11, 1876.

                I HAVE received your Excellency's despatch No. 41 of the 2nd instant, reporting the declaration of war.

                I am, &c.

                (Signed) DERBY.

                Inclosure in No. 42.

                Prince Milan to the Grand Vizier.

                Highness, Belgrade, June 18 (30), 1876.

                THE Government of His Highness has in vain addressed to the Sublime Porte its representations.

                I have, &c.

                No. 43.

                Consul Holmes to the Earl of Derby.—(Received July 12.)

                THE Turkish troops under Dervish Pasha left Serai yesterday for the Drina frontier.
                """);
        ParagraphKind c = ParagraphKind.CREDIT;
        // a signature's lines end where the next despatch begins
        assertEquals(List.of(R, R, R, B, c, c, R, R, R, B, c, R, R, B), kinds(d));
        assertEquals(List.of(0, 0, 0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 3),
                d.paragraphs().stream().map(Paragraph::section).toList());
        // a sentence that names a sender and an addressee is no header without its number
        assertEquals(List.of(B, B), kinds(Segmenter.segment("""
                The Minister of War to the front.

                The minister travelled by train on Tuesday to inspect the positions held by the Second Army.
                """)));
    }

    @Test
    void eachTelegramOfANewspapersColumnHasItsDatelineAndItsSection() {
        SegmentedDocument d = Segmenter.segment("""
                (FROM OUR OWN CORRESPONDENTS.)

                VIENNA, June 27.

                Intelligence received here from Bucharest states that the Russian army has effected the passage of \
                the Danube at Sistova.

                CONSTANTINOPLE, June 26 (Evening).

                The Porte has addressed a circular note to the Powers protesting against the violation of the \
                Servian frontier.

                BELGRADE (via NISH), July 28.

                The Austrian monitors on the Danube opened fire on the town this morning.
                """);
        assertEquals(List.of(ParagraphKind.CREDIT, R, B, R, B, R, B), kinds(d));
        assertEquals(List.of(0, 0, 1, 0, 2, 0, 3), d.paragraphs().stream().map(Paragraph::section).toList());
        // a place and a day inside a sentence, or a place not in capitals, opens nothing
        assertEquals(List.of(B, B), kinds(Segmenter.segment("""
                Vienna, June 27.

                The ministers met again and agreed to resume the talks on the frontier question next week.
                """)));
    }

    @Test
    void aMemoPastedUnderARowOfDashesHasItsHeaderAndItsClearancesAtTheFoot() {
        SegmentedDocument d = Segmenter.segment("""
                Pasting below the memo as cleared by AF, PM and INR last night; please put it in the book.

                Thanks, Dana

                (202) 647-0000

                ------------------------------

                SENSITIVE BUT UNCLASSIFIED

                MEMORANDUM FOR THE SECRETARY

                FROM: AF - Molly Phee

                SUBJECT: Your Meetings in Abuja and Accra

                Your visit will underscore U.S. support for ECOWAS mediation with the military authorities in Niger.

                Drafted: AF/W: JSmith, x7-4321

                Cleared: AF/FO: WFitzgerald (ok); PM: SHerrick (ok)
                """);
        ParagraphKind c = ParagraphKind.CREDIT;
        assertEquals(List.of(B, c, c, R, R, R, R, H, B, R, R), kinds(d));
    }

    @Test
    void aTeletypesRoutingIndicatorsAndAnIntsumsNumberAreRouting() {
        assertEquals(List.of(R, R, R, R, R, H, B), kinds(Segmenter.segment("""
                VZCZCXRO4521

                ZCZC LN214

                OO RUEHBC RUEHDE RUEHKUK

                INTSUM 118/23

                PERIOD COVERED: 010600A TO 020600A OCT 23

                SUBJECT: SECURITY SITUATION IN THE NORTH

                1. (C) Summary: Protests continued in the north of the city overnight, and no violence was reported.
                """)));
    }

    @Test
    void aPrintedFormsTitleAndACopysNumberAreRouting() {
        assertEquals(List.of(R, R, R, R, R, B), kinds(Segmenter.segment("""
                WAR DIARY or
                INTELLIGENCE SUMMARY
                (Erase heading not required.)

                Copy No 4 of 12

                Kohima, 5 May 1944

                The battalion attacked the ridge at dawn under cover of a heavy barrage and took the first objective.
                """)));
        assertEquals(List.of(R, R, B), kinds(Segmenter.segment("""
                WAR DIARY or INTELLIGENCE SUMMARY (Erase heading not required.)

                COPY NO. 3 OF 20 COPIES

                The battalion attacked the ridge at dawn under cover of a heavy barrage and took the first objective.
                """)));
        // a report's own title alone is its heading
        assertEquals(List.of(H, B), kinds(Segmenter.segment("""
                INTELLIGENCE SUMMARY

                Enemy patrols were active along the river line during the night, and two were driven off by fire.
                """)));
    }

    @Test
    void aWarDiarysFormNumberFieldsAndColumnHeadsAreRoutingAndSoIsItsImprint() {
        assertEquals(List.of(R, R, R, R, R, B, B, R), kinds(Segmenter.segment("""
                WAR DIARY or INTELLIGENCE SUMMARY (Erase heading not required.)

                Army Form C. 2118.

                Unit: 2nd Bn. The Royal Warwickshire Regiment.        Month and Year: June 1944.

                Commanding Officer: Lt.-Col. H.O.S. Herdon.

                Place         Date   Hour   Summary of Events and Information                  References

                HERMANVILLE 6.6.44 0725 Bn landed on QUEEN WHITE beach in second wave behind 1 S LANCS and moved \
                inland.

                Mobile cinema showed films in the evening.

                Wt. 47724/993  2,000,000  3/43  W.H. & S.  51-4800
                """)));
        // a field's value that is a sentence stays a sentence
        assertEquals(List.of(B), kinds(Segmenter.segment(
                "Unit: the battalion moved up to the line at night and relieved the Guards in the front trenches.")));
    }

    @Test
    void aMemorandumsLetterheadMarkingsAndFootAreRouting() {
        SegmentedDocument memo = Segmenter.segment("""
                NATIONAL SECURITY COUNCIL
                WASHINGTON, D.C.  20506

                SECRET/SENSITIVE                                        Copy No 2 of 5

                March 4, 1983

                MEMORANDUM FOR THE PRESIDENT

                FROM: WILLIAM P. CLARK

                SUBJECT: Lebanon: Status of the Withdrawal Talks

                That you authorize Secretary Shultz to tell Foreign Minister Shamir that we will press for an agreed \
                timetable for the withdrawal of all foreign forces.

                     Approve _______          Disapprove _______

                Attachment
                Tab A    Beirut 01432, Habib to Secretary, March 2, 1983

                Prepared by: Geoffrey Kemp

                cc: The Vice President
                """);
        assertEquals(List.of(R, R, R, R, R, H, B, R, R, R, R, R), kinds(memo));
        assertEquals("Lebanon: Status of the Withdrawal Talks", memo.title());
        // the same words inside the text are text
        assertEquals(List.of(B, B), kinds(Segmenter.segment("""
                Attachment to one's homeland is no crime, the court said, and the charges were dropped on Monday.

                The defence lawyers said they would now seek damages from the state for the months in custody.
                """)));
    }

    @Test
    void aUnitedNationsPressReleasesSymbolMeetingAndFootAreRouting() {
        assertEquals(List.of(B, R, R, R, B, B, R), kinds(Segmenter.segment("""
                Meetings Coverage and Press Releases

                SC/15637
                25 March 2024

                Security Council
                9586th Meeting (AM)

                The Security Council today demanded an immediate ceasefire for the month of Ramadan respected by all \
                parties.

                "3. Decides to remain actively seized of the matter."

                For information media. Not an official record.
                """)));
        assertEquals(List.of(R, R, B), kinds(Segmenter.segment("""
                S/RES/2728 (2024)

                General Assembly Seventy-eighth session, 45th plenary meeting

                The Assembly adopted the resolution by a recorded vote of 153 in favour to 10 against.
                """)));
    }

    @Test
    void anArmyMemorandumsLetterheadAndOfficeSymbolAndItsDistributionListAreRouting() {
        SegmentedDocument memo = Segmenter.segment("""
                DEPARTMENT OF THE ARMY
                HEADQUARTERS, 3RD SQUADRON, 71ST CAVALRY REGIMENT
                FORWARD OPERATING BASE NARAY, AFGHANISTAN
                APO AE 09354

                AFZS-CAV-C                                                    14 October 2009

                MEMORANDUM FOR RECORD

                SUBJECT: After Action Report, Attack on Combat Outpost MARWAN, 3 October 2009

                1. PURPOSE. To record the events of the attack on Combat Outpost MARWAN on 3 October 2009.

                DISTRIBUTION:
                CDR, 4TH BCT, 4TH ID
                S3, 3-71 CAV
                """);
        // each addressee of the distribution its own line, as a signature's lines are
        assertEquals(List.of(R, R, R, R, H, B, R, R, R), kinds(memo));
        assertEquals("After Action Report, Attack on Combat Outpost MARWAN, 3 October 2009", memo.title());
    }

    @Test
    void aUnitsNameBetweenTheMarkingAndTheReportsNumberBelongsToTheHeader() {
        // "(SOUTH-WEST)" ends no sentence; the two lines that tell nothing stand between header lines
        assertEquals(List.of(R, R, R, R, R, R, H, B), kinds(Segmenter.segment("""
                NATO RESTRICTED

                HQ MULTINATIONAL DIVISION (SOUTH-WEST)

                BANJA LUKA METAL FACTORY

                INTSUM 112/96

                PERIOD COVERED: 101800A MAY 96 TO 111800A MAY 96

                Copy No 3 of 20

                1. GENERAL

                a. The period saw the most serious breach of the Zone of Separation since D+90.
                """)));
        // a ship's address between its marking and its reference and date
        assertEquals(List.of(R, R, R, R, H, B), kinds(Segmenter.segment("RESTRICTED\n\nHMS ANDROMEDA BFPO Ships\n\n"
                + "Ref: 4/2/87\n\n14 September 1987\n\nREPORT OF PROCEEDINGS\n\n"
                + "1. ANDROMEDA sailed from Mombasa on 1 July and relieved HMS BRAZEN on the patrol.")));
        // a battalion's name in title case, with its number and a comma; a title in title case is no such line
        assertEquals(List.of(R, R, R, B), kinds(Segmenter.segment("SECRET\n\n2nd Battalion, The Royal Warwickshire "
                + "Regiment\n\nCopy No 4 of 12\n\nThe battalion will relieve the 1st Bn on the ridge tonight.")));
        assertEquals(List.of(R, B, R, B), kinds(Segmenter.segment("SECRET\n\nWritten Answers to Questions\n\n"
                + "Copy No 4 of 12\n\nThe battalion will relieve the 1st Bn on the ridge tonight.")));
        // more such lines together are a table's, whatever dates stand among them
        List<ParagraphKind> table = kinds(Segmenter.segment(
                "ID\n\n1981-12-12\n\nabcdefg\n\nhijklmnop\n\n222\n\nfalse\n\n1974-09-21"));
        assertEquals(List.of(B, B, B, B), table.subList(2, 6));
    }

    @Test
    void aCommandPapersFormulaAndHansardsColumnAreRouting() {
        // the written answers' headings marked as a word processor's styles are
        assertEquals(List.of(R, H, R, H, H, B), kinds(Segmenter.segment("""
                14 Nov 2006 : Column 1012W

                # Written Answers to Questions

                Tuesday 14 November 2006

                ## Foreign and Commonwealth Affairs

                ### Lebanon: Israeli Overflights

                Mr. Hallam: To ask the Secretary of State what representations he has made about Israeli overflights.
                """)));
        assertEquals(List.of(R, R, R, R, B), kinds(Segmenter.segment("""
                No. 1562.

                Presented to both Houses of Parliament by Command of Her Majesty, JUNE, 1895.

                Consul Harrington to the Earl of Kimberley.

                My Lord, Chefoo, March 15, 1895.

                I HAVE the honour to transmit herewith my report on the trade of this port for the year 1894.
                """)));
        // a Foreign Service despatch's number
        assertEquals(List.of(R, R, R, H, B), kinds(Segmenter.segment("FROM: AMCONGEN TRIESTE\n\nDESP. NO. 118\n\n"
                + "October 12, 1953\n\nSUBJECT: Reaction in Zone A\n\n1. The announcement was received with relief.")));
        // an office's control number among the header's lines
        assertEquals(List.of(R, R, R, H, B), kinds(Segmenter.segment("SECRET NO FOREIGN DISSEM\n\nOCI No. 3417/62\n\n"
                + "5 November 1962\n\nSUBJECT: The Sino-Indian Border Fighting\n\n1. Chinese forces have halted.")));
        // a mailing list's footer under its rule, and a war diary's column heads read from a table's row
        assertEquals(List.of(B, R, R, R, R), kinds(Segmenter.segment("The next seismic event will be reported.\n\n"
                + "_".repeat(47) + "\n\nctbt-watch mailing list\n\nctbt-watch@lists.example.org\n\n"
                + "https://lists.example.org/mailman/listinfo/ctbt-watch")));
        assertTrue(HeaderLines.line("Place | Date | Hour | Summary of Events", false).onlyInHeaders());
        // a table's column is no Hansard column
        assertEquals(B, kinds(Segmenter.segment("Results:\n\ncolumn1\n\nThe values follow.")).get(1));
    }

    @Test
    void anOperationOrdersDateTimeGroupMapsAndCopiesAndAPressReleasesContactsAreRouting() {
        assertEquals(List.of(R, R, R, H, R, B, R, R, R), kinds(Segmenter.segment("""
                SECRET

                Copy No 7 of 40

                091800B JULY 44

                OPERATION ORDER No 12

                Ref Maps: FRANCE 1:25,000 Sheets 40/16 NE and 40/16 SE

                The Battalion will attack with two companies up behind a creeping barrage at H Hour.

                Distribution:

                Copy No 1 to 6 - Companies

                Copy No 7 - 185 Inf Bde
                """)));
        assertEquals(List.of(B, R, R, R, R), kinds(Segmenter.segment("""
                The institute's study finds that European arms deliveries fell by a third in the last five years.

                Media contact: Tom Reyes, Head of Communications

                Tel: +44 20 7946 0321

                Email: press@example.org

                ###
                """)));
        // a newspaper's running head in capitals dates the page, however many words it has
        assertEquals(R, kinds(Segmenter.segment("THE DAILY COURIER, LONDON, MONDAY, MARCH 5, 1877.\n\nLATEST "
                + "INTELLIGENCE.\n\nThe Porte has replied to the note of the Powers in terms which leave little room "
                + "for hope.")).get(0));
    }

    @Test
    void aLetterheadAndAReferenceBelongToTheHeaderTheyStandIn() {
        SegmentedDocument cable = Segmenter.segment("""
                THE WHITE HOUSE

                WASHINGTON

                TOP SECRET / SENSITIVE / EXCLUSIVELY EYES ONLY

                WH31870

                O 250315Z OCT 73 ZFF-4 FM THE SITUATION ROOM TO AMEMBASSY TEL AVIV

                SUBJECT: MESSAGE TO PRIME MINISTER MEIR

                1. PLEASE DELIVER THE FOLLOWING MESSAGE FROM ME TO PRIME MINISTER MEIR PERSONALLY AND IMMEDIATELY.
                """);
        assertEquals(List.of(R, R, R, R, R, H, B), kinds(cable));
        assertEquals("MESSAGE TO PRIME MINISTER MEIR", cable.title());
        // a title in capitals over running text, no header under it, stays the title
        assertEquals(List.of(H, B), kinds(Segmenter.segment("""
                THE SIEGE OF PLEVNA

                The Turkish forces have been repulsed before Plevna with heavy loss, and the Russians hold the \
                redoubts on the Grivitza road.
                """)));
        // a press release's mark and date line
        SegmentedDocument release = Segmenter.segment("""
                FOR IMMEDIATE RELEASE
                New York, 23 February 2024

                The Security Council today adopted a resolution demanding that the Houthis immediately cease all \
                attacks on merchant and commercial vessels.
                """);
        assertEquals(List.of(R, R, B), kinds(release));
        assertNull(release.title(), "a document that opens with text has no title of its own");
        SegmentedDocument sitrep = Segmenter.segment("SITREP No. 214\n\nFROM: HQ TASK FORCE HELMAND\n\n"
                + "1. SITUATION.\n\na. Enemy Forces. Insurgent activity remained at a moderate level in the "
                + "district overnight.");
        assertEquals(H, kinds(sitrep).get(2));
        assertNull(sitrep.title(), "a numbered heading heads the first part, not the document");
    }

    @Test
    void aCablesOriginLineBannerAndTrailerAreRouting() {
        assertEquals(List.of(R, R, R, R, R, H, B, B, R, R, R), kinds(Segmenter.segment("""
                SECRET UK EYES ONLY

                ORIGIN NEA-11

                FROM: HQ 1 (UK) ARMOURED DIVISION

                INFO: HQ LAND, MOD (DCDS(C))

                TAGS: MOPS, IZ

                SUBJECT: SITUATION IN BASRAH

                1. (S) Coalition patrols came under mortar fire in the north of the city overnight.

                2. (S) No casualties were reported.

                BT

                #1423

                NNNN
                """)));
        assertEquals(List.of(R, R, B, R), kinds(Segmenter.segment("""
                NATO UNCLASSIFIED // RELEASABLE TO ISAF

                SITREP No. 214

                1. Insurgent activity remained at a moderate level in the district overnight.

                NATO UNCLASSIFIED // RELEASABLE TO ISAF
                """)));
        // releasable to several, as a list
        assertEquals(List.of(R, R, B), kinds(Segmenter.segment("""
                SECRET // REL TO USA, GBR, ISAF

                SITREP 118/10

                1. Insurgent activity remained at a moderate level in the district overnight.
                """)));
    }
}
