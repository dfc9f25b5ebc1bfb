package org.despatch.normalize;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.despatch.extract.MonthNames;

/**
 * The lines a message's header is made of, one at a time: what each tells of a header ({@link Line}), and the tests
 * of single lines that other stages ask too (a field, a subject, a cable's end mark, a line that opens a header).
 * {@link CableHeaders} decides from a header's lines together.
 */
final class HeaderLines {

    /** Longer lines are running text, whatever they begin with. */
    static final int MAX_LINE_LENGTH = 200;
    /** An addressee continued on a line of its own ("USMISSION USUN NEW YORK") has at most this many words. */
    static final int MAX_ADDRESS_WORDS = 6;
    static final int MAX_LETTERHEAD_LENGTH = 60;
    /** A line in the margin is short: a folio, a file's reference, a column, a time. */
    static final int MAX_MARGINALIA_LENGTH = 40;
    static final int MAX_DATELINE_LENGTH = 60;
    /** Running text ends like a sentence, or has at least this many words. */
    static final int MIN_RUNNING_TEXT_WORDS = 9;
    /** Longest field name before its colon ("declassify on", "memorandum for"), for a cheap test first. */
    private static final int MAX_FIELD_NAME = 16;

    /** A field of the header, in any case: "TAGS:", "E.O. 12958:", a memorandum's "TO:", a mail's "Sent:". */
    private static final Pattern FIELD = Pattern.compile("(?i)^(tags|refs?|reftel|e\\.?\\s?o\\.?\\s?\\d{4,5}"
            + "|classified by|reasons?|derived from|declassify on|decl|distribution|pass to|msg ?id|dtg"
            + "|to|from|sent|cc|bcc|attn|date|thru|through|memorandum for|reply-to|delivered-to|return-path"
            + "|message-id|in-reply-to|period|period covered|info|repeated|unit|month and year|commanding officer"
            + "|ref maps?)"
            + "\\s*:(.*)");
    /**
     * Fields that ordinary letters, mails and forms hold too; the rest only headers. A date line at a document's
     * head ("Date: 4 May 2011") is its date, not its text, alone or not.
     */
    private static final Set<String> ORDINARY_FIELDS = Set.of("to", "from", "sent", "cc", "bcc", "attn", "thru",
            "through", "distribution", "reason", "reasons", "period", "period covered", "info", "repeated", "unit",
            "month and year", "commanding officer");
    /**
     * The line that opens a message quoted or forwarded inside a mail ("-----Original Message-----", "-----
     * Forwarded message -----", whose dashes normalization makes one dash; a reply's "On ... wrote:"): its header
     * follows, if any, and is read as the document's own.
     */
    private static final Pattern QUOTED_MESSAGE = Pattern.compile("(?i)^([-\u2013\u2014]+\\s*(original message"
            + "|forwarded message|forwarded by .*?)\\s*[-\u2013\u2014]*|begin forwarded message:?"
            + "|on \\S.{4,160}\\swrote:|am \\S.{4,160}\\sschrieb.{0,160}:|le \\S.{4,160}\\sa \u00e9crit ?:)$");
    /**
     * Outlook's rule of underscores above a quoted message's "From:" and "Sent:": the header it may open must show
     * itself by its own lines, since a rule is also just a rule.
     */
    private static final Pattern RULE = Pattern.compile("^_{10,}$");
    /**
     * A newspaper's telegram heads itself with its place and day, alone on a line and the place in capitals, as a
     * column of them does: "VIENNA, June 27.", "CONSTANTINOPLE, June 26 (Evening).", "BELGRADE (via NISH), July 28."
     */
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'-]{2,30}"
            + "( \\((?i:via|from) [\\p{L} ]{2,20}\\))?, " + MonthNames.ENGLISH
            + "\\.? \\d{1,2}(st|nd|rd|th)?( \\([A-Za-z ]{3,20}\\))?\\.?$");
    /** A wire story's opening dateline: "LUSAKA, Oct 6 (Reuters) - ", "VILNIUS, Oct 6 - ". */
    private static final Pattern OPENING_DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'-]{2,30}(, [\\p{L} .]{2,30})?, "
            + MonthNames.ENGLISH + "\\.? \\d{1,2}( \\([A-Za-z ]{2,20}\\))? [-\u2013\u2014] ");
    /** A despatch's clearances at its foot: "Drafted: AF/W: JSmith", "Cleared: ...", "Approved by: ...". */
    private static final Pattern CLEARANCE = Pattern.compile("(?i)^(drafted|cleared|approved|clearances?"
            + "|concurrences?)( by)?\\s*:.{0,200}$");
    /**
     * A memorandum's foot, under its text: the decision lines ("Approve ____ Disapprove ____"), its attachments
     * ("Attachment", "Tab A Beirut 01432, Habib to Secretary", "Enclosures (2)"), who prepared it and who has copies
     * ("cc: The Vice President"), the copies' list under "Distribution:" ("Copy No 7 — 185 Inf Bde"); a press
     * release's contacts ("Media contact: ...", "Tel: ...") and its end mark, "###"; a printed form's imprint
     * ("Wt. 47724/993 2,000,000 3/43 W.H. & S."); the UN's "For information media. Not an official record."; a
     * mailing list's footer under its rule ("ctbt-watch mailing list", its address, its page).
     */
    private static final Pattern FOOT = Pattern.compile("(?i)^((cc|bcc|copy to|copies to|prepared by|distribution)"
            + "\\s*:.{1,200}|(attachments?|enclosures?|encl\\.?)(\\s*:.{0,200}|\\s*\\(?\\d{1,2}\\)?)?"
            + "|(?-i:Tabs? [A-Z])\\b.{0,150}"
            + "|(_{3,}\\s*)?((approve|disapprove|agree|disagree|concur|non-?concur|see me)\\s*_{3,}\\s*)+"
            + "|wt\\.? ?\\d{3,}/\\d+.{0,80}|for information media\\. not an official record\\.|###|-30-"
            + "|(media |press )?(contacts?|enquiries|inquiries)\\s*:.{0,200}|(tel|telephone|phone|fax|mobile|e-?mail)"
            + "\\s*:.{1,100}|distribution( list)?\\s*:?|copy no\\.? ?\\d+.{0,80}"
            + "|_{10,}|[\\w.-]{1,40} mailing list|\\S+@lists?\\.\\S+|https?://\\S+/(mailman|listinfo|lists?)/\\S*)$");
    /**
     * A United Nations document's symbol and its meeting, which only the heads of its documents and press releases
     * hold: "SC/15637", "S/RES/2728 (2024)", "A/78/L.2", "SG/SM/22145", a press release's symbols of every organ it
     * concerns, "SC/12245-AFR/3326-PKO/567"; "Security Council 9586th Meeting (AM)",
     * "General Assembly Seventy-eighth session, 45th plenary meeting".
     */
    private static final Pattern UN_SYMBOL = Pattern.compile("^(A|S|E|GA|SC|SG|ECOSOC|HRC|DEV|ORG|PI|L)"
            + "(/[A-Z]{1,6}(\\.\\d+)?)*(/\\d{1,6}(\\.\\d+)?){1,2}(/[A-Z]{1,6}\\.?\\d{0,6})?(-[A-Z]{2,6}/\\d{1,6})*"
            + "( \\(\\d{4}\\))?$");
    /** A United Nations document's masthead fields: "Distr.: General", "Original: English". */
    private static final Pattern UN_MASTHEAD = Pattern.compile("(?i)^(distr\\.?\\s*:\\s*(general|limited|restricted)"
            + "|original\\s*:\\s*(english|french|spanish|russian|arabic|chinese)((/| and )\\p{L}+)?)\\.?$");
    /** The emblem and organ over a United Nations document's symbol. */
    private static final Pattern UN_ORGAN = Pattern.compile("^(United Nations|Security Council|General Assembly"
            + "|Economic and Social Council|Human Rights Council|Trusteeship Council)$");
    private static final Pattern UN_MEETING = Pattern.compile("(?i)^\\p{Lu}.{2,80}\\b\\d{1,5}(st|nd|rd|th)"
            + " (plenary )?meeting( \\((AM|PM|closed)\\))?$");
    private static final Pattern DISTRIBUTION = Pattern.compile("(?i)^distribution( list)?\\s*:.{0,200}$");
    /**
     * A message's reference or a telegram's group count on a line of its own: "WH31870", "GRS 412"; an office's
     * control number, "OCI No. 3417/62".
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "^([A-Z]{1,5} ?\\d{2,8}|\\[[A-Z]{1,3} ?\\d{1,6}(/\\d{1,6}){1,3}\\]"
                    + "|[A-Z]{2,6} No\\. ?\\d{1,6}(/\\d{2,4})?)$");
    /**
     * An address line, in capitals: "FM AMEMBASSY ANKARA", "TO SECSTATE WASHDC IMMEDIATE 4471", "MEMORANDUM FOR THE
     * PRESIDENT".
     */
    private static final Pattern ADDRESS = Pattern.compile("^(FM|FROM|TO|INFO|ACTION|CC|XMT|MEMORANDUM (FOR|TO))"
            + "\\s+[A-Z0-9].*");
    /**
     * A page marker, the originating office, a date-time group or a teletype routing indicator: "PAGE 01 ANKARA
     * 04512 041530Z", "ORIGIN NEA-11", "O 041530Z OCT 12", "DE RUEHAK #4512/01 2781530", "ZNY CCCCC ZZH",
     * "VZCZCXRO4521", "OO RUEHBC RUEHDE", a teleprinter's "ZCZC LN214"; an order's date-time group alone,
     * "091800B JULY 44".
     */
    private static final Pattern MARKER = Pattern.compile("^(PAGE \\d+\\b|ORIGIN [A-Z]{2,5}-\\d{1,3}\\b"
            + "|[OPRZ]{1,2} \\d{6}Z\\b|DE [A-Z]{4,7} ?#\\d|ZN[RY] [A-Z]{5}\\b|VZCZC[A-Z0-9]*$|ZCZC( [A-Z0-9]{2,10})?$"
            + "|[OPRZ]{1,2}( RUE[A-Z]{2,4})+$|\\d{6}[A-Z]? " + MonthNames.ENGLISH + " \\d{2}(\\d{2})?$).*");
    private static final String CLASSIFICATION = "(top )?secret|confidential|unclassified|unclas|restricted"
            + "|limited official use|for official use only|sensitive but unclassified|sbu|noforn|nodis|exdis|limdis"
            + "|sipdis|((uk|us|aus|can|nz|exclusively) )?eyes only|sensitive|bt|nnnn|nato (unclassified|restricted"
            + "|confidential|secret)|(releasable|rel) to( [a-z]{2,10},?){1,6}|for immediate release";
    private static final String PRECEDENCE = "immediate|priority|routine|flash|niact";
    /** Markings alone on a line, in any case: "Confidential", "SECRET/NOFORN", "IMMEDIATE". */
    private static final Pattern MARKINGS = Pattern.compile("(?i)^(" + CLASSIFICATION + "|" + PRECEDENCE
            + ")([\\s/,;-]+(" + CLASSIFICATION + "|" + PRECEDENCE + "))*[\\s.]*$");
    /** Precedence alone: a marking in capitals ("IMMEDIATE"), but not one only headers hold; "Priority" is a word. */
    private static final Pattern PRECEDENCE_ONLY = Pattern.compile("(?i)^(" + PRECEDENCE + ")([\\s/,;-]+("
            + PRECEDENCE + "))*[\\s.]*$");
    /**
     * A cable's first line, in capitals: a classification, then its section or its serial number ("UNCLAS SECTION 01
     * OF 02 BAGHDAD 001234", "SECRET STATE 123456"); "SECRET SERVICE AGENTS ARREST 3 MEN" is a headline.
     */
    private static final Pattern MARKED_LINE = Pattern.compile("^(" + CLASSIFICATION.toUpperCase(Locale.ROOT)
            + ")\\b(?=.*(\\d{4}|\\bSECTION\\b)).*");
    /** A classification in spaced letters, as telegrams print it: "C O N F I D E N T I A L ANKARA 004512". */
    private static final Pattern SPACED_MARKING = Pattern.compile("^((?:[A-Z] ){4,}[A-Z])\\b.*");
    private static final Set<String> SPACED_CLASSIFICATIONS = Set.of("CONFIDENTIAL", "SECRET", "UNCLASSIFIED",
            "UNCLAS", "RESTRICTED", "TOPSECRET");
    /** An archive's stamp at a released cable's foot: "DECLASSIFIED E.O. 12958 SEC. 3.5", "Declassified/Released". */
    private static final Pattern DECLASSIFIED = Pattern.compile("(?i)^declassified\\b.{0,80}$");
    /**
     * A State Department form's downgrading group at its foot, and the form's own label under or over the marking:
     * "GROUP 3" (in capitals: "Group 3: Foreign Ministers" heads a report's part), "Downgraded at 12-year intervals;
     * not automatically declassified.", "(Security Classification)".
     */
    private static final Pattern DOWNGRADING = Pattern.compile("(?i)^((?-i:GROUP) \\d{1,2}\\b.{0,120}|(excluded from "
            + "automatic|downgraded at \\d{1,2}[- ]year intervals|not automatically declassified).{0,150}"
            + "|\\((security )?classification\\))$");
    /**
     * What the archive or the printer put in the margin, wherever it stands: a folio or a file's reference in
     * brackets ("[f. 112]", "[Ref. F.O. 78/1021]"), Hansard's column ("17 Jan 2024 : Column 813") and its time of
     * sitting ("12.34 pm").
     */
    private static final Pattern MARGINALIA = Pattern.compile("(?i)^(\\[(f|ff|fo|fol|folio|p|pp)\\.? ?\\d{1,5}[rv]?"
            + "( ?[-\u2013\u2014] ?\\d{1,5}[rv]?)?]|\\[(ref\\.?|reference:?|file:?)? ?(\\p{Lu}{1,4}\\.? ?){1,3}"
            + "\\d{1,5}(/\\d{1,6}){1,3}]|(\\d{1,2} \\p{L}{3,9}\\.? \\d{4} ?: ?)?col(umn|s?\\.) \\d{1,5}[ws]?"
            + "(-\\d{1,5}[ws]?)?|\\d{1,2}[.:]\\d{2} ?(am|pm|a\\.m\\.|p\\.m\\.))$");
    /** The lines that end a cable after its text: "BT", "#1423", "NNNN" (or "NNN"). */
    private static final Pattern TRAILER = Pattern.compile("^(BT|NNNN?|#\\d{1,6})$");
    /**
     * A press release's masthead and number: "Press Release No. 112/2024", "Ministry of Foreign Affairs of the
     * Republic of Estonia Press Release No. 112/2024", "United Nations Press Release"; not a headline that names one
     * ("Security Council Press Statement on Attack against Peacekeepers in Mali").
     */
    private static final Pattern RELEASE_NUMBER = Pattern.compile("(?i)^(.{1,80}\\s)?(press|news|media) (release"
            + "|statement|notice)(\\s+no\\.?\\s*[\\w./-]{1,12})?\\.?$");
    /** A situation report's title and number on a line of its own: "SITREP No. 112", "INTSUM 23". */
    private static final Pattern REPORT_NUMBER = Pattern.compile("(?i)^(sitrep|situation report|intsum|opsum"
            + "|intrep|perintrep)\\s*(no\\.?\\s*)?\\d+(/\\d{2,4})?\\.?$");
    /**
     * A printed form's title and a copy's number, which only headers hold: the army's "WAR DIARY or INTELLIGENCE
     * SUMMARY (Erase heading not required.)", on one line or over two or three, its number ("Army Form C. 2118.")
     * and its columns' heads ("Place Date Hour Summary of Events and Information References"), and an order's "Copy
     * No 4 of 12", after its classification or not ("SECRET/SENSITIVE Copy No 2 of 5").
     */
    private static final Pattern FORM_LINE = Pattern.compile("(?i)^(war diary( or)?( intelligence summary)?"
            + "( \\(erase heading not required\\.?\\))?"
            + "|intelligence summary|(intelligence summary )?\\(erase heading not required\\.?\\)"
            + "|((" + CLASSIFICATION + ")([/ ]+(" + CLASSIFICATION + "))*\\s+)?copy no\\.? ?\\d+( of \\d+( copies)?)?"
            + "|army form [a-z]\\.? ?\\d{3,5}"
            + "|place\\s*[,|]?\\s*date\\s*[,|]?\\s*hour\\s*[,|]?\\s*summary of events( and information)?"
            + "(\\s*[,|]?\\s*(remarks and )?references( to appendices)?)?)"
            + "\\.?$");
    /** A despatch's number on a line of its own, or an inclosure's: "No. 42.", "(No. 123.)", "Inclosure in No. 41." */
    private static final Pattern DESPATCH_NUMBER = Pattern.compile("^(\\(?No\\.\\s*\\d+\\.?\\)?"
            + "|(In|En)closure( \\d+)? in No\\.\\s*\\d+)\\.?$");
    /** A Foreign Service despatch's number among its header's lines, which opens no header: "DESP. NO. 118". */
    private static final Pattern DESPATCH_REFERENCE = Pattern.compile(
            "(?i)^(desp(atch)?\\.?|dispatch) no\\.? ?\\d+\\.?$");
    /**
     * A despatch's sender and addressee, with its full stop: "Lord Lyons to Earl Granville.", "Sir H. Elliot to the
     * Earl of Derby."; "Letter to the Editor" is a title. The Blue Books run its note on after a dash: "Sir H.
     * Elliot to the Earl of Derby.—(Received July 10.)".
     */
    private static final Pattern DESPATCH_FROM_TO = Pattern.compile("^\\p{Lu}[\\p{L}'\u2019-]*\\.?\\s+"
            + "((of|de|von)\\s+|\\p{Lu}[\\p{L}'\u2019-]*\\.?\\s+){0,5}to\\s+"
            + "((the|of|de|von)\\s+|\\p{Lu}[\\p{L}'\u2019-]*\\.?\\s*){1,7}(?<=\\.)"
            + "(\\s*[-\u2013\u2014]\\s*\\(((?i)received\\b[^)]{0,40}|telegraphic|confidential|secret)\\.?\\)\\.?)?$");
    /**
     * A letter's salutation, alone or with where and when it was written, as despatches print it: "My Lord,",
     * "Sir, Foreign Office, July 11, 1876.", "Highness, Belgrade, June 18 (30), 1876."
     */
    private static final Pattern SALUTATION = Pattern.compile("^(My Lords?|Sirs?|Madam|Gentlemen|Highness"
            + "|Excellency|Your (Excellency|Highness|Lordship|Majesty)|M\\. le Ministre|Monsieur le \\p{L}+),"
            + "(\\s+.{0,60}\\b(1[6-9]|20)\\d\\d\\.?)?$");
    /**
     * A mail's salutation alone on its line: "Mark,", "Dear colleagues,", "Hi Anna,". Unlike a despatch's, it shows
     * a message's head by itself: a name and a comma are no line of text.
     */
    private static final Pattern MAIL_SALUTATION = Pattern.compile("^((Dear|Hi|Hello|Good (morning|afternoon"
            + "|evening))(\\s+[\\p{L}.'-]+){1,3}|\\p{Lu}[\\p{L}.'-]+(\\s+\\p{Lu}[\\p{L}.'-]+){0,2}),$");
    /**
     * A despatch's notes in brackets: "(Received July 21.)", "(Telegraphic.)", "(Confidential.)"; with the place and
     * date of sending after them, as telegrams print it: "(Telegraphic.) Sofia, November 15, 1885."
     */
    private static final Pattern DESPATCH_NOTE = Pattern.compile("(?i)^\\((received\\b[^)]{0,40}|telegraphic"
            + "|confidential|secret|extract|translation|paraphrase)\\.?\\)\\.?"
            + "(\\s+\\p{Lu}[\\p{L} .'-]{1,30}, [^.]{3,30}\\b(1[6-9]|20)\\d\\d\\.?)?$");
    /** A Blue Book's series and number,: "TURKEY. No. 1 (1886).", "AFRICA No. 6 (1894)" */
    private static final Pattern BLUE_BOOK = Pattern.compile("^\\p{Lu}[\\p{Lu} .'-]{2,30}\\.? No\\. ?\\d{1,3}"
            + " \\((1[6-9]\\d\\d)\\)\\.?$");
    /**
     * A command paper's formula and Hansard's column, which only the heads of their pages hold: "Presented to both
     * Houses of Parliament by Command of Her Majesty, JUNE, 1895.", "14 Nov 2006 : Column 1012W".
     */
    private static final Pattern PARLIAMENTARY_PAPER = Pattern.compile("^((?i:presented to (both houses of )?"
            + "parliament\\b).{0,120}|(\\d{1,2} \\p{L}{3,9}\\.? \\d{4} ?: ?)?Col(umn|s?\\.) \\d{1,5}[WS]?"
            + "(-\\d{1,5}[WS]?)?)$");
    private static final Pattern ZIP_CODE = Pattern.compile(" \\d{5}(-\\d{4})?$");
    /** Another field further along a field's line: "... Regiment.  Month and Year: June 1944." */
    private static final Pattern FIELD_IN_VALUE = Pattern.compile("[.;]\\s+\\p{Lu}[\\p{L} ]{2,24}:\\s");
    /**
     * Running text ends like a sentence ("(Received July 21.)" too), but a unit's name does not end one with its
     * bracket: "HQ MULTINATIONAL DIVISION (SOUTH-WEST)".
     */
    private static final Pattern SENTENCE_END = Pattern.compile(".*([.!?:;\"\u201d]|[.!?]\\))$");
    /**
     * A title page's lines in capitals end with a full stop and are no sentence: "FOREIGN OFFICE.", "ANNUAL
     * SERIES.", "CHINA.", "1895."
     */
    static final int MAX_STOPPED_CAPITALS_WORDS = 4;
    /** The subject line, which announces the message: a heading. */
    private static final String SUBJECT_FIELD = "(subject|subj)\\s*[:.-]";
    private static final Pattern SUBJECT = Pattern.compile("(?i)^(" + SUBJECT_FIELD + "|re\\s*:)\\s*\\S.*");
    private static final Pattern SUBJECT_LABEL = Pattern.compile("(?i)^" + SUBJECT_FIELD + "\\s*");

    private HeaderLines() {
    }

    /** What a line tells of a header: its kind (null: nothing of its own), whether only headers hold it. */
    record Line(String kind, boolean onlyInHeaders, boolean address) {
        static final Line QUOTED_MESSAGE = new Line("quoted message", true, false);
        /**
         * A line that tells nothing of its own, but belongs to a header that others show: a rule above a quoted
         * message, a letterhead, a reference.
         */
        static final Line PLAIN = new Line(null, false, false);
        static final Line ADDRESSEE = new Line(null, false, true);
        static final Line DESPATCH_NUMBER = new Line("despatch number", false, false);
        static final Line DATELINE = new Line("dateline", true, false);
        static final Line DATE = new Line("date", false, false);
    }

    /**
     * True for a line that begins with a header field or a subject ("From: ...", "TAGS: ...", "Subject: ..."),
     * wherever it stands: such a line is never the wrapped continuation of the line before it.
     */
    static boolean isField(String line) {
        int colon = line.indexOf(':');
        return colon > 0 && colon <= MAX_FIELD_NAME + 2
                && (FIELD.matcher(line).matches() || SUBJECT.matcher(line).matches());
    }

    /** True for a subject line ("SUBJECT: TURKEY RESPONDS TO CROSS-BORDER SHELLING"), wherever it stands. */
    static boolean isSubject(String paragraph) {
        return paragraph.length() <= MAX_LINE_LENGTH && SUBJECT.matcher(paragraph).matches();
    }

    /** A subject line's text without its label: "SUBJECT: MESSAGE TO PRIME MINISTER MEIR" gives the message's. */
    static String withoutSubjectLabel(String heading) {
        return SUBJECT_LABEL.matcher(heading).replaceFirst("");
    }

    /**
     * A line that may follow a cable's text and signature: "BT", "NNNN", its classification again, the archive's
     * declassification stamp; or a memorandum's foot: its decision lines, attachments and copies.
     */
    static boolean isEndMark(String text) {
        return TRAILER.matcher(text).matches() || MARKINGS.matcher(text).matches()
                || DECLASSIFIED.matcher(text).matches() || CLEARANCE.matcher(text).matches()
                || DOWNGRADING.matcher(text).matches()
                || text.length() <= MAX_LINE_LENGTH && FOOT.matcher(text).matches();
    }

    /**
     * Whether the line opens a message quoted in a mail: "-----Original Message-----", "Begin forwarded message:",
     * "On Tue, 14 Mar 2023 at 09:12, Ben Okafor <b.okafor@example.org> wrote:".
     */
    private static boolean opensQuotedMessage(String text) {
        if (text.length() < 2) {
            return false;
        }
        char first = Character.toLowerCase(text.charAt(0));
        return (isDash(first) || "boal".indexOf(first) >= 0) && QUOTED_MESSAGE.matcher(text).matches();
    }

    /** Whether a line opens a header of its own: a quoted message's, a despatch's "No. 14.", Outlook's rule. */
    static boolean opensHeader(String text) {
        return opener(text) != null;
    }

    /**
     * The line that opens a quoted message's header, or the next despatch's in a file of several (a Blue Book's
     * "No. 14."), or null; every paragraph is asked, so patterns sparingly.
     */
    static Line opener(String text) {
        if (text.length() == 1 && text.charAt(0) == TextNormalizer.DASH) {
            return Line.PLAIN;  // a row of dashes, which normalization makes one dash
        }
        if (text.length() < 2) {
            return null;
        }
        char first = Character.toLowerCase(text.charAt(0));
        if (opensQuotedMessage(text)) {
            return Line.QUOTED_MESSAGE;
        }
        if ((first == 'n' || first == '(' || first == 'i' || first == 'e') && DESPATCH_NUMBER.matcher(text).matches()) {
            return Line.DESPATCH_NUMBER;
        }
        if (first == '_' && RULE.matcher(text).matches()) {
            return Line.PLAIN;
        }
        return isDateline(text) ? Line.DATELINE : null;
    }

    /** The margin's lines, routing wherever they stand: see {@link #MARGINALIA}. */
    static boolean isMarginalia(String text) {
        return text.length() <= MAX_MARGINALIA_LENGTH && MARGINALIA.matcher(text).matches();
    }

    /** The emblem or organ over a United Nations document's symbol: "United Nations", "Security Council". */
    static boolean isUnOrgan(String text) {
        return UN_ORGAN.matcher(text).matches();
    }

    /** A newspaper telegram's dateline: "VIENNA, June 27.", "BELGRADE (via NISH), July 28." */
    static boolean isDateline(String text) {
        return text.length() <= MAX_DATELINE_LENGTH && !text.isEmpty() && Character.isUpperCase(text.charAt(0))
                && DATELINE.matcher(text).matches();
    }

    /** Whether a story opens with its dateline: "LUSAKA, Oct 6 (Reuters) - Zambia's ruling party ...". */
    static boolean opensWithDateline(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && OPENING_DATELINE.matcher(text).find();
    }

    /** What a line of at most {@value #MAX_LINE_LENGTH} characters tells of a header, or null: nothing. */
    static Line line(String text, boolean afterAddress) {
        Matcher field = FIELD.matcher(text);
        if (field.matches()) {
            String name = field.group(1).toLowerCase(Locale.ROOT);
            boolean ordinary = ORDINARY_FIELDS.contains(name);
            // "Reason: the council found that ..." is a sentence, not a field
            return ordinary && isProse(field.group(2)) ? null
                    : new Line(name.startsWith("e") ? "e.o." : name, !ordinary, false);
        }
        if (MARKER.matcher(text).matches() || DESPATCH_NOTE.matcher(text).matches()
                || BLUE_BOOK.matcher(text).matches() || PARLIAMENTARY_PAPER.matcher(text).matches()
                || UN_SYMBOL.matcher(text).matches() || UN_MASTHEAD.matcher(text).matches()
                || UN_MEETING.matcher(text).matches() || DOWNGRADING.matcher(text).matches()) {
            return new Line("marking", true, false);
        }
        if (MARKINGS.matcher(text).matches()) {
            // "SECRET" shows a header; "Secret" alone may be a title, and "Priority" a heading
            boolean precedence = PRECEDENCE_ONLY.matcher(text).matches();
            return !inCapitals(text) ? precedence ? null : new Line("marking", false, false)
                    : new Line(precedence ? "precedence" : "marking", !precedence, false);
        }
        boolean capitals = inCapitals(text) && !text.endsWith(".");
        if (capitals && (MARKED_LINE.matcher(text).matches() || isSpacedMarking(text))) {
            return new Line("marking", true, false);
        }
        if (capitals && ADDRESS.matcher(text).matches()) {
            String keyword = text.substring(0, text.indexOf(' '));
            // the sender is one kind and every addressee line another: "TO DO LIST", "INFO PACK" and "CC BY-SA"
            // together are not FM and TO
            return keyword.equals("MEMORANDUM") ? new Line("memorandum", true, true)
                    : new Line(keyword.equals("FM") || keyword.equals("FROM") ? "from" : "to", false, true);
        }
        if (FORM_LINE.matcher(text).matches()) {
            // "INTELLIGENCE SUMMARY" alone may be a report's own title: the form shows itself by its other lines
            return new Line("form", !text.equalsIgnoreCase("intelligence summary"), false);
        }
        if (DESPATCH_REFERENCE.matcher(text).matches()) {
            return Line.DESPATCH_NUMBER;
        }
        if (REPORT_NUMBER.matcher(text).matches()) {
            return new Line("report number", false, false);
        }
        if (RELEASE_NUMBER.matcher(text).matches()) {
            return new Line("release number", true, false);
        }
        if (DESPATCH_FROM_TO.matcher(text).matches()) {
            return new Line("despatch from to", false, false);
        }
        if (SALUTATION.matcher(text).matches()) {
            return new Line("salutation", false, false);
        }
        if (MAIL_SALUTATION.matcher(text).matches()) {
            return new Line("salutation", true, false);
        }
        if (Headings.isDateLine(text)) {
            return Line.DATE;
        }
        // an addressee on a line of its own continues the address line before it
        return afterAddress && capitals && text.split("\\s+").length <= MAX_ADDRESS_WORDS ? Line.ADDRESSEE : null;
    }

    /**
     * "THE WHITE HOUSE" over "WASHINGTON": a few words in capitals, no full stop, and no digits but a closing ZIP code
     * ("NATIONAL SECURITY COUNCIL WASHINGTON, D.C. 20506").
     */
    static boolean isLetterhead(String text) {
        String name = ZIP_CODE.matcher(text).replaceFirst("");
        return text.length() <= MAX_LETTERHEAD_LENGTH && inCapitals(text) && !text.endsWith(".")
                && name.chars().noneMatch(Character::isDigit) && name.split("\\s+").length <= MAX_ADDRESS_WORDS;
    }

    /**
     * An address in capitals at a document's head, a letterhead's second line, however long: "HEADQUARTERS, 3RD
     * SQUADRON, 71ST CAVALRY REGIMENT FORWARD OPERATING BASE NARAY, AFGHANISTAN APO AE 09354".
     */
    static boolean isCapitalsAddress(String text) {
        return text.length() <= MAX_LINE_LENGTH && inCapitals(text) && !Headings.endsLikeASentence(text);
    }

    /** The line that opens a distribution list: "Distribution:", "DISTRIBUTION: RC(SW) J2, J3". */
    static boolean opensDistribution(String text) {
        return text.length() <= MAX_LINE_LENGTH && DISTRIBUTION.matcher(text).matches();
    }

    /**
     * A message's reference or a telegram's group count on a line of its own: "WH31870", "GRS 412"; a registry's
     * file number in brackets, "[W 512/9/7]".
     */
    static boolean isReference(String text) {
        return REFERENCE.matcher(text).matches();
    }

    /** Running text (a sentence, or a line of many words) begins the message; a title or "MOSCOW, Feb 9" not. */
    static boolean isRunningText(String text) {
        // asked of every paragraph: words counted no further than needed, not split
        int words = Headings.words(text, MIN_RUNNING_TEXT_WORDS);
        return words >= MIN_RUNNING_TEXT_WORDS || SENTENCE_END.matcher(text).matches()
                && !(words <= MAX_STOPPED_CAPITALS_WORDS && text.endsWith(".") && inCapitals(text));
    }

    /**
     * A field's value that is a sentence of many words, not a name, date or reference; nor a form's fields on one
     * line ("Unit: 2nd Bn. The Royal Warwickshire Regiment. Month and Year: June 1944.").
     */
    private static boolean isProse(String value) {
        String v = value.strip();
        return v.endsWith(".") && v.split("\\s+").length >= MIN_RUNNING_TEXT_WORDS
                && !FIELD_IN_VALUE.matcher(v).find();
    }

    private static boolean isSpacedMarking(String text) {
        Matcher m = SPACED_MARKING.matcher(text);
        return m.matches() && SPACED_CLASSIFICATIONS.contains(m.group(1).replace(" ", ""));
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '\u2013' || c == '\u2014';
    }

    /** No letter in lower case ("NO FURTHER DETAILS.", "WH31870"). */
    static boolean inCapitals(String paragraph) {
        for (int i = 0; i < paragraph.length(); i++) {
            if (Character.isLowerCase(paragraph.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
