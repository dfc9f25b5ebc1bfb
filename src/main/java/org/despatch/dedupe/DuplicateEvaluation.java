package org.despatch.dedupe;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores the clusters the job gave an {@link EvaluationCorpus} against its truth: pairwise precision, recall and F1
 * for paragraphs and for documents, the recall of each kind of harmless edit, and how reversed facts fared.
 */
public final class DuplicateEvaluation {

    /** A stored paragraph (ordinal 1 and up) or, with ordinal 0, a stored document, as the views show it. */
    public record Row(String name, int ordinal, long clusterId, String kind, String differs) {
    }

    /** An edited paragraph of a copy, with the story it still tells and the texts before and after the edit. */
    private record Edited(String edit, String story, Row row, String original, String copy) {
    }

    private final List<String> paragraphStories = new ArrayList<>();
    private final List<Long> paragraphClusters = new ArrayList<>();
    private final List<String> documentStories = new ArrayList<>();
    private final List<Long> documentClusters = new ArrayList<>();
    private final Map<String, int[]> editRecall = new TreeMap<>();
    private int reversed;
    private int reversedLinked;
    private int reversedApart;
    private int skippedDocuments;
    private final List<String> errors = new ArrayList<>();

    /** Pairs the corpus with the rows; a document whose stored paragraphs do not line up with its blocks is skipped. */
    public DuplicateEvaluation(List<EvaluationCorpus.Document> corpus, List<Row> rows) {
        Map<String, Map<Integer, Row>> byName = new HashMap<>();
        for (Row r : rows) {
            byName.computeIfAbsent(r.name(), k -> new HashMap<>()).put(r.ordinal(), r);
        }
        Map<String, Long> clusterOfStory = new HashMap<>();
        Map<String, EvaluationCorpus.Document> byDocument = new HashMap<>();
        corpus.forEach(d -> byDocument.put(d.name(), d));
        List<Edited> edited = new ArrayList<>();
        for (EvaluationCorpus.Document doc : corpus) {
            Map<Integer, Row> stored = byName.getOrDefault(doc.name(), Map.of());
            if (stored.size() != doc.blocks().size() + 1 || !stored.containsKey(0)) {
                skippedDocuments++;
                continue;
            }
            documentStories.add(doc.story());
            documentClusters.add(stored.get(0).clusterId());
            for (int i = 0; i < doc.blocks().size(); i++) {
                String story = doc.stories().get(i);
                if (story == null) {
                    continue;
                }
                Row row = stored.get(i + 1);
                paragraphStories.add(story);
                paragraphClusters.add(row.clusterId());
                String edit = doc.edits().get(i);
                if (edit.equals("original")) {
                    clusterOfStory.putIfAbsent(story, row.clusterId());
                } else if (edit.equals("REVERSED")) {
                    reversed++;
                    reversedLinked += row.kind() != null && row.differs() != null ? 1 : 0;
                    if (row.differs() == null) {
                        errors.add(describe(edit, row, byDocument.get(doc.copyOf()).blocks().get(i),
                                doc.blocks().get(i)));
                    }
                } else {
                    edited.add(new Edited(edit, story, row, byDocument.get(doc.copyOf()).blocks().get(i),
                            doc.blocks().get(i)));
                }
            }
        }
        for (Edited e : edited) {
            int[] counts = editRecall.computeIfAbsent(e.edit(), k -> new int[2]);
            counts[1]++;
            boolean found = clusterOfStory.get(e.story()) != null
                    && clusterOfStory.get(e.story()) == e.row().clusterId();
            counts[0] += found ? 1 : 0;
            if (!found) {
                errors.add(describe(e.edit(), e.row(), e.original(), e.copy()));
            }
        }
        reversedApart = countReversedApart(corpus, byName);
    }

    private static int countReversedApart(List<EvaluationCorpus.Document> corpus, Map<String, Map<Integer, Row>> rows) {
        Map<Long, Integer> clusterSizes = new HashMap<>();
        rows.values().forEach(m -> m.values().forEach(r -> clusterSizes.merge(r.clusterId(), 1, Integer::sum)));
        int apart = 0;
        for (EvaluationCorpus.Document doc : corpus) {
            Map<Integer, Row> stored = rows.getOrDefault(doc.name(), Map.of());
            for (int i = 0; i < doc.blocks().size(); i++) {
                Row row = stored.get(i + 1);
                if (row != null && "REVERSED".equals(doc.edits().get(i)) && clusterSizes.get(row.clusterId()) == 1) {
                    apart++;
                }
            }
        }
        return apart;
    }

    private static String describe(String edit, Row row, String original, String copy) {
        return edit + " " + row.name() + " #" + row.ordinal() + " (" + row.kind() + ", differs: " + row.differs()
                + ")\n    original: " + original + "\n    copy:     " + copy;
    }

    /** Each edited paragraph left out of its original's cluster, and each reversed one merged into it. */
    public List<String> errors() {
        return errors;
    }

    public PairScore paragraphs() {
        return PairScore.of(paragraphStories, paragraphClusters);
    }

    public PairScore documents() {
        return PairScore.of(documentStories, documentClusters);
    }

    public int skippedDocuments() {
        return skippedDocuments;
    }

    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "paragraphs (%d): %s%n", paragraphStories.size(), paragraphs());
        out.printf(Locale.ROOT, "documents  (%d): %s%n", documentStories.size(), documents());
        out.println("recall by edit (edited paragraph in the cluster of its original):");
        editRecall.forEach((edit, c) -> out.printf(Locale.ROOT, "  %-15s %.3f  (%d of %d)%n", edit,
                (double) c[0] / c[1], c[0], c[1]));
        out.printf(Locale.ROOT, "reversed facts: %d paragraphs; %d linked to their original with the difference "
                + "named; %d kept in a cluster of their own%n", reversed, reversedLinked, reversedApart);
        if (skippedDocuments > 0) {
            out.printf("skipped: %d documents whose stored paragraphs did not line up with the generated ones%n",
                    skippedDocuments);
        }
        out.flush();
    }
}
