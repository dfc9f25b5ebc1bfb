package org.despatch.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class BlockSplitterTest {

    @Test
    void onePargraphALine() {
        assertEquals(List.of("First report of the day.", "Lavrov Urges Talks", "Second report follows here."),
                BlockSplitter.split("First report of the day.\nLavrov Urges Talks\nSecond report follows here."));
    }

    @Test
    void blankLineParagraphsWithWrappedLinesAreJoined() {
        String text = "Government forces shelled the district for a\n"
                + "sixth day and armoured units advanced into\n"
                + "the neighbourhood after an overnight assault.\n"
                + "\n"
                + "The reports could not be confirmed.\n";
        assertEquals(List.of("Government forces shelled the district for a sixth day and armoured units advanced "
                + "into the neighbourhood after an overnight assault.", "The reports could not be confirmed."),
                BlockSplitter.split(text));
    }

    @Test
    void aSentenceEndingAtTheMarginOfWrappedProseGoesOnInTheNextLine() {
        String text = "The Rentes fell this afternoon from 70 to 66 francs, and crowds\n"
                + "paraded the boulevards until a late hour singing the Marseillaise.\n"
                + "The shops of several German tradesmen in the Rue Lafayette were\n"
                + "closed.\n"
                + "\n"
                + "I have, &c.\n";
        assertEquals(List.of("The Rentes fell this afternoon from 70 to 66 francs, and crowds paraded the boulevards "
                + "until a late hour singing the Marseillaise. The shops of several German tradesmen in the Rue "
                + "Lafayette were closed.", "I have, &c."), BlockSplitter.split(text));
        // a list's items, a short heading and a sign-off begin lines of their own
        assertEquals(List.of("The following units were withdrawn from the line on the night of the 4th.",
                "a. The 2nd Battalion of the Royal Welsh Fusiliers, to billets at Morlancourt.",
                "Casualties and reinforcements",
                "No further reinforcements are expected until the end of the present month.", "Best regards"),
                BlockSplitter.split("The following units were withdrawn from the line on the night of the 4th.\n"
                        + "a. The 2nd Battalion of the Royal Welsh Fusiliers, to billets at Morlancourt.\n"
                        + "Casualties and reinforcements\n"
                        + "No further reinforcements are expected until the end of the present month.\n"
                        + "Best regards"));
        // what goes on in lower case after a semicolon, a colon or a closing quote at the margin of typed prose goes
        // on in the same paragraph; a style sheet's short lines do not
        assertEquals(List.of("Peshmerga units moved south towards the city according to MNF-I reporting; the move "
                + "was not coordinated with Baghdad.", "font-size: 13pt;", "background-color: #eee;"),
                BlockSplitter.split("Peshmerga units moved south towards the city according to MNF-I reporting;\n"
                        + "the move was not coordinated with Baghdad.\n\nfont-size: 13pt;\n"
                        + "background-color: #eee;"));
        // a sign-off keeps its line: the name under it is the signature
        assertEquals(List.of("Best regards", "Katrin"), BlockSplitter.split("Best regards\nKatrin"));
        // thanks with a name, then text: no signature
        assertEquals(List.of("Thanks, Ben.", "I have passed your note to the Minister, who will raise the border "
                + "incidents with the ambassador on Thursday morning at the ministry."),
                BlockSplitter.split("Thanks, Ben.\nI have passed your note to the Minister, who will raise the border\n"
                        + "incidents with the ambassador on Thursday morning at the ministry."));
        assertEquals(List.of("--", "James Whitfield", "Deputy Head, Eastern Europe and Central Asia Directorate",
                "Foreign, Commonwealth & Development Office", "Tel: +44 20 7008 1500"),
                BlockSplitter.split("-- \nJames Whitfield\nDeputy Head, Eastern Europe and Central Asia Directorate\n"
                        + "Foreign, Commonwealth & Development Office\nTel: +44 20 7008 1500"));
        // three short lines or more are a signature's, each its own: no column is that narrow
        assertEquals(List.of("tasks.", "J R HALLAM", "Maj", "SO2 G3 Ops"),
                BlockSplitter.split("tasks.\n\nJ R HALLAM\nMaj\nSO2 G3 Ops"));
        // a block of two lines is typed to the width the document's longer blocks show (helper-38's situation report)
        String typed = "a. Refugee columns continue to arrive at the Blace crossing; UNHCR estimate\n"
                + "some 2,000 persons a day, mostly on foot, in poor condition and without\n"
                + "food or water. Reception arrangements remain inadequate.\n\n";
        assertEquals(List.of(typed.strip().replace("\n", " "), "b. Looting of Serb-owned shops and houses continued "
                + "in the city centre. Local police structures have ceased to function."), BlockSplitter.split(typed
                + "b. Looting of Serb-owned shops and houses continued in the city centre.\n"
                + "Local police structures have ceased to function."));
        // two lines show no typed width
        assertEquals(List.of("Ref Maps: Series 1501, Sheets NH 38-14, NH 38-15, 1:250,000.",
                "Time Zone Used Throughout the Order: CHARLIE."),
                BlockSplitter.split("Ref Maps: Series 1501, Sheets NH 38-14, NH 38-15, 1:250,000.\n"
                        + "Time Zone Used Throughout the Order: CHARLIE."));
        // one paragraph a line: each line is longer than any typed width
        String line = "The delegations met for four hours in Geneva on Tuesday and agreed to meet again in March, "
                + "the mediator said.";
        assertEquals(List.of(line, line.replace("Tuesday", "Friday")),
                BlockSplitter.split(line + "\n" + line.replace("Tuesday", "Friday")));
    }

    @Test
    void hyphenationAcrossLineBreaksIsJoined() {
        assertEquals(List.of("The negotiations were adjourned until Monday."),
                BlockSplitter.split("The negoti-\nations were adjourned until Monday."));
        // a compound broken at its hyphen before a capital keeps the hyphen, and takes no space
        assertEquals(List.of("The Austro-Hungarian Ambassador left Belgrade with the whole of his staff and the "
                        + "archives of the Legation."),
                BlockSplitter.split("The Austro-\nHungarian Ambassador left Belgrade with the whole of his staff "
                        + "and the\narchives of the Legation."));
        // a dash at the end of a line is no hyphen
        assertEquals(List.of("The answer came at once - No."), BlockSplitter.split("The answer came at once -\nNo."));
    }

    @Test
    void aSentenceBrokenByABlankLineGoesOnInLowerCase() {
        // PDFBox's paragraph found at the paragraph's second line, under an indented first; a page break
        assertEquals(List.of("Imports.", "Cotton goods again head the list of foreign imports. Manchester grey "
                + "shirtings fell from 412,000 to 356,000 pieces."), BlockSplitter.split("Imports.\n"
                + "Cotton goods again head the list of foreign imports. Manchester grey shirtings fell\n\n"
                + "from 412,000 to 356,000 pieces."));
        assertEquals(List.of("The column reached the river at dawn and the engineers began the bridge before the "
                + "enemy could interfere."), BlockSplitter.split("The column reached the river at dawn and the "
                + "engineers began the bri-\n\n\fdge before the enemy could interfere."));
        // a sentence's end, a short line, a capital, a list's item: each a paragraph of its own
        assertEquals(4, BlockSplitter.split("The committee met on Monday and adjourned until Thursday.\n\n"
                + "the minutes follow.\n\nSee also\n\nthe annex.").size());
        assertEquals(2, BlockSplitter.split("The committee met on Monday and adjourned until Thursday next\n\n"
                + "The minutes follow.").size());
        assertEquals(2, BlockSplitter.split("The following were agreed by the two delegations on Monday\n\n"
                + "a) an exchange of prisoners.").size());
        // a line longer than any typed width is a paragraph of its own, whatever the next begins with (helper-37)
        String line = "qwkz xvbn plor tyui mnbv cxza sdfg hjkl poiu ytre wqas dfgh jklm nbvc xzas dfgh jklp oiuy trew "
                + "qasd fghj";
        assertEquals(List.of(line, line), BlockSplitter.split(line + "\n\n" + line));
    }

    /**
     * A hostile page: a sentence broken at every one of 10,000 blank lines (a web page of one line a block). Joined
     * by copying what came before, it had taken minutes; the open paragraph now grows in place.
     */
    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)  // far above the fraction of a second it takes, far below minutes
    void aSentenceBrokenAtThousandsOfBlankLinesIsJoinedInLinearTime() {
        String line = "and the line of the report goes on without any full stop at all while the river runs on";
        StringBuilder text = new StringBuilder(line);
        for (int i = 0; i < 10_000; i++) {
            text.append("\n\n").append(line);
        }
        assertEquals(List.of(text.toString().replace("\n\n", " ")), BlockSplitter.split(text.toString()));
    }

    @Test
    void windowsLineEndingsAndFormFeeds() {
        assertEquals(List.of("Page one ends here.", "Page two starts here."),
                BlockSplitter.split("Page one ends here.\r\n\fPage two starts here.\r\n"));
    }

    @Test
    void emptyAndSingle() {
        assertEquals(List.of(), BlockSplitter.split(""));
        assertEquals(List.of(), BlockSplitter.split("\n \n\t\n"));
        assertEquals(List.of("Only one."), BlockSplitter.split("  Only one.  "));
    }

    @Test
    void quotedMailLinesLoseTheirMarkersAndEachDepthIsItsOwnBlock() {
        String text = "Agreed, see you then.\n"
                + "\n"
                + "On Tue, 14 Mar 2023 at 09:12, Kate Moss <kate@example.org> wrote:\n"
                + "> The ministry has confirmed the meeting for Thursday at ten and asked\n"
                + "> that the delegation bring the draft communique.\n"
                + ">\n"
                + "> Best, Kate\n"
                + ">\n"
                + ">> On Mon, 13 Mar 2023, John wrote:\n"
                + "> > Can we meet the minister this week?\n";
        assertEquals(List.of("Agreed, see you then.",
                "On Tue, 14 Mar 2023 at 09:12, Kate Moss <kate@example.org> wrote:",
                "The ministry has confirmed the meeting for Thursday at ten and asked that the delegation bring the "
                        + "draft communique.",
                "Best, Kate",
                "On Mon, 13 Mar 2023, John wrote:",
                "Can we meet the minister this week?"), BlockSplitter.split(text));
    }

    @Test
    void aSingleLineBeginningWithTheMarkerIsNoQuotation() {
        assertEquals(List.of("Casualties:", ">5 killed near the crossing."),
                BlockSplitter.split("Casualties:\n>5 killed near the crossing."));
        assertEquals(List.of(">>", "All quiet."), BlockSplitter.split(">>\nAll quiet."));
    }
}
