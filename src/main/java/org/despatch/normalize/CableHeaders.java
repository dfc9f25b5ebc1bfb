package org.despatch.normalize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import org.despatch.normalize.HeaderLines.Line;

/**
 * The routing and handling lines at the head of a telegram, cable, memorandum or despatch: its classification and
 * precedence, whom it is from and to, its tags, references, page and date-time-group markers ("FM AMEMBASSY
 * ANKARA", "TAGS: PREL, MOPS, TU", "E.O. 12958: DECL: 10/04/2022"), or a despatch's number, sender and addressee
 * and date of receipt ("No. 42.", "Lord Lyons to Earl Granville.", "(Received July 21.)"). They say how the
 * message travelled, not what it reports, so they belong to the document and to no section, and are OTHER; read as
 * headings, "TAGS: PREL, MOPS" took the label of the cable's body. The "SUBJECT:" line is the heading of what
 * follows.
 *
 * <p>Such lines are looked for only before a document's first paragraph of running text, and after the line that
 * opens a message quoted in a mail ("-----Original Message-----"), whose "From:", "Sent:" and "To:" follow:
 * elsewhere "REF:" or a line in capitals is the message itself. And a header must show itself as one: by a line
 * that only headers hold ("TAGS:", "E.O. 12958:", a marking with a cable's number, a routing indicator), or by
 * two lines of different kinds ("FM ..." and "TO ...", "From:" and "Sent:"). A title in capitals that happens to
 * begin with "TO" or "ACTION" ("TO THE LIGHTHOUSE", "ACTION PLAN FOR MOSUL"), or a lone "Reason: ..." line, is no
 * header. What each line tells on its own is {@link HeaderLines}'s to say; this class decides from them together.
 */
public final class CableHeaders {

    /** Lines of different kinds that show a header without a line only headers hold. */
    static final int MIN_ORDINARY_KINDS = 2;
    /**
     * A header's lines that tell nothing of their own stand at most this many together (a unit's name over its
     * location); more are a table's or a list's, which a date among them does not make a header.
     */
    static final int MAX_LINES_BETWEEN = 3;
    /** A distribution list at a document's foot has at most this many lines, its own "Distribution:" included. */
    static final int MAX_DISTRIBUTION_LINES = 15;

    private CableHeaders() {
    }

    /**
     * Which of a document's paragraphs are routing lines.
     *
     * @param passedOver paragraphs that neither are routing lines nor end the header (credit lines, repeats)
     * @param heading    paragraphs that head what follows, and so do not end the header either (a title)
     */
    public static boolean[] routingLines(List<String> paragraphs, IntPredicate passedOver, IntPredicate heading) {
        boolean[] routing = new boolean[paragraphs.size()];
        Header header = new Header(routing);
        boolean open = true;
        boolean afterAddress = false;
        boolean atHead = true;  // before any line of a header but a letterhead's
        for (int i = 0; i < paragraphs.size(); i++) {
            if (passedOver.test(i)) {
                continue;
            }
            String text = paragraphs.get(i);
            Line opener = HeaderLines.opener(text);
            atHead &= opener == null;
            if (opener != null) {
                header.decide();
                header.add(i, opener);
                open = true;
                afterAddress = false;
                continue;
            }
            if (!open) {
                continue;
            }
            if (HeaderLines.isSubject(text)) {
                header.corroborate("subject");  // a subject line is a heading, but it shows the header too
                afterAddress = false;
                continue;
            }
            Line line = text.length() > HeaderLines.MAX_LINE_LENGTH ? null : HeaderLines.line(text, afterAddress);
            if (line == null && (atHead && HeaderLines.isLetterhead(text) || HeaderLines.isReference(text)
                    || atHead && HeaderLines.isCapitalsAddress(text) || HeaderLines.isUnOrgan(text))) {
                line = Line.PLAIN;
            } else {
                atHead = false;
            }
            afterAddress = line != null && line.address();
            if (line != null) {
                // a date line before the text dates it, alone or not: "THE TIMES, WEDNESDAY, JULY 29, 1914.", or
                // "Tuesday 26 September 2023, 14.05 CEST" under a headline
                routing[i] |= line == Line.DATE;
                header.add(i, line);
            } else if (!heading.test(i) && HeaderLines.isRunningText(text)) {
                header.decide();
                open = false;
            } else if (!heading.test(i) && namesAUnitOrOffice(text)) {
                header.between(i);
            }
        }
        header.decide();
        // a cable's end: "BT", "#1423", "NNNN", its classification again
        for (int i = paragraphs.size() - 1;
                i >= 0 && (passedOver.test(i) || HeaderLines.isEndMark(paragraphs.get(i))); i--) {
            routing[i] = !passedOver.test(i);
        }
        // a distribution list runs to the end, whatever its lines: "DISTRIBUTION:" over "CDR, 4TH BCT"
        int distribution = distributionStart(paragraphs, passedOver);
        for (int j = distribution < 0 ? paragraphs.size() : distribution; j < paragraphs.size(); j++) {
            routing[j] |= !passedOver.test(j);
        }
        // the margin's lines, wherever they stand: a folio, Hansard's column
        for (int i = 0; i < paragraphs.size(); i++) {
            routing[i] |= !passedOver.test(i) && HeaderLines.isMarginalia(paragraphs.get(i));
        }
        return routing;
    }

