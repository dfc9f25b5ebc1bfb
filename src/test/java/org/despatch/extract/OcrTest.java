package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.despatch.batch.IngestParameters;
import org.junit.jupiter.api.Test;

/** A scanned page (an image of printed text): EMPTY with the reason while OCR is off; read when it is on. */
class OcrTest {

    private static final String PRINTED = "CEASEFIRE AGREED IN GENEVA";

    private static byte[] scannedPage() throws Exception {
        BufferedImage image = new BufferedImage(1200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 56));
        g.drawString(PRINTED, 40, 120);
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }

    private static ExtractionResult extract(byte[] bytes, boolean ocr) {
        try (TextExtractor extractor = new TextExtractor(ExtractionLimits.DEFAULTS, ocr,
                org.despatch.scan.ContainerLimits.DEFAULTS)) {
            return extractor.extract(() -> new ByteArrayInputStream(bytes), "page-1.png", bytes.length);
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
        if (!Ocr.available()) {
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
