package org.despatch.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodePagesTest {

    private static String likeliestOem(String name, String writtenIn) {
        return CodePages.likeliest(name.getBytes(Charset.forName(writtenIn)), CodePages.OEM).name();
    }

    @Test
    void theFitIsTheShareOfLettersBeyondAsciiThatOneAlphabetHolds() {
        assertEquals(1.0, Alphabets.fit("no letters beyond ASCII"));
        assertEquals(1.0, Alphabets.fit("\u00e9t\u00e9 \u00e0 No\u00ebl"));
        // "Wroc³awiu" read as windows-1252: the superscript is no letter of any alphabet
        assertEquals(0.0, Alphabets.fit("Wroc\u00b3awiu"));
        assertEquals(0.5, Alphabets.fit("\u00b3\u00f3"));
    }

    @Test
    void aCurrencySignBesideALetterIsAWrongReadingOfOne() {
        assertEquals(1.0, Alphabets.fit("\u00a35m and 20\u00a2 and \u20ac 3"));
        assertEquals(0.0, Alphabets.fit("Kj\u00a2benhavn"));
        assertEquals(0.0, Alphabets.fit("\u00a5rsted"));
        assertEquals(2.0 / 3, Alphabets.fit("\u00a3\u00f3d\u017a"));
    }

    @Test
    void theFirstCodePageUnlessALaterOneReadsOneLanguagesLetters() {
        assertEquals("IBM437", likeliestOem("Bericht.txt", "IBM437"));
        // ü, é, ß are at the same bytes in 437 and 850: the first wins
        assertEquals("IBM437", likeliestOem("Z\u00fcrich, Gen\u00e8ve, Au\u00dfenamt", "IBM850"));
        assertEquals("IBM850", likeliestOem("Kj\u00f8benhavn", "IBM850"));
        assertEquals("IBM852", likeliestOem("\u0141\u00f3d\u017a", "IBM852"));
    }

    @Test
    void namesAreScoredWordByWordAndTogether() {
        Charset cp852 = Charset.forName("IBM852");
        // alone, "Wrocław" reads as French in 437 ("Wrocêaw"); "gęś" beside it reads in no alphabet there or in 850
        assertEquals("IBM437", CodePages.likeliestForNames(List.of("Wroc\u0142aw".getBytes(cp852)),
                CodePages.OEM).name());
        assertEquals("IBM852", CodePages.likeliestForNames(List.of("Wroc\u0142aw".getBytes(cp852),
                "Notatka g\u0119\u015b".getBytes(cp852)), CodePages.OEM).name());
        // ten German names read alike in 437 and 850; "Kjøbenhavn" only in 850
        List<byte[]> archive = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            archive.add(("Bericht \u00fcber Stra\u00dfe " + i).getBytes(Charset.forName("IBM850")));
        }
        archive.add("Kj\u00f8benhavn".getBytes(Charset.forName("IBM850")));
        assertEquals("IBM850", CodePages.likeliestForNames(archive, CodePages.OEM).name());
        // German and French in one name: each word is one language's
        byte[] mixed = "Bericht \u00fcber Gen\u00e8ve".getBytes(Charset.forName("IBM437"));
        assertEquals("IBM437", CodePages.likeliestForNames(List.of(mixed), CodePages.OEM).name());
        assertTrue(CodePages.readsAsWords(mixed, Charset.forName("IBM437")));
        assertFalse(CodePages.readsAsWords("Kj\u00f8benhavn".getBytes(Charset.forName("IBM850")),
                Charset.forName("IBM437")));
    }
}
