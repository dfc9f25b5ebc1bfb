package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.despatch.batch.IngestParameters;
import org.despatch.testing.Formats;
import org.junit.jupiter.api.Test;

/**
 * A scanned page (an image of printed text, and a PDF made of that image): EMPTY with the reason while OCR is off;
 * read when it is on and tesseract is installed, refused by the job's parameters when it is not.
 */
class OcrTest {

    private static final String PRINTED = "CEASEFIRE AGREED IN GENEVA";

    private static byte[] scannedPage() {
        return Formats.scannedPage(PRINTED);
    }

    /** A scanned document as archives hold them: a PDF whose only page is an image, with no text layer. */
    private static byte[] imageOnlyPdf() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(
                    new org.apache.pdfbox.pdmodel.common.PDRectangle(600, 100));
            pdf.addPage(page);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(scannedPage()));
            var xobject = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(pdf, image);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                content.drawImage(xobject, 0, 0, 600, 100);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }

    /** Whether tesseract is here; CI installs it and says so (-Ddespatch.requireOcr=true), so the OCR path runs. */
    private static boolean tesseractHere() {
        boolean here = Ocr.available();
        if (!here && Boolean.getBoolean("despatch.requireOcr")) {
            org.junit.jupiter.api.Assertions.fail("-Ddespatch.requireOcr=true but tesseract is not on the PATH");
        }
        return here;
    }

    private static ExtractionResult extract(byte[] bytes, boolean ocr) {
        return extract(bytes, ocr, "page-1.png");
    }

    private static ExtractionResult extract(byte[] bytes, boolean ocr, String name) {
        try (TextExtractor extractor = new TextExtractor(ExtractionLimits.DEFAULTS, ocr,
                org.despatch.scan.ContainerLimits.DEFAULTS)) {
            return extractor.extract(() -> new ByteArrayInputStream(bytes), name, bytes.length);
        }
    }

    @Test
    void anImageOnlyPdfIsEmptyWithTheReasonOrReadWithTesseract() throws Exception {
        byte[] pdf = imageOnlyPdf();
        ExtractionResult off = extract(pdf, false, "scan.pdf");
        assertEquals(List.of("EMPTY", "no text layer; OCR disabled", "application/pdf"),
                List.of(off.status().name(), off.reason(), off.mediaType()));
        if (tesseractHere()) {
            ExtractionResult on = extract(pdf, true, "scan.pdf");
            assertEquals(ExtractionStatus.OK, on.status(), on.reason());
            assertTrue(on.text().toUpperCase(java.util.Locale.ROOT).contains("CEASEFIRE"), on.text());
        }
    }

    @Test
    void withOcrOffAnImageIsEmptyWithTheReason() throws Exception {
        ExtractionResult r = extract(scannedPage(), false);
        assertEquals(List.of("EMPTY", "no text layer; OCR disabled", "image/png"),
                List.of(r.status().name(), r.reason(), r.mediaType()));
    }

    @Test
    void withOcrOnTheImageIsReadOrTheJobRefusesWithoutTesseract() throws Exception {
        Properties params = new Properties();
        params.setProperty(IngestParameters.INPUT, ".");
        params.setProperty(IngestParameters.OCR, "true");
        if (!tesseractHere()) {
            assertEquals("parameter 'ocr' is true but tesseract is not on the PATH",
                    assertThrows(IllegalArgumentException.class, () -> IngestParameters.validate(params)).getMessage());
            return;
        }
        IngestParameters.validate(params);
        ExtractionResult r = extract(scannedPage(), true);
        assertEquals(ExtractionStatus.OK, r.status(), r.reason());
        assertTrue(r.text().toUpperCase(java.util.Locale.ROOT).contains("CEASEFIRE"), r.text());
    }
}
