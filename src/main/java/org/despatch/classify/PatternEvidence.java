package org.despatch.classify;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pattern layer: what the event lexicon finds in one paragraph. The lead sentence counts most; military words
 * that are the object of a diplomatic act in the same sentence ("demanded that the troops withdraw") count
 * mostly for diplomacy, because the act reported is the demand. On its own it labels a paragraph with little
 * evidence either way OTHER; it also hands its findings to the learned layer as features.
 */
final class PatternEvidence {

    /**
     * Where a sentence ends: after ".", "!" or "?" (and a closing quote or bracket), before a capital; not after an
     * initial or a title ("U.S. Ambassador", "U.N. Security Council", "Gen. Tchernaieff", "No. 214"), which took
     * "The U.N." for a whole lead sentence.
     */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?][\"')\\]]?)"
            + "(?<!\\b(\\p{Lu}|Mr|Mrs|Ms|Dr|Gen|Lt|Col|Capt|Maj|Sgt|Adm|Cdr|Gov|Sen|Rep|Rev|St|No|Nos|Art|Jan|Feb|Mar"
            + "|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Co|Corp|Inc|Ltd)\\.)\\s+(?=[\"'(\\[]?\\p{Lu})");
    /**
     * A paragraph's list number and portion marking, as cables and situation reports open theirs ("2. (C) ",
     * "(a) ", "3) "): not a sentence of its own.
     */
    private static final Pattern ENUMERATOR = Pattern.compile("^\\s*(\\(?(\\d{1,3}|[a-z])[.)]\\s+)?"
            + "(\\((U|C|S|TS|SBU|FOUO|LOU|[A-Z]{1,4}(//[A-Z]+)+)\\)\\s+)?");
    /**
     * A wire story's dateline, with its agency: "WASHINGTON (Reuters) - ", "KHARTOUM, May 8 (Reuters) - ", "BEIRUT
     * (AP) — ". Where the story was filed, not who acts in it: read as the lead, "WASHINGTON" made the Senate's
     * "offensive" against a nominee a state's military act, and its state counted as a party dealing with another.
     */
    private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'-]{1,40}(,[^()\\n]{1,30})?"
            + " \\((Reuters|AP|AFP|UPI|dpa|DPA|Xinhua|Bloomberg|IANS|PTI|ANSA|EFE|TASS|Interfax|Anadolu)\\)"
            + "\\s*[-\u2013\u2014]+\\s*");
    /**
     * An office of diplomacy that says or hears what happened ("the foreign ministry said", "confirmed to the
     * Ambassador that"), when what happened was an act of war: the source of the report, not its act.
     */
    private static final Pattern REPORTED = Pattern.compile("\\b(said|says|told|tells|confirmed|confirms"
            + "|reported|reports|announced|announces|stated|states that|claimed|claims|informed|informs|added)\\b");
    /**
     * A report's attribution after what it reports: "..., according to the Swiss Agency for Development and
     * Cooperation": after a comma, to the sentence's end. Its words name the source ("talks", "Pentagon sources"),
     * not an act. An aside ("The army, according to witnesses, shelled the town") is left alone, as is "according
     * to" that means "as laid down in" ("withdrew their troops according to the ceasefire agreement").
     */
    private static final Pattern ATTRIBUTION = Pattern.compile(", according to [^,;]*$");
    /**
     * An event word in a phrase that sets the scene, before it: "following the partial peace deal, ...", "rioting
     * during a G8 summit". Not after "and" or "then", where the phrase tells the subject's own next act: "the column
     * marched from Kumassi and after some sharp skirmishing reached the Prah".
     */
    private static final Pattern SCENE = Pattern.compile("((?<![\\s\\S])|[(,]|(?<!\\band|\\bthen)\\s)"
            + "(following|after|amid|amidst|during|since)"
            + " (the |a |an |its |their |his |her |this |last )?([\\w-]+ (hours|days|weeks|months|years) of )?"
            + "([\\w.'-]+ ){0,2}$");
    /** How far before an event word {@link #SCENE} looks: its longest phrase, with room for long words. */
    private static final int SCENE_REACH = 160;
    /**
     * By cue index, the cues that name an office of diplomacy rather than an act: a report's source, or a
     * ceremony's guests.
     */
    private static final boolean[] OFFICE = cuesNamed(Set.of("diplomat", "ambassador", "foreign minister"));
    /** The cue of ceremonies, where the offices of diplomacy are guests: "a reception at the Legation". */
    private static final int CEREMONY = cueNamed("ceremony");
    /** The cue of sport, whose reports borrow war's words: "repelled a relentless All Black siege". */
    private static final int SPORT = cueNamed("sport");

    /**
     * A numbered part's first "sentence" of this many words at most, before others, is its sub-heading: "a. General.",
     * "b. Enemy forces."
     */
    static final int MAX_LABEL_WORDS = 2;
    /** Evidence weight of sentences after the lead sentence. */
    static final double LATER_SENTENCE_WEIGHT = 0.6;
    /** Weight of a military cue that follows a diplomatic frame ("urged ... to withdraw troops"). */
    static final double FRAMED_MILITARY_WEIGHT = 0.35;
    /**
     * Weight of an event word that is not the report's act: an office of diplomacy that is its source or a
     * ceremony's guest ("the foreign ministry said its forces had destroyed a command post", "a reception attended
     * by the Diplomatic Body"), a closing attribution ("according to the Agency for Development and Cooperation"),
     * or the scene ("rioting during a G8 summit", "following the partial peace deal").
     */
    static final double BYSTANDER_WEIGHT = 0.35;
    /** Weight of a military cue in a sentence about sport: a metaphor ("the bench exploded", "a siege"). */
    static final double SPORT_METAPHOR_WEIGHT = 0.35;
    /** Share of a framed military cue's weight that counts for diplomacy: the demand is about armed force. */
    static final double FRAMED_DIPLOMATIC_SHARE = 0.5;
    /** Below this evidence neither DIPLOMATIC nor MILITARY is claimed. */
    static final double MIN_EVIDENCE = 1.5;
    /** Evidence at which a score reaches 0.5: score = raw / (raw + HALF_SCORE_EVIDENCE). */
    static final double HALF_SCORE_EVIDENCE = 2.0;
    /** Weight added per named state beyond the first (two states dealing with each other). */
    static final double STATE_PAIR_WEIGHT = 0.75;

    private final Map<Label, Double> sums = new EnumMap<>(Label.class);
    private final Map<Label, StringBuilder> phrases = new EnumMap<>(Label.class);
    private final Map<String, Double> features = new HashMap<>();
    /** Military evidence that is the object of a diplomatic act: the subject of the diplomacy, not an act of war. */
    private double framedMilitary;
    /** The lead sentence in lower case, and the lexicon's matches in it: {@link ActorLexicon#lead} reads them. */
    private String lead = "";
    private boolean namesAnAct;
    private List<WordAlternatives.Match> leadMatches = List.of();

    private PatternEvidence() {
    }

    static PatternEvidence of(String text) {
        PatternEvidence evidence = new PatternEvidence();
        String body = withoutOpening(text);
        String[] sentences = sentences(text, body, 0);
        boolean mixedCase = StateNames.mixedCase(text);  // once: a cable's capitals may quote a sentence of prose
        for (int i = 0; i < sentences.length; i++) {
            String sentence = StateNames.lowerCase(sentences[i], mixedCase);
            List<WordAlternatives.Match> matches = EventLexicon.ALL.matches(sentence);
            if (i == 0) {
                evidence.lead = sentence;
                evidence.leadMatches = matches;
            }
            evidence.collect(sentence, matches, i == 0 ? 1.0 : LATER_SENTENCE_WEIGHT);
        }
        Set<String> states = StateNames.statesIn(StateNames.lowerCase(body, mixedCase));
        if (states.size() > 1) {
            evidence.add(Label.DIPLOMATIC, "states " + String.join("+", states),
                    STATE_PAIR_WEIGHT * Math.min(states.size() - 1, 2), "states");
        }
        return evidence;
    }

    /** The first sentence of a paragraph, as the pattern layer splits it: the lead, which carries the main act. */
    static String leadSentence(String text) {
        return sentences(text, withoutOpening(text), 2)[0];
    }

    /** The sentences of {@code body}, the paragraph {@code text} without its opening. */
    private static String[] sentences(String text, String body, int limit) {
        String[] sentences = SENTENCE_BREAK.split(body, limit);
        // the cheap test first: a short first sentence is rare, a numbered paragraph is not
        if (sentences.length > 1 && sentences[0].split("\\s+", MAX_LABEL_WORDS + 1).length <= MAX_LABEL_WORDS
                && isNumbered(text)) {
            // a numbered part's sub-heading run into its text ("a. General. The period was dominated by ..."):
            // the sentence after it is the lead
            return SENTENCE_BREAK.split(body.substring(sentences[0].length()).strip(), limit);
        }
        return sentences;
    }

    /** Whether the paragraph opens with a list number or letter: "2. ", "(a) ", "3) ". */
    private static boolean isNumbered(String text) {
        Matcher enumerator = ENUMERATOR.matcher(text);
        return enumerator.lookingAt() && enumerator.group(1) != null;
    }

    /** The paragraph without what opens it but is no part of its sentences: a list number, a wire dateline. */
    static String withoutOpening(String text) {
        Matcher enumerator = ENUMERATOR.matcher(text);
        String body = enumerator.lookingAt() ? text.substring(enumerator.end()) : text;
        Matcher dateline = DATELINE.matcher(body);
        return dateline.lookingAt() ? body.substring(dateline.end()) : body;
    }

    /** The lead sentence in lower case. */
    String lead() {
        return lead;
    }

    /** The event lexicon's matches in {@link #lead()}. */
    List<WordAlternatives.Match> leadMatches() {
        return leadMatches;
    }

    private void collect(String sentence, List<WordAlternatives.Match> matches, double sentenceWeight) {
        int framePosition = Integer.MAX_VALUE;
        boolean[] seen = new boolean[EventLexicon.CUES.size()];
        List<int[]> hits = new ArrayList<>();  // cue index, start, end: each cue counts once per sentence
        int ceremony = Integer.MAX_VALUE;
        boolean sport = false;
        boolean office = false;
        for (WordAlternatives.Match m : matches) {
            int cue = m.alternative();
            if (!seen[cue]) {
                seen[cue] = true;
                hits.add(new int[] {cue, m.start(), m.end()});
                if (EventLexicon.CUES.get(cue).frame()) {
                    framePosition = Math.min(framePosition, m.start());
                }
                ceremony = cue == CEREMONY ? m.start() : ceremony;
                sport |= cue == SPORT;
                office |= OFFICE[cue];
            }
        }
        // the reporting verb is looked for only where an office could be its source
        int reported = office ? reportedActsFrom(sentence, hits) : -1;
        int attribution = attributionStart(sentence);
        for (int[] hit : hits) {
            Cue cue = EventLexicon.CUES.get(hit[0]);
            String phrase = sentence.substring(hit[1], hit[2]);
            double weight = cue.weight() * sentenceWeight;
            String bystander = hit[1] > attribution ? "source "
                    : setsTheScene(sentence, hit[1]) ? "scene "
                    : !OFFICE[hit[0]] ? null
                    : hit[1] > ceremony ? "guest "
                    : hit[1] < reported ? "source " : null;
            if (bystander != null) {
                weight *= BYSTANDER_WEIGHT;
                phrase = bystander + phrase;
            } else {
                namesAnAct = true;
            }
            if (sport && cue.label() == Label.MILITARY) {
                weight *= SPORT_METAPHOR_WEIGHT;
                phrase = "sport's " + phrase;
            }
            if (cue.label() == Label.MILITARY && hit[1] > framePosition) {
                add(Label.DIPLOMATIC, "about " + phrase, weight * FRAMED_DIPLOMATIC_SHARE,
                        "about " + cue.name());
                weight *= FRAMED_MILITARY_WEIGHT;
                framedMilitary += weight;
            }
            add(cue.label(), phrase, weight, cue.name());
        }
    }

    /** Where a sentence's closing attribution starts ("..., according to ..."), or {@link Integer#MAX_VALUE}. */
    static int attributionStart(String sentence) {
        Matcher m = ATTRIBUTION.matcher(sentence);
        return m.find() ? m.start() : Integer.MAX_VALUE;
    }

    /** Whether the event word at {@code at} stands in a phrase that sets the scene: "following the peace deal". */
    static boolean setsTheScene(String sentence, int at) {
        // only the words just before it can hold such a phrase; transparent bounds let its look-behinds see past them
        Matcher m = SCENE.matcher(sentence).region(Math.max(0, at - SCENE_REACH), at).useTransparentBounds(true);
        return m.find();
    }

    /** The index of the lexicon's cue of this name; fails at class load if there is none. */
    private static int cueNamed(String name) {
        for (int i = 0; i < EventLexicon.CUES.size(); i++) {
            if (EventLexicon.CUES.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no cue named " + name);
    }

    private static boolean[] cuesNamed(Set<String> names) {
        boolean[] named = new boolean[EventLexicon.CUES.size()];
        names.forEach(name -> named[cueNamed(name)] = true);
        return named;
    }

    /**
     * Where the first act of war stands that a reporting verb introduces, when no diplomatic act but an office's name
     * follows that verb: an office of diplomacy before it is the report's source or hearer ("the foreign ministry
     * said its forces had destroyed", "confirmed to the Ambassador that troops had crossed"); {@code -1} when the
     * sentence reports no such act.
     */
    private static int reportedActsFrom(String sentence, List<int[]> hits) {
        Matcher verb = REPORTED.matcher(sentence);
        if (!verb.find()) {
            return -1;
        }
        int firstWarAct = -1;
        for (int[] hit : hits) {
            Cue cue = EventLexicon.CUES.get(hit[0]);
            if (hit[1] < verb.end() || cue.label() == Label.OTHER || OFFICE[hit[0]]) {
                continue;
            }
            if (cue.label() == Label.DIPLOMATIC) {
                return -1;  // "said it would recall its ambassador": the diplomacy is the act
            }
            firstWarAct = firstWarAct < 0 ? hit[1] : Math.min(firstWarAct, hit[1]);
        }
        return firstWarAct;
    }

    void add(Label label, String phrase, double weight, String feature) {
        sums.merge(label, weight, Double::sum);
        features.merge("cue:" + feature, weight, Double::sum);
        StringBuilder sb = phrases.computeIfAbsent(label, l -> new StringBuilder());
        sb.append(sb.length() == 0 ? "" : ", ").append('"').append(phrase).append("\" ")
                .append(String.format(Locale.ROOT, "%.1f", weight));
    }

    /** The evidence summed for one label. */
    double sum(Label label) {
        return sums.getOrDefault(label, 0.0);
    }

    /**
     * Whether the patterns found any witness of what the paragraph is about: an event word of any label that is not
     * a bystander (a source, the scene, a guest), or two states named together.
     */
    boolean witnessed() {
        return namesAnAct || features.containsKey("cue:states");
    }

    /** The evidence of acts of one kind: military words that a diplomatic act frames are left out. */
    double acts(Label label) {
        return label == Label.MILITARY ? sum(label) - framedMilitary : sum(label);
    }

    /** The pattern layer's own call, with its scores and evidence. */
    Classification decide() {
        return new Classification(label(), round(score(sum(Label.DIPLOMATIC))), round(score(sum(Label.MILITARY))),
                describe());
    }

    /** The pattern layer's label alone: too little evidence, or more for OTHER, is OTHER. */
    Label label() {
        double diplomatic = sum(Label.DIPLOMATIC);
        double military = sum(Label.MILITARY);
        double strongest = Math.max(diplomatic, military);
        if (strongest < MIN_EVIDENCE || sum(Label.OTHER) > strongest) {
            return Label.OTHER;
        }
        return military > diplomatic ? Label.MILITARY : Label.DIPLOMATIC;
    }

    String describe() {
        StringBuilder sb = new StringBuilder();
        for (Label label : Label.values()) {
            if (sum(label) > 0) {
                sb.append(sb.length() == 0 ? "" : "; ").append(label)
                        .append(String.format(Locale.ROOT, " %.1f: ", sum(label))).append(phrases.get(label));
            }
        }
        return sb.length() == 0 ? "no event words" : sb.toString();
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** Cue weights by cue name, and the evidence sums per label: the learned layer's pattern features. */
    Map<String, Double> features() {
        Map<String, Double> f = new HashMap<>(features);
        for (Label label : Label.values()) {
            if (sum(label) > 0) {
                f.put("sum:" + label, sum(label) / 3);
            }
        }
        return f;
    }

    /** Evidence to a 0..1 score: {@code evidence / (evidence + HALF_SCORE_EVIDENCE)}. */
    static double score(double evidence) {
        return evidence / (evidence + HALF_SCORE_EVIDENCE);
    }
}
