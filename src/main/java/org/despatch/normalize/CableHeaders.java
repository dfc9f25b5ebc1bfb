package org.despatch.normalize;

import java.util.regex.Pattern;

/**
 * The routing and handling lines at the head of a telegram, cable or memorandum: its classification and
 * precedence, whom it is from and to, its tags, references, page and date-time-group markers ("FM AMEMBASSY
 * ANKARA", "TAGS: PREL, MOPS, TU", "E.O. 12958: DECL: 10/04/2022"). They say how the message travelled, not what
 * it reports, so they belong to the document and to no section, and are OTHER; read as headings, "TAGS: PREL,
 * MOPS" took the label of the cable's body. The "SUBJECT:" line is the heading of what follows.
 *
 * <p>Such lines are looked for only before a document's first paragraph of running text, and after the line that
 * opens a message quoted in a mail ("-----Original Message-----"), whose "From:", "Sent:" and "To:" follow: elsewhere
 * "REF:" or a line in capitals is the message itself.
 */
public final class CableHeaders {

    /** Longer lines are running text, whatever they begin with. */
    static final int MAX_LINE_LENGTH = 200;
    /** An addressee continued on a line of its own ("USMISSION USUN NEW YORK") has at most this many words. */
    static final int MAX_ADDRESS_WORDS = 6;

    /**
     * A field of the header, in any case: "TAGS:", "REF:", "E.O. 12958:", "CLASSIFIED BY:", and a memorandum's
     * "TO:", "FROM:", "DATE:".
     */
    private static final Pattern FIELD = Pattern.compile("(?i)^(tags|refs?|reftel|e\\.?\\s?o\\.?\\s?\\d{4,5}"
            + "|classified by|reasons?|derived from|declassify on|decl|distribution|caption|pass to|msg ?id|dtg"
            + "|to|from|sent|cc|bcc|attn|date|thru|through|memorandum for)\\s*:.*");
    /**
     * The line that opens a message quoted or forwarded inside a mail ("-----Original Message-----", "-----
     * Forwarded message -----", whose dashes normalization makes one dash): its header follows, and is read as
     * the document's own.
     */
    private static final Pattern QUOTED_MESSAGE = Pattern.compile("(?i)^[-\u2013\u2014]+\\s*(original message"
            + "|forwarded message|forwarded by .*?)\\s*[-\u2013\u2014]*$");
    /**
     * An address line, in capitals: "FM AMEMBASSY ANKARA", "TO SECSTATE WASHDC IMMEDIATE 4471", "MEMORANDUM FOR THE
     * PRESIDENT".
     */
    private static final Pattern ADDRESS = Pattern.compile("^(FM|FROM|TO|INFO|ACTION|CC|XMT|MEMORANDUM (FOR|TO))"
            + "\\s+[A-Z0-9].*");
    /**
     * A page marker, a date-time group or a teletype routing indicator: "PAGE 01 ANKARA 04512 041530Z", "O 041530Z
     * OCT 12", "DE RUEHAK #4512/01 2781530", "ZNY CCCCC ZZH".
     */
    private static final Pattern MARKER = Pattern.compile("^(PAGE \\d+\\b|[OPRZ]{1,2} \\d{6}Z\\b|DE [A-Z]{5,}\\b"
            + "|ZN[RY] [A-Z]{5}\\b).*");
    private static final String MARKING = "(top )?secret|confidential|unclassified|unclas|restricted"
            + "|limited official use|for official use only|sensitive but unclassified|sbu|noforn|nodis|exdis|limdis"
            + "|sipdis|eyes only|immediate|priority|routine|flash|niact|bt|nnnn";
    /** Classification, handling and precedence markings alone on a line, in any case: "Confidential". */
    private static final Pattern MARKINGS = Pattern.compile("(?i)^(" + MARKING + ")([\\s/,;-]+(" + MARKING
            + "))*[\\s.]*$");
    /**
     * A line in capitals that begins with a marking ("UNCLAS SECTION 01 OF 02 BAGHDAD 001234"), or with one spelt
     * out in spaced letters, as telegrams print them ("C O N F I D E N T I A L ANKARA 004512").
     */
    private static final Pattern MARKED_LINE = Pattern.compile("^((" + MARKING.toUpperCase(java.util.Locale.ROOT)
            + ")\\b|([A-Z] ){4,}[A-Z]\\b).*");
    /** Running text ends like a sentence ... */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"\u201d)]$");
    /** ... or has more words than a header line holds. */
    static final int MIN_RUNNING_TEXT_WORDS = 9;
    /** The subject line, which announces the message: a heading. */
    private static final Pattern SUBJECT = Pattern.compile("(?i)^(subject|subj)\\s*[:.-]\\s*\\S.*");

    private CableHeaders() {
    }

    /** True for a subject line ("SUBJECT: TURKEY RESPONDS TO CROSS-BORDER SHELLING"), wherever it stands. */
    public static boolean isSubject(String paragraph) {
        return paragraph.length() <= MAX_LINE_LENGTH && SUBJECT.matcher(paragraph).matches();
    }

    /** The header of one document, read paragraph by paragraph from its start. */
    public static final class Block {

        private boolean open = true;
        private boolean afterAddress;

        /**
         * True when the paragraph is a routing or handling line of the header. Call for each paragraph in order,
         * and {@link #read} for each body paragraph.
         */
        public boolean isRouting(String paragraph) {
            if (paragraph.length() > MAX_LINE_LENGTH) {
                return false;
            }
            // every paragraph of a document is asked this, so the pattern only where a dash could begin it
            if (paragraph.length() > 1 && isDash(paragraph.charAt(0))
                    && QUOTED_MESSAGE.matcher(paragraph).matches()) {
                open = true;
                afterAddress = false;
                return true;
            }
            if (!open) {
                return false;
            }
            if (isSubject(paragraph)) {
                afterAddress = false;
                return false;
            }
            boolean address = ADDRESS.matcher(paragraph).matches() && inCapitals(paragraph)
                    && !paragraph.endsWith(".");
            boolean field = FIELD.matcher(paragraph).matches() || MARKER.matcher(paragraph).matches()
                    || MARKINGS.matcher(paragraph).matches() || MARKED_LINE.matcher(paragraph).matches()
                    && inCapitals(paragraph) && !paragraph.endsWith(".");
            // an addressee on a line of its own continues the address line before it
            boolean addressee = !address && !field && afterAddress && isAddressee(paragraph);
            afterAddress = address || addressee;
            return address || field || addressee;
        }

        /**
         * Reads a paragraph that is not a routing line: running text (a sentence, or a line of many words) begins
         * the message, and no routing lines come after it; a short line ("MOSCOW, Feb 9", a title) does not.
         */
        public void read(String paragraph) {
            if (SENTENCE_END.matcher(paragraph).matches()
                    || paragraph.split("\\s+").length >= MIN_RUNNING_TEXT_WORDS) {
                open = false;
            }
        }

        private static boolean isDash(char c) {
            return c == '-' || c == '\u2013' || c == '\u2014';
        }

        private static boolean isAddressee(String paragraph) {
            return inCapitals(paragraph) && !paragraph.endsWith(".")
                    && paragraph.split("\\s+").length <= MAX_ADDRESS_WORDS;
        }

        private static boolean inCapitals(String paragraph) {
            for (int i = 0; i < paragraph.length(); i++) {
                if (Character.isLowerCase(paragraph.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
