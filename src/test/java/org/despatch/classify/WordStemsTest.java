package org.despatch.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordStemsTest {

    @Test
    void formsOfOneVerbShareAStem() {
        assertEquals("shel", WordStems.stem("shelled"));
        assertEquals("shel", WordStems.stem("shelling"));
        assertEquals("shel", WordStems.stem("shells"));
        assertEquals("negotia", WordStems.stem("negotiations"));
        assertEquals("negotia", WordStems.stem("negotiated"));
    }

    @Test
    void shortWordsKeepTheirShape() {
        assertEquals("war", WordStems.stem("war"));
        assertEquals("talk", WordStems.stem("talks"));
        assertEquals("us", WordStems.stem("us"));
    }
}
