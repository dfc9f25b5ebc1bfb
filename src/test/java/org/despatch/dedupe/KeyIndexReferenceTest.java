package org.despatch.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The index's candidates against a brute force over every filed text, on random indexes: keys shared at random,
 * near copies sharing most of a text's keys, texts later than the one asking, orders that tie, texts without a
 * sketch, a key filed twice, keys of one fingerprint, and caps both reached and not.
 */
class KeyIndexReferenceTest {

    /** A filed text as the test filed it; {@code sketch} null when filed without one. */
    private record Filed(int filing, long order, long id, DedupeKeys keys, long[] sketch) {

        long[] allKeys() {
            return keys.all().stream().mapToLong(Long::longValue).toArray();
        }
    }

    /** What {@link KeyIndex#candidates} must answer, worked out text by text. */
    private static List<Long> reference(List<Filed> texts, long order, DedupeKeys query, DuplicateSettings s) {
        Set<Integer> asked = query.all().stream().map(KeyIndex::fingerprint).collect(Collectors.toSet());
        Integer opening = query.opening() == null ? null : KeyIndex.fingerprint(query.opening());
        long[] sketch = query.sketch().length == 2 ? query.sketch() : null;
        record Hit(Filed text, int shared) {
        }
        List<Hit> kept = new ArrayList<>();
        for (Filed t : texts) {
            if (t.order() >= order) {
                continue;
            }
            int[] fingerprints = Arrays.stream(t.allKeys()).mapToInt(KeyIndex::fingerprint).toArray();
            int shared = (int) Arrays.stream(fingerprints).filter(asked::contains).count();
            boolean sameOpening = opening != null && Arrays.stream(fingerprints).anyMatch(f -> f == opening);
            if (shared > 0 && (sameOpening || plausible(t, shared, sketch, query.shingles(), s))) {
                kept.add(new Hit(t, shared));
            }
        }
        return kept.stream().sorted(Comparator.<Hit>comparingInt(h -> -h.shared())
                        .thenComparingLong(h -> h.text().order()).thenComparingInt(h -> h.text().filing()))
                .limit(s.maxCandidates()).map(h -> h.text().id()).toList();
    }

    private static boolean plausible(Filed t, int shared, long[] sketch, int shingles, DuplicateSettings s) {
        if (t.sketch() == null || sketch == null) {
            return true;
        }
        double floor = shared == 1 ? KeyIndex.MIN_SKETCH_SIMILARITY : -1;
        if (t.keys().shingles() > 0 && shingles > 0) {
            floor = Math.max(floor, KeyIndex.leastMatchingSimilarity(shingles, t.keys().shingles(), s)
                    - KeyIndex.SKETCH_MARGIN);
        }
        return DedupeKeys.sketchSimilarity(t.sketch(), sketch) >= floor;
    }

    /** Random keys around one text's: near copies, loose copies, strangers, and their fingerprint twins. */
    private static final class Texts {
        final Random random;
        final long[] base;
        final long[] pool;
        final long[] baseSketch;

        Texts(Random random) {
            this.random = random;
            base = random.longs(1 + random.nextInt(31)).toArray();
            pool = random.longs(2 + random.nextInt(40)).toArray();
            baseSketch = new long[] {random.nextLong(), random.nextLong() & 0xFF_FFFF_FFFF_FFFFL};
        }

        long key() {
            long k = random.nextBoolean() ? base[random.nextInt(base.length)] : pool[random.nextInt(pool.length)];
            if (random.nextInt(20) == 0) {  // another key of the same 32-bit fingerprint
                long c = random.nextInt() & 0xFFFF_FFFFL;
                k ^= (c << 32) | c;
            }
            return k;
        }

        DedupeKeys keys() {
            long[] bands = switch (random.nextInt(4)) {
                case 0 -> Arrays.stream(base).filter(k -> random.nextInt(10) != 0).toArray();  // a near copy
                case 1 -> Arrays.stream(base).filter(k -> random.nextBoolean()).toArray();
                case 2 -> new long[0];
                default -> random.longs(random.nextInt(8), 0, base.length + pool.length).map(i -> key()).toArray();
            };
            if (random.nextInt(15) == 0 && bands.length > 0) {  // a key filed twice
                bands = Arrays.copyOf(bands, bands.length + 1);
                bands[bands.length - 1] = bands[0];
            }
            Long opening = random.nextInt(3) == 0 ? null : random.nextInt(4) == 0 ? key() : base[0];
            long[] sketch = random.nextInt(10) == 0 ? new long[0] : new long[] {baseSketch[0], baseSketch[1]};
            double flipped = random.nextDouble() * 0.6;  // from a copy to an unrelated text
            for (int bit = 0; bit < sketch.length * 60; bit++) {  // the 120 bits of DedupeKeys.SKETCH_BITS
                sketch[bit / 64] ^= random.nextDouble() < flipped ? 1L << (bit % 64) : 0;
            }
            int shingles = random.nextInt(4) == 0 ? 0 : 50 + random.nextInt(400);
            return new DedupeKeys(bands, opening, sketch, shingles);
        }
    }

    @Test
    void theCandidatesAreThoseOfABruteForceOverEveryText() {
        Random random = new Random(42);
        int filedAsked = 0;
        int[] capReachedAndNot = new int[2];
        for (int round = 0; round < 400; round++) {
            Texts make = new Texts(random);
            List<Filed> texts = new ArrayList<>();
            KeyIndex.Builder b = new KeyIndex.Builder();
            int count = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(300);
            for (int i = 0; i < count; i++) {
                long order = random.nextInt(3) == 0 ? random.nextInt(count) : i;  // ties and texts out of order
                DedupeKeys keys = make.keys();
                if (random.nextInt(8) == 0) {
                    Filed t = new Filed(i, order, 1000 + i, new DedupeKeys(keys.bands(), null, new long[0], 0), null);
                    b.addWithoutSketch(order, t.id(), t.allKeys());
                    texts.add(t);
                } else {
                    b.add(order, 1000 + i, keys);
                    texts.add(new Filed(i, order, 1000 + i, keys, keys.sketch().length == 2 ? keys.sketch() : null));
                }
            }
            KeyIndex index = b.build();
            for (int q = 0; q < 30; q++) {
                DuplicateSettings settings = new DuplicateSettings(0.6, 0.9, 80, 1 + random.nextInt(25));
                long order = random.nextInt(count + 2);
                DedupeKeys keys = make.keys();
                List<Long> expected = reference(texts, order, keys, settings);
                assertEquals(expected, index.candidates(order, keys, settings), "round " + round + ", query " + q);
                capReachedAndNot[expected.size() == settings.maxCandidates() ? 0 : 1]++;
                if (count > 0) {
                    Filed t = texts.get(random.nextInt(count));
                    if (t.sketch() != null) {
                        filedAsked++;
                        assertEquals(reference(texts, t.order(), t.keys(), settings),
                                index.filedCandidates(t.order(), t.id(), settings).orElseThrow(),
                                "round " + round + ", filed text " + t.id());
                    }
                }
            }
        }
        assertTrue(filedAsked > 1000, "filed texts asked: " + filedAsked);
        assertTrue(capReachedAndNot[0] > 1000 && capReachedAndNot[1] > 1000, Arrays.toString(capReachedAndNot));
    }
}
