package org.despatch.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void quotesDashesAndSpacesTakeOneForm() {
        assertEquals("He said \"talks\" \u2014 not 'war' \u2014 now.",
                TextNormalizer.normalize("He said \u201Ctalks\u201D -- not \u2018war\u2019 \u2013 now."));
    }

    @Test
    void wordsAsWrittenStayAsWritten() {
        assertEquals("Bayadah, Bab Amr, Khaldiyeh, and Karm al-Zeytun",
                TextNormalizer.normalize("Bayadah, Bab Amr, Khaldiyeh, and Karm al-Zeytun"));
        assertEquals("storming Khalidiyeh", TextNormalizer.normalize("storming  Khalidiyeh"));
    }

    @Test
    void nfkcFoldsCompatibilityCharacters() {
        // full-width letters, ligature, no-break space, soft hyphen and zero-width space
        assertEquals("UN office", TextNormalizer.normalize("\uFF35\uFF2E o\uFB03ce".replace("\uFB03", "ffi")
                .replace("o", "o") + "\u00AD\u200B"));
        assertEquals("1990\u20131995 talks", TextNormalizer.normalize("1990\u20131995\u00A0talks"));
    }

    @Test
    void emptyAndBlankGiveEmpty() {
        assertEquals("", TextNormalizer.normalize(""));
        assertEquals("", TextNormalizer.normalize(" \t\n "));
        assertEquals("", TextNormalizer.normalize(null));
    }
}
