package org.despatch.dedupe;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class DuplicateFinderTest {

    static final String WIRE = "Syrian government forces retook the Khalidiyeh district of Homs on Saturday after "
            + "three days of shelling, residents and activists said, and 30 people were killed in the fighting.";

    private final MemorySource source = new MemorySource();
    private final DuplicateFinder finder = new DuplicateFinder(source, DuplicateSettings.DEFAULTS);

    private DuplicateAssignment assign(long id, String text) {
        DuplicateAssignment a = finder.assign(source.add(id, text));
        source.store(a);
        return a;
    }

    @Test
    void firstTextStartsItsCluster() {
        DuplicateAssignment a = assign(1, WIRE);
        assertEquals(new DuplicateAssignment(1, 1, 1.0, null), a);
        assertTrue(a.isCanonical());
    }

    @Test
    void exactCopyJoinsTheEarliest() {
        assign(1, WIRE);
        assign(2, "Unrelated: the conference on fisheries adjourned until the autumn session in Geneva.");
        DuplicateAssignment copy = assign(3, WIRE.toUpperCase());
        assertEquals(1, copy.clusterId());
        assertEquals(new DuplicateMatch(DuplicateKind.EXACT, 1, 1.0, false, null), copy.match());
    }

    @Test
    void editedCopyIsNearAndSameStory() {
        assign(1, WIRE);
        DuplicateAssignment edited = assign(2, WIRE.replace("Khalidiyeh", "Khaldiyeh").replace(", residents", " -"
                + " residents"));
        assertEquals(DuplicateKind.NEAR, edited.match().kind());
        assertNull(edited.match().differs());
        assertEquals(1, edited.clusterId());
        assertTrue(edited.similarity() > 0.9 && edited.similarity() < 1.0, "similarity " + edited.similarity());
    }

    @Test
    void aMatchNamesTheEarliestCopyWhicheverCopyWasFiled() {
        // two partitions: the second copy was segmented first, and so is the one filed under the keys
        source.store(finder.assign(source.addUnfiled(1, WIRE)));
        assign(2, WIRE);
        DuplicateAssignment edited = assign(3, WIRE.replace("Khalidiyeh", "Khaldiyeh"));
        assertEquals(DuplicateKind.NEAR, edited.match().kind());
        assertEquals(1, edited.match().matchId());
        assertEquals(1, edited.clusterId());
    }

    @Test
    void reversedFactIsLinkedButKeptApart() {
        assign(1, WIRE);
        DuplicateAssignment reversed = assign(2, WIRE.replace("retook", "lost").replace(" 30 ", " 300 "));
        assertEquals(DuplicateKind.NEAR, reversed.match().kind());
        assertEquals("30 ≠ 300; retook ≠ lost", reversed.match().differs());
        assertEquals(2, reversed.clusterId(), "not merged into the other report");
    }

    @Test
    void reversedFactDoesNotJoinTheStoryThroughALooserCopy() {
        assign(1, WIRE);
        // an OCR'd copy whose "30" became "3O": the same story, and no number left to contradict
        assertEquals(1, assign(2, WIRE.replace(" 30 ", " 3O ")).clusterId());
        DuplicateAssignment reversed = assign(3, WIRE.replace(" 30 ", " 300 "));
        assertEquals("30 ≠ 300", reversed.match().differs());
        assertEquals(3, reversed.clusterId());
    }

    @Test
    void truncatedCopyIsContainedAndSameStory() {
        assign(1, WIRE);
        DuplicateAssignment truncated = assign(2, WIRE.substring(0, 85));
        assertEquals(DuplicateKind.CONTAINED, truncated.match().kind());
        assertFalse(truncated.match().containsMatch());
        assertEquals(1, truncated.clusterId());
    }

    @Test
    void textQuotingAnEarlierOneStartsANewStory() {
        assign(1, WIRE);
        DuplicateAssignment longer = assign(2, WIRE + " The foreign ministry in Damascus summoned the French "
                + "ambassador over remarks on the siege, and Paris recalled its envoy for consultations the same "
                + "evening, diplomats in both capitals said.");
        assertEquals(DuplicateKind.CONTAINED, longer.match().kind());
        assertTrue(longer.match().containsMatch());
        assertEquals(2, longer.clusterId());
    }

    @Test
    void clusterFollowsTheChainToItsEarliestMember() {
        assign(1, WIRE);
        assign(2, WIRE.replace("Saturday", "Sunday"));
        // the third copy resembles the second most, but the story began with the first
        DuplicateAssignment third = finder.assign(source.add(3, WIRE.replace("Saturday", "Sunday")
                .replace("residents and activists said", "activists said")));
        assertEquals(1, third.clusterId());
    }

    @Test
    void undecidedMatchIsWorkedOutTheSameWay() {
        // texts 1-2 filed but not yet decided (another partition has them): text 3 still ends in cluster 1
        source.add(1, WIRE);
        source.add(2, WIRE.replace("Saturday", "Sunday"));
        assertEquals(1, finder.assign(source.add(3, WIRE.replace("Saturday", "Sunday"))).clusterId());
    }

    @Test
    void differentStoryOnTheSameTopicStaysApart() {
        assign(1, WIRE);
        DuplicateAssignment other = assign(2, "Activists in Homs said government shelling of the Baba Amr "
                + "district continued on Sunday, and that the Red Cross had not been allowed to reach the wounded.");
        assertNull(other.match());
        assertEquals(2, other.clusterId());
    }

    @Test
    void emptyAndShortTexts() {
        assertNull(assign(1, "").match());
        assertEquals(DuplicateKind.EXACT, assign(2, "").match().kind(), "two empty texts are the same");
        assertNull(assign(3, "Reuters").match());
        assertNull(assign(4, WIRE).match(), "a short text is never taken as contained");
    }
}
