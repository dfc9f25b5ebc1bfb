package org.despatch.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.despatch.normalize.Segmenter;
import org.junit.jupiter.api.Test;

class DocumentClassifierTest {

    private static DocumentClassifier.Weighed weighed(Label label, double diplomatic, double military, int chars) {
        return new DocumentClassifier.Weighed(new Classification(label, diplomatic, military, ""), chars);
    }

    @Test
    void aSectionTakesTheLabelOfMostOfItsCharactersNotOfMostOfItsParagraphs() {
        Classification c = DocumentClassifier.dominant(List.of(
                weighed(Label.OTHER, 0.2, 0.1, 9),      // "My Lord,"
                weighed(Label.DIPLOMATIC, 0.9, 0.3, 300),
                weighed(Label.OTHER, 0.1, 0.1, 12),     // "I have, &c."
                weighed(Label.MILITARY, 0.2, 0.9, 200),
                weighed(Label.OTHER, 0.3, 0.1, 21)));   // "(Signed) HENRY ELLIOT."
        assertEquals(Label.DIPLOMATIC, c.label());
        // means weighed by characters: (0.2 * 9 + 0.9 * 300 + 0.1 * 12 + 0.2 * 200 + 0.3 * 21) / 542
        assertEquals(0.589, c.diplomaticScore());
        assertEquals(0.506, c.militaryScore());
        assertEquals("DIPLOMATIC: 55% of the characters of 5 paragraphs ({DIPLOMATIC=1, MILITARY=1, OTHER=3})",
                c.evidence());
    }

    @Test
    void equalCharactersAreDecidedByTheScoresAndNothingIsOther() {
        assertEquals(Label.MILITARY, DocumentClassifier.dominant(List.of(weighed(Label.DIPLOMATIC, 0.6, 0.4, 100),
                weighed(Label.MILITARY, 0.3, 0.9, 100))).label());
        assertEquals(Label.OTHER, DocumentClassifier.dominant(List.of()).label());
        // empty paragraphs still vote
        assertEquals(Label.DIPLOMATIC, DocumentClassifier.dominant(List.of(weighed(Label.DIPLOMATIC, 0.9, 0, 0)))
                .label());
    }

    @Test
    void aPartsHeadingWithoutParagraphsTakesTheLabelOfTheSectionsItHolds() {
        DocumentClassifier.Result r = DocumentClassifier.classify(Segmenter.segment("""
                ## II. Political developments

                ## A. Regional engagement

                2. On 18 May, the Presidents of Naruvia and Ostland met in Port Selim under the auspices of the \
                African Union and agreed to resume negotiations on their common border.

                ## B. Envoys

                3. My Special Envoy continued her consultations with the Governments of the region.

                ## III. Security situation

                4. Fighters of the Kivara Liberation Front attacked army positions near Rugari and shelled the town.
                """), "en");
        assertEquals(List.of(Label.DIPLOMATIC, Label.DIPLOMATIC, Label.DIPLOMATIC, Label.MILITARY),
                List.of(1, 2, 3, 4).stream().map(s -> r.sections().get(s).label()).toList());
        // the heading takes it too: "Political developments" alone says nothing of diplomacy
        assertEquals(Label.DIPLOMATIC, r.paragraphs().get(1).label());
    }

    @Test
    void aDespatchIsDiplomaticThoughMostOfItsLinesAreFormulas() {
        DocumentClassifier.Result r = DocumentClassifier.classify(Segmenter.segment("""
                No. 214.

                Sir Henry Elliot to the Earl of Derby.\u2014(Received July 18.)

                My Lord, Constantinople, July 10, 1876.

                I HAVE the honour to inform your Lordship that the Servian army crossed the frontier on the 2nd \\
                instant, and that a body of some 20,000 men under General Tchernaieff has advanced upon Nisch.

                In an interview which I had yesterday with the Grand Vizier, His Highness assured me that the Porte \\
                had no desire to extend the war, and that he would gladly accept the good offices of the Powers for \\
                the conclusion of an armistice, provided that the Prince of Servia withdrew his troops.

                I took the opportunity of impressing upon His Highness the importance which Her Majesty's \\
                Government attach to the prevention of excesses by the irregular troops, and I have addressed a \\
                note to the Porte on the subject.

                I have, &c.

                (Signed) HENRY ELLIOT.
                """), "en");
        assertEquals(Label.DIPLOMATIC, r.sections().get(1).label(), r.sections().get(1).evidence());
        assertEquals(Label.DIPLOMATIC, r.documentLabel());
    }
}
