package org.despatch.dedupe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lookup keys under which a text is filed, so that a later text finds its likely duplicates by a few indexed
 * lookups instead of a comparison with everything stored.
 *
 * <ul>
 * <li>{@link #bands()}: MinHash locality-sensitive hashing. {@value #BANDS} bands of {@value #ROWS} minimum hashes
 * of the {@link Shingles}; two texts share at least one band with probability 1 - (1 - J⁴)³⁰ for shingle Jaccard
 * similarity J: 0.98 at J = 0.6, 0.86 at 0.5, under 0.0001 at 0.04 (two unrelated paragraphs of English). Fewer
 * rows would find looser copies but fill every bucket with unrelated texts as the archive grows.</li>
 * <li>{@link #opening()}: the hash of the opening of the first sentence of at least
 * {@value #MIN_SENTENCE_WORDS} words (its first {@value #OPENING_WORDS} words), which a text quoted whole at the
 * start of a longer one, or a copy truncated anywhere after those words, shares with it whatever their
 * similarity: a copy cut to half its length shares a band only about 70% of the time.</li>
 * <li>{@link #sketch()}: one bit of each of the {@code BANDS * ROWS} minimum hashes ({@value #SKETCH_BITS} bits in
 * two longs). Two texts agree on a bit with probability (1 + J) / 2, so the sketch estimates their similarity
 * within about 0.09 without reading them: enough to drop the unrelated texts that share a single band by chance,
 * whose number grows with the archive.</li>
 * <li>{@link #shingles()}: how many distinct shingles the text has. With the sketch it tells, before either text is
 * read, whether two texts could be similar enough to match at all: texts of like length must be near-duplicates
 * to match, a short one may be contained in a long one at a low similarity (see {@link KeyIndex}).</li>
 * </ul>
 *
 * @param bands    one key per band, the band number mixed in; empty for an empty text
 * @param opening  the opening key, or null when no sentence is long enough
 * @param sketch   the bits of the minimum hashes; empty for an empty text
 * @param shingles the number of distinct shingles; 0 when not known (texts filed before it was kept)
 */
public record DedupeKeys(long[] bands, Long opening, long[] sketch, int shingles) {

    public static final int BANDS = 30;
    public static final int ROWS = 4;
    public static final int MIN_SENTENCE_WORDS = 6;
    public static final int OPENING_WORDS = 10;
    public static final int SKETCH_BITS = BANDS * ROWS;
    /** The spaces after a sentence's full stop, question or exclamation mark. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    /**
     * The {@code BANDS * ROWS} hash functions, fixed forever (stored keys depend on them): function i maps a
     * shingle's mixed hash h to {@code h * MULTIPLIERS[i] + ADDENDS[i]} (mod 2⁶⁴), odd multipliers, so each is a
     * permutation of the 64-bit values. One multiply-add per function and shingle instead of a full mix: key
     * computation was a fifth of ingest's dedupe cost.
     */
    private static final long[] MULTIPLIERS = new long[BANDS * ROWS];
    private static final long[] ADDENDS = new long[BANDS * ROWS];

    static {
        for (int i = 0; i < MULTIPLIERS.length; i++) {
            MULTIPLIERS[i] = Shingles.mix(0x9e3779b97f4a7c15L * (i + 1)) | 1L;
            ADDENDS[i] = Shingles.mix(0xc2b2ae3d27d4eb4fL * (i + 1));
        }
    }

    public static DedupeKeys of(String text) {
        long[] shingles = Shingles.of(MatchText.normalize(text));
        if (shingles.length == 0) {
            return new DedupeKeys(new long[0], openingKey(text), new long[0], 0);
        }
        long[] minimum = minimums(shingles);
        return new DedupeKeys(bands(minimum), openingKey(text), sketch(minimum), shingles.length);
    }

    public boolean isEmpty() {
        return bands.length == 0 && opening == null;
    }

    /** Every key, opening key last. */
    public List<Long> all() {
        List<Long> keys = new ArrayList<>(bands.length + 1);
        Arrays.stream(bands).forEach(keys::add);
        if (opening != null) {
            keys.add(opening);
        }
        return keys;
    }

    static long[] bands(long[] minimum) {
        long[] keys = new long[BANDS];
        for (int band = 0; band < BANDS; band++) {
            long key = band + 1;
            for (int row = 0; row < ROWS; row++) {
                key = Shingles.mix(key * 31 + minimum[band * ROWS + row]);
            }
            keys[band] = key;
        }
        return keys;
    }

    /**
     * Bit i is the top bit of the mixed i-th minimum: a function of the minimum alone, and independent between
     * functions even where one shingle is the minimum of several (its low bit would not be: a multiply-add keeps it).
     */
    static long[] sketch(long[] minimum) {
        long[] bits = new long[(SKETCH_BITS + 63) / 64];
        for (int i = 0; i < SKETCH_BITS; i++) {
            bits[i / 64] |= (Shingles.mix(minimum[i]) >>> 63) << (i % 64);
        }
        return bits;
    }

    /**
     * The similarity two sketches estimate, 2 * agreement - 1 (at most 1; about 0 for unrelated texts), or NaN
     * when either text has none.
     */
    public static double sketchSimilarity(long[] a, long[] b) {
        if (a.length == 0 || b.length != a.length) {
            return Double.NaN;
        }
        return sketchSimilarity(a, 0, b);
    }

    /** As {@link #sketchSimilarity(long[], long[])}, for the sketch at {@code from} in an array of many. */
    static double sketchSimilarity(long[] many, int from, long[] b) {
        int differ = 0;
        for (int i = 0; i < b.length; i++) {
            differ += Long.bitCount(many[from + i] ^ b[i]);
        }
        return 1 - 2.0 * differ / SKETCH_BITS;
    }

    /** The MinHash signature: for each hash function, the least value over the shingles. */
    static long[] minimums(long[] shingles) {
        long[] mixed = new long[shingles.length];
        for (int s = 0; s < shingles.length; s++) {
            mixed[s] = Shingles.mix(shingles[s]);
        }
        long[] minimum = new long[MULTIPLIERS.length];
        for (int i = 0; i < MULTIPLIERS.length; i++) {
            long a = MULTIPLIERS[i];
            long b = ADDENDS[i];
            long min = Long.MAX_VALUE;
            for (long h : mixed) {
                min = Math.min(min, h * a + b);
            }
            minimum[i] = min;
        }
        return minimum;
    }

    static Long openingKey(String text) {
        // sentence by sentence until one is long enough: splitting a whole document first cost more than the rest
        Matcher end = SENTENCE_END.matcher(text);
        int start = 0;
        while (start <= text.length()) {
            int stop = end.find() ? end.start() : text.length();
            List<String> words = MatchText.tokens(MatchText.normalize(text.substring(start, stop)));
            if (words.size() >= MIN_SENTENCE_WORDS) {
                String opening = String.join(" ", words.subList(0, Math.min(OPENING_WORDS, words.size())));
                // a different seed from the bands', so a sentence key never equals a band key by construction
                return Shingles.mix(Shingles.hash(opening, 0, opening.length()) ^ 0x5e57e5ce5e57e5ceL);
            }
            start = stop == text.length() ? stop + 1 : end.end();
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DedupeKeys k && Arrays.equals(bands, k.bands)
                && Objects.equals(opening, k.opening) && Arrays.equals(sketch, k.sketch) && shingles == k.shingles;
    }

    @Override
    public int hashCode() {
        return ((Arrays.hashCode(bands) * 31 + Objects.hashCode(opening)) * 31 + Arrays.hashCode(sketch)) * 31
                + shingles;
    }

    @Override
    public String toString() {
        return "DedupeKeys" + Arrays.toString(bands) + "+" + opening + "~" + Arrays.toString(sketch) + "#" + shingles;
    }
}
