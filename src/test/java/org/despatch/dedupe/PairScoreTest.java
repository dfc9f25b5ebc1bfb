package org.despatch.dedupe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PairScoreTest {

    @Test
    void countsPairs() {
        // stories a,a,a,b ; clusters 1,1,2,2 -> true pairs 3, predicted 2, both 1
        PairScore s = PairScore.of(List.of("a", "a", "a", "b"), List.of(1, 1, 2, 2));
        assertEquals(new PairScore(3, 2, 1), s);
        assertEquals(0.5, s.precision());
        assertEquals(1.0 / 3, s.recall(), 1e-12);
        assertEquals(0.4, s.f1(), 1e-12);
    }

    @Test
    void emptySingleAndAllDuplicate() {
        assertEquals(new PairScore(0, 0, 0), PairScore.of(List.of(), List.of()));
        assertEquals(1.0, PairScore.of(List.of("a"), List.of(1)).f1());
        assertEquals(new PairScore(6, 6, 6), PairScore.of(List.of("a", "a", "a", "a"), List.of(7, 7, 7, 7)));
    }
}
