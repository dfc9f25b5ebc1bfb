package org.despatch.dedupe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The texts filed under their {@link DedupeKeys}, in memory, answering "which earlier texts share keys with this
 * one" by binary search.
 *
 * <p>Why in memory: the database keeps one row of keys per text (cheap to append); a table with a row per key and
 * an index on it made the database rewrite an index page per key at every commit, most of the segment step's time.
 * The index is built from those rows when duplicates are looked for, in one sort.
 *
 * <p>Chance: as the archive grows, more unrelated texts share one band with a text by chance (with generated
 * text, 0.4 a paragraph at 100,000 paragraphs, 2 at a million), and each would be read and compared. A candidate
 * sharing a single band key and not the opening key is kept only if the {@link DedupeKeys#sketch() sketches}
 * estimate a similarity of at least {@value #MIN_SKETCH_SIMILARITY}: unrelated texts estimate about 0, within
 * 0.09; a near-duplicate at the 0.6 threshold about 0.6; a text of 0.9 containment in one three times as long 0.3.
 *
 * <p>Memory: 8 bytes per key (a 32-bit fingerprint of the key and the text's slot, packed in one long) and 33 per
 * text, about 280 bytes per paragraph, 280 MB per million. A fingerprint shared by chance with an unrelated text
 * is one more chance key, dealt with as above.
 */
public final class KeyIndex {

    /** A text sharing one band key only (not the opening key) is a candidate from this estimated similarity. */
    public static final double MIN_SKETCH_SIMILARITY = 0.15;

    private final long[] orders;
    private final long[] ids;
    /** (fingerprint << 32) | slot, sorted. */
    private final long[] entries;
    /** {@code SKETCH_LONGS} per slot; see {@link #hasSketch}. */
    private final long[] sketches;
    /** False for texts filed before sketches were kept: never dropped. */
    private final boolean[] hasSketch;

    private KeyIndex(long[] orders, long[] ids, long[] entries, long[] sketches, boolean[] hasSketch) {
        this.orders = orders;
        this.ids = ids;
        this.entries = entries;
        this.sketches = sketches;
        this.hasSketch = hasSketch;
    }

    /** How many texts are filed. */
    public int size() {
        return orders.length;
    }

    /**
     * The ids of texts before {@code order} filed under any of the keys, those sharing the most keys first, then
     * the earliest; at most {@code limit}. Texts sharing one band key by chance are left out (see above).
     */
    public List<Long> candidates(long order, DedupeKeys keys, int limit) {
        Map<Integer, Integer> shared = new HashMap<>();
        Set<Integer> sameOpening = new HashSet<>();
        for (long key : keys.all().stream().distinct().toList()) {
            long first = ((long) fingerprint(key)) << 32;
            for (int i = lowerBound(first); i < entries.length && (entries[i] & 0xFFFF_FFFF_0000_0000L) == first; i++) {
                int slot = (int) entries[i];
                if (orders[slot] < order) {
                    shared.merge(slot, 1, Integer::sum);
                    if (keys.opening() != null && key == keys.opening()) {
                        sameOpening.add(slot);
                    }
                }
            }
        }
        shared.entrySet().removeIf(e -> e.getValue() == 1 && !sameOpening.contains(e.getKey())
                && sketchSimilarity(e.getKey(), keys.sketch()) < MIN_SKETCH_SIMILARITY);
        List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(shared.entrySet());
        ranked.sort(Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparingLong(e -> orders[e.getKey()]));
        return ranked.stream().limit(limit).map(e -> ids[e.getKey()]).toList();
    }

    /** The estimated similarity of a filed text to a sketch; 1 (keep it) when either has none. */
    private double sketchSimilarity(int slot, long[] sketch) {
        if (!hasSketch[slot] || sketch.length != SKETCH_LONGS) {
            return 1;
        }
        return DedupeKeys.sketchSimilarity(
                Arrays.copyOfRange(sketches, SKETCH_LONGS * slot, SKETCH_LONGS * (slot + 1)), sketch);
    }

    private int lowerBound(long value) {
        int low = 0;
        int high = entries.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (entries[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static final int SKETCH_LONGS = (DedupeKeys.SKETCH_BITS + 63) / 64;

    static int fingerprint(long key) {
        return (int) (key ^ (key >>> 32));
    }

    /** Collects texts, then sorts once. */
    public static final class Builder {

        private long[] orders = new long[1024];
        private long[] ids = new long[1024];
        private long[] sketches = new long[SKETCH_LONGS * 1024];
        private boolean[] hasSketch = new boolean[1024];
        private long[] entries = new long[32 * 1024];
        private int texts;
        private int keys;

        /** Files a text; {@code sketch} is empty for a text filed before sketches were kept. */
        public Builder add(long order, long id, long[] textKeys, long[] sketch) {
            if (texts == orders.length) {
                orders = Arrays.copyOf(orders, texts * 2);
                ids = Arrays.copyOf(ids, texts * 2);
                sketches = Arrays.copyOf(sketches, SKETCH_LONGS * texts * 2);
                hasSketch = Arrays.copyOf(hasSketch, texts * 2);
            }
            orders[texts] = order;
            ids[texts] = id;
            if (sketch.length == SKETCH_LONGS) {
                System.arraycopy(sketch, 0, sketches, SKETCH_LONGS * texts, SKETCH_LONGS);
                hasSketch[texts] = true;
            }
            for (long key : textKeys) {
                if (keys == entries.length) {
                    entries = Arrays.copyOf(entries, keys * 2);
                }
                entries[keys++] = (((long) fingerprint(key)) << 32) | texts;
            }
            texts++;
            return this;
        }

        public KeyIndex build() {
            long[] sorted = Arrays.copyOf(entries, keys);
            Arrays.sort(sorted);
            return new KeyIndex(Arrays.copyOf(orders, texts), Arrays.copyOf(ids, texts), sorted,
                    Arrays.copyOf(sketches, SKETCH_LONGS * texts), Arrays.copyOf(hasSketch, texts));
        }
    }
}
