package org.despatch.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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
    void hyphenationAcrossLineBreaksIsJoined() {
        assertEquals(List.of("The negotiations were adjourned until Monday."),
                BlockSplitter.split("The negoti-\nations were adjourned until Monday."));
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
