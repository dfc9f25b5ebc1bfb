package org.despatch.dedupe;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * The texts filed under their {@link DedupeKeys}, in memory, answering "which earlier texts share keys with this
 * one, and could match it" by binary search, reading the earlier texts under each key in order of arrival only
 * until no later one could take a place among the candidates: thousands of near copies sharing every key cost
 * their first few.
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

    /** The slot of no text. */
    private static final int NONE = Integer.MAX_VALUE;

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
    /** The most fingerprints a text was filed under twice, over the texts (usually 0): each is one more key shared. */
    private final int maxRepeats;
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
        maxRepeats = maxRepeats(entries, n);
    }

    /** The most entries repeating one of a slot's fingerprints, over the slots. */
    private static int maxRepeats(long[] sortedEntries, int slots) {
        int[] repeats = new int[slots];
        int most = 0;
        for (int i = 1; i < sortedEntries.length; i++) {
            if (sortedEntries[i] == sortedEntries[i - 1]) {
                most = Math.max(most, ++repeats[(int) sortedEntries[i]]);
            }
        }
        return most;
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

    /**
     * Walks the query's posting lists merged in slot order, that is in order of arrival, counting the keys each
     * earlier text shares. A text takes a place from those kept only by sharing more keys (on a tie the earlier
     * stays), and no text shares more keys than there are lists not yet read to their end (plus any key it was
     * filed under twice): once the kept texts share that many, no later one can enter and the walk stops. Near
     * copies sharing every key (a form filled in daily) thus cost the first {@code maxCandidates} of them, not
     * all of them.
     */
    private List<Long> candidates(Query q, DuplicateSettings settings) {
        int earlier = lowerBound(orders, q.order);  // the slots of the texts before it come first
        // the lists not read to their end: each one's fingerprint, next entry and that entry's slot
        int[] keys = new int[q.fingerprints.length];
        int[] at = new int[keys.length];
        int[] head = new int[keys.length];
        int open = 0;
        for (int fingerprint : q.fingerprints) {
            int first = lowerBound(entries, ((long) fingerprint) << 32);
            int slot = slotAt(first, fingerprint, earlier);
            if (slot != NONE) {
                keys[open] = fingerprint;
                at[open] = first;
                head[open++] = slot;
            }
        }
        boolean asksOpening = q.opening != null;
        int opening = asksOpening ? q.opening : 0;
        int read = q.fingerprints.length;
        Leaders kept = new Leaders(settings.maxCandidates());
        while (open > 0 && kept.admits(open + maxRepeats)) {
            int slot = NONE;
            for (int l = 0; l < open; l++) {
                slot = Math.min(slot, head[l]);
            }
            int shared = 0;
            boolean sameOpening = false;
            for (int l = 0; l < open; ) {
                if (head[l] != slot) {
                    l++;
                    continue;
                }
                shared++;
                sameOpening |= asksOpening && keys[l] == opening;
                head[l] = slotAt(++at[l], keys[l], earlier);
                read++;
                if (head[l] == NONE) {  // the last open list takes its place
                    open--;
                    keys[l] = keys[open];
                    at[l] = at[open];
                    head[l] = head[open];
                }
            }
            if (kept.admits(shared) && (sameOpening || plausible(slot, shared, q, settings))) {
                kept.add(slot, shared);
            }
        }
        entriesRead.add(read);
        return kept.ids(ids);
    }

    /** The slot of entry {@code i} if it is filed under {@code fingerprint} and before slot {@code end}, or NONE. */
    private int slotAt(int i, int fingerprint, int end) {
        if (i < entries.length && (int) (entries[i] >>> 32) == fingerprint && (int) entries[i] < end) {
            return (int) entries[i];
        }
        return NONE;
    }

    /**
     * The texts sharing the most keys so far, at most {@code max}, in the order of the answer: most keys shared
     * first, then the earliest. Texts come in order of arrival, so a text goes after those sharing as many.
     */
    private static final class Leaders {
        private final int[] slots;
        private final int[] shared;
        private int size;

        Leaders(int max) {
            slots = new int[max];
            shared = new int[max];
        }

        /** Whether a later text sharing {@code keys} keys would be kept. */
        boolean admits(int keys) {
            return size < slots.length || keys > shared[size - 1];
        }

        /** Keeps a text that {@link #admits} its keys, the last kept giving way when full. */
        void add(int slot, int keys) {
            int place = size < slots.length ? size++ : size - 1;
            for (; place > 0 && shared[place - 1] < keys; place--) {
                slots[place] = slots[place - 1];
                shared[place] = shared[place - 1];
            }
            slots[place] = slot;
            shared[place] = keys;
        }

        List<Long> ids(long[] idOfSlot) {
            Long[] out = new Long[size];
            for (int i = 0; i < size; i++) {
                out[i] = idOfSlot[slots[i]];
            }
            return List.of(out);
        }
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
