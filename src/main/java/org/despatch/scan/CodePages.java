package org.despatch.scan;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.regex.Pattern;

/**
 * Which single-byte code page some undeclared bytes of text were written in, told by the letters each candidate
 * decodes them to ({@link Alphabets}): decoded with the right one, the letters beyond ASCII are one language's;
 * with a wrong one, symbols and other languages' letters stand in their place. Used for a text's content (Tika's
 * detectors take any Latin code page for ISO-8859-1) and for names in archives (a DOS ZIP's are in an OEM code page).
 */
public final class CodePages {

    /** Latin code pages of Western, Central European, Turkish, Baltic and Macintosh text; windows-1252 first. */
    public static final List<Charset> LATIN = List.of(Charset.forName("windows-1252"), Charset.forName("ISO-8859-2"),
            Charset.forName("windows-1250"), Charset.forName("windows-1254"), Charset.forName("windows-1257"),
            Charset.forName("x-MacRoman"));
    /**
     * The OEM code pages of DOS and of Windows' console, in which DOS and Windows archivers wrote the names in a ZIP:
     * 437 (the United States, and the ZIP format's own default), 850 (Western Europe) and 852 (Central Europe).
     */
    public static final List<Charset> OEM = List.of(Charset.forName("IBM437"), Charset.forName("IBM850"),
            Charset.forName("IBM852"));
    /** A later candidate must hold this much more of the letters in one alphabet than the first one does, */
    static final double MIN_GAIN = 0.2;
    /** ... and this share of them at least: mixed languages fit no one alphabet well either. */
    static final double MIN_FIT = 0.9;
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s\\u00a0/\\\\_.,;:+=#&'()\\[\\]{}0-9-]+");

    private CodePages() {
    }

    /**
     * The candidate the bytes most likely were written in: the first (the default), unless a later one decodes them
     * to letters one alphabet holds {@link #MIN_GAIN} more of, and at least {@link #MIN_FIT} of them; the first of
     * equals wins (ISO-8859-2 and windows-1250 share most letters).
     */
    public static Charset likeliest(byte[] bytes, List<Charset> candidates) {
        return isAscii(bytes) ? candidates.get(0)
                : likeliest(candidates, charset -> fit(bytes, charset), Double.POSITIVE_INFINITY);
    }

    /**
     * The candidate names (of one archive, written by one system) were most likely written in, as {@link #likeliest}
     * but scored word by word: a name may mix languages ("Bericht über Genève"), a word seldom does; the score is the
     * mean fit of the words beyond ASCII, so one name's letters decide for all ("gęś" for "Wrocław" beside it). A
     * later candidate that reads every word wins over a first that does not, by however little ("Kjøbenhavn" among
     * ten German names: code page 850).
     */
    public static Charset likeliestForNames(List<byte[]> names, List<Charset> candidates) {
        return likeliest(candidates, charset -> meanWordFit(names, charset), 1.0);
    }

    /** @param neededAtMost the score at which a later candidate wins over a lower-scoring first, whatever the gain */
    private static Charset likeliest(List<Charset> candidates, ToDoubleFunction<Charset> score, double neededAtMost) {
        Charset first = candidates.get(0);
        double firstFit = score.applyAsDouble(first);
        double needed = Math.min(Math.max(firstFit + MIN_GAIN, MIN_FIT), neededAtMost);
        Charset best = first;
        double bestFit = 0;
        for (Charset candidate : candidates.subList(1, candidates.size())) {
            double fit = score.applyAsDouble(candidate);
            if (fit >= needed && fit > firstFit && fit > bestFit) {
                best = candidate;
                bestFit = fit;
            }
        }
        return best;
    }

    /** Whether every word of the name beyond ASCII, decoded so, is one language's letters ({@link #MIN_FIT}). */
    public static boolean readsAsWords(byte[] name, Charset charset) {
        for (String word : wordsBeyondAscii(new String(name, charset))) {
            if (Alphabets.fitOfNameWord(word) < MIN_FIT) {
                return false;
            }
        }
        return true;
    }

    private static double meanWordFit(List<byte[]> names, Charset charset) {
        double sum = 0;
        int words = 0;
        for (byte[] name : names) {
            for (String word : wordsBeyondAscii(new String(name, charset))) {
                sum += Alphabets.fitOfNameWord(word);
                words++;
            }
        }
        return words == 0 ? 1 : sum / words;
    }

    /** The words of a name (split at spaces, digits and the punctuation of names) with a character beyond ASCII. */
    private static List<String> wordsBeyondAscii(String name) {
        List<String> words = new ArrayList<>();
        for (String word : WORD_SEPARATORS.split(name)) {
            if (word.chars().anyMatch(c -> c >= 0x80)) {
                words.add(word);
            }
        }
        return words;
    }

    /** The share of the characters beyond ASCII (typography aside) that the alphabet holding most of them holds. */
    private static double fit(byte[] bytes, Charset charset) {
        return Alphabets.fit(new String(bytes, charset));
    }

    static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
