package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.despatch.testing.Archives;
import org.despatch.testing.Formats;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** A Word or OpenDocument file cut short keeps the paragraphs before the cut, where the usual reader gave none. */
class OfficeSalvageTest {

    private static final TextExtractor EXTRACTOR = new TextExtractor(ExtractionLimits.DEFAULTS);
    private static final byte[] DOCX = Formats.docx("The talks", paragraphs(false));
    private static final byte[] ODT = Formats.odt("The talks", paragraphs(true));

    /** 200 paragraphs, each ending in its own words in no order where {@code varied}, which compress little. */
    private static List<Formats.Block> paragraphs(boolean varied) {
        String[] words = Archives.wordsInNoOrder(12 * 200).split("\n\n");
        List<Formats.Block> blocks = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            blocks.add(Formats.Block.p("Paragraph " + i + " of the despatch on the talks in Geneva, where the "
                    + "ambassador met the minister." + (varied ? " " + words[i].strip() : "")));
        }
        return blocks;
    }

    @AfterAll
    static void close() {
        EXTRACTOR.close();
    }

    private static ExtractionResult extractFirst(int percent) {
        return extractFirst(DOCX, "despatch.docx", percent);
    }

    private static ExtractionResult extractFirst(byte[] file, String name, int percent) {
        byte[] cut = Arrays.copyOf(file, file.length * percent / 100);
        return EXTRACTOR.extract(() -> new ByteArrayInputStream(cut), name, cut.length);
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

    /**
     * An OpenDocument text cut short was CORRUPT ("zip END header not found": its ZIP directory is at its end),
     * though its text lies near its start; its entries are now read in their order up to the cut.
     */
    @Test
    void anOdtCutInItsBodyKeepsTheParagraphsBeforeTheCut() {
        ExtractionResult r = extractFirst(ODT, "despatch.odt", 60);
        assertEquals(ExtractionStatus.PARTIAL, r.status(), r.reason());
        assertTrue(r.reason().startsWith(OfficeSalvage.SALVAGED + "ZipException"), r.reason());
        assertTrue(r.text().contains("Paragraph 0 of the despatch on the talks in Geneva"), r.text());
        assertTrue(r.text().contains("Paragraph 50 of the despatch"), r.text());
        assertFalse(r.text().contains("Paragraph 199 of"), r.text());
        assertEquals("application/vnd.oasis.opendocument.text", r.mediaType());
        assertEquals("StreamedOpenDocument", r.parser());
    }

    /** Cut after its content, as the office suites write it, an OpenDocument text keeps all its text. */
    @Test
    void anOdtCutAfterItsContentKeepsAllItsText() {
        ExtractionResult r = extractFirst(ODT, "despatch.odt", 97);
        assertEquals(ExtractionStatus.PARTIAL, r.status(), r.reason());
        assertEquals(OfficeSalvage.SALVAGED + "ZipException: zip END header not found)", r.reason());
        assertTrue(r.text().contains("Paragraph 199 of the despatch"), r.text());
    }

    @Test
    void aWholeOdtIsReadAsBefore() {
        ExtractionResult r = extractFirst(ODT, "despatch.odt", 100);
        assertEquals(ExtractionStatus.OK, r.status(), r.reason());
        assertTrue(r.text().contains("Paragraph 199 of the despatch"), r.text());
    }
}
