package org.despatch.dedupe;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edits copies of a report go through in real archives, for building evaluation corpora with known truth:
 * harmless ones (a copy is still the same story) and reversals (one word changes the fact).
 */
public final class CorpusEdits {

    /** Edits after which a copy still tells the same story. */
    public enum Harmless { PUNCTUATION, SPELLING, CLAUSE_ADDED, CLAUSE_REMOVED, TRUNCATED, OCR_ERRORS }

    private static final Pattern NUMBER = Pattern.compile("\\b\\d+\\b");
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");
    private static final Pattern AUXILIARY = Pattern.compile("\\b(is|was|are|were|will|has|have|can|should|would)\\b");
    private static final String[][] OPPOSITES = {{"support", "oppose"}, {"accept", "reject"}, {"increase", "decrease"},
        {"agree", "disagree"}, {"approve", "reject"}, {"more", "less"}, {"for", "against"}, {"before", "after"},
        {"success", "failure"}, {"allowed", "banned"}, {"open", "closed"}};
    private static final List<String> ADDED_CLAUSES = List.of(" officials said.", " the agency reported.",
            " according to diplomatic sources.", " a spokesman confirmed on Tuesday.");

    private final Random random;

    public CorpusEdits(Random random) {
        this.random = random;
    }

    public String apply(Harmless edit, String text) {
        return switch (edit) {
            case PUNCTUATION -> text.replace(", ", random.nextBoolean() ? " - " : " ").replace(".", ";")
                    .replace("'", "\u2019");
            case SPELLING -> respell(text);
            case CLAUSE_ADDED -> text.replaceFirst("[.!?]?\\s*$", ",")
                    + ADDED_CLAUSES.get(random.nextInt(ADDED_CLAUSES.size()));
            case CLAUSE_REMOVED -> removeSentence(text);
            case TRUNCATED -> truncate(text);
            case OCR_ERRORS -> ocr(text);
        };
    }

    /** A one-word change that reverses a fact, or null when the text offers none. */
    public String reverse(String text) {
        Matcher number = NUMBER.matcher(text);
        while (number.find()) {
            String around = text.substring(Math.max(0, number.start() - 12),
                    Math.min(text.length(), number.end() + 12));
            if (MONTH.matcher(around).find()) {
                continue; // a changed date is a re-dated copy, not a different fact
            }
            long n = Long.parseLong(number.group().length() > 9 ? "7" : number.group());
            return text.substring(0, number.start()) + (n * 10 + 3) + text.substring(number.end());
        }
        for (String[] pair : OPPOSITES) {
            Matcher m = Pattern.compile("\\b" + pair[0] + "\\b").matcher(text);
            if (m.find()) {
                return text.substring(0, m.start()) + pair[1] + text.substring(m.end());
            }
        }
        Matcher aux = AUXILIARY.matcher(text);
        if (aux.find()) {
            return text.substring(0, aux.end()) + " not" + text.substring(aux.end());
        }
        return null;
    }

    /** A date line for a document, "BRUSSELS, 12 March 2004", with a day of its own. */
    public String dateLine(int day) {
        return "BRUSSELS, " + (1 + Math.floorMod(day, 28)) + " March 2004";
    }

    private String respell(String text) {
        String[] words = text.split(" ");
        for (int tries = 0; tries < 20; tries++) {
            int i = random.nextInt(words.length);
            String w = words[i];
            int vowel = firstInnerVowel(w);
            if (w.length() >= 7 && vowel > 0) {
                // Khalidiyeh -> Khaldiyeh: an inner vowel dropped, as transliterations differ
                words[i] = w.substring(0, vowel) + w.substring(vowel + 1);
                return String.join(" ", words);
            }
        }
        return text.replace("ise", "ize");
    }

    private static int firstInnerVowel(String w) {
        for (int i = 2; i < w.length() - 2; i++) {
            if ("aeiou".indexOf(w.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private String removeSentence(String text) {
        String[] sentences = text.split("(?<=[.!?])\\s+");
        if (sentences.length < 3) {
            return truncate(text);
        }
        int drop = 1 + random.nextInt(sentences.length - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < sentences.length; i++) {
            if (i != drop) {
                out.append(out.length() == 0 ? "" : " ").append(sentences[i]);
            }
        }
        return out.toString();
    }

    private String truncate(String text) {
        int keep = (int) (text.length() * (0.6 + 0.25 * random.nextDouble()));
        int space = text.lastIndexOf(' ', keep);
        return text.substring(0, space > 0 ? space : keep) + " ...";
    }

    private String ocr(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c) && random.nextDouble() < 0.02) {
                switch (random.nextInt(4)) {
                    case 0 -> out.append(c == 'l' ? 'I' : 'l');
                    case 1 -> out.append(c == 'e' ? 'c' : 'e');
                    case 2 -> out.append(c).append(c);
                    default -> { } // a dropped letter
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
