package org.despatch.dedupe;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The lookup keys under which a text is filed, so that a later text finds its likely duplicates by a few indexed
 * lookups instead of a comparison with everything stored.
 *
 * <ul>
 * <li>{@link #bands()}: MinHash locality-sensitive hashing. {@value #BANDS} bands of {@value #ROWS} minimum hashes
 * of the {@link Shingles}; two texts share at least one band with probability 1 - (1 - J⁴)³⁰ for shingle Jaccard
 * similarity J: 0.98 at J = 0.6, 0.86 at 0.5, under 0.0001 at 0.04 (two unrelated paragraphs of English). Fewer
 * rows would find looser copies but fill every bucket with unrelated texts as the archive grows.</li>
 * <li>{@link #firstSentence()}: the hash of the first sentence of at least {@value #MIN_SENTENCE_WORDS} words,
 * which a text quoted whole inside a longer one (or a truncated copy) shares with it whatever their similarity.</li>
 * </ul>
 *
 * @param bands         one key per band, the band number mixed in; empty for an empty text
 * @param firstSentence the first-sentence key, or null when no sentence is long enough
 */
public record DedupeKeys(long[] bands, Long firstSentence) {

    public static final int BANDS = 30;
    public static final int ROWS = 4;
    public static final int MIN_SENTENCE_WORDS = 6;

    /** Seeds of the {@code BANDS * ROWS} hash functions, fixed forever: stored keys depend on them. */
    private static final long[] SEEDS = new long[BANDS * ROWS];

    static {
        for (int i = 0; i < SEEDS.length; i++) {
            SEEDS[i] = Shingles.mix(0x9e3779b97f4a7c15L * (i + 1));
        }
    }

    public static DedupeKeys of(String text) {
        return of(text, Shingles.of(MatchText.normalize(text)));
    }

    /** The keys of a text whose shingles are already at hand. */
    static DedupeKeys of(String text, long[] shingles) {
        return new DedupeKeys(bands(shingles), firstSentenceKey(text));
    }

    public boolean isEmpty() {
        return bands.length == 0 && firstSentence == null;
    }

    /** Every key, first-sentence key last. */
    public List<Long> all() {
        List<Long> keys = new ArrayList<>(bands.length + 1);
        Arrays.stream(bands).forEach(keys::add);
        if (firstSentence != null) {
            keys.add(firstSentence);
        }
        return keys;
    }

    static long[] bands(long[] shingles) {
        if (shingles.length == 0) {
            return new long[0];
        }
        long[] minimum = new long[SEEDS.length];
        Arrays.fill(minimum, Long.MAX_VALUE);
        for (long shingle : shingles) {
            for (int i = 0; i < SEEDS.length; i++) {
                long h = Shingles.mix(shingle ^ SEEDS[i]);
                if (h < minimum[i]) {
                    minimum[i] = h;
                }
            }
        }
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

    static Long firstSentenceKey(String text) {
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            String normalized = MatchText.normalize(sentence);
            if (MatchText.tokens(normalized).size() >= MIN_SENTENCE_WORDS) {
                // a different seed from the bands', so a sentence key never equals a band key by construction
                return Shingles.mix(Shingles.hash(normalized, 0, normalized.length()) ^ 0x5e57e5ce5e57e5ceL);
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DedupeKeys k && Arrays.equals(bands, k.bands)
                && Objects.equals(firstSentence, k.firstSentence);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bands) * 31 + Objects.hashCode(firstSentence);
    }

    @Override
    public String toString() {
        return "DedupeKeys" + Arrays.toString(bands) + "+" + firstSentence;
    }
}
