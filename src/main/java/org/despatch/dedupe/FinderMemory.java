package org.despatch.dedupe;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * What the duplicate finders of one generation (a job's dedupe step) have worked out, shared by all of them: texts
 * read and prepared for comparison, and the cluster of each text decided or worked out. The store makes a finder
 * per document; without this, an archive of near copies (a form filled in daily) had each text read its twenty
 * candidates from the database again, shingle them again and work out their clusters again, although they were
 * mostly the same earliest texts for every copy.
 *
 * <p>Sound because, within a generation, no text changes and a text's cluster depends only on the texts before
 * it. Bounded: the least recently used go first. Safe for concurrent use; two threads may work out the same text
 * at once, and both get an equal value.
 */
public final class FinderMemory {

    /** Characters of normalized text kept prepared: with their shingles and words about 17 bytes each, 34 MB. */
    public static final int DEFAULT_TEXT_CHARS = 2_000_000;
    /** Clusters kept (about 100 bytes each). */
    public static final int DEFAULT_CLUSTERS = 200_000;

    private final Lru<Long, ComparedText> texts;
    private final Lru<Long, Long> clusters;

    public FinderMemory() {
        this(DEFAULT_TEXT_CHARS, DEFAULT_CLUSTERS);
    }

    public FinderMemory(int textChars, int clusterCount) {
        texts = new Lru<>(textChars, t -> t.normalized().length() + 1);
        clusters = new Lru<>(clusterCount, c -> 1);
    }

    ComparedText text(long id) {
        return texts.get(id);
    }

    void remember(ComparedText text) {
        texts.put(text.item().id(), text);
    }

    Long cluster(long id) {
        return clusters.get(id);
    }

    void rememberCluster(long id, long cluster) {
        clusters.put(id, cluster);
    }

    /** A map that forgets its least recently used entries past a total weight. */
    private static final class Lru<K, V> {
        private final long maxWeight;
        private final ToIntFunction<V> weigher;
        private final LinkedHashMap<K, V> values = new LinkedHashMap<>(1024, 0.75f, true);
        private long weight;

        Lru(long maxWeight, ToIntFunction<V> weigher) {
            this.maxWeight = maxWeight;
            this.weigher = weigher;
        }

        synchronized V get(K key) {
            return values.get(key);
        }

        synchronized void put(K key, V value) {
            V old = values.put(key, value);
            weight += weigher.applyAsInt(value) - (old == null ? 0 : weigher.applyAsInt(old));
            for (Iterator<Map.Entry<K, V>> eldest = values.entrySet().iterator();
                 weight > maxWeight && eldest.hasNext(); ) {
                weight -= weigher.applyAsInt(eldest.next().getValue());
                eldest.remove();
            }
        }
    }
}
