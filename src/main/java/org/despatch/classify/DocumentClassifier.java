package org.despatch.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.despatch.normalize.Paragraph;
import org.despatch.normalize.ParagraphKind;
import org.despatch.normalize.Section;
import org.despatch.normalize.SegmentedDocument;
import org.despatch.normalize.TextMemo;

/**
 * Labels a whole segmented document: body paragraphs from their own words; a section by the label that dominates
 * its paragraphs, weighed by their length, and a part's heading with no paragraphs of its own ("II. Political
 * developments" over "A. ..." and "B. ...") by the sections it holds; a heading by the label of the section it
 * announces; credit and routing
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
        List<Section> sections = document.sections();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            List<Weighed> body = bodyBySection.get(section.ordinal());
            allBody.addAll(body);
            if (body.isEmpty() && section.heading() != null) {
                List<Weighed> held = partNumberKind(section.heading()) == 0 ? List.of()
                        : heldBody(sections, s, bodyBySection);
                bySection.put(section.ordinal(), held.isEmpty() ? paragraph(section.heading(), language)
                        : dominant(held));
            } else {
                bySection.put(section.ordinal(), dominant(body));
            }
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

    /** A part's number: "II. ", "A. ", "3. ", "(b) "; or its name: "CHAPTER VII", "Part 2". */
    private static final Pattern PART_NUMBER = Pattern.compile("^(\\(?(([IVXLC]+)|([A-Z])|(\\d{1,2}(\\.\\d{1,2})*)"
            + "|([a-z]))[.)]\\s|((?i:chapter|part|book|annex|appendix) ([IVXLC]+|\\d{1,3})\\b))");
    /**
     * {@link #PART_NUMBER}'s groups of the kinds of part: by roman, capital letter, arabic or small letter number,
     * or by name.
     */
    private static final int[] PART_NUMBER_KINDS = {3, 4, 5, 7, 8};

    /**
     * The body of the sections that the empty section at {@code s}, a numbered part's, holds: those after it, up to
     * the next empty one, or the next numbered as it is ("III." after "II."), or the end. A heading that numbers no
     * part ("Fwd: Kosovo talks ...", over a forwarded mail's own header) keeps the label of its words.
     */
    private static List<Weighed> heldBody(List<Section> sections, int s, Map<Integer, List<Weighed>> bodyBySection) {
        int kind = partNumberKind(sections.get(s).heading());
        List<Weighed> held = new ArrayList<>();
        for (int t = s + 1; t < sections.size(); t++) {
            List<Weighed> body = bodyBySection.get(sections.get(t).ordinal());
            if (body.isEmpty() || partNumberKind(sections.get(t).heading()) == kind) {
                break;
            }
            held.addAll(body);
        }
        return held;
    }

    /** 0 for a heading without a part's number, else which kind ({@link #PART_NUMBER_KINDS}). */
    private static int partNumberKind(String heading) {
        Matcher m = heading == null ? null : PART_NUMBER.matcher(heading);
        if (m == null || !m.lookingAt()) {
            return 0;
        }
        for (int group : PART_NUMBER_KINDS) {
            if (m.group(group) != null) {
                return group;
            }
        }
        return 0;
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
