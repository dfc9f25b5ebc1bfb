package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateInWordsTest {

    @Test
    void aTreatysClosingFormula() {
        assertEquals(LocalDate.of(1921, 3, 14), DateInWords.at(
                "this fourteenth day of March, one thousand nine hundred and twenty-one, in two copies."));
        assertEquals(LocalDate.of(1968, 7, 1), DateInWords.at(
                "the first day of July in the year nineteen hundred and sixty-eight"));
        assertEquals(LocalDate.of(1947, 2, 10), DateInWords.at("the tenth day of February, 1947."));
        assertEquals(LocalDate.of(1815, 6, 9), DateInWords.at(
                "the ninth day of June, in the year of Our Lord one thousand eight hundred and fifteen."));
        assertEquals(LocalDate.of(2001, 12, 31), DateInWords.at("thirty-first day of December, two thousand and one"));
        // after what else the formula says, over two lines
        assertEquals(LocalDate.of(1921, 3, 14), DateInWords.at(
                "in duplicate, this fourteenth day of March, one thousand\nnine hundred and twenty-one."));
    }

    @Test
    void notADate() {
        assertNull(DateInWords.at("the day of reckoning, one thousand men"));
        assertNull(DateInWords.at("the thirty-second day of March, one thousand nine hundred"));
        assertNull(DateInWords.at("the fourteenth day of March, many years ago"));
        assertNull(DateInWords.at(""));
        assertNull(DateInWords.at("the first day of May,  , and so on"));
    }

    @Test
    void numbersInWords() {
        assertEquals(14, DateInWords.ordinal("fourteenth"));
        assertEquals(21, DateInWords.ordinal("twenty-first"));
        assertEquals(30, DateInWords.ordinal("thirtieth"));
        assertEquals(0, DateInWords.ordinal("umpteenth"));
        assertEquals(1921, DateInWords.cardinal("one thousand nine hundred and twenty-one"));
        assertEquals(1968, DateInWords.cardinal("nineteen hundred and sixty-eight"));
        assertEquals(0, DateInWords.cardinal("many years"));
    }
}
