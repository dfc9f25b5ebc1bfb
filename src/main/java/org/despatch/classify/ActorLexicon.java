package org.despatch.classify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who acts, in the spirit of the CAMEO actor codes (an event code is an actor and an act): a small lexicon of
 * actor types, and what the lead sentence says its first actor did to whom. The same verb reports a different act
 * depending on who does it: a demand by one government to another is diplomacy, by an army an ultimatum, by a
 * union a domestic matter. Every entry is a readable phrase, so that the evidence can name it.
 */
final class ActorLexicon {

    /** The kinds of actor, by the words the evidence uses for them. */
    enum Type {
        STATE("state"), DIPLOMAT("diplomat"), INTERNATIONAL("international body"), ARMED("armed force"),
        DOMESTIC("domestic actor");

        final String term;

        Type(String term) {
            this.term = term;
        }
    }

    /**
     * The words for each kind of actor, matched against lower-cased text as whole words; the states' own names,
     * peoples and capitals are {@link StateNames}', and count as {@link Type#STATE}. Where two entries could start
     * at one place, the first in this order is tried first ("foreign ministry" is a diplomat before "ministry" is
     * a state, "security council" an international body before "security forces" an armed force).
     */
    static final Map<Type, String> WORDS = new LinkedHashMap<>();

    static {
        // a Secretary of State "for Defence" or "for the Home Department" is a British minister of that office
        WORDS.put(Type.DIPLOMAT, "foreign (minister|ministers|ministry|secretary|office)"
                + "|secretary of state(?! for (?!foreign))|state department|ambassador(s)?|envoy(s)?|diplomat(s)?"
                + "|embass(y|ies)|consul(s)?|consulate(s)?"
                + "|legation(s)?|charg[eé](s)? d'affaires|negotiator(s)?|mediator(s)?|delegation(s)?"
                + "|emissar(y|ies)|plenipotentiar(y|ies)|((military|naval|air|defen[cs]e) )?attach[eé](s)?");
        // a nation's or a province's own security council is no international body
        WORDS.put(Type.INTERNATIONAL, "united nations|u\\.n\\.|un"
                + "|(?<!(national|provincial|district|local|state|regional) )security council|general assembly"
                + "|secretary-general|secretary general|nato|european union|eu|osce|african union|arab league"
                + "|league of nations|iaea|asean|organi[sz]ation of american states|great powers|the powers"
                + "|international community");
        WORDS.put(Type.ARMED, "troops|soldiers|army|armies|armed forces|security forces|forces|militar(y|ies)"
                + "|air force|navy|marines|warplanes|jets|artillery|tanks|warships|gunboats|bombers|helicopters"
                + "|battalion(s)?|brigade(s)?|regiment(s)?|division(s)?|corps|garrison(s)?|patrol(s)?"
                + "|commander(s)?|commander-in-chief|sirdar|fleet(s)?|squadron(s)?|peacekeepers|rebel(s)?|separatists"
                + "|militants|insurgents"
                + "|guerrillas|militia(s|men)?|fighters"
                + "|gunmen|jihadists|paramilitar(y|ies)|taliban|hezbollah|hamas|al-qaeda|al qaeda|islamic state"
                + "|defen[cs]e (minister|ministry)|pentagon|enemy");
        WORDS.put(Type.DOMESTIC, "police|policemen|(constitutional|supreme|high) court|court(s)?|judge(s)?"
                + "|prosecutor(s)?|tribunal|parliament"
                + "|congress|senate|lawmakers|legislators|deputies|mps"
                + "|(political|opposition|ruling|governing) part(y|ies)|opposition|trade union(s)?|union(s)"
                + "|workers|strikers|compan(y|ies)|firm(s)?|bank(s)?|investors|aid agenc(y|ies)|charit(y|ies)"
                + "|red cross|aid workers|relief agenc(y|ies)|ngo(s)?|doctors|voters|protesters|demonstrators"
                + "|students|residents|citizens|villagers|farmers|mayor|governor|city council"
                // the press, rights groups and local government act at home, whatever capital they are in
                + "|newspaper(s)?|journalist(s)?|editor(s)?|amnesty international|human rights (watchdog|group|groups"
                + "|organi[sz]ations?)|(district|municipal|local|provincial|regional) (administration|authorities"
                + "|council|government)|municipalit(y|ies)");
        WORDS.put(Type.STATE, "government(s)?|president|prime minister|premier|king|queen|emperor|tsar|czar"
                + "|sultan|shah|chancellor|regime|administration|cabinet|minister(s)?|ministry|authorities"
                + "|officials|leader(s)?");
    }

