package org.despatch.dedupe;

import java.util.List;

/**
 * A text as the finder compares it, worked out once: its comparison text, shingles and words.
 *
 * @param item       the stored text
 * @param normalized its {@link MatchText#normalize comparison text}
 * @param shingles   its {@link Shingles}
 * @param words      its words, for {@link FactCheck}
 */
record ComparedText(DuplicateSource.Item item, String normalized, long[] shingles, List<String> words) {

    static ComparedText of(DuplicateSource.Item item) {
        String normalized = MatchText.normalize(item.text());
        return new ComparedText(item, normalized, Shingles.of(normalized), MatchText.tokens(normalized));
    }
}
