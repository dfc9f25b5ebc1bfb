package org.despatch.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds, for a text, the earlier text it duplicates and the cluster it belongs to.
 *
 * <p>The decision for a text depends only on the texts before it in the order of arrival, never on the order in
 * which texts are processed: a text joins the cluster of its best earlier match, and the canonical member of a
 * cluster is its earliest text. So parallel partitions, restarts and an archive ingested in several runs all give
 * the same clusters. When the match itself is not decided yet (another partition has it), its cluster is worked out
 * the same way; chains are short, and results are remembered for the life of the finder.
 *
 * <p>Cost per text: one hash lookup, one key lookup and at most {@code maxCandidates} comparisons, whatever the
 * size of the archive. Not thread-safe: one finder per thread.
 */
public final class DuplicateFinder {

    private static final int CACHE_LIMIT = 10_000;

    private final DuplicateSource source;
    private final DuplicateSettings settings;
    private final Map<Long, Long> clusters = new HashMap<>();
    private final Map<Long, Prepared> prepared = new HashMap<>();

    public DuplicateFinder(DuplicateSource source, DuplicateSettings settings) {
        this.source = source;
        this.settings = settings;
    }

    public DuplicateAssignment assign(DuplicateSource.Item item) {
        DuplicateMatch match = bestMatch(item);
        long cluster = match != null && match.sameStory() ? clusterOf(match.matchId()) : item.id();
        double similarity = cluster == item.id() ? 1.0 : similarityTo(item, cluster, match);
        remember(item.id(), cluster);
        return new DuplicateAssignment(item.id(), cluster, similarity, match);
    }

    /**
     * The best earlier match: the same story before a mere link, then the most similar, then the earliest. A text
     * that contradicts a story (a reversed fact) never joins it through a looser copy of the same story.
     */
    public DuplicateMatch bestMatch(DuplicateSource.Item item) {
        Long exact = source.earliestWithSameContent(item);
        if (exact != null) {
            return new DuplicateMatch(DuplicateKind.EXACT, exact, 1.0, false, null);
        }
        List<Long> candidates = source.candidates(item, settings);
        if (candidates.isEmpty()) {
            return null;  // most texts: decided without being read again
        }
        Prepared self = prepare(item);
        List<DuplicateMatch> matches = new ArrayList<>();
        Map<Long, Long> orders = new HashMap<>();
        for (long candidateId : candidates) {
            DuplicateSource.Item candidate = source.item(candidateId);
            DuplicateMatch m = compare(self, candidate, prepare(candidate));
            if (m != null) {
                DuplicateSource.Item first = firstCopy(candidate);
                orders.put(first.id(), first.order());
                matches.add(new DuplicateMatch(m.kind(), first.id(), m.similarity(), m.containsMatch(), m.differs()));
            }
        }
        Set<Long> contradicted = new HashSet<>();
        for (DuplicateMatch m : matches) {
            if (m.differs() != null) {
                contradicted.add(clusterOf(m.matchId()));
            }
        }
        DuplicateMatch best = null;
        for (DuplicateMatch m : matches) {
            boolean eligible = !m.sameStory() || contradicted.isEmpty()
                    || !contradicted.contains(clusterOf(m.matchId()));
            if (eligible && (best == null || better(m, best, orders))) {
                best = m;
            }
        }
        return best;
    }

    /**
     * The earliest text with the candidate's content. Only one copy of a text is filed under its keys, whichever a
     * partition segmented first; naming the earliest makes the match the same however the work was split.
     */
    private DuplicateSource.Item firstCopy(DuplicateSource.Item candidate) {
        Long first = source.earliestWithSameContent(candidate);
        return first == null ? candidate : source.item(first);
    }

    private DuplicateMatch compare(Prepared self, DuplicateSource.Item candidate, Prepared other) {
        long candidateId = candidate.id();
        double jaccard = Shingles.jaccard(self.shingles, other.shingles);
        if (jaccard >= settings.nearThreshold()) {
            Optional<String> differs = FactCheck.conflict(other.normalized, self.normalized);
            return new DuplicateMatch(DuplicateKind.NEAR, candidateId, jaccard, false, differs.orElse(null));
        }
        if (self.normalized.length() >= settings.minContainChars()
                && Shingles.containment(self.shingles, other.shingles) >= settings.containThreshold()) {
            return new DuplicateMatch(DuplicateKind.CONTAINED, candidateId, jaccard, false, null);
        }
        if (other.normalized.length() >= settings.minContainChars()
                && Shingles.containment(other.shingles, self.shingles) >= settings.containThreshold()) {
            return new DuplicateMatch(DuplicateKind.CONTAINED, candidateId, jaccard, true, null);
        }
        return null;
    }

    private static boolean better(DuplicateMatch a, DuplicateMatch b, Map<Long, Long> orders) {
        if (a.sameStory() != b.sameStory()) {
            return a.sameStory();
        }
        if (a.similarity() != b.similarity()) {
            return a.similarity() > b.similarity();
        }
        return orders.get(a.matchId()) < orders.get(b.matchId());
    }

    private long clusterOf(long id) {
        Long known = clusters.get(id);
        if (known == null) {
            known = source.storedCluster(id);
        }
        if (known == null) {
            DuplicateMatch match = bestMatch(source.item(id));
            known = match != null && match.sameStory() ? clusterOf(match.matchId()) : id;
        }
        remember(id, known);
        return known;
    }

    private void remember(long id, long cluster) {
        if (clusters.size() > CACHE_LIMIT) {
            clusters.clear(); // a cache, not a store: keeps a long-lived finder's memory bounded
        }
        clusters.put(id, cluster);
    }

    private double similarityTo(DuplicateSource.Item item, long canonicalId, DuplicateMatch match) {
        if (match.matchId() == canonicalId) {
            return match.similarity();
        }
        DuplicateSource.Item canonical = source.item(canonicalId);
        if (canonical.contentHash().equals(item.contentHash())) {
            return 1.0;
        }
        return Shingles.jaccard(prepare(item).shingles, prepare(canonical).shingles);
    }

    private Prepared prepare(DuplicateSource.Item item) {
        Prepared p = prepared.get(item.id());
        if (p == null) {
            String normalized = MatchText.normalize(item.text());
            p = new Prepared(normalized, Shingles.of(normalized));
            if (prepared.size() > CACHE_LIMIT) {
                prepared.clear();
            }
            prepared.put(item.id(), p);
        }
        return p;
    }

    private record Prepared(String normalized, long[] shingles) {
    }
}
