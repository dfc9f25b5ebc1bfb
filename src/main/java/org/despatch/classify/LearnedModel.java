package org.despatch.classify;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learned layer: three logistic regressions, DIPLOMATIC-or-not, MILITARY-or-not and OTHER-or-not, over the
 * pattern layer's findings and the paragraph's word stems (single stems and pairs). Trained by the build (or, where
 * the build's file is missing, when first used, in a few seconds) from the project's own labelled sentences
 * ({@value #TRAINING}, written for this project; see its README), so the scores are probabilities fitted to
 * labelled text and the two dimensions are independent: a paragraph can score high on both. OTHER has a model of
 * its own because it has positive marks of its own (elections, prices, courts, credit lines), not only the absence
 * of diplomacy and war.
 */
final class LearnedModel {

    static final String TRAINING = "/org/despatch/classify/training/sentences.tsv";
    /** The model the build trained on {@link #TRAINING} ({@link ModelBuilder}); absent, it trains at first use. */
    static final String TRAINED = "/org/despatch/classify/training/model.bin";
    /**
     * How {@link #TRAINED} is laid out: 2 since the feature names are written once for the three regressions
     * (they were written for each, three times the file). A file of another layout is not read.
     */
    static final int FILE_LAYOUT = 2;
    /** Bump when the features or the training change: with the data's fingerprint it makes the model version. */
    static final String ALGORITHM = "lr8";
    /**
     * Scale of the pattern findings as features. The training sentences were written by the team that wrote the
     * lexicon, so the cues fire more cleanly there than in real text; at full scale the model leaned on them and
     * did worse on styles it had not seen. Chosen by leave-one-style-out cross-validation (0.1 to 1 tried).
     */
    static final double PATTERN_FEATURE_SCALE = 0.3;
    /**
     * Pattern evidence at least this strong (two clear event words), with little evidence for OTHER, overrules an
     * OTHER from the learned layer: the sentences it learned from are shorter and plainer than many archive
     * paragraphs, and a paragraph full of event words is not "everything else".
     */
    static final double STRONG_PATTERN_EVIDENCE = 5.0;
    /** A raid or a seizure: by a domestic actor (police, customs), crime's matter, not war's. */
    private static final Pattern POLICE_ACT = Pattern.compile("(raid|seiz|captur)\\w*");
    /**
     * Below this probability a DIPLOMATIC from the learned layer alone, with no event word of any kind in the
     * paragraph, is OTHER. The label is about acts between states, and with no word of one the regression is
     * guessing from the company words keep ("president", "leaders", a capital's name): a president lifting a ban at
     * home, a district refusing a building permit. Chosen by leave-one-style-out cross-validation (the sentences
     * it changed: five OTHER put right, one DIPLOMATIC lost at 0.42); the confident ones stay.
     */
    static final double MIN_UNWITNESSED_DIPLOMATIC = 0.6;
    /**
     * Value of the actor features ({@link ActorLexicon.Lead#features}): the lead's actor, its kind crossed with the
     * kind of its act, and its target. Chosen by leave-one-style-out cross-validation (0.05 to 0.5 tried, over
     * four shuffle seeds at 0.1 and 0.15): stronger, the model leaned on them as on the patterns at full scale.
     */
    static final double ACTOR_FEATURE_SCALE = 0.1;
    /** Terms (words and pairs, in order) that count as the lead clause. */
    static final int LEAD_TERMS = 24;
    /**
     * Training sentences named in the evidence as the most like the text. They are evidence only: a vote of the
     * nearest sentences, blended with the regressions, was measured and did not help (see the README).
     */
    static final int NEAREST_SHOWN = 2;
    private static final Pattern WORD = Pattern.compile("\\p{L}+|\\d+");
    /** Stands for any state's name in the text (letters only, so {@link #WORD} keeps it whole). */
    private static final String STATE_MASK = "xstatex";
    /** The term it becomes, as shown in the evidence. */
    static final String STATE_TERM = "<state>";

    private static volatile LearnedModel instance;
    private static volatile boolean loaded;

    private final LogisticModel.Index index;
    private final LogisticModel diplomatic;
    private final LogisticModel military;
    private final LogisticModel other;
    private final NearestExamples nearest;
    private final String version;

    private LearnedModel(LogisticModel.Index index, LogisticModel diplomatic, LogisticModel military,
            LogisticModel other, NearestExamples nearest, String version) {
        this.index = index;
        this.diplomatic = diplomatic;
        this.military = military;
        this.other = other;
        this.nearest = nearest;
        this.version = version;
    }

    /** The model trained on the bundled sentences, or null when the build carries none. */
    static LearnedModel instance() {
        if (!loaded) {
            synchronized (LearnedModel.class) {
                if (!loaded) {
                    instance = load();
                    loaded = true;
                }
            }
        }
        return instance;
    }

    String version() {
        return version;
    }

    /**
     * The model for the bundled sentences: as the build trained it ({@value #TRAINED}, when it was trained on these
     * very sentences by this version), else trained now.
     */
    private static LearnedModel load() {
        Sentences sentences = Sentences.bundled();
        if (sentences == null) {
            return null;
        }
        try (InputStream in = LearnedModel.class.getResourceAsStream(TRAINED)) {
            if (in != null) {
                LearnedModel built = read(new DataInputStream(new BufferedInputStream(in)), sentences);
                if (built != null) {
                    return built;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the trained classifier " + TRAINED, e);
        }
        return train(sentences.rows(), sentences.version());
    }

    /** The bundled training sentences as rows of (label, text), and the model version they make. */
    record Sentences(List<String[]> rows, String version) {

        static Sentences bundled() {
            try (InputStream in = LearnedModel.class.getResourceAsStream(TRAINING)) {
                if (in == null) {
                    return null;
                }
                byte[] bytes = in.readAllBytes();
                List<String[]> rows = new ArrayList<>();
                try (BufferedReader r = new BufferedReader(new InputStreamReader(
                        new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
                    String header = r.readLine();
                    List<String> columns = List.of(header.split("\t"));
                    int label = columns.indexOf("label");
                    int text = columns.indexOf("text");
                    for (String line = r.readLine(); line != null; line = r.readLine()) {
                        String[] cells = line.split("\t");
                        if (cells.length > Math.max(label, text)) {
                            rows.add(new String[] {cells[label], cells[text]});
                        }
                    }
                }
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                String fingerprint = HexFormat.of().formatHex(digest.digest(bytes)).substring(0, 8);
                return new Sentences(rows, ALGORITHM + "-" + fingerprint);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the classifier's training sentences " + TRAINING, e);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Trains on the bundled sentences and writes the model to {@code file} (what {@link ModelBuilder} does). */
    static void trainAndWrite(Path file) throws IOException {
        Sentences sentences = Sentences.bundled();
        if (sentences == null) {
            throw new IllegalStateException("no training sentences on the class path: " + TRAINING);
        }
        Files.createDirectories(file.getParent());
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            train(sentences.rows(), sentences.version()).write(out);
        }
    }

    void write(DataOutputStream out) throws IOException {
        out.writeUTF(version);
        out.writeInt(FILE_LAYOUT);
        index.write(out);
        diplomatic.write(out);
        military.write(out);
        other.write(out);
    }

    /**
     * The model written by {@link #write}, or null when it was trained on other sentences, by another version, or
     * written in another layout.
     */
    static LearnedModel read(DataInputStream in, Sentences sentences) throws IOException {
        if (!in.readUTF().equals(sentences.version()) || in.readInt() != FILE_LAYOUT) {
            return null;
        }
        LogisticModel.Index index = LogisticModel.Index.read(in);
        return new LearnedModel(index, LogisticModel.read(in, index), LogisticModel.read(in, index),
                LogisticModel.read(in, index), NearestExamples.of(sentences.rows()), sentences.version());
    }

    /** Trains on rows of (label, text). */
    static LearnedModel train(List<String[]> rows, String version) {
        List<Map<String, Double>> examples = new ArrayList<>();
        List<Boolean> isDiplomatic = new ArrayList<>();
        List<Boolean> isMilitary = new ArrayList<>();
        List<Boolean> isOther = new ArrayList<>();
        for (String[] row : rows) {
            Label label = Label.valueOf(row[0].strip());
            examples.add(features(row[1], PatternEvidence.of(row[1])));
            isDiplomatic.add(label == Label.DIPLOMATIC);
            isMilitary.add(label == Label.MILITARY);
            isOther.add(label == Label.OTHER);
        }
        LogisticModel.Index index = LogisticModel.index(examples);
        List<LogisticModel.Encoded> encoded = examples.stream().map(index::encode).toList();
        return new LearnedModel(index, LogisticModel.train(index, encoded, isDiplomatic),
                LogisticModel.train(index, encoded, isMilitary), LogisticModel.train(index, encoded, isOther),
                NearestExamples.of(rows), version);
    }

    /**
     * The pattern findings (scaled down, see {@link #PATTERN_FEATURE_SCALE}), and the word stems and stem pairs
     * (every state's name the one term {@value #STATE_TERM}) scaled by one over the square root of their number,
     * so that a long paragraph's many ordinary words do not outweigh its few telling ones; and who acts in the lead
     * sentence, crossed with the kind of act ({@link ActorLexicon}).
     */
    static Map<String, Double> features(String text, PatternEvidence evidence) {
        return features(text, evidence, ActorLexicon.lead(evidence));
    }

    static Map<String, Double> features(String text, PatternEvidence evidence, ActorLexicon.Lead lead) {
        List<String> terms = terms(words(text));
        Map<String, Double> f = evidence.features();
        f.replaceAll((name, value) -> value * PATTERN_FEATURE_SCALE);
        double value = terms.isEmpty() ? 0 : 1 / Math.sqrt(terms.size());
        for (String term : terms) {
            f.put(term, value);
        }
        // the lead clause carries the main act: its first words again, as features of their own
        int leadTerms = Math.min(terms.size(), LEAD_TERMS);
        for (int i = 0; i < leadTerms; i++) {
            f.put("lead:" + terms.get(i), 1 / Math.sqrt(leadTerms));
        }
        // who acts, and what kind of act: "armed force x diplomatic act" is not "state x diplomatic act"
        f.putAll(lead.features(ACTOR_FEATURE_SCALE));
        return f;
    }

    /** The text's word stems in order: numbers as "#", every state's name as {@value #STATE_TERM}. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        // states by one name: the model learns "<state> protested to <state>", not which states its sentences named
        Matcher m = WORD.matcher(StateNames.mask(StateNames.lowerCase(text, StateNames.mixedCase(text)), STATE_MASK));
        while (m.find()) {
            words.add(Character.isDigit(m.group().charAt(0)) ? "#"
                    : m.group().equals(STATE_MASK) ? STATE_TERM : WordStems.stem(m.group()));
        }
        return words;
    }

    /** The word stems and stem pairs, in order ("<state> protest", "protest", "protest to", ...). */
    static List<String> terms(List<String> words) {
        List<String> terms = new ArrayList<>();
        String previous = null;
        for (String word : words) {
            terms.add(word);
            if (previous != null) {
                terms.add(previous + " " + word);
            }
            previous = word;
        }
        return terms;
    }

    /** How far below the label's score the other dimension's stays when its patterns raise it. */
    static final double SECOND_BELOW_PRIMARY = 0.01;

    Classification decide(String text, PatternEvidence evidence) {
        ActorLexicon.Lead lead = ActorLexicon.lead(evidence);
        Map<String, Double> features = features(text, evidence, lead);
        LogisticModel.Encoded x = index.encode(features);
        double pDiplomatic = diplomatic.probability(x);
        double pMilitary = military.probability(x);
        double pOther = other.probability(x);
        Label label = pOther > Math.max(pDiplomatic, pMilitary) ? Label.OTHER
                : pMilitary > pDiplomatic ? Label.MILITARY : Label.DIPLOMATIC;
        Label byPatterns = evidence.label();
        String rule = "";
        boolean domesticLead = lead.actor() != null && lead.actor().type() == ActorLexicon.Type.DOMESTIC;
        // unless the lead clause reports an act of OTHER itself ("A Paris court sentenced ... for the attacks"), or
        // a domestic actor's ("The governor reached an agreement with striking truck drivers to end their blockade")
        if (label == Label.OTHER && byPatterns != Label.OTHER && !lead.reports(Label.OTHER) && !domesticLead
                && evidence.sum(byPatterns) >= STRONG_PATTERN_EVIDENCE
                && evidence.sum(Label.OTHER) < evidence.sum(byPatterns) / 2) {
            label = byPatterns;
            rule = "; strong event patterns overrule OTHER";
        } else if (label == Label.OTHER && lead.addressesForeignState()) {
            label = Label.DIPLOMATIC;
            rule = "; the lead clause reports a state's act addressed to another state";
        } else if (label == Label.DIPLOMATIC && !evidence.witnessed() && pDiplomatic < MIN_UNWITNESSED_DIPLOMATIC) {
            label = Label.OTHER;
            rule = "; no event word, and too weak a score for DIPLOMATIC without one";
        } else if (label == Label.MILITARY && domesticLead
                && (lead.reports(Label.OTHER) || lead.verb() != null && POLICE_ACT.matcher(lead.verb()).matches())) {
            // the label follows the lead clause: "Police arrested 23 suspects in a raid ..., seizing automatic
            // weapons"; a raid or a seizure by police is crime's matter, by troops in an assault war's (LABELS.md)
            label = Label.OTHER;
            rule = lead.reports(Label.OTHER) ? "; the lead clause reports a domestic actor's act of OTHER"
                    : "; the lead clause reports a domestic actor's raid or seizure";
        }
        LogisticModel decisive = label == Label.OTHER ? other : label == Label.MILITARY ? military : diplomatic;
        String terms = String.join(", ", decisive.strongest(x, 4, true));
        double diplomaticScore = label == Label.MILITARY
                ? secondDimension(pDiplomatic, evidence, Label.DIPLOMATIC, pMilitary) : pDiplomatic;
        double militaryScore = label == Label.DIPLOMATIC
                ? secondDimension(pMilitary, evidence, Label.MILITARY, pDiplomatic) : pMilitary;
        String because = String.format(Locale.ROOT,
                "%s (p diplomatic %.2f, military %.2f, other %.2f%s%s); for: %s; patterns: %s; lead: %s; like: %s",
                label, pDiplomatic, pMilitary, pOther, rule,
                diplomaticScore > pDiplomatic || militaryScore > pMilitary
                        ? "; second dimension scored by its patterns" : "",
                terms.isEmpty() ? "-" : terms, evidence.describe(), lead.describe(),
                NearestExamples.describe(nearest.nearest(features.keySet(), NEAREST_SHOWN)));
        return new Classification(label, PatternEvidence.round(diplomaticScore), PatternEvidence.round(militaryScore),
                because);
    }

    /**
     * The score of the dimension that is not the label. The models learned from primary labels only, so a military
     * lead hides the truce agreed in its second clause; the labels' rule is that "the other dimension shows in its
     * score", so where the patterns find enough evidence of acts of that kind, their score stands when higher.
     * Troops that a demand asks to withdraw are not such an act. It never rises above the label's own score
     * ({@code primary}): the label follows the main act, and a researcher sorting by the other score would
     * otherwise find a report of shelling "despite the ceasefire" ranked above the truce talks themselves; nor to
     * it: two equal scores would not say which dimension the label chose.
     */
    private static double secondDimension(double probability, PatternEvidence evidence, Label dimension,
            double primary) {
        double found = evidence.acts(dimension);
        return found >= PatternEvidence.MIN_EVIDENCE
                ? Math.max(probability, Math.min(primary - SECOND_BELOW_PRIMARY, PatternEvidence.score(found)))
                : probability;
    }
}
