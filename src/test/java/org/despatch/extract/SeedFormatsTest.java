package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.despatch.normalize.SegmentedDocument;
import org.despatch.normalize.Segmenter;
import org.despatch.testing.SeedDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The seed saved as DOCX, PDF, HTML, RTF and wrapped text gives the seed's own paragraphs and sections. */
class SeedFormatsTest {

    private static TextExtractor extractor;

    @BeforeAll
    static void start() {
        extractor = new TextExtractor(ExtractionLimits.DEFAULTS);
    }

    @AfterAll
    static void stop() {
        extractor.close();
    }

    private static SegmentedDocument segment(String name, byte[] bytes) {
        ExtractionResult r = extractor.extract(() -> new ByteArrayInputStream(bytes), name, bytes.length);
        assertEquals(ExtractionStatus.OK, r.status(), name + ": " + r.reason());
        return Segmenter.segment(r.text());
    }

    @TestFactory
    List<DynamicTest> everyFormatGivesTheSeedParagraphs() {
        String seedText = String.join("\n", SeedDocument.lines());
        SegmentedDocument expected = segment("seed.txt", seedText.getBytes(StandardCharsets.UTF_8));
        assertEquals(37, expected.paragraphs().size());
        return SeedDocument.variants().entrySet().stream().map((Map.Entry<String, byte[]> e) ->
                DynamicTest.dynamicTest(e.getKey(), () -> {
                    SegmentedDocument actual = segment(e.getKey(), e.getValue());
                    assertSameParagraphs(texts(expected), texts(actual), e.getKey());
                    assertEquals(expected.sections(), actual.sections(), e.getKey());
                    assertEquals(expected.contentHash(), actual.contentHash(), e.getKey());
                })).toList();
    }

    private static List<String> texts(SegmentedDocument d) {
        return d.paragraphs().stream().map(p -> p.kind() + " " + p.text()).toList();
    }

    /** Names the first paragraph that differs, rather than printing two whole documents. */
    private static void assertSameParagraphs(List<String> expected, List<String> actual, String name) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), name + ": paragraph " + (i + 1));
        }
        assertEquals(expected.size(), actual.size(), name + ": paragraph count");
    }
}
