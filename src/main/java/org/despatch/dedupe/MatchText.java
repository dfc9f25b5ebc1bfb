package org.despatch.dedupe;

import java.text.Normalizer;
import java.util.List;

/**
 * The form of a text that near-duplicate matching compares: accents, case, punctuation and spacing removed, so
 * that "Khalidiyeh," and "KHALIDIYEH" are the same characters and a re-punctuated copy changes nothing.
 */
public final class MatchText {

    private MatchText() {
    }

    /** Letters and digits in lower case without accents, every other run of characters one space. */
    public static String normalize(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.appendCodePoint(Character.toLowerCase(c));
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    /** The words of a normalized text. */
    public static List<String> tokens(String normalized) {
        return normalized.isEmpty() ? List.of() : List.of(normalized.split(" "));
    }
}
