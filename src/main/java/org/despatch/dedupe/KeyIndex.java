package org.despatch.dedupe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The texts filed under their {@link DedupeKeys}, in memory, answering "which earlier texts share keys with this
 * one, and could match it" by binary search.
 *
 * <p>Why in memory: the database keeps one row of keys per text (cheap to append); a table with a row per key and
 * an index on it made the database rewrite an index page per key at every commit, most of the segment step's time.
 * The index is built from those rows when duplicates are looked for, in one sort. It keeps each text's own keys
 * too, so a filed text asks by its place ({@link #filedCandidates}) without its keys being computed again.
 *
 * <p>Chance: as the archive grows, more unrelated texts share a band with a text by chance (with generated text,
 * 0.4 a paragraph at 100,000 paragraphs, 2 at a million), and each would be read and compared. So a candidate is
 * kept only if its {@link DedupeKeys#sketch() sketch} estimates a similarity it could match at: at least
 * {@value #MIN_SKETCH_SIMILARITY} when it shares a single band, and, when both texts' sizes are known, no more than
 * {@value #SKETCH_MARGIN} below {@link #leastMatchingSimilarity the least similarity at which texts of their sizes
 * can match}. Unrelated texts estimate about 0, within 0.09; the estimate of a pair just at the near-duplicate
 * threshold falls {@value #SKETCH_MARGIN} below it about three times in ten thousand. A text sharing the opening
 * key is always kept: it may be a truncated copy.
 *
 * <p>Memory: 8 bytes per key for the lookup (a 32-bit fingerprint of the key and the text's slot, packed in one
 * long), 4 more for the text's own keys, and 45 per text: about 420 bytes per paragraph. A fingerprint shared by
 * chance with an unrelated text is one more chance key, dealt with as above.
 */
public final class KeyIndex {

    /** A text sharing one band key only (not the opening key) is a candidate from this estimated similarity. */
    public static final double MIN_SKETCH_SIMILARITY = 0.15;

    /** How far an estimate may fall below the least similarity at which two texts could match; see above. */
    public static final double SKETCH_MARGIN = 0.25;

    private static final int SKETCH_LONGS = (DedupeKeys.SKETCH_BITS + 63) / 64;

    /** Per slot, slots in order of arrival. */
    private final long[] orders;
    private final long[] ids;
    /** A slot's fingerprints are {@code fingerprints[keyStart[slot]] .. fingerprints[keyStart[slot + 1] - 1]}. */
    private final int[] keyStart;
    private final int[] fingerprints;
    /** Whether a slot's last fingerprint is its opening key's. */
    private final boolean[] hasOpening;
    /** {@code SKETCH_LONGS} per slot; see {@link #hasSketch}. */
    private final long[] sketches;
    /** False for texts filed before sketches were kept: never dropped, and their keys are computed again. */
    private final boolean[] hasSketch;
    /** 0 where not known. */
    private final int[] shingles;
    /** (fingerprint << 32) | slot, sorted. */
    private final long[] entries;
    /** How many entries the lookups have read, for tests of their cost. */
    private final LongAdder entriesRead = new LongAdder();

    private KeyIndex(Builder b, int[] bySlot) {
        int n = bySlot.length;
        orders = new long[n];
        ids = new long[n];
        keyStart = new int[n + 1];
        fingerprints = new int[b.keys];
        hasOpening = new boolean[n];
        sketches = new long[SKETCH_LONGS * n];
        hasSketch = new boolean[n];
        shingles = new int[n];
        entries = new long[b.keys];
        int k = 0;
        for (int slot = 0; slot < n; slot++) {
            int text = bySlot[slot];
            orders[slot] = b.orders[text];
            ids[slot] = b.ids[text];
            hasOpening[slot] = b.hasOpening[text];
            hasSketch[slot] = b.hasSketch[text];
            shingles[slot] = b.shingles[text];
            System.arraycopy(b.sketches, SKETCH_LONGS * text, sketches, SKETCH_LONGS * slot, SKETCH_LONGS);
            keyStart[slot] = k;
            for (int i = b.keyStart[text]; i < b.keyStart[text + 1]; i++, k++) {
                fingerprints[k] = b.fingerprints[i];
                entries[k] = (((long) b.fingerprints[i]) << 32) | slot;
            }
        }
        keyStart[n] = k;
        Arrays.sort(entries);
    }

    /** How many texts are filed. */
    public int size() {
        return orders.length;
    }

    /**
     * The ids of texts before {@code order} filed under any of the keys and plausibly similar (see above), those
     * sharing the most keys first, then the earliest; at most {@code settings.maxCandidates()}.
     */
    public List<Long> candidates(long order, DedupeKeys keys, DuplicateSettings settings) {
        int[] asked = keys.all().stream().mapToInt(KeyIndex::fingerprint).distinct().toArray();
        Integer opening = keys.opening() == null ? null : fingerprint(keys.opening());
        long[] sketch = keys.sketch().length == SKETCH_LONGS ? keys.sketch() : null;
        return candidates(new Query(order, asked, opening, sketch, keys.shingles()), settings);
    }

    /**
     * The candidates ({@link #candidates(long, DedupeKeys, DuplicateSettings) as above}) of the text filed at
     * {@code order} with id {@code id}, by the keys it was filed under; empty when it is not filed, or was filed
     * before sketches were kept.
     */
    public Optional<List<Long>> filedCandidates(long order, long id, DuplicateSettings settings) {
        int slot = slotOf(order, id);
        if (slot < 0 || !hasSketch[slot]) {
            return Optional.empty();
        }
        int[] asked = Arrays.stream(fingerprints, keyStart[slot], keyStart[slot + 1]).distinct().toArray();
        Integer opening = hasOpening[slot] ? fingerprints[keyStart[slot + 1] - 1] : null;
        long[] sketch = Arrays.copyOfRange(sketches, SKETCH_LONGS * slot, SKETCH_LONGS * (slot + 1));
        return Optional.of(candidates(new Query(order, asked, opening, sketch, shingles[slot]), settings));
    }

    /**
     * The candidates of the text at {@code order} with id {@code id}: by the keys it was filed under, or by
     * {@code keys} when it was not filed with a sketch (an empty text, or one filed by an older version).
     */
    public List<Long> candidates(long order, long id, Supplier<DedupeKeys> keys, DuplicateSettings settings) {
        return filedCandidates(order, id, settings).orElseGet(() -> candidates(order, keys.get(), settings));
    }

    /** What a text asks by: distinct fingerprints, the opening's among them or null, its sketch or null. */
    private record Query(long order, int[] fingerprints, Integer opening, long[] sketch, int shingles) {
    }

    private List<Long> candidates(Query q, DuplicateSettings settings) {
        // one hit per (key, earlier text): the slot shifted left, the low bit set when the key is the opening
        long[] hits = new long[32];
        int n = 0;
        int read = 0;
        for (int fingerprint : q.fingerprints) {
            long first = ((long) fingerprint) << 32;
            long bit = q.opening != null && fingerprint == q.opening ? 1 : 0;
            for (int i = lowerBound(entries, first);
                 i < entries.length && (entries[i] & 0xFFFF_FFFF_0000_0000L) == first; i++) {
                int slot = (int) entries[i];
                read++;
                if (orders[slot] < q.order) {
                    if (n == hits.length) {
                        hits = Arrays.copyOf(hits, n * 2);
                    }
                    hits[n++] = ((long) slot << 1) | bit;
                }
            }
        }
        entriesRead.add(read);
        Arrays.sort(hits, 0, n);
        List<int[]> kept = new ArrayList<>();  // {slot, shared keys}
        for (int i = 0; i < n; ) {
            int slot = (int) (hits[i] >>> 1);
            int shared = 0;
            boolean sameOpening = false;
            for (; i < n && (int) (hits[i] >>> 1) == slot; i++) {
                shared++;
                sameOpening |= (hits[i] & 1) == 1;
            }
            if (sameOpening || plausible(slot, shared, q, settings)) {
                kept.add(new int[] {slot, shared});
            }
        }
        kept.sort(Comparator.<int[]>comparingInt(c -> -c[1]).thenComparingLong(c -> orders[c[0]]));
        return kept.stream().limit(settings.maxCandidates()).map(c -> ids[c[0]]).toList();
    }

    /** How many entries of the index the lookups have read. */
    long entriesRead() {
        return entriesRead.sum();
    }

    /** Whether the sketches leave room for a match; true when either text has no sketch. */
    private boolean plausible(int slot, int sharedKeys, Query q, DuplicateSettings settings) {
        if (!hasSketch[slot] || q.sketch == null) {
            return true;
        }
        double estimate = DedupeKeys.sketchSimilarity(sketches, SKETCH_LONGS * slot, q.sketch);
        double floor = sharedKeys == 1 ? MIN_SKETCH_SIMILARITY : -1;
        if (shingles[slot] > 0 && q.shingles > 0) {
            floor = Math.max(floor, leastMatchingSimilarity(q.shingles, shingles[slot], settings) - SKETCH_MARGIN);
        }
        return estimate >= floor;
    }

    /**
     * The least shingle Jaccard similarity at which texts of {@code a} and {@code b} shingles can match: as
     * near-duplicates, or one contained in the other (a share {@code t} of the smaller's shingles inside the
     * larger gives a similarity of at least {@code t·a / ((1 - t)·a + b)}). Texts of like length must be
     * near-duplicates; a short text may lie inside a long one at a low similarity.
     */
    static double leastMatchingSimilarity(int a, int b, DuplicateSettings settings) {
        double t = settings.containThreshold();
        double contained = Math.min(t * a / ((1 - t) * a + b), t * b / ((1 - t) * b + a));
        return Math.min(settings.nearThreshold(), contained);
    }

    private int slotOf(long order, long id) {
        for (int slot = lowerBound(orders, order); slot < orders.length && orders[slot] == order; slot++) {
            if (ids[slot] == id) {
                return slot;
            }
        }
        return -1;
    }

    /** The first index of a sorted array holding {@code value} or more. */
    private static int lowerBound(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
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
        private boolean[] hasOpening = new boolean[1024];
        private long[] sketches = new long[SKETCH_LONGS * 1024];
        private boolean[] hasSketch = new boolean[1024];
        private int[] shingles = new int[1024];
        private int[] keyStart = new int[1025];
        private int[] fingerprints = new int[32 * 1024];
        private int texts;
        private int keys;

        /** Files a text under its keys. */
        public Builder add(long order, long id, DedupeKeys textKeys) {
            long[] sketch = textKeys.sketch();
            return add(order, id, textKeys.all(), textKeys.opening() != null,
                    sketch.length == SKETCH_LONGS ? sketch : null, textKeys.shingles());
        }

        /** Files a text filed before sketches were kept, under its keys (which of them opens is not known). */
        public Builder addWithoutSketch(long order, long id, long[] textKeys) {
            return add(order, id, Arrays.stream(textKeys).boxed().toList(), false, null, 0);
        }

        private Builder add(long order, long id, List<Long> textKeys, boolean opening, long[] sketch,
                            int shingleCount) {
            if (texts == orders.length) {
                orders = Arrays.copyOf(orders, texts * 2);
                ids = Arrays.copyOf(ids, texts * 2);
                hasOpening = Arrays.copyOf(hasOpening, texts * 2);
                sketches = Arrays.copyOf(sketches, SKETCH_LONGS * texts * 2);
                hasSketch = Arrays.copyOf(hasSketch, texts * 2);
                shingles = Arrays.copyOf(shingles, texts * 2);
                keyStart = Arrays.copyOf(keyStart, texts * 2 + 1);
            }
            orders[texts] = order;
            ids[texts] = id;
            hasOpening[texts] = opening;
            if (sketch != null) {
                System.arraycopy(sketch, 0, sketches, SKETCH_LONGS * texts, SKETCH_LONGS);
                hasSketch[texts] = true;
            }
            shingles[texts] = shingleCount;
            for (long key : textKeys) {  // the opening key last, as DedupeKeys.all() gives it
                if (keys == fingerprints.length) {
                    fingerprints = Arrays.copyOf(fingerprints, keys * 2);
                }
                fingerprints[keys++] = fingerprint(key);
            }
            keyStart[++texts] = keys;
            return this;
        }

        /** The index; texts filed in order of arrival (as the database gives them) need no sorting. */
        public KeyIndex build() {
            IntStream slots = IntStream.range(0, texts);
            boolean inOrder = IntStream.range(1, texts).allMatch(t -> orders[t - 1] <= orders[t]);
            return new KeyIndex(this, inOrder ? slots.toArray() : slots.boxed()
                    .sorted(Comparator.comparingLong(t -> orders[t])).mapToInt(Integer::intValue).toArray());
        }
    }
}
