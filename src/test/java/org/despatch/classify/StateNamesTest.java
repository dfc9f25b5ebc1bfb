package org.despatch.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class StateNamesTest {

    @Test
    void everyStateNameBecomesOneToken() {
        // "south korea" whole, not "korea"; "u.s." with its full stops; a capital and a people stand for the state
        assertEquals("the s and s's envoy met in s; the s protested",
                StateNames.mask("the u.s. and south korea's envoy met in washington; the serbs protested", "s"));
    }

    @Test
    void onlyWholeNamesAreMasked() {
        // "parisian" and "chadwick" hold a state's name but are not one; "mali" inside "somalia" is somalia
        assertEquals("a parisian chadwick in s", StateNames.mask("a parisian chadwick in somalia", "s"));
    }

    @Test
    void usInMixedCaseIsTheUnitedStatesAndUkIsBritain() {
        assertEquals("the u.s. and the uk met; he told us",
                StateNames.lowerCase("The US and the UK met; he told us", true));
        assertEquals(java.util.Set.of("united states", "britain"),
                StateNames.statesIn(StateNames.lowerCase("The US and the UK met", true)));
        // a cable's capitals and the currency are left as they are
        assertEquals("please let us know", StateNames.lowerCase("PLEASE LET US KNOW",
                StateNames.mixedCase("PLEASE LET US KNOW")));
        assertEquals("it cost us $50 million in us dollars and us-dollar bonds",
                StateNames.lowerCase("It cost US $50 million in US Dollars and US-dollar bonds", true));
    }
}
