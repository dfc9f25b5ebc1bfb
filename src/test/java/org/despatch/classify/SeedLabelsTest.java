package org.despatch.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.despatch.normalize.Paragraph;
import org.despatch.normalize.SegmentedDocument;
import org.despatch.normalize.Segmenter;
import org.despatch.testing.SeedDocument;
import org.junit.jupiter.api.Test;

/** ../shared/seeds/EXPECTED.md, paragraph by paragraph, without a container. */
class SeedLabelsTest {

    @Test
    void everyParagraphAndSectionAsExpected() {
        SegmentedDocument d = Segmenter.segment(String.join("\n", SeedDocument.lines()));
        DocumentClassifier.Result r = DocumentClassifier.classify(d, "en");
        List<Paragraph> ps = d.paragraphs();
        assertEquals(37, ps.size());
        for (int line = 1; line <= 37; line++) {
            int original = line <= 19 ? line : line - 18;
            Label got = r.paragraphs().get(line).label();
            assertTrue(SeedDocument.EXPECTED_LABELS.get(original).contains(got), "line " + line + ": " + got + " for "
                    + ps.get(line - 1).text() + " / " + r.paragraphs().get(line).evidence());
        }
        assertEquals(Label.MILITARY, r.sections().get(1).label());
        assertEquals(Label.DIPLOMATIC, r.sections().get(2).label());
        assertEquals(2, r.sections().size());
    }
}
