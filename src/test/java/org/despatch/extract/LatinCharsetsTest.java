package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

class LatinCharsetsTest {

    private static String chosen(String text, String charset) {
        return LatinCharsets.choose(text.getBytes(Charset.forName(charset))).name();
    }

    @Test
    void windows1252UnlessAnotherCodePageGivesOneLanguagesLetters() {
        assertEquals("windows-1252", chosen("", "windows-1252"));
        assertEquals("windows-1252", chosen("The envoy arrived.", "windows-1252"));
        // typography alone says nothing of a language
        assertEquals("windows-1252", chosen("The envoy said \u201cno\u201d \u2013 twice.", "windows-1252"));
        // a few words of several languages in English text fit no one alphabet, and stay as they are
        assertEquals("windows-1252", chosen("Talks in Z\u00fcrich, Malm\u00f6, S\u00e3o Paulo and Le\u00f3n.",
                "windows-1252"));
        assertEquals("ISO-8859-2", chosen("Konsul we Wroc\u0142awiu z\u0142o\u017cy\u0142 not\u0119.",
                "ISO-8859-2"));
        assertEquals("windows-1254", chosen("D\u0131\u015fi\u015fleri Bakanl\u0131\u011f\u0131 "
                + "b\u00fcy\u00fckel\u00e7iyi \u00e7a\u011f\u0131rd\u0131.", "windows-1254"));
        // Romanian's ş is ISO-8859-2's 0xBA, windows-1252's º: an ordinal before a letter is no letter (helper-50)
        assertEquals("ISO-8859-2", chosen("Ambasada Rom\u00e2niei la Bucure\u015fti \u015fi consulatul de la "
                + "Ia\u015fi au transmis nota \u015fi anexa ast\u0103zi.", "ISO-8859-2"));
        // too few letters to tell: Turkish's "\u0131\u015f\u011f", read as windows-1252, are Icelandic's letters
        assertEquals("windows-1252", chosen("D\u0131\u015fi\u015fleri Bakanl\u0131\u011f\u0131", "windows-1254"));
    }
}
