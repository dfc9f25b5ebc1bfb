package org.despatch.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    @Test
    void quotesDashesAndSpacesTakeOneForm() {
        assertEquals("He said \"talks\" \u2014 not 'war' \u2014 now.",
                TextNormalizer.normalize("He said \u201Ctalks\u201D -- not \u2018war\u2019 \u2013 now."));
        // a command's option at the head of a paragraph is no dash; a quoted mail's dashes are
        assertEquals("--strip removes the symbols", TextNormalizer.normalize("--strip removes the symbols"));
        assertEquals("\u2014 Greg Hudson, Subversion developer",
                TextNormalizer.normalize("--Greg Hudson, Subversion developer"));
        assertEquals("\u2014 Original Message \u2014", TextNormalizer.normalize("-----Original Message-----"));
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

    /** The rewrites as seven regular expressions over every text, as they were before each ran only where needed. */
    private static String everyRewrite(String text) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        s = s.replaceAll("[\\u00AD\\u200B-\\u200D\\u2060\\uFEFF]", "");
        s = s.replaceAll("[\\p{Cc}&&[^\\n\\t]]", " ");
        s = s.replaceAll("[\\u201C\\u201D\\u201E\\u201F\\u2033\\u00AB\\u00BB]", "\"");
        s = s.replaceAll("[\\u2018\\u2019\\u201A\\u201B\\u2032]", "'");
        s = s.replaceAll("[\\u2010\\u2011\\u2212]", "-");
        s = s.replaceAll("(?!^--\\p{Ll}[\\p{Ll}\\d-]*(\\s|=|$))\\s*--+\\s*|\\s+[\\u2013\\u2014]\\s+|\\u2014", " \u2014 ");
        return s.replaceAll("\\s+", " ").trim();
    }

    @Test
    void givesWhatEveryRewriteOverEveryTextGave() {
        String alphabet = "ab1 .-\t\n\r\u000B\f\u0001\u007F\u0085\u00A0\u00AD\u200B\u200D\u2060\uFEFF"
                + "\u201C\u201D\u00AB\u2018\u2019\u2032\u2010\u2011\u2212\u2013\u2014\uFF21\uFB01e\u0301";
        java.util.Random random = new java.util.Random(17);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(12); length > 0; length--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String t = text.toString();
            assertEquals(everyRewrite(t), TextNormalizer.normalize(t), () -> "for " + t.chars()
                    .mapToObj(c -> String.format("\\u%04X", c)).collect(java.util.stream.Collectors.joining()));
        }
    }
}