    private static final Type[] TYPES = WORDS.keySet().toArray(Type[]::new);
    private static final WordAlternatives ALL = new WordAlternatives(List.copyOf(WORDS.values()));
    /** What may stand between two words of one actor: "Russia's defence ministry", "Syrian government forces". */
    private static final Pattern JOIN = Pattern.compile("(\\s|'s|-)*");

    private ActorLexicon() {
    }

    /**
     * One actor named in the text.
     *
     * @param type   its kind
     * @param phrase the words, as the evidence shows them
     * @param state  the state it belongs to where the text names one ("russian troops": russia), else null
     */
    record Mention(Type type, String phrase, String state, int start, int end) {
    }

    /**
     * The actors named in lower-cased text, in order. Words of one actor that stand together are one mention
     * ("russian troops", "syrian government forces", "un officials"), of the kind of its last word that is not a
     * plain word for a state's government ("officials", "government"): "military officials" are an armed force,
     * "russian officials" a state. It belongs to the first state named in it.
     */
    static List<Mention> mentions(String lowerCaseText) {
        List<Mention> words = new ArrayList<>();
        List<StateNames.Mention> states = StateNames.mentions(lowerCaseText);
        int s = 0;
        for (WordAlternatives.Match m : ALL.matches(lowerCaseText)) {
            for (; s < states.size() && states.get(s).start() < m.start(); s++) {
                addState(words, states.get(s), lowerCaseText);
            }
            if (s < states.size() && states.get(s).start() < m.end()
                    || s > 0 && states.get(s - 1).end() > m.start()) {
                continue;  // a state's name ("georgia") wins over a word it holds
            }
            words.add(new Mention(TYPES[m.alternative()], lowerCaseText.substring(m.start(), m.end()), null, m.start(),
                    m.end()));
        }
        for (; s < states.size(); s++) {
            addState(words, states.get(s), lowerCaseText);
        }
        List<Mention> out = new ArrayList<>();
        for (Mention word : words) {
            Mention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && JOIN.matcher(lowerCaseText.substring(last.end(), word.start())).matches()) {
                Type type = word.type() == Type.STATE && last.type() != Type.STATE ? last.type() : word.type();
                out.set(out.size() - 1, new Mention(type, lowerCaseText.substring(last.start(), word.end()),
                        last.state() != null ? last.state() : word.state(), last.start(), word.end()));
            } else {
                out.add(word);
            }
        }
        return out;
    }

    private static void addState(List<Mention> words, StateNames.Mention state, String text) {
        words.add(new Mention(Type.STATE, text.substring(state.start(), state.end()), state.state(), state.start(),
                state.end()));
    }

    /**
     * What the lead sentence reports its first actor doing: the first actor named before the first event word
     * that is not itself an actor (approximately the subject and its main verb), the kind of that event word, and
     * the first actor after it (the object or target).
     *
     * @param actor  the subject, or null when no actor stands before the event word
     * @param event  the kind of the event word: {@link #DEMAND} for acts addressed to another party (urged,
     *               demanded, warned, agreed), else its cue's label; null when the sentence has no event word
     * @param verb   the event word as written, or null
     * @param target the first actor after the event word, or null
     */
    record Lead(Mention actor, String event, String verb, Mention target) {

        /** Whether the lead's event word is a cue of that label's acts ("sentenced": OTHER). */
        boolean reports(Label label) {
            return event != null && event.equals(label.name().toLowerCase(Locale.ROOT) + " act");
        }

        /**
         * Whether a named state (or its capital) addresses an act of diplomacy or a demand to another named state:
         * "Albania on Friday denounced as an ugly crime Serbia's suppression of ...". The lead says what the
         * sentence is about even when the rest of it is a crime, an economy or a people's unrest.
         */
        boolean addressesForeignState() {
            return actor != null && actor.type() == Type.STATE && actor.state() != null
                    && (DEMAND.equals(event) || reports(Label.DIPLOMATIC)) && "foreign state".equals(targetKind());
        }

        /** "foreign state" when the target is a state other than the actor's, else the target's kind. */
        String targetKind() {
            if (target == null) {
                return null;
            }
            if (target.state() != null) {
                return target.state().equals(actor == null ? null : actor.state()) ? "own state" : "foreign state";
            }
            return target.type().term;
        }

        /**
         * Features for the learned layer, by names a researcher can read: the actor's kind, its kind crossed with
         * the kind of act ("armed force x diplomatic act"), and the target's kind.
         */
        Map<String, Double> features(double value) {
            Map<String, Double> f = new LinkedHashMap<>();
            String who = actor == null ? "no actor" : actor.type().term;
            f.put("actor: " + who, value);
            f.put("actor: " + who + " x " + (event == null ? "no act" : event), value);
            if (target != null) {
                f.put("target: " + targetKind(), value);
            }
            return f;
        }

        /** One line for the evidence: actor "russian troops" (armed force) x military act "shelled", ... */
        String describe() {
            return String.format(Locale.ROOT, "%s x %s%s",
                    actor == null ? "no actor" : '"' + actor.phrase() + "\" (" + actor.type().term + ")",
                    event == null ? "no act" : event + " \"" + verb + '"',
                    target == null ? "" : ", target \"" + target.phrase() + "\" (" + targetKind() + ")");
        }
    }

    /** The kind of event of the diplomatic frames: acts addressed to another party (urged, demanded, agreed). */
    static final String DEMAND = "demand or appeal";

    /** The lead of a paragraph: see {@link Lead}. */
    static Lead lead(String text) {
        return lead(PatternEvidence.of(text));
    }

    /** The lead of the paragraph whose patterns these are, from the lead sentence they were found in. */
    static Lead lead(PatternEvidence evidence) {
        String sentence = evidence.lead();
        List<Mention> actors = mentions(sentence);
        int attribution = PatternEvidence.attributionStart(sentence);
        for (WordAlternatives.Match m : evidence.leadMatches()) {
            if (overlapsAny(actors, m.start(), m.end())) {
                continue;  // "troops", "ambassador", "police": the actor, not the act
            }
            if (PatternEvidence.setsTheScene(sentence, m.start())) {
                continue;  // "following the partial peace deal, [he] has taken steps": the scene, not the act
            }
            if (m.start() > attribution) {
                break;  // "..., according to the Agency for Development and Cooperation": the source
            }
            Cue cue = EventLexicon.CUES.get(m.alternative());
            Mention actor = null;
            Mention target = null;
            for (Mention a : actors) {
                if (a.end() <= m.start() && actor == null) {
                    actor = a;
                } else if (a.start() >= m.end() && a.start() < attribution && target == null) {
                    target = a;  // not the source: "..., according to Romanian newspapers"
                }
            }
            String event = cue.frame() ? DEMAND : cue.label().name().toLowerCase(Locale.ROOT) + " act";
            return new Lead(actor, event, sentence.substring(m.start(), m.end()), target);
        }
        return new Lead(actors.isEmpty() ? null : actors.get(0), null, null, null);
    }

    private static boolean overlapsAny(List<Mention> actors, int start, int end) {
        for (Mention a : actors) {
            if (a.start() < end && start < a.end()) {
                return true;
            }
        }
        return false;
    }
}
