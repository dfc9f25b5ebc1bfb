package org.despatch.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

    @Test
    void leadHeadingAndCreditLine() {
        SegmentedDocument d = Segmenter.segment("""
                Troops shelled the city for a fifth day, residents said.
                Envoys Urge Talks
                The foreign minister called for negotiations between the parties.
                Compiled from agency reports""");
        assertEquals(List.of(new Section(1, null), new Section(2, "Envoys Urge Talks")), d.sections());
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.HEADING, ParagraphKind.BODY, ParagraphKind.CREDIT),
                d.paragraphs().stream().map(Paragraph::kind).toList());
        assertEquals(List.of(1, 2, 2, 0), d.paragraphs().stream().map(Paragraph::section).toList());
        assertEquals("Compiled from agency reports", d.credit());
    }

    @Test
    void repeatedBodyIsLinkedAndStartsNoSection() {
        SegmentedDocument d = Segmenter.segment("""
                Lead paragraph about the assault on the town.
                A Heading Here
                Body paragraph under the heading, long enough.
                A Heading Here
                Body paragraph under the heading, long enough.""");
        assertEquals(2, d.sections().size());
        assertEquals(List.of(0, 0, 0, 2, 3), d.paragraphs().stream().map(Paragraph::repeatOf).toList());
        assertEquals(List.of(1, 2, 2, 2, 2), d.paragraphs().stream().map(Paragraph::section).toList());
        assertEquals(3, d.distinctParagraphs().size());
    }

    @Test
    void allDuplicates() {
        SegmentedDocument d = Segmenter.segment("Same line.\nSame line.\nSame line.");
        assertEquals(List.of(0, 1, 1), d.paragraphs().stream().map(Paragraph::repeatOf).toList());
        assertEquals(1, d.sections().size());
        assertEquals(1, d.distinctParagraphs().size());
    }

    @Test
    void emptyAndSingle() {
        SegmentedDocument empty = Segmenter.segment("  \n\n ");
        assertTrue(empty.paragraphs().isEmpty());
        assertTrue(empty.sections().isEmpty());
        SegmentedDocument single = Segmenter.segment("Only paragraph.");
        assertEquals(1, single.paragraphs().size());
        assertEquals(List.of(new Section(1, null)), single.sections());
        assertEquals(15, single.charCount());
    }

    @Test
    void sameTextSameFingerprintWhateverTheLayout() {
        String perLine = "First paragraph ends here.\nSecond paragraph ends here.";
        String blankLines = "First paragraph\nends here.\n\nSecond paragraph\nends here.\n";
        assertEquals(Segmenter.segment(perLine).contentHash(), Segmenter.segment(blankLines).contentHash());
    }

    @Test
    void overlongParagraphsAreCutAtWordBoundaries() {
        String word = "negotiation ";  // 12 characters
        String text = word.repeat(4000).strip();  // 47,999 characters, one line
        SegmentedDocument d = Segmenter.segment(text);
        assertEquals(List.of(19_991, 19_991, 8_015), d.paragraphs().stream().map(p -> p.text().length()).toList());
        assertTrue(d.paragraphs().stream().allMatch(p -> p.text().startsWith("negotiation")
                && p.text().endsWith("negotiation")));
    }

    @Test
    void headingRules() {
        assertTrue(Headings.isHeading("Lavrov Urges Talks", "The assault comes a day after the visit."));
        assertTrue(Headings.isHeading("SITUATION IN THE NORTH", "Troops moved up during the night."));
        assertEquals(false, Headings.isHeading("Lavrov Urges Talks", null));
        assertEquals(false, Headings.isHeading("The talks ended.", "Then a much longer paragraph followed it."));
        assertEquals(false, Headings.isHeading("the talks ended without agreement",
                "Then a much longer paragraph followed it."));
    }

    @Test
    void creditLines() {
        assertTrue(CreditLines.isCredit("Compiled from agency reports"));
        assertTrue(CreditLines.isCredit("Reporting by Jane Smith; Editing by John Doe"));
        // longer than a credit line may be, as Reuters' lists of who reported where
        assertTrue(CreditLines.isCredit("(Reporting by Yusuf Hamid in Khartoum and Sarah Oduya in Dubai; Additional "
                + "reporting by Marwa Nasser in Cairo; Writing by Tom Ellery; Editing by Alexandra Hudson)"));
        assertTrue(CreditLines.isCredit("(Reuters)"));
        // a minute's initials and date; not a numeral or a lettered point
        assertTrue(CreditLines.isCredit("J. A. C. T."));
        assertTrue(CreditLines.isCredit("O. G. S. 15/1."));
        assertTrue(CreditLines.isCredit("R. L. Speaight 23/5"));
        assertTrue(CreditLines.isCredit("H. 24/5."));
        assertTrue(CreditLines.isCredit("REUTER 2145"));
        assertTrue(CreditLines.isCredit("gez. Hartmann"));
        assertEquals(false, CreditLines.isCredit("H."));
        assertEquals(false, CreditLines.isCredit("II."));
        assertEquals(false, CreditLines.isCredit("A."));
        assertEquals(false, CreditLines.isCredit("Reports say the offensive is targeting several neighborhoods."));
        assertTrue(CreditLines.isCredit("(Additional reporting by Patrick Worsnip; Editing by Todd Eastham)"));
        assertTrue(CreditLines.isCredit("By Louis Charbonneau"));
        assertTrue(CreditLines.isCredit("By JOHN SMITH and JANE DOE, Associated Press Writers"));
        assertEquals(false, CreditLines.isCredit("By the end of the week the talks had collapsed."));
        assertEquals(false, CreditLines.isCredit("By Friday, troops had withdrawn."));
        assertEquals(false, CreditLines.isCredit("(The talks resumed on Monday.)"));
        assertTrue(CreditLines.isCredit("(dpa-AFX)"));
        assertTrue(CreditLines.isCredit("[Unofficial translation]"));
        assertTrue(CreditLines.isCredit("(Translation from the Russian)"));
        assertEquals(false, CreditLines.isCredit("(Translation of the treaty was delayed.)"));
    }

    @Test
    void creditLinesAskForWhatOnlyACreditHas() {
        for (String credit : List.of("Source: Reuters", "Photo: AP", "\u00a9 2021 Reuters. All rights reserved.",
                "Copyright 2019 The Associated Press", "(c) Associated Press 2021", "\u00a92010 IBM",
                "With additional reporting from Reuters", "with material from wire services",
                "By The Associated Press", "By Our Special Correspondent", "\u2014 John Smith, in Geneva",
                "(Signed) HENRY ELLIOT.", "Regards, Anna", "Thanks, Jianmin", "\u2014 Gandhi",
                "\u2014 Albert Einstein, 1929", "Copyright Reuters 2021", "(C) Copyright IBM Corp. 2010",
                "Copyright: AFP", "Copyright The Associated Press. All rights reserved.", "\u00a9 blah, 2016",
                "Photograph by Jane Doe", "By Jane Smith in Geneva", "Reporting by Reuters bureaus", "I have, &c.",
                "I am, &c., &c.", "I have the honour to be, with the highest respect, my Lord, your Lordship's most "
                        + "obedient, humble Servant,", "Viele Gr\u00fc\u00dfe", "Cordialement,",
                "(FROM OUR OWN CORRESPONDENTS.)", "(REUTER'S TELEGRAMS.)",
                "By Nadia Kerimova, South Caucasus correspondent", "By JOHN SMITH, our Moscow correspondent",
                "Compiled by the foreign desk from Reuters and AFP reports", "str-sjd/pbt", "pm/kma")) {
            assertTrue(CreditLines.isCredit(credit), credit);
        }
        for (String text : List.of("Sources said the board had met on Sunday.", "Credit Suisse said on Tuesday it "
                        + "would cut a further 9,000 jobs.", "Credit Card", "Credit Limit: ___", "Copyright",
                "Copyright and License", "Copyright protection shall not extend to the official texts.",
                "Source code for the trading platform was reportedly leaked.", "(c) The parties shall withdraw.",
                "Writing by candlelight during the blackout, the analyst finished her report.",
                "With contributions from member states falling, the bank turned to private investors.",
                "Written by Ambassador Smith, the cable warned that troops were massing.",
                "Compiled from Revision 40053", "By Region", "By Country Of Origin",
                "BY ORDER OF THE BOARD OF DIRECTORS", "By Jove", "\u2014 Oui, madame.",
                "Thanks to the ceasefire, the roads reopened.", "Thanks To Our Sponsors", "Thanks Everyone",
                "Sincerely Yours", "Reporting by Region", "Edited by Hand",
                "Copyright Act of 1976 gives authors exclusive rights.", "I have the honour to report the fall of "
                        + "Kars.", "I have, in accordance with your instructions, seen the Grand Vizier.",
                "By Monday, the correspondent had left.", "and/or", "Compiled by hand from the ledgers")) {
            assertFalse(CreditLines.isCredit(text), text);
        }
    }

    @Test
    void aDashedListIsNoRunOfAttributions() {
        SegmentedDocument d = Segmenter.segment("""
                The following states signed the declaration on Monday, the conference secretariat said:

                \u2014 United Kingdom

                \u2014 Kingdom of Spain

                "We will not be the last," the chairman said.

                \u2014 Jean Dupont
                """);
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY,
                ParagraphKind.CREDIT), d.paragraphs().stream().map(Paragraph::kind).toList());
    }

    @Test
    void aTitleFollowedByItsBylineIsTheHeadingOfTheStory() {
        SegmentedDocument d = Segmenter.segment("""
                Russia, China veto U.N. resolution on Syria

                By Louis Charbonneau

                UNITED NATIONS, Feb 4 (Reuters) - Russia and China on Saturday vetoed a U.N. Security Council \
                resolution that would have backed an Arab League call for Syrian President Bashar al-Assad to step \
                down.
                """);
        assertEquals(List.of(ParagraphKind.HEADING, ParagraphKind.CREDIT, ParagraphKind.BODY),
                d.paragraphs().stream().map(Paragraph::kind).toList());
        assertEquals("By Louis Charbonneau", d.credit());
    }

    @Test
    void aHeadlineAndSubheadingsInSentenceCase() {
        SegmentedDocument d = Segmenter.segment("""
                Sudan's warring sides agree to one-week truce in Jeddah talks

                JEDDAH, May 20 (Reuters) - Sudan's army and the Rapid Support Forces agreed on Saturday to a \
                seven-day ceasefire after talks mediated by Saudi Arabia and the United States.

                Humanitarian aid

                More than 1.1 million people have fled their homes since the conflict began on April 15, and aid \
                agencies say food and medicine are running short.
                """);
        assertEquals(List.of(ParagraphKind.HEADING, ParagraphKind.BODY, ParagraphKind.HEADING, ParagraphKind.BODY),
                d.paragraphs().stream().map(Paragraph::kind).toList());
        assertEquals(List.of("Sudan's warring sides agree to one-week truce in Jeddah talks", "Humanitarian aid"),
                d.sections().stream().map(Section::heading).toList());

        String story = "The minister said the talks would resume in Geneva next week after both delegations had "
                + "consulted their governments.";
        // a salutation, a name, a line after a line that is no sentence, a list: none is a heading
        assertFalse(Headings.isHeadline("Dear Sir,", story));
        assertFalse(Headings.isHeadline("John Smith", story));
        assertFalse(Headings.isSubheading("Humanitarian aid", "Items to pack", story));
        assertFalse(Headings.isSubheading("Blankets and tents", "We need the following.", "Water"));
        // and a headline stands over running text, not over another short line
        assertFalse(Headings.isHeadline("Sudan's warring sides agree to a truce", "Talks in Jeddah"));
        assertTrue(Headings.isSubheading("Considérations supplémentaires", "Voir aussi la note.", story));
    }

    /** Two wire stories, each followed by its agency's credit after {@code beforeCredit}. */
    private static String digest(String beforeCredit) {
        return "Scholz and Biden to discuss Ukraine aid\n\n"
                + "BERLIN - The German chancellor will travel to Washington on Friday to discuss further aid for Kyiv "
                + "with the American president, his spokesman said." + beforeCredit + "(dpa)\n\n"
                + "Houthis fire missile at tanker in the Red Sea\n\n"
                + "SANAA - Yemen's Houthi forces fired an anti-ship missile at a tanker in the southern Red Sea on "
                + "Monday, the group's military spokesman said." + beforeCredit + "(AFP)\n";
    }

    @Test
    void aDigestsStoriesEachHaveTheirHeadline() {
        SegmentedDocument d = Segmenter.segment(digest("\n\n"));
        assertEquals(List.of("Scholz and Biden to discuss Ukraine aid",
                "Houthis fire missile at tanker in the Red Sea"), d.sections().stream().map(Section::heading).toList());
        // the credit at the end of the story's last paragraph ends it too
        SegmentedDocument digest = Segmenter.segment("WORLD NEWS DIGEST\nTuesday, 12 March 2019\n\n" + digest(" "));
        assertEquals(Arrays.asList("WORLD NEWS DIGEST", "Scholz and Biden to discuss Ukraine aid",
                "Houthis fire missile at tanker in the Red Sea"),
                digest.sections().stream().map(Section::heading).toList());
        assertEquals("Tuesday, 12 March 2019", digest.paragraphs().get(1).text());
    }

    @Test
    void aStoryOpeningWithItsDatelineHasItsHeadlineAndABylineKeepsItsOwnLine() {
        SegmentedDocument d = Segmenter.segment("""
                LIMA, Oct 5 (AP) - Landslides caused by three days of torrential rain have cut off at least forty \
                villages in Peru's northern Cajamarca region.

                Lithuania expels two Belarusian diplomats
                By Egle Vaitkute

                VILNIUS, Oct 6 - Lithuania on Friday ordered two Belarusian diplomats to leave the country within \
                five days.

                Ruling party concedes by-election defeats in Zambia

                LUSAKA, Oct 6 (Reuters) - Zambia's ruling party conceded on Friday that it had lost four of the six \
                seats.
                """);
        assertEquals(List.of("Lithuania expels two Belarusian diplomats", "Ruling party concedes by-election "
                + "defeats in Zambia"), d.sections().stream().map(Section::heading).filter(h -> h != null).toList());
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.HEADING, ParagraphKind.CREDIT, ParagraphKind.BODY,
                ParagraphKind.HEADING, ParagraphKind.BODY), d.paragraphs().stream().map(Paragraph::kind).toList());
        // a sentence in a story's running text that names no one after "By" goes on
        assertEquals(1, Segmenter.segment("The talks were adjourned until the spring of next year at the latest\n"
                + "By then the envoys hope to agree.").paragraphs().size());
    }

    @Test
    void anAirgramsFootAUnMastheadAndTheMarginsLinesAreRouting() {
        SegmentedDocument airgram = Segmenter.segment("""
                UNCLASSIFIED
                (Security Classification)
                AIRGRAM DEPARTMENT OF STATE
                TO: Department of State
                FROM: Amembassy VIENNA DATE: February 21, 1962
                SUBJECT: Austrian Reply to Soviet Note

                1. On February 19 the Austrian Government handed the Soviet Ambassador its reply to the Soviet note.

                HOLLISTER

                GROUP 3
                Downgraded at 12-year intervals; not automatically declassified.
                Drafted by: POL:RKHendricks:ew 2/21/62
                Approved by: DCM:WBTyler
                Clearances: ECON - Mr. Lerner
                UNCLASSIFIED
                """);
        ParagraphKind r = ParagraphKind.ROUTING;
        assertEquals(List.of(r, r, r, r, r, ParagraphKind.HEADING, ParagraphKind.BODY, ParagraphKind.CREDIT, r, r, r,
                r, r, r), airgram.paragraphs().stream().map(Paragraph::kind).toList());
        assertEquals("Austrian Reply to Soviet Note", airgram.title());
        SegmentedDocument report = Segmenter.segment("""
                United Nations

                S/2024/587

                Security Council

                Distr.: General

                9 August 2024

                Original: English

                ## The situation in the Kivara region

                1. The present report is submitted pursuant to paragraph 14 of Security Council resolution 2719.
                """);
        assertEquals(List.of(r, r, r, r, r, r, ParagraphKind.HEADING, ParagraphKind.BODY),
                report.paragraphs().stream().map(Paragraph::kind).toList());
        // a folio, a file's reference and Hansard's column and time, in the text: routing, and no section ends there
        SegmentedDocument debate = Segmenter.segment("""
                [f. 112]

                Mr Halloway: The hon. Gentleman will understand that I cannot discuss future operations.

                17 Jan 2024 : Column 813

                12.34 pm

                Dr Fiona MacRae (Strathlaw) (SNP): What discussions has the Foreign Secretary had with Riyadh?

                [Ref. F.O. 78/1021]
                """);
        assertEquals(List.of(r, ParagraphKind.BODY, r, r, ParagraphKind.BODY, r),
                debate.paragraphs().stream().map(Paragraph::kind).toList());
        assertEquals(1, debate.sections().size());
    }

    @Test
    void aDespatchsCloseBeginsItsSignatureOnItsFirstLine() {
        SegmentedDocument d = Segmenter.segment("""
                The Pasha has doubled the night watch and caused eleven persons to be imprisoned.

                I have the honour to be,
                Sir,
                Your most obedient, humble Servant,
                (Signed) T. R. ASHCOMBE.
                """);
        ParagraphKind c = ParagraphKind.CREDIT;
        assertEquals(List.of(ParagraphKind.BODY, c, c, c, c), d.paragraphs().stream().map(Paragraph::kind).toList());
        assertEquals("I have the honour to be, | Sir, | Your most obedient, humble Servant, | (Signed) T. R. ASHCOMBE.",
                d.credit());
    }

    @Test
    void numberedTitlesAreHeadingsAndDateLinesAreNot() {
        String story = "The central bank raised its policy rate by 250 basis points in the quarter, the fourth rise "
                + "this year, as the currency fell.";
        assertTrue(Headings.isNumbered("1. Currency and monetary policy", story));
        assertTrue(Headings.isNumbered("2.3 Banking and corporate debt", story));
        assertFalse(Headings.isNumbered("3. The bank raised rates.", story));
        assertFalse(Headings.isNumbered("31 July each year", story));
        for (String date : new String[] {"Wednesday 7 March 2018", "October 24, 1973", "Moscow, 18 April 2021",
                "Foreign Office, July 5, 1876", "Wednesday 14 February 2024, 16.42 GMT", "March 3, 2024 at 9:15 am",
                // in the other languages whose month names the document's date is read in
                "Paris, 12 Juin 2024", "Roma, 2 Giugno 1946", "WIEN, 12 M\u00c4RZ 1938"}) {
            assertFalse(Headings.isHeading(date, story), date);
        }
        assertTrue(Headings.isHeading("The Outlook for March 2019", story));
        assertTrue(Headings.isHeading("Aid", story));
        assertFalse(Headings.isHeading("WH31870", story));
    }

    @Test
    void aTitleInCapitalsEndingWithAFullStopIsAHeadingOverMixedCaseButNotInACable() {
        String story = "I have the honour to inform your Lordship that the Turkish forces have been repulsed before "
                + "Plevna with heavy loss.";
        assertTrue(Headings.isHeading("THE SIEGE OF PLEVNA.", story));
        assertTrue(Headings.isHeading("AFFAIRS OF TURKEY.", story));
        // a cable's short sentence over more capitals; a numeral; a title over a line that is no running text
        assertFalse(Headings.isHeading("NO FURTHER DETAILS.", "EMBASSY HAS LEARNED FROM MFA SOURCES THAT THE "
                + "MINISTER WILL NOT RECEIVE THE DELEGATION BEFORE THE END OF THE MONTH."));
        assertFalse(Headings.isHeading("II.", story));
        assertFalse(Headings.isHeading("HENRY ELLIOT.", "Sir H. Elliot to the Earl of Derby.—(Received July 10.)"));
        assertFalse(Headings.isHeading("The siege of Plevna.", story));
    }

    @Test
    void aMemorandumsRegistryNumberTitleAndStoppedSubheadingsAndItsMinutesInitials() {
        SegmentedDocument memo = Segmenter.segment("""
                CONFIDENTIAL.

                [W 512/9/7]

                FOREIGN OFFICE, January 14, 1926.

                MEMORANDUM RESPECTING THE GRECO-BULGARIAN FRONTIER INCIDENT
                OF OCTOBER 1925 AND THE REPORT OF THE COMMISSION OF ENQUIRY.

                1. On the 19th October 1925 a Greek sentry was shot dead at the frontier post of Demir Kapu, in \
                circumstances which have never been fully established.

                Proceedings of the Council.

                2. The Council met on the 26th October and required both Governments to withdraw their troops \
                behind their own frontiers within sixty hours.

                J. A. C. T.

                Agreed.

                I would suggest that the memorandum be printed for the Cabinet and circulated to the Dominions.

                O. G. S. 15/1.
                """);
        ParagraphKind r = ParagraphKind.ROUTING;
        ParagraphKind h = ParagraphKind.HEADING;
        ParagraphKind b = ParagraphKind.BODY;
        ParagraphKind c = ParagraphKind.CREDIT;
        assertEquals(List.of(r, r, r, h, b, h, b, c, b, b, c),
                memo.paragraphs().stream().map(Paragraph::kind).toList());
        assertTrue(memo.title().startsWith("MEMORANDUM RESPECTING THE GRECO-BULGARIAN FRONTIER INCIDENT OF"));
    }

    @Test
    void aHeadingMarkedAsMarkdownMarksOneIsAHeadingWithoutItsMarks() {
        // as extraction marks HTML's <h1> and <h2> too: a long headline in title case, a plain subheading
        SegmentedDocument d = Segmenter.segment("""
                # Security Council Demands Immediate Ceasefire in Gaza for Month of Ramadan, Adopting Resolution 2728

                Tuesday 26 March 2024

                The Council demanded an immediate ceasefire for the month of Ramadan respected by all parties.

                ## Statements ##

                The representative of the United States said her delegation supported some of its objectives.

                # shows the log message of the latest commit

                #5512
                """);
        assertEquals(List.of("Security Council Demands Immediate Ceasefire in Gaza for Month of Ramadan, Adopting "
                + "Resolution 2728", "Tuesday 26 March 2024", "The Council demanded an immediate ceasefire for the "
                + "month of Ramadan respected by all parties.", "Statements", "The representative of the United "
                + "States said her delegation supported some of its objectives.", "# shows the log message of the "
                + "latest commit", "#5512"),
                d.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals(List.of(ParagraphKind.HEADING, ParagraphKind.ROUTING, ParagraphKind.BODY, ParagraphKind.HEADING,
                ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.ROUTING),
                d.paragraphs().stream().map(Paragraph::kind).toList());
        assertEquals(2, d.sections().size());
        // a line marked strong as a whole loses its marks, and shows what it is: a UN document's symbol
        SegmentedDocument release = Segmenter.segment("**SC/15728**\n\n**Security Council 9669th Meeting (AM)**\n\n"
                + "The Council demanded that the Rapid Support Forces halt the siege of El Fasher at once.");
        assertEquals(List.of("SC/15728", "Security Council 9669th Meeting (AM)"),
                release.paragraphs().subList(0, 2).stream().map(Paragraph::text).toList());
        assertEquals(ParagraphKind.ROUTING, release.paragraphs().get(0).kind());
        // the same words, marked or not, are the same paragraphs
        assertEquals(Segmenter.segment("Talks\n\nThe envoys met at the ministry and agreed to meet again next "
                + "week in Geneva.").contentHash(), Segmenter.segment("## Talks\n\nThe envoys met at the ministry "
                + "and agreed to meet again next week in Geneva.").contentHash());
    }

    @Test
    void aNewspapersDeckInCapitalsHeadsTheStoryUnderItsDatelineAndItsRunningHeadDatesThePage() {
        SegmentedDocument page = Segmenter.segment("""
                THE TIMES, WEDNESDAY, JULY 29, 1914.

                THE WAR CRISIS.

                AUSTRIA DECLARES WAR ON SERVIA.

                SIR E. GREY'S PROPOSAL.

                (FROM OUR OWN CORRESPONDENTS.)

                VIENNA, July 28.

                The following official communique was issued this afternoon, and the declaration was communicated \
                to the Servian Government by telegraph.
                """);
        assertEquals(List.of(ParagraphKind.ROUTING, ParagraphKind.HEADING, ParagraphKind.HEADING,
                ParagraphKind.HEADING, ParagraphKind.CREDIT, ParagraphKind.ROUTING, ParagraphKind.BODY),
                page.paragraphs().stream().map(Paragraph::kind).toList());
        assertEquals("THE WAR CRISIS.", page.title());
        // the deck heads one story: one section, not two empty ones over the third
        assertEquals(List.of(new Section(1, "THE WAR CRISIS. AUSTRIA DECLARES WAR ON SERVIA. SIR E. GREY'S PROPOSAL.")),
                page.sections());
        // a long title in capitals over the text it opens, full stop or not
        SegmentedDocument release = Segmenter.segment("STATEMENT BY THE SECRETARY GENERAL ON THE DECISION OF THE "
                + "NORTH ATLANTIC COUNCIL TO AUTHORISE AIR STRIKES AROUND SARAJEVO\n\nThe North Atlantic Council "
                + "met this evening and decided to authorise air strikes against heavy weapons around Sarajevo.");
        assertEquals(ParagraphKind.HEADING, release.paragraphs().get(0).kind());
        // five lines in capitals are a list, not a deck (the last, over the text, is a title by itself); and a
        // cable's short sentences stay sentences
        String list = "ARTICLE ONE.\n\nARTICLE TWO.\n\nARTICLE THREE.\n\nARTICLE FOUR.\n\nARTICLE FIVE.\n\n"
                + "The articles above were agreed by the parties at the conference and signed on the same day.";
        assertEquals(Collections.nCopies(4, ParagraphKind.BODY), Segmenter.segment(list).paragraphs().subList(0, 4)
                .stream().map(Paragraph::kind).toList());
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY), Segmenter.segment("""
                NO FURTHER DETAILS.

                END SUMMARY.

                EMBASSY HAS LEARNED FROM MFA SOURCES THAT THE MINISTER WILL NOT RECEIVE THE DELEGATION BEFORE THE END \
                OF THE MONTH.
                """).paragraphs().stream().map(Paragraph::kind).toList());
    }

    @Test
    void aMailsSignatureUnderItsDelimiterIsACredit() {
        SegmentedDocument d = Segmenter.segment("""
                Agreed: we table the joint demarche on Thursday, with the French text as the basis.

                --
                James Whitfield
                Deputy Head, Eastern Europe and Central Asia Directorate
                Tel: +44 20 7008 1500

                Am 12.03.2024 um 09:14 schrieb Katrin Weber <k.weber@example.de>:
                > Can we table the joint demarche on Thursday, with the French text as the basis for the
                > ministers' discussion?
                """);
        ParagraphKind c = ParagraphKind.CREDIT;
        // the delimiter marks the signature and is no row of its own
        assertEquals(List.of(ParagraphKind.BODY, c, c, c, ParagraphKind.ROUTING, ParagraphKind.BODY),
                d.paragraphs().stream().map(Paragraph::kind).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), d.paragraphs().stream().map(Paragraph::ordinal).toList());
        // nor any part of the document's credit
        assertEquals("James Whitfield | Deputy Head, Eastern Europe and Central Asia Directorate | "
                + "Tel: +44 20 7008 1500", d.credit());
        // a dash alone before a line that is no name is no delimiter ("—" for nil in a table)
        assertEquals(ParagraphKind.BODY, Segmenter.segment("Casualties\n\n\u2014\n\nWounded 3").paragraphs()
                .get(1).kind());
        // a row of dashes over a note pasted into a mail is a rule, not a signature's delimiter
        SegmentedDocument pasted = Segmenter.segment("Tom, the note from Bonn is below.\n\n" + "-".repeat(64)
                + "\n\nAusw\u00e4rtiges Amt\n\nReferat 210\n\nDie Verhandlungen der Zwei-plus-Vier-Gespr\u00e4che "
                + "werden in Moskau fortgesetzt, und die Delegationen haben sich auf einen Entwurf geeinigt.");
        assertEquals(null, pasted.credit(), pasted.paragraphs().toString());
    }

    @Test
    void aCablesLoneSignatureIsACreditAndOpensNoSection() {
        SegmentedDocument d = Segmenter.segment("""
                SUBJECT: US PARTICIPATION IN BUDAPEST INTERNATIONAL FAIR

                1. DEPARTMENT OF COMMERCE CONFIRMS THAT THE US PAVILION WILL OPEN ON MAY 21 AS PLANNED.

                2. PLEASE ADVISE SOONEST WHETHER THE MINISTER WILL ATTEND.

                KISSINGER

                UNCLASSIFIED

                NNN
                """);
        assertEquals(List.of(ParagraphKind.HEADING, ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.CREDIT,
                ParagraphKind.ROUTING, ParagraphKind.ROUTING), d.paragraphs().stream().map(Paragraph::kind).toList());
        // under the archive's declassification stamp
        assertEquals(ParagraphKind.CREDIT, Segmenter.segment("5. WARM REGARDS.\n\nKISSINGER\n\n"
                + "DECLASSIFIED E.O. 12958 SEC. 3.5").paragraphs().get(1).kind());
        // an operation order's "Acknowledge.", the commander's name and appointment under it
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.CREDIT, ParagraphKind.CREDIT, ParagraphKind.CREDIT),
                Segmenter.segment("5. COMMAND AND SIGNAL. Bn Main HQ moves with B Coy.\n\nAcknowledge.\n\n"
                        + "R J GRAHAM Lt Col\n\nCO").paragraphs().stream().map(Paragraph::kind).toList());
        // a report's "(Signed)" alone, its signatory's name, rank and appointment under it
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.CREDIT, ParagraphKind.CREDIT, ParagraphKind.CREDIT,
                ParagraphKind.CREDIT), Segmenter.segment("7. The BG will increase patrolling in the green zone.\n\n"
                        + "(Signed)\n\nJ.R. HOLLAND\n\nMaj\n\nSO2 J3 for COMD TF HELMAND").paragraphs().stream()
                        .map(Paragraph::kind).toList());
        assertEquals(1, d.sections().size());
        assertEquals("KISSINGER", d.credit());
        // a cable's closing words, and a last line that follows no sentence, are no signature
        assertEquals(ParagraphKind.BODY, Segmenter.segment("THE TEXT ENDS HERE.\n\nUNQUOTE").paragraphs().get(1)
                .kind());
        assertEquals(ParagraphKind.BODY, Segmenter.segment("ITEMS\n\nARMS AND AMMUNITION").paragraphs().get(1)
                .kind());
    }

    @Test
    void aCaptionHeadsNothingAndADateBesideABylineOrInTheFootIsRouting() {
        SegmentedDocument story = Segmenter.segment("""
                # Sudan talks open in Geneva as drones hit El Fasher

                Mediators say both sides have been asked to commit to a nationwide ceasefire.

                By Amira Haddad, Africa correspondent

                Wednesday 14 August 2024 09.12 BST

                Delegates arrive at a hotel near Geneva on Tuesday. Photograph: Fabrice Coffrini/AFP/Getty Images

                Delegations of the Rapid Support Forces and the mediators sat down on Wednesday without the army.
                """);
        assertEquals(List.of(ParagraphKind.HEADING, ParagraphKind.BODY, ParagraphKind.CREDIT, ParagraphKind.ROUTING,
                ParagraphKind.BODY, ParagraphKind.BODY), story.paragraphs().stream().map(Paragraph::kind).toList());
        // the byline's date ends no section
        assertEquals(1, story.sections().size());
        // a note's place and date under its last sentence, and its addressee under them
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.ROUTING, ParagraphKind.ROUTING, ParagraphKind.ROUTING),
                Segmenter.segment("The Ministry avails itself of this opportunity to renew its assurances.\n\n"
                        + "Vilnius, 4 July 2023\n\nEmbassy of the Republic of Belarus\n\nVilnius").paragraphs()
                        .stream().map(Paragraph::kind).toList());
        // in a longer foot, or with text after it, a date is the text's own
        assertEquals(ParagraphKind.BODY, Segmenter.segment("The talks ended.\n\n4 July 2023\n\na\n\nb\n\nc\n\nd")
                .paragraphs().get(1).kind());
    }

    @Test
    void aSignatureWithoutASignOffIsTheNameInCapitalsAndThePostUnderIt() {
        // an intelligence summary's author, with initials, over his rank and post, above the distribution list
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.CREDIT, ParagraphKind.CREDIT, ParagraphKind.CREDIT,
                ParagraphKind.ROUTING, ParagraphKind.ROUTING), Segmenter.segment("""
                a. The move into the ZOS is assessed as a deliberate test of IFOR resolve.

                J R MALCOLM

                Maj

                SO2 G2 Int

                Distribution:

                COMIFOR (J2)
                """).paragraphs().stream().map(Paragraph::kind).toList());
        // a captain's report of proceedings: an initial inside the name, the rank and appointment on one line
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.CREDIT, ParagraphKind.CREDIT), Segmenter.segment(
                "9. Morale is high.\n\nJ. K. FORBES\n\nCaptain, Royal Navy Commanding Officer").paragraphs()
                .stream().map(Paragraph::kind).toList());
        // who signs for whom: a consulate's officer, a treaty's parties
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.CREDIT, ParagraphKind.CREDIT, ParagraphKind.CREDIT),
                Segmenter.segment("8. The Consulate General will continue to report.\n\nFor the Consul General:\n\n"
                        + "Harold W. Prentice\n\nAmerican Vice Consul").paragraphs().stream().map(Paragraph::kind)
                        .toList());
        assertEquals(ParagraphKind.CREDIT, Segmenter.segment("Article 9. This Accord enters into force on signature."
                + "\n\nFor the Government of the Republic of Marovia:\n\n(Signed) A. Banda").paragraphs().get(1)
                .kind());
        // a typed name after its initials, over a post of eight words
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.CREDIT, ParagraphKind.CREDIT), Segmenter.segment(
                "The battalion was relieved on the 30th.\n\nH. P. Marlowe\n\nLt.-Col., Commanding 2nd Bn. The Wessex "
                + "Fusiliers").paragraphs().stream().map(Paragraph::kind).toList());
        // a heading the format marks ends the signature over it: the review the letter covers begins
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.CREDIT, ParagraphKind.CREDIT, ParagraphKind.HEADING,
                ParagraphKind.HEADING, ParagraphKind.BODY), Segmenter.segment("""
                3. I am sending copies of this despatch to Her Majesty's Representatives at Madrid and Paris.

                I have the honour to be, Sir, Your obedient Servant,

                A. R. CALDECOTT.

                # Annual Review for 1957

                ## I. Internal Affairs

                The year was the quietest of Dr. Salazar's long government.
                """).paragraphs().stream().map(Paragraph::kind).toList().subList(0, 6));
        // under a paragraph that ends no sentence, or over a line that is one, a name is no signature
        assertNotEquals(ParagraphKind.CREDIT, Segmenter.segment("Present at the meeting\n\nJ R MALCOLM\n\nMaj")
                .paragraphs().get(1).kind());
        assertNotEquals(ParagraphKind.CREDIT, Segmenter.segment("The meeting closed.\n\nJ R MALCOLM\n\n"
                + "He will report again on Monday.").paragraphs().get(1).kind());
    }

    @Test
    void aSignOffAndTheSignatureUnderItAreCreditsAndAQuotedReplyHasItsSection() {
        SegmentedDocument d = Segmenter.segment("""
                Thanks, Ben. I have passed your note to the Minister, who will raise the border incidents with \
                the Eritrean ambassador on Thursday.

                Best, Kate

                Kate Morrison

                Head, East Africa Department

                On Tue, 14 Mar 2023 at 09:12, Ben Okafor <b.okafor@example.org> wrote:

                Eritrean units were reported moving towards positions around Zalambessa overnight, according to \
                two sources in Adigrat.
                """);
        ParagraphKind c = ParagraphKind.CREDIT;
        assertEquals(List.of(ParagraphKind.BODY, c, c, c, ParagraphKind.ROUTING, ParagraphKind.BODY),
                d.paragraphs().stream().map(Paragraph::kind).toList());
        assertEquals(List.of(1, 0, 0, 0, 0, 2), d.paragraphs().stream().map(Paragraph::section).toList());
        assertEquals("Best, Kate | Kate Morrison | Head, East Africa Department", d.credit());
        // a sign-off alone, its name on the next line; a sentence after it is no signature
        assertEquals(List.of(c, c, ParagraphKind.BODY), Segmenter.segment("""
                Best regards

                Erik Sandberg

                Please treat the attached assessment as restricted until the ministry has cleared it for release.
                """).paragraphs().stream().map(Paragraph::kind).toList());
    }

    @Test
    void aReplyQuotedWithMarkersGivesTheSameParagraphsAsTheMessageItQuotes() {
        String original = """
                Eritrean units were reported moving towards positions around Zalambessa overnight, according to
                two sources in Adigrat.

                Best, Ben
                """;
        SegmentedDocument reply = Segmenter.segment("""
                Thanks, Ben. I have passed your note to the Minister, who will raise the border incidents with
                the Eritrean ambassador on Thursday.

                On Tue, 14 Mar 2023 at 09:12, Ben Okafor <b.okafor@example.org> wrote:
                > Eritrean units were reported moving towards positions around Zalambessa overnight, according to
                > two sources in Adigrat.
                >
                > Best, Ben
                """);
        ParagraphKind c = ParagraphKind.CREDIT;
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.ROUTING, ParagraphKind.BODY, c),
                reply.paragraphs().stream().map(Paragraph::kind).toList());
        assertEquals(List.of(1, 0, 2, 0), reply.paragraphs().stream().map(Paragraph::section).toList());
        // the quoted paragraph is the original's, hash and all, so the dedupe step can find it
        Paragraph quoted = reply.paragraphs().get(2);
        assertEquals(Segmenter.segment(original).paragraphs().get(0).hash(), quoted.hash());
        assertEquals("Eritrean units were reported moving towards positions around Zalambessa overnight, according to "
                + "two sources in Adigrat.", quoted.text());
    }

    @Test
    void eachDistinctParagraphIsAskedItsLanguageOnceAndARepeatTakesItsFirsts() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        SegmentedDocument d = Segmenter.segment("Bonjour tout le monde.\nHello.\nBonjour tout le monde.", text -> {
            asked.add(text);
            return text.startsWith("Bonjour") ? "fr" : null;
        });
        assertEquals(java.util.List.of("Bonjour tout le monde.", "Hello."), asked);
        assertEquals(java.util.Arrays.asList("fr", null, "fr"),
                d.paragraphs().stream().map(Paragraph::language).toList());
    }
    /** helper-38's press release: its masthead and number over the headline, a date line, a contact block. */
    @Test
    void aPressReleasesHeadIsRoutingAndItsHeadlineItsTitle() {
        SegmentedDocument release = Segmenter.segment("""
                FOR IMMEDIATE RELEASE

                Ministry of Foreign Affairs of the Republic of Estonia
                Press Release No. 112/2024

                Estonia summons Russian charg\u00e9 d'affaires over airspace violation

                Tallinn, 14 June 2024

                The Ministry of Foreign Affairs today summoned the charg\u00e9 d'affaires of the Russian Federation \
                and handed him a note of protest over the violation of Estonian airspace by a Russian helicopter.

                ###

                Media contact:
                Kaspar Tamm
                Press Officer
                Tel: +372 637 7654
                """);
        assertEquals(List.of(ParagraphKind.ROUTING, ParagraphKind.ROUTING, ParagraphKind.HEADING, ParagraphKind.ROUTING,
                ParagraphKind.BODY, ParagraphKind.ROUTING, ParagraphKind.CREDIT, ParagraphKind.CREDIT,
                ParagraphKind.CREDIT, ParagraphKind.CREDIT), kinds(release));
        assertEquals("Estonia summons Russian charg\u00e9 d'affaires over airspace violation", release.title());
        // the United Nations' own: its masthead, and the symbols of every organ a release concerns
        SegmentedDocument statement = Segmenter.segment("""
                United Nations Press Release

                SC/12245-AFR/3326-PKO/567

                Security Council Press Statement on Attack against Peacekeepers in Mali

                12 February 2016

                The following Security Council press statement was issued today by Council President Rafael \
                Dar\u00edo Ram\u00edrez Carre\u00f1o (Venezuela).
                """);
        assertEquals(List.of(ParagraphKind.ROUTING, ParagraphKind.ROUTING, ParagraphKind.HEADING,
                ParagraphKind.ROUTING, ParagraphKind.BODY), kinds(statement));
    }

    /** helper-38's memo and wire page: a table's rows and a story's time stamp head nothing. */
    @Test
    void aTablesRowsAndAStorysTimeStampAreNoHeadings() {
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY, ParagraphKind.BODY),
                kinds(Segmenter.segment("""
                        The ministry listed the deliveries still pending under the contracts of 2021 and 2022.

                        Item | Quantity | Contract date | Status
                        Armoured ambulances | 20 | January 2022 | Delivered

                        The remaining deliveries are expected before the end of the year, the ministry said.
                        """)));
        assertTrue(Headings.isDateLine("May 29, 2023 2:22 PM UTC"));
        assertTrue(Headings.isDateLine("Wednesday 14 February 2024, 16.42 GMT"));
    }

    /** A mail's salutation alone on its line is its head's, not text: "Mark,", and "Anna," in the message quoted. */
    @Test
    void aMailsSalutationIsRouting() {
        assertEquals(List.of(ParagraphKind.ROUTING, ParagraphKind.BODY), kinds(Segmenter.segment("""
                Mark,

                Thanks for this. The Geneva meeting between the US, the EU, Russia and Ukraine is now confirmed.
                """)));
        assertEquals(List.of(ParagraphKind.ROUTING, ParagraphKind.BODY), kinds(Segmenter.segment("""
                Dear colleagues,

                Thanks for this. The Geneva meeting between the US, the EU, Russia and Ukraine is now confirmed.
                """)));
        // a place and a comma over a sentence that goes on is no salutation: "Geneva, where the talks ..."
        assertEquals(List.of(ParagraphKind.BODY), kinds(Segmenter.segment("""
                Geneva,
                where the talks resumed on Thursday, was calm.
                """)));
    }

    private static List<ParagraphKind> kinds(SegmentedDocument document) {
        return document.paragraphs().stream().map(Paragraph::kind).toList();
    }

    /** A treaty's title in capitals over a preamble that ends where the list of plenipotentiaries begins. */
    @Test
    void aTreatysTitleHeadsAPreambleEndingInAColon() {
        SegmentedDocument treaty = Segmenter.segment("""
                TREATY OF PEACE BETWEEN THE REPUBLIC OF MAROVIA AND THE KINGDOM OF OSTRAVA

                The High Contracting Parties, desiring to put an end to the state of war which has existed between \
                them, have resolved to conclude the present Treaty, and have for that purpose appointed as their \
                Plenipotentiaries:
                """);
        assertEquals("TREATY OF PEACE BETWEEN THE REPUBLIC OF MAROVIA AND THE KINGDOM OF OSTRAVA", treaty.title());
        // its plenipotentiaries sign beside their seals
        assertEquals(List.of(ParagraphKind.BODY, ParagraphKind.CREDIT, ParagraphKind.CREDIT),
                kinds(Segmenter.segment("""
                Done at Geneva, in duplicate, this fourteenth day of March, one thousand nine hundred and twenty-one.

                (L.S.) ANDREI VELKOV.
                (L.S.) TEODOR HALAS.
                """)));
    }
}
