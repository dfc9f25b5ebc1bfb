package org.despatch.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

    private static final long[] NO_SKETCH = {};

    private static final DuplicateSettings ALL = settings(20);

    private static DuplicateSettings settings(int maxCandidates) {
        return new DuplicateSettings(0.6, 0.9, 80, maxCandidates);
    }

    /** Texts with ids 100, 200, ... at orders 1, 2, ..., without sketches (never dropped as chance). */
    private static KeyIndex index(long[]... keysOfTexts) {
        KeyIndex.Builder b = new KeyIndex.Builder();
        for (int i = 0; i < keysOfTexts.length; i++) {
            b.add(i + 1, (i + 1) * 100L, keys(keysOfTexts[i]));
        }
        return b.build();
    }

    private static DedupeKeys keys(long... bands) {
        return new DedupeKeys(bands, null, NO_SKETCH, 0);
    }

    @Test
    void anEmptyIndexHasNoCandidates() {
        KeyIndex empty = new KeyIndex.Builder().build();
        assertEquals(0, empty.size());
        assertEquals(List.of(), empty.candidates(5, keys(1L, 2L), ALL));
    }

    @Test
    void aSingleTextIsFoundByAnyOfItsKeysButNotByItself() {
        KeyIndex one = index(new long[] {11, 12, 13});
        assertEquals(List.of(100L), one.candidates(2, keys(12L, 99L), ALL));
        assertEquals(List.of(), one.candidates(1, keys(12L), ALL), "not earlier than itself");
        assertEquals(List.of(), one.candidates(2, keys(14L), ALL));
    }

    @Test
    void mostSharedKeysFirstThenEarliestAndAtMostTheLimit() {
        KeyIndex index = index(new long[] {1, 2}, new long[] {1, 2, 3}, new long[] {3}, new long[] {1, 2, 3});
        // text 2 and text 4 share three keys; 2 is earlier; text 1 shares two, text 3 one
        assertEquals(List.of(200L, 400L, 100L, 300L), index.candidates(9, keys(1L, 2L, 3L), ALL));
        assertEquals(List.of(200L, 400L), index.candidates(9, keys(1L, 2L, 3L), settings(2)));
        // only texts before order 4
        assertEquals(List.of(200L, 100L, 300L), index.candidates(4, keys(1L, 2L, 3L), ALL));
    }

    @Test
    void aKeyAskedTwiceCountsOnceAndAllDuplicatesAreFound() {
        KeyIndex same = index(new long[] {7}, new long[] {7}, new long[] {7});
        assertEquals(List.of(100L, 200L, 300L), same.candidates(4, keys(7L, 7L), ALL));
    }

    @Test
    void keysDifferingOnlyInTheirHighHalfAreStillTold() {
        long low = 0x0000_0000_1234_5678L;
        long other = 0x0000_0001_1234_5678L;
        KeyIndex index = index(new long[] {low});
        assertEquals(List.of(), index.candidates(2, keys(other), ALL));
        assertEquals(List.of(100L), index.candidates(2, keys(low), ALL));
    }

    @Test
    void negativeKeysAndFingerprintsSortAndMatch() {
        KeyIndex index = index(new long[] {-5L, Long.MIN_VALUE}, new long[] {3L, 0x7FFF_0000_0000_0000L});
        assertEquals(List.of(100L), index.candidates(3, keys(-5L), ALL));
        assertEquals(List.of(100L), index.candidates(3, keys(Long.MIN_VALUE), ALL));
        assertEquals(List.of(200L), index.candidates(3, keys(3L), ALL));
        assertEquals(List.of(200L), index.candidates(3, keys(0x7FFF_0000_0000_0000L), ALL));
    }

    @Test
    void twoKeysWithTheSameFingerprintOnlyAddACandidate() {
        // -1 and 0 fold to the same 32 bits: the text filed under 0 comes back for -1, to be compared and dropped
        assertEquals(KeyIndex.fingerprint(-1L), KeyIndex.fingerprint(0L));
        KeyIndex index = index(new long[] {0L, 1L}, new long[] {-1L, 2L});
        assertEquals(List.of(200L, 100L), index.candidates(3, keys(-1L, 2L), ALL));
    }

    @Test
    void aTextSharingOneBandByChanceIsDroppedByItsSketch() {
        long[] sketch = {0L, 0L};
        long[] near = {0b111L, 0L};                  // 3 of 120 bits differ: estimated similarity 0.95
        long[] far = {0xFFFF_FFFF_0000_0000L, 0L};    // 32 differ: 1 - 64/120, about 0.47
        long[] unrelated = {-1L, 0L};                // 64 differ: 1 - 128/120, about -0.07
        KeyIndex index = new KeyIndex.Builder()
                .add(1, 100, new DedupeKeys(new long[] {1, 9}, null, near, 0))
                .add(2, 200, new DedupeKeys(new long[] {1, 9}, null, unrelated, 0))
                .add(3, 300, new DedupeKeys(new long[] {1}, null, far, 0))
                .add(4, 400, new DedupeKeys(new long[] {1}, null, unrelated, 0))
                .addWithoutSketch(5, 500, new long[] {1})
                .add(6, 600, new DedupeKeys(new long[] {7}, null, unrelated, 0))
                .build();
        DedupeKeys query = new DedupeKeys(new long[] {1, 9}, 7L, sketch, 0);
        // two shared keys keep 200 whatever its sketch; 400 shares one band and estimates below the floor;
        // 500 has no sketch; 600 shares the opening key
        assertEquals(List.of(100L, 200L, 300L, 500L, 600L), index.candidates(9, query, ALL));
    }

    @Test
    void theLeastSimilarityAtWhichTextsCanMatchFollowsTheirSizes() {
        // like lengths: only as near-duplicates; 100 shingles at 90% inside 300: 90 / (100 + 300 - 90)
        assertEquals(0.6, KeyIndex.leastMatchingSimilarity(100, 100, ALL), 1e-12);
        assertEquals(0.6, KeyIndex.leastMatchingSimilarity(100, 140, ALL), 1e-12);
        assertEquals(90.0 / 310, KeyIndex.leastMatchingSimilarity(100, 300, ALL), 1e-12);
        assertEquals(90.0 / 310, KeyIndex.leastMatchingSimilarity(300, 100, ALL), 1e-12);
    }

    @Test
    void sizesDropLikeLengthTextsTooDissimilarToMatchButKeepAShortTextInsideALongOne() {
        long[] sketch = {0L, 0L};
        long[] third = {0xFFFF_FFFF_FFL, 0L};        // 40 of 120 bits differ: estimated similarity 0.33
        long[] half = {0x3FFF_FFFFL, 0L};            // 30 differ: 0.5
        KeyIndex index = new KeyIndex.Builder()
                .add(1, 100, new DedupeKeys(new long[] {1, 2}, null, third, 100))   // like length: below 0.6 - 0.25
                .add(2, 200, new DedupeKeys(new long[] {1, 2}, null, half, 100))    // like length: 0.5 >= 0.35
                .add(3, 300, new DedupeKeys(new long[] {1, 2}, null, third, 400))   // 100 may lie inside 400
                .add(4, 400, new DedupeKeys(new long[] {1, 2}, null, third, 0))     // size not known: kept
                .add(5, 500, new DedupeKeys(new long[] {1, 2, 7}, null, third, 100))  // shares the opening key
                .build();
        DedupeKeys query = new DedupeKeys(new long[] {1, 2}, 7L, sketch, 100);
        assertEquals(List.of(500L, 200L, 300L, 400L), index.candidates(9, query, ALL));
    }

    @Test
    void aFiledTextAsksByTheKeysItWasFiledUnder() {
        String report = "Syrian troops retook the Khalidiyeh district of Homs on Saturday, activists ";
        DedupeKeys a = DedupeKeys.of(report + "said.");
        DedupeKeys b = DedupeKeys.of(report + "say.");
        DedupeKeys c = DedupeKeys.of("The ministry of finance published its quarterly figures on Tuesday afternoon.");
        KeyIndex index = new KeyIndex.Builder().add(30, 3, c).add(10, 1, a).add(20, 2, b)
                .addWithoutSketch(40, 4, b.bands()).build();
        assertEquals(Optional.of(List.of(1L)), index.filedCandidates(20, 2, ALL));
        assertEquals(index.candidates(20, b, ALL), index.filedCandidates(20, 2, ALL).orElseThrow());
        assertEquals(Optional.of(List.of()), index.filedCandidates(30, 3, ALL));
        assertEquals(Optional.empty(), index.filedCandidates(20, 9, ALL), "another text at that place");
        assertEquals(Optional.empty(), index.filedCandidates(50, 5, ALL), "not filed");
        assertEquals(Optional.empty(), index.filedCandidates(40, 4, ALL), "filed without a sketch: keyed again");
    }
}
