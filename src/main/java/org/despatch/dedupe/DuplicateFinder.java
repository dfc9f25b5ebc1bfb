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
 * the same way, once: clusters worked out, and texts read and prepared for comparison, are kept in a
 * {@link FinderMemory} that the finders of a generation share.
 *
 * <p>Cost per text: one hash lookup, one key lookup and at most {@code maxCandidates} comparisons, whatever the
 * size of the archive; a candidate is read from the source once while it is remembered, not once per text that
 * has it as a candidate. Not thread-safe: one finder per thread (their memory may be shared).
 */
public final class DuplicateFinder {

    private final DuplicateSource source;
    private final DuplicateSettings settings;
    private final FinderMemory memory;

    /** A finder with a memory of its own. */
    public DuplicateFinder(DuplicateSource source, DuplicateSettings settings) {
        this(source, settings, new FinderMemory());
    }

    /** A finder sharing {@code memory} with the other finders over the same texts in the same generation. */
    public DuplicateFinder(DuplicateSource source, DuplicateSettings settings, FinderMemory memory) {
        this.source = source;
        this.settings = settings;
        this.memory = memory;
    }

    public DuplicateAssignment assign(DuplicateSource.Item item) {
        DuplicateMatch match = bestMatch(item);
        long cluster = match != null && match.sameStory() ? clusterOf(match.matchId()) : item.id();
        double similarity = cluster == item.id() ? 1.0 : similarityTo(item, cluster, match);
        memory.rememberCluster(item.id(), cluster);
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
        ComparedText self = compared(item);
        List<DuplicateMatch> matches = new ArrayList<>();
        Map<Long, Long> orders = new HashMap<>();
        for (long candidateId : candidates) {
            ComparedText candidate = compared(candidateId);
            DuplicateMatch m = compare(self, candidate);
            if (m != null) {
                DuplicateSource.Item first = firstCopy(candidate.item());
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
        return first == null ? candidate : compared(first).item();
    }

    private DuplicateMatch compare(ComparedText self, ComparedText other) {
        long candidateId = other.item().id();
        double jaccard = Shingles.jaccard(self.shingles(), other.shingles());
        if (jaccard >= settings.nearThreshold()) {
            Optional<String> differs = FactCheck.conflict(other.words(), self.words());
            return new DuplicateMatch(DuplicateKind.NEAR, candidateId, jaccard, false, differs.orElse(null));
        }
        if (self.normalized().length() >= settings.minContainChars()
                && Shingles.containment(self.shingles(), other.shingles()) >= settings.containThreshold()) {
            return new DuplicateMatch(DuplicateKind.CONTAINED, candidateId, jaccard, false, null);
        }
        if (other.normalized().length() >= settings.minContainChars()
                && Shingles.containment(other.shingles(), self.shingles()) >= settings.containThreshold()) {
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
        Long known = memory.cluster(id);
        if (known != null) {
            return known;
        }
        known = source.storedCluster(id);
        if (known == null) {
            DuplicateMatch match = bestMatch(compared(id).item());
            known = match != null && match.sameStory() ? clusterOf(match.matchId()) : id;
        }
        memory.rememberCluster(id, known);
        return known;
    }

    private double similarityTo(DuplicateSource.Item item, long canonicalId, DuplicateMatch match) {
        if (match.matchId() == canonicalId) {
            return match.similarity();
        }
        ComparedText canonical = compared(canonicalId);
        if (canonical.item().contentHash().equals(item.contentHash())) {
            return 1.0;
        }
        return Shingles.jaccard(compared(item).shingles(), canonical.shingles());
    }

    /** A stored text, read and prepared once while the memory keeps it. */
    private ComparedText compared(long id) {
        ComparedText known = memory.text(id);
        return known != null ? known : compared(source.item(id));
    }

    private ComparedText compared(DuplicateSource.Item item) {
        ComparedText known = memory.text(item.id());
        if (known == null) {
            known = ComparedText.of(item);
            memory.remember(known);
        }
        return known;
    }
}
