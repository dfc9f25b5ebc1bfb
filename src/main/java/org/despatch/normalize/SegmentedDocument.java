package org.despatch.normalize;

import java.util.List;
import java.util.regex.Pattern;
import org.despatch.dedupe.ContentHash;

/** A document split into sections and paragraphs, with in-document repeats marked. */
public record SegmentedDocument(List<Section> sections, List<Paragraph> paragraphs) {

    /** Between the credit lines of {@link #credit()}. */
    public static final String CREDIT_SEPARATOR = " | ";
    /** What a page's title puts between its headline and the site's name: "|", "-", a dash, "::", "·", "•". */
    private static final String SEPARATOR = "\\s*[|\\-\u2013\u2014:\u00B7\u2022]{1,2}\\s*";
    /** A separator and a site's name after the headline: " | The Daily Courier". */
    private static final Pattern SITE_AFTER = Pattern.compile(SEPARATOR + "[^|]{1,60}");
    /** A site's name and a separator before it: "BBC News - ". */
    private static final Pattern SITE_BEFORE = Pattern.compile("[^|]{1,60}?" + SEPARATOR);
    /** The date a page's title adds after its headline: ", 13-Feb.-2023", " (13 February 2023)". */
    private static final Pattern DATE_AFTER = Pattern.compile("\\s*[,|(\\-\u2013\u2014]\\s*(\\d{1,2}[-. /]\\p{L}{3,9}"
            + "\\.?[-. /]\\d{2,4}|\\p{L}{3,9}\\.? \\d{1,2},? \\d{4}|\\d{4}-\\d{2}-\\d{2})\\)?");

    /** Paragraphs that are not repeats of an earlier paragraph of the same document. */
    public List<Paragraph> distinctParagraphs() {
        return paragraphs.stream().filter(p -> !p.isRepeat()).toList();
    }

    /**
     * The document's credit lines (bylines, agency credits, signatures) in order, each once, joined by
     * {@value #CREDIT_SEPARATOR}; null when it has none. A Blue Book's three signatures or a digest's agencies are
     * all its credits, not the first alone.
     */
    public String credit() {
        // a mail signature's delimiter ("-- ", a dash once normalized) marks the credit and is no part of it
        List<String> credits = paragraphs.stream().filter(p -> p.kind() == ParagraphKind.CREDIT && !p.isRepeat())
                .map(Paragraph::text).filter(t -> !t.equals(String.valueOf(TextNormalizer.DASH))).distinct().toList();
        return credits.isEmpty() ? null : String.join(CREDIT_SEPARATOR, credits);
    }

    /**
     * The heading the document opens with (after its routing and credit lines), a cable's subject without its
     * label: "US PARTICIPATION IN BUDAPEST INTERNATIONAL FAIR"; null when the document opens with text. The title of a
     * plain text, whose format has no place for one.
     */
    public String title() {
        for (Paragraph p : paragraphs) {
            if (p.kind() == ParagraphKind.HEADING) {
                // a numbered heading ("1. SITUATION.") is the first part's, not the document's
                return Character.isDigit(p.text().charAt(0)) ? null : HeaderLines.withoutSubjectLabel(p.text());
            }
            if (p.kind() == ParagraphKind.BODY) {
                return null;
            }
        }
        return null;
    }

    /**
     * The document's title, given the one its format holds (a web page's, an Office document's; null or blank when
     * none): that one, less a site's name before or after the document's opening heading ("Troops withdraw from
     * Homs | The Daily Courier" over the headline "Troops withdraw from Homs") and a date after it ("NATO - Opinion:
     * Press briefing ..., 13-Feb.-2023"); else the opening heading.
     */
    public String title(String formatTitle) {
        String heading = title();
        if (formatTitle == null || formatTitle.isBlank()) {
            return heading;
        }
        String stored = TextNormalizer.normalize(formatTitle).strip();
        int at = heading == null ? -1 : stored.indexOf(heading);
        if (at < 0 || stored.length() == heading.length()) {
            return formatTitle;
        }
        String before = stored.substring(0, at);
        String after = stored.substring(at + heading.length());
        return (before.isEmpty() || SITE_BEFORE.matcher(before).matches()) && (after.isEmpty()
                || SITE_AFTER.matcher(after).matches() || DATE_AFTER.matcher(after).matches()) ? heading : formatTitle;
    }

    /** Fingerprint of the whole normalized text, equal for the same text in any format. */
    public String contentHash() {
        return ContentHash.ofParagraphs(paragraphs.stream().map(Paragraph::text).toList());
    }

    public int charCount() {
        return paragraphs.stream().mapToInt(p -> p.text().length()).sum();
    }
}
