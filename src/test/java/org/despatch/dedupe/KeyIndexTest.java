package org.despatch.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

    /** Texts with ids 100, 200, ... at orders 1, 2, ... */
    private static KeyIndex index(long[]... keysOfTexts) {
        KeyIndex.Builder b = new KeyIndex.Builder();
        for (int i = 0; i < keysOfTexts.length; i++) {
            b.add(i + 1, (i + 1) * 100L, keysOfTexts[i]);
        }
        return b.build();
    }

    @Test
    void anEmptyIndexHasNoCandidates() {
        KeyIndex empty = new KeyIndex.Builder().build();
        assertEquals(0, empty.size());
        assertEquals(List.of(), empty.candidates(5, List.of(1L, 2L), 20));
    }

    @Test
    void aSingleTextIsFoundByAnyOfItsKeysButNotByItself() {
        KeyIndex one = index(new long[] {11, 12, 13});
        assertEquals(List.of(100L), one.candidates(2, List.of(12L, 99L), 20));
        assertEquals(List.of(), one.candidates(1, List.of(12L), 20), "not earlier than itself");
        assertEquals(List.of(), one.candidates(2, List.of(14L), 20));
    }

    @Test
    void mostSharedKeysFirstThenEarliestAndAtMostTheLimit() {
        KeyIndex index = index(new long[] {1, 2}, new long[] {1, 2, 3}, new long[] {3}, new long[] {1, 2, 3});
        // text 2 and text 4 share three keys; 2 is earlier; text 1 shares two, text 3 one
        assertEquals(List.of(200L, 400L, 100L, 300L), index.candidates(9, List.of(1L, 2L, 3L), 20));
        assertEquals(List.of(200L, 400L), index.candidates(9, List.of(1L, 2L, 3L), 2));
        // only texts before order 4
        assertEquals(List.of(200L, 100L, 300L), index.candidates(4, List.of(1L, 2L, 3L), 20));
    }

    @Test
    void aKeyAskedTwiceCountsOnceAndAllDuplicatesAreFound() {
        KeyIndex same = index(new long[] {7}, new long[] {7}, new long[] {7});
        assertEquals(List.of(100L, 200L, 300L), same.candidates(4, List.of(7L, 7L), 20));
    }

    @Test
    void keysDifferingOnlyInTheirHighHalfAreStillTold() {
        long low = 0x0000_0000_1234_5678L;
        long other = 0x0000_0001_1234_5678L;
        KeyIndex index = index(new long[] {low});
        assertEquals(List.of(), index.candidates(2, List.of(other), 20));
        assertEquals(List.of(100L), index.candidates(2, List.of(low), 20));
    }

    @Test
    void negativeKeysAndFingerprintsSortAndMatch() {
        KeyIndex index = index(new long[] {-5L, Long.MIN_VALUE}, new long[] {3L, 0x7FFF_0000_0000_0000L});
        assertEquals(List.of(100L), index.candidates(3, List.of(-5L), 20));
        assertEquals(List.of(100L), index.candidates(3, List.of(Long.MIN_VALUE), 20));
        assertEquals(List.of(200L), index.candidates(3, List.of(3L), 20));
        assertEquals(List.of(200L), index.candidates(3, List.of(0x7FFF_0000_0000_0000L), 20));
    }

    @Test
    void twoKeysWithTheSameFingerprintOnlyAddACandidate() {
        // -1 and 0 fold to the same 32 bits: the text filed under 0 comes back for -1, to be compared and dropped
        assertEquals(KeyIndex.fingerprint(-1L), KeyIndex.fingerprint(0L));
        KeyIndex index = index(new long[] {0L, 1L}, new long[] {-1L, 2L});
        assertEquals(List.of(200L, 100L), index.candidates(3, List.of(-1L, 2L), 20));
    }
}
