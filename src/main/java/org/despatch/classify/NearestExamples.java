package org.despatch.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The labelled training sentences most like a text: cosine similarity over their word stems and stem pairs
 * ({@link LearnedModel#terms}), each weighted by its inverse document frequency, found through an inverted index so
 * that only sentences sharing a term are scored. The evidence names the nearest, so that a researcher sees which
 * labelled examples the text resembles and can judge the label by them; they do not vote (a vote blended with the
 * regressions was measured and did not help). Terms are counted once per text: the model's features already
 * hold them that way, so the look-up costs no second pass over the words. Terms in more than
 * {@value #MAX_DOCUMENT_SHARE} of the sentences ("the", "of") are left out: they weigh next to nothing, and their
 * long lists would cost most of the time.
 */
final class NearestExamples {

    static final double MAX_DOCUMENT_SHARE = 0.1;
    /** Characters of a sentence quoted in the evidence, about; it is cut at a word. */
    static final int QUOTE_LENGTH = 60;

    record Example(Label label, String text) {
    }

    record Match(Example example, double similarity) {
    }

    /** A term's IDF, the examples that hold it, and its weight in each (their vectors of unit length). */
    private record Postings(double idf, int[] ids, double[] weights) {
    }

    private final List<Example> examples;
    private final Map<String, Postings> index;

    private NearestExamples(List<Example> examples, Map<String, Postings> index) {
        this.examples = examples;
        this.index = index;
    }

    /** Indexes rows of (label, text). */
    static NearestExamples of(List<String[]> rows) {
        List<Example> examples = new ArrayList<>();
        List<Set<String>> terms = new ArrayList<>();
        Map<String, Integer> documents = new HashMap<>();
        for (String[] row : rows) {
            examples.add(new Example(Label.valueOf(row[0].strip()), row[1]));
            Set<String> t = new HashSet<>(LearnedModel.terms(LearnedModel.words(row[1])));
            terms.add(t);
            t.forEach(term -> documents.merge(term, 1, Integer::sum));
        }
        int n = rows.size();
        Map<String, Double> idf = new HashMap<>();
        documents.forEach((term, df) -> {
            if (df <= MAX_DOCUMENT_SHARE * n) {
                idf.put(term, Math.log((double) n / df));
            }
        });
        Map<String, List<Integer>> ids = new HashMap<>();
        Map<String, List<Double>> weights = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (Map.Entry<String, Double> e : vector(terms.get(i), idf).entrySet()) {
                ids.computeIfAbsent(e.getKey(), t -> new ArrayList<>()).add(i);
                weights.computeIfAbsent(e.getKey(), t -> new ArrayList<>()).add(e.getValue());
            }
        }
        Map<String, Postings> index = new HashMap<>();
        ids.forEach((term, list) -> index.put(term, new Postings(idf.get(term),
                list.stream().mapToInt(Integer::intValue).toArray(),
                weights.get(term).stream().mapToDouble(Double::doubleValue).toArray())));
        return new NearestExamples(List.copyOf(examples), index);
    }

    /**
     * The k examples most similar to a text, most similar first; none that shares no indexed term.
     *
     * @param terms the text's {@link LearnedModel#terms} (other names, such as the model's other features, are
     *              not in the index and count for nothing)
     */
    List<Match> nearest(Set<String> terms, int k) {
        // the text's vector is not built: its weights are the IDFs, and its length divides the sums at the end
        double[] similarity = new double[examples.size()];
        double norm = 0;
        for (String term : terms) {
            Postings p = index.get(term);
            if (p != null) {
                norm += p.idf * p.idf;
                for (int j = 0; j < p.ids.length; j++) {
                    similarity[p.ids[j]] += p.idf * p.weights[j];
                }
            }
        }
        // the best k so far, most similar first: k is a handful, so insertion into a small array
        int[] best = new int[k];
        int found = 0;
        for (int i = 0; i < similarity.length; i++) {
            if (similarity[i] <= 0 || (found == k && similarity[i] <= similarity[best[k - 1]])) {
                continue;
            }
            int at = Math.min(found, k - 1);
            while (at > 0 && similarity[best[at - 1]] < similarity[i]) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
            found = Math.min(found + 1, k);
        }
        List<Match> out = new ArrayList<>(found);
        for (int j = 0; j < found; j++) {
            out.add(new Match(examples.get(best[j]), similarity[best[j]] / Math.sqrt(norm)));
        }
        return out;
    }

    /** The matches as the evidence names them: label, similarity and the sentence's start; "-" for none. */
    static String describe(List<Match> matches) {
        List<String> parts = new ArrayList<>();
        for (Match m : matches) {
            parts.add(String.format(Locale.ROOT, "%s %.2f \"%s\"", m.example.label(), m.similarity,
                    quote(m.example.text())));
        }
        return parts.isEmpty() ? "-" : String.join(", ", parts);
    }

    private static String quote(String text) {
        if (text.length() <= QUOTE_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', QUOTE_LENGTH);
        return text.substring(0, cut > 0 ? cut : QUOTE_LENGTH) + " ...";
    }

    /** The indexed terms, each weighted by its IDF, scaled to unit length. */
    private static Map<String, Double> vector(Set<String> terms, Map<String, Double> idf) {
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (String term : terms) {
            Double w = idf.get(term);
            if (w != null) {
                v.put(term, w);
                norm += w * w;
            }
        }
        double length = Math.sqrt(norm);
        v.replaceAll((t, w) -> w / length);
        return v;
    }
}
