package org.despatch.scan;

import java.util.List;
import java.util.Locale;

/**
 * The letters beyond ASCII of the languages written in Latin script in Europe's and the Near East's archives: a text
 * decoded with the right code page uses one language's letters; decoded with the wrong one, symbols ("³", "¿") and
 * other languages' letters ("þ", "ø" amid Turkish or Czech) stand in their place.
 */
final class Alphabets {

    /** Each language's lower-case letters beyond ASCII (French, Polish, Czech, Turkish, ...). */
    static final List<String> LETTERS = List.of(
            "àâæçéèêëîïôœùûüÿ",   // French
            "äöüß",               // German
            "áéíñóúüºª",          // Spanish, with its ordinal indicators (Nº, 2ª)
            "àèéìíòóù",           // Italian
            "áâãàçéêíóôõúºª",     // Portuguese
            "àçèéíïòóúü",         // Catalan
            "éëïóöü",             // Dutch
            "æøåé",               // Danish, Norwegian
            "åäöé",               // Swedish, Finnish
            "áðéíóúýþæö",         // Icelandic
            "ąćęłńóśźż",          // Polish
            "áčďéěíňóřšťúůýž",    // Czech
            "áäčďéíĺľňóôŕšťúýž",  // Slovak
            "áéíóöőúüű",          // Hungarian
            "ăâîșşțţ",            // Romanian
            "čćđšž",              // Croatian, Slovene, Bosnian, Serbian in Latin
            "çëé",                // Albanian
            "âçğıîöşûü",          // Turkish
            "ąčęėįšųūž",          // Lithuanian
            "āčēģīķļņšūž",        // Latvian
            "äõöüšž");            // Estonian
    /** Typography the code pages share in some places: neither a language's letter nor a wrong one. */
    private static final String NEUTRAL = "‘’‚“”„–—…•€«»°§·×÷¡¿\u00a0©®™£¥¢";
    /**
     * Currency signs stand beside figures, not letters: beside a letter one is a wrong code page's reading of a
     * letter ("Kj¢benhavn" for a DOS "Kjøbenhavn", "£ódź" for "Łódź"), so it counts as a character no alphabet holds.
     */
    private static final String CURRENCY = "€£¥¢";
    /**
     * In a word of a file's name, these too are a wrong reading of a letter where they touch one ("g®ÿ" for a DOS
     * "gęś"): a word of running text may carry a mark ("©Reuters"), a name's seldom does.
     */
    private static final String SYMBOLS = CURRENCY + "©®™°§×÷¡¿«»•…·";
    /**
     * Spanish and Portuguese ordinal indicators, letters of those alphabets where they end a word ("Nº", "2ª"): before
     * a letter they are another code page's letter (852's "ž", ISO-8859-2's "ş") read in the wrong one.
     */
    private static final String ORDINALS = "ºª";

    private Alphabets() {
    }

    /**
     * The share of the text's characters beyond ASCII (typography aside, but not a currency sign beside a letter)
     * that the alphabet holding most of them holds; 1 when there are none.
     */
    static double fit(String text) {
        return fit(text, CURRENCY);
    }

    /** As {@link #fit(String)}, for a word of a file's name: no symbol beside a letter is typography there. */
    static double fitOfNameWord(String word) {
        return fit(word, SYMBOLS);
    }

    private static double fit(String text, String wrongBesideLetters) {
        String lower = text.toLowerCase(Locale.ROOT);
        int[] held = new int[LETTERS.size()];
        int beyondAscii = 0;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c < 0x80 || NEUTRAL.indexOf(c) >= 0
                    && !(wrongBesideLetters.indexOf(c) >= 0 && besideLetter(lower, i))) {
                continue;
            }
            beyondAscii++;
            if (ORDINALS.indexOf(c) >= 0 && i + 1 < lower.length() && Character.isLetter(lower.charAt(i + 1))) {
                continue;  // "Poºadavek" is code page 852's "Požadavek" read in 437
            }
            for (int l = 0; l < held.length; l++) {
                if (LETTERS.get(l).indexOf(c) >= 0) {
                    held[l]++;
                }
            }
        }
        if (beyondAscii == 0) {
            return 1;
        }
        int best = 0;
        for (int h : held) {
            best = Math.max(best, h);
        }
        return (double) best / beyondAscii;
    }

    private static boolean besideLetter(String text, int at) {
        return at > 0 && Character.isLetter(text.charAt(at - 1))
                || at + 1 < text.length() && Character.isLetter(text.charAt(at + 1));
    }
}