    /**
     * An office's, a unit's or a ship's name, as header lines give them: more capital letters than small ones ("HMS
     * ANDROMEDA BFPO Ships"), or a number and a comma ("2nd Battalion, The Royal Warwickshire Regiment"); not a title
     * in title case ("Written Answers to Questions"), which a heading's test may have missed.
     */
    private static boolean namesAUnitOrOffice(String text) {
        if (text.indexOf(',') > 0 && text.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        int balance = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            balance += Character.isUpperCase(c) ? 1 : Character.isLowerCase(c) ? -1 : 0;
        }
        return balance > 0;
    }

    /**
     * Where a distribution list at the foot begins (its "Distribution:" line), or -1.
     *
     * @param passedOver paragraphs that cannot open one (credit lines, repeats)
     */
    static int distributionStart(List<String> paragraphs, IntPredicate passedOver) {
        for (int i = paragraphs.size() - 1; i >= 0 && i >= paragraphs.size() - MAX_DISTRIBUTION_LINES; i--) {
            if (!passedOver.test(i) && HeaderLines.opensDistribution(paragraphs.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The candidate lines of one header, marked routing if together they show a header. */
    private static final class Header {
        private final boolean[] routing;
        private final List<Integer> lines = new ArrayList<>();
        /** Lines that tell nothing of their own, after the header's first line: its if another line follows. */
        private final List<Integer> between = new ArrayList<>();
        private final Set<String> ordinaryKinds = new HashSet<>();
        private boolean shown;
        private boolean subjectSeen;

        Header(boolean[] routing) {
            this.routing = routing;
        }

        void add(int index, Line line) {
            lines.addAll(between);
            between.clear();
            lines.add(index);
            if (line.onlyInHeaders()) {
                shown = true;
            } else if (line.kind() != null) {
                ordinaryKinds.add(line.kind());
            }
        }

        /**
         * A line that is neither a header's nor running text nor a heading, inside a header: a unit's or an office's
         * name between a marking and the report's number ("HQ MULTINATIONAL DIVISION (SOUTH-WEST)"), a ship's
         * address between its marking and its reference.
         */
        void between(int index) {
            if (between.size() == MAX_LINES_BETWEEN) {
                decide();
            } else if (!lines.isEmpty() && !subjectSeen) {
                between.add(index);
            }
        }

        /** A line that shows the header without being routing: the subject, after which no line stands between. */
        void corroborate(String kind) {
            ordinaryKinds.add(kind);
            between.clear();
            subjectSeen = true;
        }

        void decide() {
            if (shown || ordinaryKinds.size() >= MIN_ORDINARY_KINDS) {
                for (int i : lines) {
                    routing[i] = true;
                }
            }
            lines.clear();
            between.clear();
            subjectSeen = false;
            ordinaryKinds.clear();
            shown = false;
        }
    }
}
