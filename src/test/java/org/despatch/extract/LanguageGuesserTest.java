package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private static final String ENGLISH = "The foreign minister met his counterpart in Geneva to discuss a ceasefire "
            + "and the resumption of peace talks between the two governments.";
    private static final String FRENCH = "Le ministre des affaires étrangères a convoqué l'ambassadeur pour lui "
            + "faire part de la vive préoccupation du gouvernement français.";

    @Test
    void aParagraphIsToldOnlyWhenLongAndClearEnough() {
        assertEquals("en", LanguageGuesser.guessParagraph(ENGLISH));
        assertEquals("fr", LanguageGuesser.guessParagraph(FRENCH));
        assertNull(LanguageGuesser.guessParagraph("Geneva, 4 March."));
        assertNull(LanguageGuesser.guessParagraph(""));
    }

    @Test
    void aTextOfFewDifferentWordsHasNoLanguage() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            rows.append(String.format("row %06d ", i));
        }
        assertNull(LanguageGuesser.guess(rows.toString()));
        assertNull(LanguageGuesser.guessParagraph(rows.substring(0, 120)));
        assertEquals(false, LanguageGuesser.hasDistinctWords("row 1 row 2 Row 3 x y", 2));
        assertEquals(true, LanguageGuesser.hasDistinctWords("row 1 col 2", 2));
        assertEquals(true, LanguageGuesser.hasDistinctWords("外交部发言人今天表示", 4), "Chinese has no spaces");
    }

    @Test
    void textInCapitalsIsToldAsOrdinaryText() {
        // the detector alone, on the text as written, took this cable for German
        String cable = "EMBASSY LEARNS FOREIGN MINISTRY WILL DELIVER NOTE OF PROTEST TO SOVIET AMBASSADOR TOMORROW "
                + "CONCERNING REPEATED VIOLATIONS OF NATIONAL AIRSPACE.";
        assertEquals("en", LanguageGuesser.detectParagraph(cable));
        assertEquals("en", LanguageGuesser.guessParagraph(cable));
        assertEquals("de", LanguageGuesser.detectParagraph("DIE REGIERUNG HAT DEN BOTSCHAFTER ZU KONSULTATIONEN "
                + "ZURUECKGERUFEN UND PROTESTIERT GEGEN DIE VERLETZUNG DES LUFTRAUMS."));
        assertEquals("NAVY Patrol", LanguageGuesser.lowerCaseIfCapitals("NAVY Patrol"));
        assertEquals("navy patrol", LanguageGuesser.lowerCaseIfCapitals("NAVY PATrol"));
    }

    @Test
    void aDocumentTakesTheLanguageOfMostOfTheCharactersItsParagraphsWereToldFor() {
        List<LanguageGuesser.Part> parts = List.of(new LanguageGuesser.Part("en", 300),
                new LanguageGuesser.Part("fr", 200), new LanguageGuesser.Part("fr", 150),
                new LanguageGuesser.Part(null, 40));
        assertEquals("fr", LanguageGuesser.guessDocument("not read", parts));
        // a tie goes the same way every time
        assertEquals("de", LanguageGuesser.guessDocument("not read", List.of(new LanguageGuesser.Part("fr", 100),
                new LanguageGuesser.Part("de", 100))));
    }

    @Test
    void aDocumentWhoseParagraphsWereMostlyTooShortToTellIsToldFromItsWholeText() {
        String text = ENGLISH + "\n" + ENGLISH;
        List<LanguageGuesser.Part> parts = List.of(new LanguageGuesser.Part("fr", 100),
                new LanguageGuesser.Part(null, 101));
        assertEquals("en", LanguageGuesser.guessDocument(text, parts));
        assertEquals("en", LanguageGuesser.guessDocument(ENGLISH, List.of()));
        assertNull(LanguageGuesser.guessDocument("too short", List.of(new LanguageGuesser.Part(null, 9))));
    }
}
