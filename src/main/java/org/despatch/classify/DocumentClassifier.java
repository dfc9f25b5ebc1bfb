package org.despatch.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.despatch.normalize.Paragraph;
import org.despatch.normalize.ParagraphKind;
import org.despatch.normalize.Section;
import org.despatch.normalize.SegmentedDocument;
import org.despatch.normalize.TextMemo;

/**
 * Labels a whole segmented document: body paragraphs from their own words; a section by the label that dominates
 * its paragraphs, weighed by their length; a heading by the label of the section it announces; credit and routing
 * lines OTHER; a repeated paragraph the same as its first occurrence. A document takes the label that dominates its
 * sections' paragraphs.
 */
public final class DocumentClassifier {

    /**
     * Labels of recent paragraph texts, by language and text: a paragraph's label is a function of those alone,
     * and archives repeat paragraphs (copies of one report, letterheads, disclaimers).
     */
    private static final TextMemo<Classification> RECENT = new TextMemo<>(TextMemo.DEFAULT_MAX_CHARS);

    private DocumentClassifier() {
    }

    /** Labels of one document, by paragraph ordinal and by section ordinal. */
    public record Result(Map<Integer, Classification> paragraphs, Map<Integer, Classification> sections,
                         Label documentLabel) {
    }

    /**
     * @param language the document's language, which stands for any paragraph whose own language could not be
     *                 told; a paragraph in a language the classifier does not support is OTHER, with that reason
     */
    public static Result classify(SegmentedDocument document, String language) {
        Map<Integer, Classification> byParagraph = new HashMap<>();
        Map<Integer, List<Weighed>> bodyBySection = new LinkedHashMap<>();
        for (Section section : document.sections()) {
            bodyBySection.put(section.ordinal(), new ArrayList<>());
        }
        for (Paragraph p : document.paragraphs()) {
            if (p.isRepeat() || p.kind() == ParagraphKind.HEADING) {
                continue;
            }
            Classification c = p.kind() == ParagraphKind.CREDIT
                    ? new Classification(Label.OTHER, 0, 0, "credit line: belongs to the document, not a section")
                    : p.kind() == ParagraphKind.ROUTING
                    ? new Classification(Label.OTHER, 0, 0, "routing line: how the message travelled, not what it "
                            + "reports")
                    : paragraph(p.text(), p.language() != null ? p.language() : language);
            byParagraph.put(p.ordinal(), c);
            if (p.kind() == ParagraphKind.BODY) {
                bodyBySection.get(p.section()).add(new Weighed(c, p.text().length()));
            }
        }
        Map<Integer, Classification> bySection = new HashMap<>();
        List<Weighed> allBody = new ArrayList<>();
        for (Section section : document.sections()) {
            List<Weighed> body = bodyBySection.get(section.ordinal());
            allBody.addAll(body);
            Classification c = body.isEmpty() && section.heading() != null
                    ? paragraph(section.heading(), language)
                    : dominant(body);
            bySection.put(section.ordinal(), c);
        }
        for (Paragraph p : document.paragraphs()) {
            if (p.kind() == ParagraphKind.HEADING && !p.isRepeat()) {
                Classification s = bySection.get(p.section());
                byParagraph.put(p.ordinal(), new Classification(s.label(), s.diplomaticScore(), s.militaryScore(),
                        "heading: takes the label of the section it announces (" + s.label() + ")"));
            }
        }
        for (Paragraph p : document.paragraphs()) {
            if (p.isRepeat()) {
                byParagraph.put(p.ordinal(), byParagraph.get(p.repeatOf()));
            }
        }
        return new Result(byParagraph, bySection, dominant(allBody).label());
    }

    private static Classification paragraph(String text, String language) {
        return RECENT.get((language == null ? "" : language) + '\u0000' + text,
                key -> ParagraphClassifier.classify(text, language));
    }

    /** A body paragraph's label and its length, its weight in the label of its section and document. */
    record Weighed(Classification classification, int chars) {
    }

    /**
     * The label most of the paragraphs' characters carry, ties broken by the scores; the scores are the paragraphs'
     * means weighed by their characters too, so that they say what the label says of the same text. By characters,
     * not paragraphs: the salutations, signatures and one-line notes of despatches and cables ("My Lord,", "I have,
     * &c.", "WEATHER: RAIN.") are OTHER and would outvote, and their low scores drag down, the few long paragraphs
     * that carry the news. An empty list is OTHER.
     */
    static Classification dominant(List<Weighed> paragraphs) {
        if (paragraphs.isEmpty()) {
            return new Classification(Label.OTHER, 0, 0, "no body paragraphs");
        }
        Map<Label, Integer> votes = new EnumMap<>(Label.class);
        Map<Label, Long> chars = new EnumMap<>(Label.class);
        long total = 0;
        double diplomatic = 0;
        double military = 0;
        for (Weighed w : paragraphs) {
            Classification c = w.classification();
            votes.merge(c.label(), 1, Integer::sum);
            // a paragraph of no characters still counts, so that a section of empty paragraphs has a label
            long weight = Math.max(1L, w.chars());
            chars.merge(c.label(), weight, Long::sum);
            total += weight;
            diplomatic += c.diplomaticScore() * weight;
            military += c.militaryScore() * weight;
        }
        Label best = Label.OTHER;
        long bestChars = -1;
        for (Label label : Label.values()) {
            long v = chars.getOrDefault(label, 0L);
            double tieBreak = label == Label.DIPLOMATIC ? diplomatic : label == Label.MILITARY ? military : 0;
            double bestTieBreak = best == Label.DIPLOMATIC ? diplomatic : best == Label.MILITARY ? military : 0;
            if (v > bestChars || v == bestChars && tieBreak > bestTieBreak) {
                best = label;
                bestChars = v;
            }
        }
        return new Classification(best, Math.round(diplomatic / total * 1000) / 1000.0,
                Math.round(military / total * 1000) / 1000.0,
                String.format(java.util.Locale.ROOT, "%s: %d%% of the characters of %d paragraphs (%s)", best,
                        Math.round(100.0 * bestChars / total), paragraphs.size(), votes));
    }
}
