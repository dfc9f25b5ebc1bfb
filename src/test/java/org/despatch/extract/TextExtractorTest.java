package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.despatch.testing.Formats;
import org.junit.jupiter.api.Test;

/** Every document ends with one status and, unless OK, a one-line reason. */
class TextExtractorTest {

    private static ExtractionResult extract(ExtractionLimits limits, String name, byte[] bytes) {
        try (TextExtractor extractor = new TextExtractor(limits)) {
            return extractor.extract(() -> new ByteArrayInputStream(bytes), name, bytes.length);
        }
    }

    @Test
    void characterLimitKeepsTheTextSoFar() {
        byte[] text = "Negotiations resumed in Geneva. ".repeat(100).getBytes(StandardCharsets.UTF_8);
        ExtractionResult r = extract(new ExtractionLimits(1_000_000, 100, 60_000), "a.txt", text);
        assertEquals(ExtractionStatus.PARTIAL, r.status());
        assertEquals("text truncated at the limit of 100 characters", r.reason());
        assertEquals(100, r.text().length());
    }

    @Test
    void statusesOfBadDocuments() {
        assertEquals(List.of("EMPTY", "file is empty (0 bytes)"),
                outcome(extract(ExtractionLimits.DEFAULTS, "e.txt", new byte[0])));
        assertEquals(List.of("TOO_LARGE", "file is 2000 bytes, over the limit of 1000"),
                outcome(extract(new ExtractionLimits(1000, 100, 1000), "big.txt", new byte[2000])));
        byte[] pdf = Formats.pdf("t", List.of(Formats.Block.p("Troops crossed the river.")));
        ExtractionResult truncated = extract(ExtractionLimits.DEFAULTS, "t.pdf", Arrays.copyOf(pdf, 400));
        assertEquals(ExtractionStatus.CORRUPT, truncated.status());
        assertEquals("application/pdf", truncated.mediaType());
        byte[] unknown = new byte[64];
        Arrays.fill(unknown, (byte) 0x9C);
        assertEquals(ExtractionStatus.UNSUPPORTED, extract(ExtractionLimits.DEFAULTS, "blob", unknown).status());
    }

    @Test
    void failedDocumentsNameTheParserThatFailedAndATypeEvenUnread() {
        byte[] pdf = Formats.pdf("t", List.of(Formats.Block.p("Troops crossed the river.")));
        ExtractionResult truncated = extract(ExtractionLimits.DEFAULTS, "t.pdf", Arrays.copyOf(pdf, 400));
        assertEquals(List.of("CORRUPT", "application/pdf", "PDFParser"),
                List.of(truncated.status().name(), truncated.mediaType(), truncated.parser()));
        assertEquals("application/msword",
                extract(new ExtractionLimits(1000, 100, 1000), "minutes.doc", new byte[2000]).mediaType());
        assertEquals("text/plain", extract(ExtractionLimits.DEFAULTS, "e.txt", new byte[0]).mediaType());
        assertEquals("application/octet-stream", MediaTypes.byName("mimetype"));
        assertEquals(null, MediaTypes.byName(null));
    }

    @Test
    void aPdfCutShortKeepsTheTextReadAndSaysSo() {
        List<Formats.Block> blocks = new java.util.ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            blocks.add(Formats.Block.p("Paragraph " + i + ": the envoys met again and the talks went on."));
        }
        byte[] pdf = Formats.pdf("Talks", blocks);
        assertEquals(ExtractionStatus.OK, extract(ExtractionLimits.DEFAULTS, "whole.pdf", pdf).status());
        ExtractionResult cut = extract(ExtractionLimits.DEFAULTS, "cut.pdf", Arrays.copyOf(pdf, pdf.length * 9 / 10));
        assertEquals(List.of("PARTIAL", "damaged after some text: " + PdfEnd.REASON),
                Arrays.asList(cut.status().name(), cut.reason()));
        assertTrue(cut.text().contains(": the envoys met again and the talks went on."), cut.text());
    }

    /** helper-37's page nested thousands deep: Tika's guard stops it, which is a limit, not damage. */
    @Test
    void aPageNestedDeeperThanTikasGuardIsPartialAndSaysWhy() {
        String page = "<html><body><p>The envoys met in Geneva on Tuesday and agreed to meet again.</p>"
                + "<div>".repeat(300) + "deep text" + "</div>".repeat(300) + "</body></html>";
        ExtractionResult r = extract(ExtractionLimits.DEFAULTS, "deep.html", page.getBytes(StandardCharsets.UTF_8));
        assertEquals(ExtractionStatus.PARTIAL, r.status(), r.reason());
        assertTrue(r.reason().startsWith(Outcome.BOMB_GUARD) && r.reason().contains("levels of XML element nesting"),
                r.reason());
        assertTrue(r.text().contains("The envoys met in Geneva"), r.text());
    }

    @Test
    void okDocumentsNameTheirParserAndType() {
        ExtractionResult r = extract(ExtractionLimits.DEFAULTS, "r.html",
                Formats.html("Report", List.of(Formats.Block.h("Talks"), Formats.Block.p("The envoys met."))));
        assertEquals(List.of("OK", "text/html", "JSoupParser", "Report", "## Talks\n\nThe envoys met."),
                List.of(r.status().name(), r.mediaType(), r.parser(), r.title(), r.text()));
    }

    @Test
    void aHangingParseEndsAsTimeoutAndTheExtractorGoesOn() {
        try (TextExtractor extractor = new TextExtractor(new ExtractionLimits(1_000_000, 1_000, 500))) {
            long start = System.nanoTime();
            ExtractionResult hung = extractor.extract(() -> new java.io.InputStream() {
                @Override
                public int read() throws java.io.IOException {
                    try {
                        Thread.sleep(60_000);  // a source (or parser) that never answers
                    } catch (InterruptedException e) {
                        throw new java.io.InterruptedIOException("abandoned");
                    }
                    return -1;
                }
            }, "slow.txt", 10);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(List.of("TIMEOUT", "parse did not finish within 500 ms"), outcome(hung));
            org.junit.jupiter.api.Assertions.assertTrue(millis < 5_000, "gave up after " + millis + " ms");
            byte[] next = "The talks resumed.".getBytes(StandardCharsets.UTF_8);
            assertEquals(ExtractionStatus.OK,
                    extractor.extract(() -> new ByteArrayInputStream(next), "next.txt", next.length).status(),
                    "a fresh worker takes the next document");
        }
    }

    private static List<String> outcome(ExtractionResult r) {
        return List.of(r.status().name(), r.reason());
    }
}
