package org.despatch.dedupe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts filed under their {@link DedupeKeys}, in memory, answering "which earlier texts share keys with this
 * one" by binary search.
 *
 * <p>Why in memory: the database keeps one row of keys per text (cheap to append); a table with a row per key and
 * an index on it made the database rewrite an index page per key at every commit, most of the segment step's time.
 * The index is built from those rows when duplicates are looked for, in one sort.
 *
 * <p>Memory: 8 bytes per key (a 32-bit fingerprint of the key and the text's slot, packed in one long) and 16 per
 * text, about 260 bytes per paragraph, 260 MB per million. A fingerprint shared by chance with an unrelated
 * text only adds a candidate sharing a single key, which ranks below real ones and is then compared and dropped.
 */
public final class KeyIndex {

    private final long[] orders;
    private final long[] ids;
    /** (fingerprint << 32) | slot, sorted. */
    private final long[] entries;

    private KeyIndex(long[] orders, long[] ids, long[] entries) {
        this.orders = orders;
        this.ids = ids;
        this.entries = entries;
    }

    /** How many texts are filed. */
    public int size() {
        return orders.length;
    }

    /**
     * The ids of texts before {@code order} filed under any of {@code keys}: those sharing the most keys first, then
     * the earliest; at most {@code limit}.
     */
    public List<Long> candidates(long order, List<Long> keys, int limit) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (long key : keys.stream().distinct().toList()) {
            long first = ((long) fingerprint(key)) << 32;
            for (int i = lowerBound(first); i < entries.length && (entries[i] & 0xFFFF_FFFF_0000_0000L) == first; i++) {
                int slot = (int) entries[i];
                if (orders[slot] < order) {
                    shared.merge(slot, 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<Integer, Integer>> ranked = new ArrayList<>(shared.entrySet());
        ranked.sort(Map.Entry.<Integer, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparingLong(e -> orders[e.getKey()]));
        return ranked.stream().limit(limit).map(e -> ids[e.getKey()]).toList();
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

    static int fingerprint(long key) {
        return (int) (key ^ (key >>> 32));
    }

    /** Collects texts, then sorts once. */
    public static final class Builder {

        private long[] orders = new long[1024];
        private long[] ids = new long[1024];
        private long[] entries = new long[32 * 1024];
        private int texts;
        private int keys;

        public Builder add(long order, long id, long[] textKeys) {
            if (texts == orders.length) {
                orders = Arrays.copyOf(orders, texts * 2);
                ids = Arrays.copyOf(ids, texts * 2);
            }
            orders[texts] = order;
            ids[texts] = id;
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
            return new KeyIndex(Arrays.copyOf(orders, texts), Arrays.copyOf(ids, texts), sorted);
        }
    }
}
