package org.despatch.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

    private static final long[] NO_SKETCH = {};

    /** Texts with ids 100, 200, ... at orders 1, 2, ..., without sketches (never dropped as chance). */
    private static KeyIndex index(long[]... keysOfTexts) {
        KeyIndex.Builder b = new KeyIndex.Builder();
        for (int i = 0; i < keysOfTexts.length; i++) {
            b.add(i + 1, (i + 1) * 100L, keysOfTexts[i], NO_SKETCH);
        }
        return b.build();
    }

    private static DedupeKeys keys(long... bands) {
        return new DedupeKeys(bands, null, NO_SKETCH);
    }

    @Test
    void anEmptyIndexHasNoCandidates() {
        KeyIndex empty = new KeyIndex.Builder().build();
        assertEquals(0, empty.size());
        assertEquals(List.of(), empty.candidates(5, keys(1L, 2L), 20));
    }

    @Test
    void aSingleTextIsFoundByAnyOfItsKeysButNotByItself() {
        KeyIndex one = index(new long[] {11, 12, 13});
        assertEquals(List.of(100L), one.candidates(2, keys(12L, 99L), 20));
        assertEquals(List.of(), one.candidates(1, keys(12L), 20), "not earlier than itself");
        assertEquals(List.of(), one.candidates(2, keys(14L), 20));
    }

    @Test
    void mostSharedKeysFirstThenEarliestAndAtMostTheLimit() {
        KeyIndex index = index(new long[] {1, 2}, new long[] {1, 2, 3}, new long[] {3}, new long[] {1, 2, 3});
        // text 2 and text 4 share three keys; 2 is earlier; text 1 shares two, text 3 one
        assertEquals(List.of(200L, 400L, 100L, 300L), index.candidates(9, keys(1L, 2L, 3L), 20));
        assertEquals(List.of(200L, 400L), index.candidates(9, keys(1L, 2L, 3L), 2));
        // only texts before order 4
        assertEquals(List.of(200L, 100L, 300L), index.candidates(4, keys(1L, 2L, 3L), 20));
    }

    @Test
    void aKeyAskedTwiceCountsOnceAndAllDuplicatesAreFound() {
        KeyIndex same = index(new long[] {7}, new long[] {7}, new long[] {7});
        assertEquals(List.of(100L, 200L, 300L), same.candidates(4, keys(7L, 7L), 20));
    }

    @Test
    void keysDifferingOnlyInTheirHighHalfAreStillTold() {
        long low = 0x0000_0000_1234_5678L;
        long other = 0x0000_0001_1234_5678L;
        KeyIndex index = index(new long[] {low});
        assertEquals(List.of(), index.candidates(2, keys(other), 20));
        assertEquals(List.of(100L), index.candidates(2, keys(low), 20));
    }

    @Test
    void negativeKeysAndFingerprintsSortAndMatch() {
        KeyIndex index = index(new long[] {-5L, Long.MIN_VALUE}, new long[] {3L, 0x7FFF_0000_0000_0000L});
        assertEquals(List.of(100L), index.candidates(3, keys(-5L), 20));
        assertEquals(List.of(100L), index.candidates(3, keys(Long.MIN_VALUE), 20));
        assertEquals(List.of(200L), index.candidates(3, keys(3L), 20));
        assertEquals(List.of(200L), index.candidates(3, keys(0x7FFF_0000_0000_0000L), 20));
    }

    @Test
    void twoKeysWithTheSameFingerprintOnlyAddACandidate() {
        // -1 and 0 fold to the same 32 bits: the text filed under 0 comes back for -1, to be compared and dropped
        assertEquals(KeyIndex.fingerprint(-1L), KeyIndex.fingerprint(0L));
        KeyIndex index = index(new long[] {0L, 1L}, new long[] {-1L, 2L});
        assertEquals(List.of(200L, 100L), index.candidates(3, keys(-1L, 2L), 20));
    }

    @Test
    void aTextSharingOneBandByChanceIsDroppedByItsSketch() {
        long[] sketch = {0L, 0L};
        long[] near = {0b111L, 0L};                  // 3 of 120 bits differ: estimated similarity 0.95
        long[] far = {0xFFFF_FFFF_0000_0000L, 0L};    // 32 differ: 1 - 64/120, about 0.47
        long[] unrelated = {-1L, 0L};                // 64 differ: 1 - 128/120, about -0.07
        KeyIndex index = new KeyIndex.Builder()
                .add(1, 100, new long[] {1, 9}, near)
                .add(2, 200, new long[] {1, 9}, unrelated)
                .add(3, 300, new long[] {1}, far)
                .add(4, 400, new long[] {1}, unrelated)
                .add(5, 500, new long[] {1}, NO_SKETCH)
                .add(6, 600, new long[] {7}, unrelated)
                .build();
        DedupeKeys query = new DedupeKeys(new long[] {1, 9}, 7L, sketch);
        // two shared keys keep 200 whatever its sketch; 400 shares one band and estimates below the floor;
        // 500 has no sketch; 600 shares the opening key
        assertEquals(List.of(100L, 200L, 300L, 500L, 600L), index.candidates(9, query, 20));
    }
}
