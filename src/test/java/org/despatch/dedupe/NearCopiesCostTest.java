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
}
