package org.despatch.classify;

/**
 * A deliberately crude English stemmer for the learned layer's features: it strips one common inflection and caps
 * the length, so "shelled", "shelling" and "shells" are one feature and "negotiations" and "negotiated" another
 * shared one ("negotiat", capped). A few thousand training sentences cannot show every form of every word; unseen text uses the forms
 * they lack. Over-merging a few unrelated words costs less than that.
 */
final class WordStems {

    /** Longest first, so "ions" is stripped whole rather than as "s". */
    private static final String[] SUFFIXES = {
        "ments", "ment", "ings", "ing", "ions", "ion", "ies", "ers", "ed", "es", "er", "ly", "s",
    };
    private static final int MIN_STEM = 3;
    private static final int MAX_STEM = 7;

    private WordStems() {
    }

    /** The stem of a lower-case word. */
    static String stem(String word) {
        String w = word;
        for (String suffix : SUFFIXES) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= MIN_STEM) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        // "shelled" -> "shell" -> "shel", the same as "shells" -> "shell" -> "shel"
        if (w.length() > MIN_STEM && w.charAt(w.length() - 1) == w.charAt(w.length() - 2)) {
            w = w.substring(0, w.length() - 1);
        }
        return w.length() > MAX_STEM ? w.substring(0, MAX_STEM) : w;
    }
}
