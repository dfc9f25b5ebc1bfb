package org.despatch.dedupe;

import java.util.Arrays;

/**
 * Character shingles: every run of {@value #SIZE} characters of a normalized text, hashed to 64 bits, distinct and
 * sorted. Characters rather than words so that a spelling variant or an OCR error breaks only the shingles that
 * cover it, not every word shingle around it; seven rather than five because two unrelated English paragraphs share
 * a few per cent of their 5-grams (" the ", "ation") but almost none of their 7-grams (median Jaccard 0.009 against
 * 0.034 on Europarl), which keeps LSH buckets small.
 */
public final class Shingles {

    public static final int SIZE = 7;

    private Shingles() {
    }

    /** The shingles of a normalized text; a text shorter than {@value #SIZE} characters is one shingle. */
    public static long[] of(String normalized) {
        if (normalized.isEmpty()) {
            return new long[0];
        }
        int count = Math.max(1, normalized.length() - SIZE + 1);
        long[] hashes = new long[count];
        for (int start = 0; start < count; start++) {
            hashes[start] = hash(normalized, start, Math.min(normalized.length(), start + SIZE));
        }
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return Arrays.copyOf(hashes, distinct);
    }

    /** |a ∩ b| / |a ∪ b| of two shingle sets. */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 1.0;
        }
        int common = intersection(a, b);
        return (double) common / (a.length + b.length - common);
    }

    /** |a ∩ b| / |a|: how much of {@code a} lies inside {@code b}. */
    public static double containment(long[] a, long[] b) {
        return a.length == 0 ? 0.0 : (double) intersection(a, b) / a.length;
    }

    static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    /** FNV-1a over the characters, finished with a 64-bit mixer so that near strings land far apart. */
    static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** The finalizer of SplitMix64: every input bit affects every output bit. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
