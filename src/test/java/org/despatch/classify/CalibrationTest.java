package org.despatch.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CalibrationTest {

    @Test
    void scoresThatMatchTheShareOfLabelledRowsHaveNoError() {
        Calibration c = new Calibration();
        c.add(0.25, true);
        c.add(0.25, false);
        c.add(0.25, false);
        c.add(0.25, false);
        assertEquals(0.0, c.expectedError(), 1e-9);
        assertEquals("0.2-0.3: 4 0.25", c.bins());
    }

    @Test
    void overconfidentScoresShowTheirGap() {
        Calibration c = new Calibration();
        c.add(0.9, true);
        c.add(0.9, false);  // bin 0.9-1.0: mean score 0.9, half labelled: gap 0.4
        c.add(0.0, false);
        c.add(0.0, false);  // bin 0.0-0.1: no gap
        assertEquals(0.2, c.expectedError(), 1e-9);
        assertEquals("0.0-0.1: 2 0.00  0.9-1.0: 2 0.50", c.bins());
    }
}
