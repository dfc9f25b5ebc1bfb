package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageEdgesTest {

    /** The pages' texts joined as the handler writes them, and where each begins. */
    private static String strip(String... pages) {
        StringBuilder text = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (String page : pages) {
            starts.add(text.length());
            text.append(page).append("\n\n");
        }
        return PageEdges.strip(text.toString(), starts);
    }

    @Test
    void runningHeadsAndFeetAndPageNumbersGoTheFirstPagesHeadStays() {
        assertEquals("""
                RESTRICTED

                FOREIGN SERVICE DESPATCH

                1. The announcement was received with relief.

                4. Armored units have been reported moving towards the border, and intelligence reports

                that two infantry brigades have reinforced Zone B.

                8. The Consulate General will continue to report.""", strip("""
                RESTRICTED

                FOREIGN SERVICE DESPATCH

                1. The announcement was received with relief.

                4. Armored units have been reported moving towards the border, and intelligence reports

                RESTRICTED

                Page 1 of 3""", """
                RESTRICTED

                Trieste Desp. No. 118

                that two infantry brigades have reinforced Zone B.

                RESTRICTED

                Page 2 of 3""", """
                RESTRICTED

                Trieste Desp. No. 118

                8. The Consulate General will continue to report.

                RESTRICTED

                Page 3 of 3"""));
    }

    @Test
    void aPageNumberDrawnAtTheFirstPagesHeadGoesTooTheRunningHeadStaysThere() {
        // PDFBox may give a page's footer before its text: "Page 1 of 2" at the first page's head is a page number
        assertEquals("""
                OSCE Daily Report 212/2019

                The SMM recorded more ceasefire violations.

                In Luhansk region, the SMM recorded 21 ceasefire violations.""", strip("""
                Page 1 of 2

                OSCE Daily Report 212/2019

                The SMM recorded more ceasefire violations.""", """
                OSCE Daily Report 212/2019

                In Luhansk region, the SMM recorded 21 ceasefire violations.

                Page 2 of 2"""));
    }

    @Test
    void oneRepeatOrOnePageOrALongBlockIsNoRunningHead() {
        // a line at the edge of only one page of eight
        String once = strip("A.\n\nText one.", "B.\n\nText two.", "C.\n\nText three.", "D.\n\nText four.",
                "E.\n\nText five.", "F.\n\nText six.", "G.\n\nText seven.", "Summary.\n\nText eight.");
        assertEquals(16, once.split("\n\n").length);
        assertEquals("RESTRICTED\n\nText.\n\nRESTRICTED", PageEdges.strip("RESTRICTED\n\nText.\n\nRESTRICTED",
                List.of(0)));
        String paragraph = "The same long paragraph that happens to open two pages is text, not a running head of "
                + "the pages, and stays where it is.";
        assertEquals(4, strip(paragraph + "\n\nOne.", paragraph + "\n\nTwo.").split("\n\n").length);
        assertEquals("", PageEdges.strip("", List.of()));
    }
}
