package org.despatch.normalize;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises agency credit, attribution, copyright, byline and signature lines, which belong to the document
 * rather than to a section. Each form asks for what only a credit has (a colon after "Source", a year after
 * "Copyright", names after "Reporting by"), so that running text beginning with the same word ("Sources said the
 * board had met", "Credit Suisse said", "Writing by candlelight, ...", "Copyright protection shall not extend")
 * stays text.
 */
public final class CreditLines {

    static final int MAX_CREDIT_LENGTH = 160;
    static final int MAX_NAME_LENGTH = 40;
    static final int MAX_NAME_WORDS = 4;
    /**
     * A wire story's closing list of who reported from where, wrote and edited may run longer: "(Reporting by Yusuf
     * Hamid in Khartoum and Sarah Oduya in Dubai; Additional reporting by ...; Writing by ...; Editing by ...)".
     */
    static final int MAX_MADE_BY_LENGTH = 400;

    /** News agencies, which a credit may name alone: "(Reuters)", "By AFP", "Reporting by Reuters". */
    private static final List<String> AGENCY_NAMES = List.of("reuters", "associated press", "ap", "afp", "upi",
            "dpa", "tass", "itar-tass", "xinhua", "rfe/rl", "bbc monitoring", "interfax", "bloomberg", "ansa", "efe",
            "kyodo", "yonhap", "dpa-afx", "anadolu", "pap", "ctk", "mti", "kuna", "wafa", "irna", "sana", "mena",
            "pti", "ians", "apa", "belga", "reuter");
    private static final String AGENCY = "(" + String.join("|", AGENCY_NAMES) + ")";
    private static final Set<String> AGENCIES = Set.copyOf(AGENCY_NAMES);
    private static final Pattern AGENCY_CREDIT_AT_END = Pattern.compile("[.!?\"']\\s*\\((?i:" + AGENCY + ")\\)$");
    /** The small words inside names: "Jean de la Fontaine", "Ludwig van Beethoven", "Ayman al-Warfalli". */
    private static final List<String> PARTICLES = List.of("de", "van", "von", "der", "al", "bin", "da", "del", "la",
            "le");
    /** A name as credits print it: "Jonathan Oatis", "O'Brien", "JOHN SMITH". */
    /** The day and month a minute was written, as its writer dated it: "23/5", "15/1.", "16/1/26". */
    private static final String MINUTE_DAY = "\\d{1,2}/\\d{1,2}(/\\d{2,4})?\\.?";
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{M}.'\u2019-]*";
    private static final String YEAR = "(1[89]|20)\\d\\d";
    /**
     * Sign-offs that stand alone on their line, the name under them: "Best regards", "Yours sincerely,", a despatch's
     * "I have, &amp;c.".
     */
    private static final String SIGN_OFF_WORDS = "(best |kind |warm |warmest |with best )?regards|best wishes|cheers"
            + "|sincerely|yours (sincerely|faithfully|truly|respectfully|ever)"
            // the same in the languages of the archives' mail: German, French, Spanish, Italian, Dutch
            + "|viele gr\u00fc\u00dfe|beste gr\u00fc\u00dfe|mit freundlichen gr\u00fc\u00dfen|cordialement"
            + "|bien \u00e0 vous|saludos( cordiales)?|atentamente|cordiali saluti|un saluto|met vriendelijke groet(en)?"
            // a despatch's close, cut short by the printer: "I have, &c.", "I am, &c., &c.", "I have the honour to be,
            // &c."; or whole: "Your most obedient, humble Servant"
            + "|i (have|am)(,? the hono(u)?r to be)?,? (&c|etc)(\\.?,? (&c|etc))*"
            // or its first line alone, the addressee perhaps after it: "I have the honour to be," over "My Lord,"
            + "|(i have the hono(u)?r to be|i am|i remain)(,? (my lord|sir|madam|gentlemen|your (excellency|lordship"
            + "|grace)))?"
            + "|(i have the hono(u)?r to be,? [^.]{0,80})?your (lordship's |excellency's )?(most )?obedient,?"
            + " (and )?(humble )?servant"
            // an operation order's last word, its commander's name and appointment under it; a report's "(Signed)"
            // over its signatory's name, rank and appointment
            + "|acknowledge|(?-i:\\(?(Signed|SIGNED|Sgd|SGD)\\)?)"
            // who signs for whom, a treaty's parties and witnesses: "For the Consul General:", "For the Government
            // of the Republic of Marovia:", "Witnessed by:"
            + "|(signed )?(for|on behalf of) (?-i:(the |his |her |THE |HIS |HER )\\p{Lu}[\\p{L}' ,.-]{1,80}):"
            + "|witnessed by:|in witness whereof:?"
            // a press release's contact block, the press officer's name and post under it
            + "|(media|press|news) (contacts?|enquiries|inquiries):"
            + "|for (further|more) information,? (please )?contact:?";
    /** And with the name after them also "Best, Kate", "Thanks, Ben". */
    private static final String SIGN_OFF = "(?i:" + SIGN_OFF_WORDS + "|best|all the best|many thanks|thanks)";

    /** A mail's sign-off with the sender's name: "Regards, Anna", "Best wishes, J. Smith", "Best, Kate". */
    private static final Pattern SIGNED_OFF = Pattern.compile("^" + SIGN_OFF + "[,!]\\s+" + NAME + "(\\s+" + NAME
            + "){0,3}\\.?$");
    /**
     * A sign-off alone on its line, the name under it: "Best regards", "Yours sincerely,"; not "Thanks" or "Best",
     * which head a web page's acknowledgements or a list as often.
     */
    private static final Pattern SIGN_OFF_ALONE = Pattern.compile("^(?i:" + SIGN_OFF_WORDS + ")[,.!]?$");

    private static final List<Pattern> PATTERNS = List.of(
            // "Compiled from agency reports", "Based on wire reports", "Compiled by the foreign desk from ... reports"
            Pattern.compile("(?i)^(compiled|written|prepared|edited|reported|translated|based)( by [\\p{L} ']{1,40})?"
                    + " (from|on)"
                    + " [\\p{L} ']{0,40}(reports|agencies|wires|services|dispatches|correspondents)\\.?$"),
            Pattern.compile("(?i)^(source|sources|credit|credits|photo|photos|photo credit|picture|pictures"
                    + "|illustration)\\s*:\\s*\\S.{0,100}$"),
            // "Copyright 2021 Reuters", "© 2021 Reuters. All rights reserved.", "©2010 IBM", "© Reuters"
            Pattern.compile("^((?i:copyright)\\s*(\u00a9|\\((?i:c)\\))?|\u00a9)\\s*" + YEAR + "\\b.*$"),
            Pattern.compile("^((?i:copyright)\\s*)?\u00a9\\s*" + NAME + ".*$"),
            Pattern.compile("^\u00a9.*\\b" + YEAR + "\\.?$"),
            // "Copyright Reuters 2021", "(C) Copyright IBM Corp. 2010", "Copyright: AFP", "Copyright The Associated
            // Press. All rights reserved."; not "Copyright Act of 1976 gives authors ..."
            Pattern.compile("^((\u00a9|\\((?i:c)\\))\\s*)?(?i:copyright)\\s+" + NAME + ".{0,60}\\b" + YEAR
                    + "\\.?$"),
            Pattern.compile("^(?i:copyright)\\s*:\\s*\\S.{0,60}$"),
            Pattern.compile("^(?i:copyright)\\s+" + NAME + "[^:]{0,60}\\.\\s*(?i:all rights reserved)\\.?$"),
            // "(c) Associated Press 2021"; a bare "(c) The parties shall ..." is a treaty's clause
            Pattern.compile("^\\((?i:c)\\)\\s*(" + YEAR + "\\b.*|" + NAME + "[^.]{0,60}\\b" + YEAR + "\\.?)$"),
            Pattern.compile("(?i)^all rights reserved\\.?$"),
            // a translator's note: "[Unofficial translation]", "(Translation from the Russian)"
            Pattern.compile("(?i)^\\[?((unofficial|official|informal|working|machine|english) )?translation"
                    + "( from (the )?\\p{L}+)?]?\\.?$"),
            Pattern.compile("(?i)^\\(?" + AGENCY + "\\)?\\.?( \\d{4})?$"),
            // a newspaper's credit over its telegrams: "(FROM OUR OWN CORRESPONDENTS.)", "(REUTER'S TELEGRAMS.)"
            Pattern.compile("(?i)^\\(?(from|by) our (own |special )*correspondents?\\.?\\)?\\.?$"),
            Pattern.compile("(?i)^\\(?reuter'?s'? telegrams?\\.?\\)?\\.?$"),
            // a plenipotentiary's signature beside the place of his seal: "(L.S.) ANDREI VELKOV."
            Pattern.compile("^\\(?L\\. ?S\\.\\)? +\\p{Lu}[\\p{L}.' -]{2,60}$"),
            // an agency's desk initials at a story's foot, one of them without a vowel: "str-sjd/pbt", "pm/kma";
            // not "and/or"
            Pattern.compile("^(?=(.*[-/])?[b-df-hj-np-tv-z]{2,4}([-/]|$))[a-z]{2,4}(-[a-z]{2,4})*(/[a-z]{2,4}"
                    + "(-[a-z]{2,4})*)+$"),
            // an official's initials under his minute, with its day and month: "J. A. C. T.", "O. G. S. 15/1."; or
            // his initials and name, or one initial, with the day: "R. L. Speaight 23/5", "H. 24/5."
            Pattern.compile("^(\\p{Lu}\\.\\s?){2,5}(\\s*" + MINUTE_DAY + ")?$"),
            Pattern.compile("^(\\p{Lu}\\.\\s?){1,4}(" + NAME + "\\s+)?" + MINUTE_DAY + "$"),
            // a despatch's or a letter's signature: "(Signed) HENRY ELLIOT."
            Pattern.compile("^(\\((?i:signed)\\)|(?i:gez|sgd)\\.)\\s*" + NAME + "[\\p{L}\\p{M}.,'\u2019 -]{0,60}$"),
            SIGNED_OFF, SIGN_OFF_ALONE);

    /**
     * Who reported, edited or wrote, then only names: "(Reporting by Ayman al-Warfalli; Editing by Jonathan
     * Oatis)", "With additional reporting from Reuters", "Compiled by our correspondents".
     */
    private static final Pattern MADE_BY = Pattern.compile("^(?i:(with )?(additional )?(reporting|editing|writing"
            + "|translation|photography|photographs?|photos?|material|contributions|compiled|written|prepared|edited"
            + "|reported|translated) (by|from)) (?<names>.+)$");
    /** Words in credits' lists of names that are not names. */
    private static final Set<String> CREDIT_WORDS = union(PARTICLES, List.of("and", "by", "from", "in", "with",
            "editing", "writing", "reporting", "additional", "the", "our", "staff", "correspondent", "correspondents",
            "writer", "writers", "bureau", "bureaus", "desk", "news", "wire", "agencies", "services", "reports"));

    /** A reporter's role after the name: "correspondent", "our Moscow correspondent", "diplomatic editor". */
    private static final String ROLE = "(?i:(chief |senior |diplomatic |defen[cs]e |security |political |foreign "
            + "|staff |special )?(correspondent|editor|reporter|writer|analyst|columnist))";
    /**
     * A byline, told by its capitals: "By Louis Charbonneau", "By JOHN SMITH, Associated Press Writer", "By Nadia
     * Kerimova, South Caucasus correspondent"; not "By the end of the week, ..." nor "By Friday, troops had withdrawn."
     */
    private static final Pattern BYLINE = Pattern.compile("^(By|BY) (" + NAME
            + "(\\s+(" + NAME + "|and|AND|&|" + String.join("|", PARTICLES) + "))*)"
            + "((,|\\s+(in|IN))\\s*\\p{Lu}[\\p{L}.&-]*(\\s+\\p{Lu}[\\p{L}.&-]*){0,4}"
            + "|,\\s*((?i:our|the)\\s+)?(\\p{Lu}[\\p{L}.&-]*\\s+){0,3}" + ROLE + ")?$");
    /** An agency as the byline: "By Reuters", "By The Associated Press", "BY AFP STAFF". */
    private static final Pattern AGENCY_BYLINE = Pattern.compile("(?i)^by (the )?" + AGENCY
            + "( staff| writers?)?\\.?$");
    /** Words that make "By ..." a heading rather than a name: "By Country of Origin", "BY ORDER OF THE BOARD". */
    private static final Set<String> NOT_IN_NAMES = Set.of("of", "the", "for", "to", "in", "on", "at", "order");
    /** A byline or an attribution names someone in this many words: "By Region", "— Greece" do not. */
    static final int MIN_NAME_WORDS = 2;

    /**
     * An attribution after a quotation, on a line of its own: "— John Smith", "— Ambassador Smith, in Geneva".
     * Normalization makes every dash of this kind an em dash.
     */
    private static final Pattern ATTRIBUTION = Pattern.compile("^\u2014\\s*(" + NAME + "(\\s+(" + NAME
            + "|" + String.join("|", PARTICLES) + "))*)(,\\s*[\\p{L}\\d .&/]{2,40})?$");

    private CreditLines() {
    }

    private static Set<String> union(List<String> a, List<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    public static boolean isCredit(String paragraph) {
        if (paragraph.length() > MAX_MADE_BY_LENGTH) {
            return false;
        }
        String line = paragraph.strip();
        // agencies put their credits in brackets: "(Reporting by ...)", "(Reuters)"
        String inside = line.length() > 2 && line.charAt(0) == '(' && line.charAt(line.length() - 1) == ')'
                ? line.substring(1, line.length() - 1).strip() : line;
        Matcher madeBy = MADE_BY.matcher(inside);
        if (madeBy.matches() && onlyNames(madeBy.group("names"))) {
            return true;
        }
        if (paragraph.length() > MAX_CREDIT_LENGTH) {
            return false;
        }
        if (isByline(line) || isAttribution(line)) {
            return true;
        }
        line = inside;
        for (Pattern p : PATTERNS) {
            if (p.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A mail's or letter's sign-off, with or without the name after it: the short lines under it (name, post,
     * office) are its signature.
     */
    public static boolean isSignOff(String paragraph) {
        return paragraph.length() <= MAX_CREDIT_LENGTH && (SIGN_OFF_ALONE.matcher(paragraph).matches()
                || SIGNED_OFF.matcher(paragraph).matches());
    }

    /** A story that ends with its agency's credit in brackets: "... would consult its European partners. (AFP)" */
    public static boolean endsWithAgencyCredit(String paragraph) {
        return paragraph.endsWith(")") && AGENCY_CREDIT_AT_END.matcher(paragraph).find();
    }

    /** A sign-off without the sender's name, which the lines under it give: "Best regards", "Yours sincerely,". */
    public static boolean isSignOffAlone(String line) {
        return SIGN_OFF_ALONE.matcher(line).matches();
    }

    /**
     * A line that begins with a dash, as an attribution does; a run of such lines is a list, whose items are not
     * attributions.
     */
    public static boolean isDashed(String paragraph) {
        return !paragraph.isEmpty() && paragraph.charAt(0) == TextNormalizer.DASH;
    }

    /** A byline: "By Louis Charbonneau", "By Reuters". */
    static boolean isByline(String line) {
        if (AGENCY_BYLINE.matcher(line).matches()) {
            return true;
        }
        Matcher m = BYLINE.matcher(line);
        return m.matches() && isName(m.group(2));
    }

    /** "— Gandhi" names one; "— Oui, madame." has a word and a phrase, and needs two words to be a name. */
    private static boolean isAttribution(String line) {
        Matcher m = ATTRIBUTION.matcher(line);
        return m.matches() && (isName(m.group(1)) || m.group(4) == null && !m.group(1).contains(" ")
                && !NOT_IN_NAMES.contains(m.group(1).toLowerCase(Locale.ROOT)));
    }

    /**
     * A person's name alone on its line, as mail signatures write it: "James Whitfield", "Dr. Katrin Weber"; in
     * mixed case, for "SENSITIVE BUT UNCLASSIFIED" has a name's shape too.
     */
    static boolean isNameAlone(String line) {
        return line.length() <= MAX_NAME_LENGTH && line.split("\\s+").length <= MAX_NAME_WORDS
                && line.chars().noneMatch(Character::isDigit) && !HeaderLines.inCapitals(line) && isName(line);
    }

    private static boolean isName(String words) {
        int nameWords = 0;
        for (String w : words.split("\\s+")) {
            if (NOT_IN_NAMES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (Character.isUpperCase(w.codePointAt(0))) {
                nameWords++;
            }
        }
        return nameWords >= MIN_NAME_WORDS;
    }

    /**
     * Names and the few words credits put between them: two names or more, an agency ("Reporting by Reuters"), or
     * none ("with material from wire services"); not one word that might be a name ("Reporting by Region", "Edited
     * by Hand").
     */
    private static boolean onlyNames(String list) {
        int names = 0;
        boolean agency = false;
        for (String w : list.split("[\\s;,&/()]+")) {
            String word = w.replaceAll("^\\p{P}+|\\p{P}+$", "");
            String lower = word.toLowerCase(Locale.ROOT);
            if (word.chars().anyMatch(Character::isUpperCase)) {
                names++;
                agency |= AGENCIES.contains(lower);
            } else if (!word.isEmpty() && !CREDIT_WORDS.contains(lower)) {
                return false;
            }
        }
        return names != 1 || agency;  // "by our correspondents", by two names or more, or by an agency
    }
}
