package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A table's row of short cells is one line of text; a page laid out in a table keeps its paragraphs. */
class TableRowsTest {

    private static String text(String body) {
        byte[] bytes = ("<!DOCTYPE html><html><head><title>t</title></head><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
        try (TextExtractor extractor = new TextExtractor(ExtractionLimits.DEFAULTS)) {
            return extractor.extract(() -> new ByteArrayInputStream(bytes), "page.html", bytes.length).text();
        }
    }

    @Test
    void aWarDiarysRowsAreItsEntries() {
        assertEquals("""
                Place | Date | Hour | Summary of Events and Information

                HERMANVILLE | 6.6.44 | 0725 | Bn landed on QUEEN WHITE beach in second wave.

                6.6.44 | 1100 | Bn moved inland to assembly area.""", text("""
                <table><tr><th>Place</th><th>Date</th><th>Hour</th><th>Summary of Events and Information</th></tr>
                <tr><td>HERMANVILLE</td><td>6.6.44</td><td>0725</td><td><p>Bn landed on QUEEN WHITE beach</p>
                <p>in second wave.</p></td></tr>
                <tr><td></td><td>6.6.44</td><td>1100</td><td>Bn moved inland to assembly area.</td></tr></table>"""));
    }

    @Test
    void aPageLaidOutInATableKeepsItsParagraphs() {
        String story = "Troops crossed the river at dawn and took the bridge after a short engagement.".repeat(12);
        assertEquals("Menu\n\n" + story + "\n\nThe envoys met.", text("<table><tr><td>Menu</td><td><p>"
                + story + "</p><p>The envoys met.</p></td></tr></table>"));
        // a single cell; a table inside a row's cell, as pages laid out in tables nest them, keeps the blocks of both
        assertEquals("Alone", text("<table><tr><td>Alone</td></tr></table>"));
        assertEquals("Left\n\nA\n\nB\n\nRight", text("<table><tr><td>Left</td><td><table><tr><td>A</td><td>B</td>"
                + "</tr></table></td><td>Right</td></tr></table>"));
    }
}
