package org.despatch.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.despatch.dedupe.ContentHash;

/**
 * The normalize stage in one place: extracted text -> raw paragraphs (layout) -> normalized paragraphs ->
 * kinds (heading, credit, routing, body) -> in-document repeats -> sections.
 *
 * <p>A repeated paragraph (an archive copy that holds its body twice) keeps its own row but starts nothing:
 * it belongs to the section of its first occurrence, so repeats never create sections of their own.
 */
public final class Segmenter {

    /**
     * Longer paragraphs (a text with no line breaks at all, a table flattened to one line) are cut at word
     * boundaries into pieces of at most this length, so that every paragraph fits its column and stays readable.
     */
    public static final int MAX_PARAGRAPH_CHARS = 20_000;
    /** A signature under a sign-off has at most this many lines (name, post, department, office, address). */
    static final int MAX_SIGNATURE_LINES = 5;
    static final int MAX_SIGNATURE_LINE_WORDS = 12;
    static final int MAX_LONE_SIGNATURE_LENGTH = 30;
    /** A signature's telephone number alone: "(202) 647-0000", "+44 20 7008 1500". */
    private static final Pattern PHONE = Pattern.compile("^[+(]?\\d[\\d ()./-]{6,24}$");
    /**
     * One to three words in capitals ("KISSINGER", "DE GAULLE", "ST JOHN-STEVAS"), perhaps after initials or with
     * one ("J R MALCOLM", "J. K. FORBES", "JOHN A. MERCER"), perhaps with a full stop.
     */
    private static final Pattern LONE_SIGNATURE = Pattern.compile(
            "^(\\p{Lu}\\.? ){0,3}\\p{Lu}[\\p{Lu}'-]+( (\\p{Lu}\\.|\\p{Lu}[\\p{Lu}'-]+)){0,2}\\.?$");
    /** A signature without a sign-off has at most this many lines of rank and post under the name ("Maj"). */
    static final int MAX_POST_LINES = 3;
    static final int MAX_POST_LINE_WORDS = 8;
    /** A name after its initials, as a typed signature gives it: "H. P. Marlowe", "J.R. Holland". */
    private static final Pattern INITIALLED_NAME = Pattern.compile("^(\\p{Lu}\\. ?){1,3}\\p{Lu}[\\p{L}'-]+$");
    private static final Set<String> CABLE_CLOSINGS = Set.of("END", "ENDS", "UNQUOTE", "END TEXT", "END QUOTE",
            "END MESSAGE", "MESSAGE ENDS", "END SUMMARY", "END COMMENT", "THE END");

    /**
     * A heading marked as Markdown marks one, which is also how extraction marks a format's own headings (HTML's
     * {@code <h2>}, a word processor's heading styles): "## Talks in Brussels", perhaps closed by its marks again.
     */
    private static final Pattern MARKED_HEADING = Pattern.compile("(?s)^#{1,6}[ \t]+(\\S.*?)([ \t]+#+)?\\s*$");
    /** A row of dashes or rules ("----------", "=========="), not a mail's signature delimiter "-- ". */
    private static final Pattern RULE = Pattern.compile("^\\s*([-_=\u2013\u2014]\\s*){4,}$");
    /** A line marked strong as a whole, as Markdown marks a document's symbol or date: "**SC/15728**". */
    private static final Pattern MARKED_STRONG = Pattern.compile("^\\s*\\*\\*([^*\\n]+)\\*\\*\\s*$");
    /** A marked "heading" longer than this is a paragraph someone marked whole. */
    static final int MAX_MARKED_HEADING_CHARS = 300;

    /**
     * A marked heading's text: not too long, and not a script's comment, as help pages quote them ("# shows log
     * message for the latest commit", "# Download the library hg clone http://...").
     */
    private static boolean isMarkedHeading(String text) {
        return !text.isEmpty() && text.length() <= MAX_MARKED_HEADING_CHARS
                && !Character.isLowerCase(text.codePointAt(0)) && !text.contains("://");
    }

    private Segmenter() {
    }

    /** Segments without telling the paragraphs' languages. */
    public static SegmentedDocument segment(String extractedText) {
        return segment(extractedText, text -> null);
    }

