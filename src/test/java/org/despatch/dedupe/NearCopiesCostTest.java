package org.despatch.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * An archive of near copies of one text (a form filled in daily): every text is a candidate of every other, and
 * the work per text must not grow with them. The store makes a finder per document, so what one finder worked out
 * (a candidate's text, a cluster) must still be known to the next.
 */
class NearCopiesCostTest {

    private static final int TEXTS = 400;
    private static final String[] FIELDS = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf",
            "hotel", "india", "juliet", "kilo", "lima"};

    /** Counts what the finders read. */
    private static final class CountingSource implements DuplicateSource {
        final MemorySource texts = new MemorySource();
        int reads;
        int lookups;

        @Override
        public Item item(long id) {
            reads++;
            return texts.item(id);
        }

        @Override
        public Long earliestWithSameContent(Item item) {
            return texts.earliestWithSameContent(item);
        }

        @Override
        public List<Long> candidates(Item item, DuplicateSettings settings) {
            lookups++;
            return texts.candidates(item, settings);
        }

        @Override
        public Long storedCluster(long id) {
            return texts.storedCluster(id);
        }
    }

    private static CountingSource dailyForms() {
        CountingSource source = new CountingSource();
        Random random = new Random(5);
        for (int id = 1; id <= TEXTS; id++) {
            source.texts.add(id, "Situation report of " + (1 + random.nextInt(28)) + " March. The battalion held "
                    + "its positions in sector " + FIELDS[random.nextInt(FIELDS.length)] + " and sent patrols along the road to checkpoint "
                    + FIELDS[random.nextInt(FIELDS.length)] + "; movement was observed near the bridge, the "
                    + "crossing stayed open and nothing else was reported by the companies on the line.");
        }
        return source;
    }

    /**
     * Each text in order, by a finder of its own sharing one memory, as the store makes them; decisions stored when
     * {@code store}.
     */
    private static List<DuplicateAssignment> assignAll(CountingSource source, boolean store) {
        FinderMemory memory = new FinderMemory();
        List<DuplicateAssignment> out = new ArrayList<>();
        for (long id = 1; id <= TEXTS; id++) {
            DuplicateAssignment a = new DuplicateFinder(source, DuplicateSettings.DEFAULTS, memory)
                    .assign(source.texts.item(id));
            if (store) {
                source.texts.store(a);
            }
            out.add(a);
        }
        return out;
    }

    @Test
    void eachCandidateIsReadOnceNotOncePerText() {
        CountingSource source = dailyForms();
        List<DuplicateAssignment> all = assignAll(source, true);
        assertTrue(all.stream().allMatch(a -> a.clusterId() == 1), "one story");
        double readsPerText = source.reads / (double) TEXTS;
        assertTrue(readsPerText <= 2, "texts read per text: " + readsPerText);
    }

    @Test
    void undecidedMatchesAreWorkedOutOnceNotOncePerText() {
        // another partition has every earlier text: none is decided when its copies are
        CountingSource source = dailyForms();
        List<DuplicateAssignment> all = assignAll(source, false);
        assertTrue(all.stream().allMatch(a -> a.clusterId() == 1), "one story");
        double lookupsPerText = source.lookups / (double) TEXTS;
        assertTrue(lookupsPerText <= 2, "candidate lookups per text: " + lookupsPerText);
    }

    /**
     * {@code copies} texts that share every key (the same bands and opening; sketches a few bits apart, as near
     * copies' are), filed in order; the last of them asks.
     */
    private static long entriesReadByTheLastOf(int copies) {
        Random random = new Random(7);
        long[] bands = random.longs(DedupeKeys.BANDS).toArray();
        long opening = random.nextLong();
        long sketch = random.nextLong();
        KeyIndex.Builder b = new KeyIndex.Builder();
        for (int id = 1; id <= copies; id++) {
            long flips = random.nextLong() & random.nextLong() & random.nextLong() & random.nextLong();
            b.add(id, id, new DedupeKeys(bands, opening, new long[] {sketch ^ flips, 0}, 300 + random.nextInt(9)));
        }
        KeyIndex index = b.build();
        List<Long> candidates = index.filedCandidates(copies, copies, DuplicateSettings.DEFAULTS).orElseThrow();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L,
                20L), candidates, "the earliest copies, all sharing every key");
        return index.entriesRead();
    }

    @Test
    void theKeyLookupReadsAsManyKeysAmongTwentyThousandCopiesAsAmongTwoThousand() {
        long few = entriesReadByTheLastOf(2_000);
        long many = entriesReadByTheLastOf(20_000);
        // the 20 earliest copies under each of the 31 keys, and where each key's copies end
        assertTrue(many <= 2 * 31 * 21, "entries read among 20,000 copies: " + many + " (2,000: " + few + ")");
        assertEquals(few, many);
    }
}
