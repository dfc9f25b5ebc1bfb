package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.despatch.testing.Formats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A Word file cut short keeps the paragraphs before the cut, where the usual reader gave none. */
class OfficeSalvageTest {

    private static final TextExtractor EXTRACTOR = new TextExtractor(ExtractionLimits.DEFAULTS);
    private static final byte[] DOCX = docx();

    private static byte[] docx() {
        List<Formats.Block> blocks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            blocks.add(Formats.Block.p("Paragraph " + i + " of the despatch on the talks in Geneva, where the "
                    + "ambassador met the minister."));
        }
        return Formats.docx("The talks", blocks);
    }

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    private static ExtractionResult extractFirst(int percent) {
        byte[] cut = Arrays.copyOf(DOCX, DOCX.length * percent / 100);
        return EXTRACTOR.extract(() -> new ByteArrayInputStream(cut), "despatch.docx", cut.length);
    }

    @Test
    void aDocxCutInItsBodyKeepsTheParagraphsBeforeTheCut() {
        ExtractionResult r = extractFirst(60);
        assertEquals(ExtractionStatus.PARTIAL, r.status(), r.reason());
        assertTrue(r.reason().startsWith(OfficeSalvage.SALVAGED), r.reason());
        assertTrue(r.text().contains("Paragraph 0 of the despatch on the talks in Geneva"), r.text());
        assertTrue(r.text().contains("Paragraph 50 of the despatch"), r.text());
        assertFalse(r.text().contains("Paragraph 199 of"), r.text());
        assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document", r.mediaType());
    }

    @Test
    void aDocxCutBeforeItsBodyStaysCorrupt() {
        ExtractionResult r = extractFirst(20);
        assertEquals(ExtractionStatus.CORRUPT, r.status(), r.reason());
        assertEquals("", r.text());
    }

    @Test
    void aWholeDocxIsReadAsBefore() {
        ExtractionResult r = extractFirst(100);
        assertEquals(ExtractionStatus.OK, r.status(), r.reason());
        assertTrue(r.text().contains("Paragraph 199 of the despatch"), r.text());
    }
}