    /**
     * @param languageOf the language of a paragraph's text (ISO 639-1), or null when it cannot be told; asked once
     *                   per distinct paragraph, a repeat takes its first occurrence's
     */
    public static SegmentedDocument segment(String extractedText, Function<String, String> languageOf) {
        List<String> texts = new ArrayList<>();
        BitSet marked = new BitSet();
        BitSet rules = new BitSet();  // rows of dashes, which normalization makes one dash as it does a mail's "-- "
        for (String block : BlockSplitter.split(extractedText)) {
            if (RULE.matcher(block).matches()) {
                rules.set(texts.size());
            }
            Matcher heading = MARKED_HEADING.matcher(block);
            String normalized = heading.matches() ? TextNormalizer.normalize(heading.group(1)) : "";
            if (isMarkedHeading(normalized)) {
                marked.set(texts.size());
            } else {
                Matcher strong = MARKED_STRONG.matcher(block);
                normalized = TextNormalizer.normalize(strong.matches() ? strong.group(1) : block);
            }
            while (normalized.length() > MAX_PARAGRAPH_CHARS) {
                int cut = normalized.lastIndexOf(' ', MAX_PARAGRAPH_CHARS);
                cut = cut <= 0 ? MAX_PARAGRAPH_CHARS : cut;
                texts.add(normalized.substring(0, cut));
                normalized = normalized.substring(cut).strip();
            }
            if (!normalized.isEmpty()) {
                texts.add(normalized);
            }
        }
        List<Section> sections = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>(texts.size());
        Map<String, Paragraph> firstByHash = new HashMap<>();
        int currentSection = 0;
        boolean routedSince = false;
        boolean sectionHasBody = false;
        boolean deckHeads = false;  // the current section was headed by a deck line in capitals
        // each text asked once whether it is a credit line: as itself, and as the next of the paragraph before it
        boolean[] credit = creditLines(texts, rules, marked);
        List<String> hashes = new ArrayList<>(texts.size());
        Set<String> seen = new HashSet<>();
        boolean[] repeat = new boolean[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            hashes.add(ContentHash.ofText(texts.get(i)));
            repeat[i] = !seen.add(hashes.get(i));
        }
        // each text asked at most once whether it is a heading: by the header's scan, then for its kind
        byte[] headingAnswers = new byte[texts.size()];
        IntPredicate heading = i -> {
            if (headingAnswers[i] == 0) {
                headingAnswers[i] = (byte) (marked.get(i) || isHeading(texts, credit, i) ? 2 : 1);
            }
            return headingAnswers[i] == 2;
        };
        boolean[] routing = CableHeaders.routingLines(texts, i -> credit[i] || repeat[i], heading);
        BitSet datingLines = markDateLinesOutsideTheText(texts, credit, routing);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (credit[i] && text.length() == 1 && text.charAt(0) == TextNormalizer.DASH) {
                continue;  // a mail signature's delimiter "-- " marks the signature and is no line of it
            }
            String hash = hashes.get(i);
            int ordinal = paragraphs.size() + 1;
            Paragraph first = firstByHash.get(hash);
            if (first != null) {
                paragraphs.add(new Paragraph(ordinal, text, hash, first.kind(), first.section(), first.ordinal(),
                        first.language()));
                continue;
            }
            ParagraphKind kind = credit[i] ? ParagraphKind.CREDIT : routing[i] ? ParagraphKind.ROUTING
                    : heading.test(i) ? ParagraphKind.HEADING : ParagraphKind.BODY;
            int section;
            if (kind == ParagraphKind.CREDIT || kind == ParagraphKind.ROUTING) {
                section = 0;
                // the header of a message after the first (the next despatch, a quoted mail) ends the section of
                // the text before it; a cable's REF: under its SUBJECT: heading does not, nor a byline's date, nor
                // a line in the margin (Hansard's column)
                routedSince |= kind == ParagraphKind.ROUTING && sectionHasBody && !datingLines.get(i)
                        && !HeaderLines.isMarginalia(text);
            } else if (kind == ParagraphKind.HEADING && deckHeads && !sectionHasBody
                    && Headings.isCapitalsDeckLine(text)) {
                // a newspaper's deck, "THE WAR." over "GERMAN ATTACK ON LIEGE." over "FORTS HOLD OUT.", heads one story
                Section deck = sections.get(sections.size() - 1);
                sections.set(sections.size() - 1, new Section(deck.ordinal(), deck.heading() + " " + text));
                section = currentSection;
            } else if (kind == ParagraphKind.HEADING || currentSection == 0 || routedSince) {
                currentSection = sections.size() + 1;
                sections.add(new Section(currentSection, kind == ParagraphKind.HEADING ? text : null));
                section = currentSection;
                routedSince = false;
                sectionHasBody = false;
                deckHeads = kind == ParagraphKind.HEADING && Headings.isCapitalsDeckLine(text);
            } else {
                section = currentSection;
            }
            sectionHasBody |= kind == ParagraphKind.BODY;
            Paragraph paragraph = new Paragraph(ordinal, text, hash, kind, section, 0, languageOf.apply(text));
            firstByHash.put(hash, paragraph);
            paragraphs.add(paragraph);
        }
        return new SegmentedDocument(List.copyOf(sections), List.copyOf(paragraphs));
    }

    /**
     * Credit lines, but not the items of a dashed list: "— United Kingdom" under "— France" is no attribution.
     */
    private static boolean[] creditLines(List<String> texts, BitSet rules, BitSet marked) {
        boolean[] credit = new boolean[texts.size()];
        for (int i = 0; i < credit.length; i++) {
            credit[i] = CreditLines.isCredit(texts.get(i));
        }
        for (int i = 0; i < credit.length; i++) {
            String text = texts.get(i);
            if (credit[i] && CreditLines.isDashed(text)
                    && (i > 0 && CreditLines.isDashed(texts.get(i - 1))
                    || i + 1 < credit.length && CreditLines.isDashed(texts.get(i + 1)))) {
                credit[i] = false;
            }
        }
        // the short lines under a sign-off are its signature: the name, the post, the office; a mail's signature
        // may stand under its delimiter instead ("-- ", a dash once normalized) when a name comes first
        for (int i = 0; i < credit.length; i++) {
            boolean delimiter = !rules.get(i) && isSignatureDelimiter(texts, i);
            credit[i] |= delimiter;
            if (credit[i] && (delimiter || CreditLines.isSignOff(texts.get(i)))) {
                // a heading the format marks begins what follows the letter: "Annual Review for 1957"
                for (int j = i + 1; j < credit.length && j <= i + MAX_SIGNATURE_LINES && !marked.get(j)
                        && isSignatureLine(texts.get(j)); j++) {
                    credit[j] = true;
                }
            }
        }
        // a signature without a sign-off: the sender's name in capitals or after initials under the last paragraph,
        // perhaps over a rank and post ("J R MALCOLM" over "Maj" and "SO2 G2 Int"; "H. P. Marlowe" over "Lt.-Col.,
        // Commanding 2nd Bn."), above the end marks and a distribution list
        int distribution = CableHeaders.distributionStart(texts, i -> false);
        int end = (distribution < 0 ? texts.size() : distribution) - 1;
        while (end > 0 && HeaderLines.isEndMark(texts.get(end))) {
            end--;
        }
        for (int name = end; name > 0 && name >= end - MAX_POST_LINES; name--) {
            if ((isLoneSignature(texts.get(name)) || INITIALLED_NAME.matcher(texts.get(name)).matches())
                    && Headings.endsLikeASentence(texts.get(name - 1))) {
                Arrays.fill(credit, name, end + 1, true);
                break;
            }
            if (!isSignatureLine(texts.get(name)) || texts.get(name).split(" ").length > MAX_POST_LINE_WORDS) {
                break;
            }
        }
        return credit;
    }

    /** A document's date under its last sentence stands among at most this many lines (its place, its addressee). */
    static final int MAX_FOOT_LINES = 4;

    /**
     * Date lines beside a byline ("By Amira Haddad" over "Wednesday 14 August 2024 09.12 BST") date the text, as a
     * header's date line does; so does one in a short foot under the last sentence, with what follows it (a note's
     * "Vilnius, 4 July 2023" above its addressee, "Embassy of the Republic of Belarus"). Returns the lines marked.
     */
    private static BitSet markDateLinesOutsideTheText(List<String> texts, boolean[] credit, boolean[] routing) {
        BitSet marked = new BitSet();
        for (int i = 0; i < texts.size(); i++) {
            if (credit[i]) {
                markIfDateLine(texts, i - 1, credit, routing, marked);
                markIfDateLine(texts, i + 1, credit, routing, marked);
            }
        }
        int lastSentence = texts.size() - 1;
        while (lastSentence >= 0 && (credit[lastSentence] || routing[lastSentence]
                || !HeaderLines.isRunningText(texts.get(lastSentence)))) {
            lastSentence--;
        }
        if (texts.size() - 1 - lastSentence > MAX_FOOT_LINES) {
            return marked;
        }
        boolean dated = false;
        for (int i = lastSentence + 1; i < texts.size(); i++) {
            dated |= !credit[i] && Headings.isDateLine(texts.get(i));
            if (dated && !credit[i] && !routing[i]) {
                routing[i] = true;
                marked.set(i);
            }
        }
        return marked;
    }

    private static void markIfDateLine(List<String> texts, int i, boolean[] credit, boolean[] routing, BitSet marked) {
        if (i >= 0 && i < texts.size() && !credit[i] && !routing[i] && Headings.isDateLine(texts.get(i))) {
            routing[i] = true;
            marked.set(i);
        }
    }

    private static boolean isSignatureDelimiter(List<String> texts, int i) {
        String text = texts.get(i);
        return text.length() == 1 && text.charAt(0) == TextNormalizer.DASH && i + 1 < texts.size()
                && CreditLines.isNameAlone(texts.get(i + 1));
    }

    /** "KISSINGER", "PARSONS", "MACMILLAN." : a name in capitals alone, not a cable's "END" or "UNQUOTE". */
    private static boolean isLoneSignature(String text) {
        return text.length() <= MAX_LONE_SIGNATURE_LENGTH && LONE_SIGNATURE.matcher(text).matches()
                && !CABLE_CLOSINGS.contains(text.replace(".", ""));
    }

    /**
     * A line of a signature block: short, with letters, no sentence, no header field or opener of a header (a quoted
     * message's, the rule of underscores above one, the next despatch's number).
     */
    private static boolean isSignatureLine(String text) {
        String[] words = text.split("\\s+");
        char last = text.charAt(text.length() - 1);
        return words.length <= MAX_SIGNATURE_LINE_WORDS && "!?;:".indexOf(last) < 0
                && (text.codePoints().anyMatch(Character::isLetter) || PHONE.matcher(text).matches())
                && (last != '.' || words.length <= 3) && !HeaderLines.isField(text) && !HeaderLines.opensHeader(text);
    }

    /**
     * Whether the i-th text is a heading. A heading is told by the paragraph after it that is not a credit line or a
     * dateline: a title is followed by its byline, then its story, and it is the story that shows the title to be a
     * heading.
     * In sentence case, only the first text or one after a credit line (where a story ends) can be a headline, and
     * only a short line after a sentence a subheading.
     */
    /** A headline's deck has at most this many lines. */
    static final int MAX_DECK_LINES = 4;

    private static boolean isHeading(List<String> texts, boolean[] credit, int i) {
        // a table's row, its cells between " | " as extraction joins them, heads nothing: "Item | Quantity | Status"
        return !Headings.isCaption(texts.get(i)) && !texts.get(i).contains(" | ")
                && (isHeadingAlone(texts, credit, i) || headsADeck(texts, credit, i));
    }

    /** Whether the i-th text is a heading by itself, not as a line of a deck. */
    private static boolean isHeadingAlone(List<String> texts, boolean[] credit, int i) {
        String text = texts.get(i);
        int next = i + 1;
        // a newspaper's dateline stands between a headline and its story: "VIENNA, July 28."; so does a press
        // release's date line, "Tallinn, 14 June 2024"
        while (next < texts.size() && (credit[next] || HeaderLines.isDateline(texts.get(next))
                || Headings.isDateLine(texts.get(next)))) {
            next++;
        }
        String story = next < texts.size() ? texts.get(next) : null;
        if (story == null) {
            return false;
        }
        int previous = i - 1;
        while (previous >= 0 && credit[previous]) {
            previous--;
        }
        // a story ends at its credit ("(AFP)"), on its own line or its last, so what follows may head the next
        // story; the first story of a digest or bulletin may follow its date line; and a story that opens with its
        // dateline shows the line over it to be its headline, credit or not
        boolean storyBegins = previous < 0 || credit[i - 1] || CreditLines.endsWithAgencyCredit(texts.get(i - 1))
                || Headings.isDateLine(texts.get(i - 1)) || HeaderLines.opensWithDateline(story)
                || atTheHead(texts, i) && !HeaderLines.isField(text) && !Headings.isDateLine(text);
        return HeaderLines.isSubject(text) || Headings.isHeading(text, story) || Headings.isNumbered(text, story)
                || (storyBegins ? Headings.isHeadline(text, story) || Headings.isCapitalsHeadline(text, story)
                        : Headings.isSubheading(text, texts.get(previous), story))
                || previous >= 0 && Headings.isStoppedSubheading(text, texts.get(previous), story);
    }

    /** A document's head, its header lines above the first sentence: a press release's "FOR IMMEDIATE RELEASE". */
    static final int MAX_HEAD_TEXTS = 6;

    /**
     * Whether the i-th text is at the document's head: among its first few, with no sentence before it. A headline
     * under a ministry's name and a press release's number ("Estonia summons Russian chargé d'affaires over airspace
     * violation") heads the story as one at the top would.
     */
    private static boolean atTheHead(List<String> texts, int i) {
        if (i >= MAX_HEAD_TEXTS) {
            return false;
        }
        for (int j = 0; j < i; j++) {
            if (Headings.endsLikeASentence(texts.get(j))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line of a deck in capitals whose last line heads the story under it ("THE WAR CRISIS." over two more); a
     * longer run of such lines is a list or a table.
     */
    private static boolean headsADeck(List<String> texts, boolean[] credit, int i) {
        if (!Headings.isCapitalsDeckLine(texts.get(i))) {
            return false;
        }
        int first = i;
        while (first > 0 && !credit[first - 1] && Headings.isCapitalsDeckLine(texts.get(first - 1))
                && i - first < MAX_DECK_LINES) {
            first--;
        }
        int last = i;
        while (last + 1 < texts.size() && !credit[last + 1] && Headings.isCapitalsDeckLine(texts.get(last + 1))
                && last - first < MAX_DECK_LINES) {
            last++;
        }
        return last > i && last - first < MAX_DECK_LINES && isHeadingAlone(texts, credit, last);
    }
}
