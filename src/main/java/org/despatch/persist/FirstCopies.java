package org.despatch.persist;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The first stored text, in the order of arrival, with each content hash, as duplicate detection found it during one
 * generation (see {@link KeyIndexes}): no text is filed during a generation, so the first stays the first, and a
 * text that an archive repeats (a letterhead, a disclaimer, the copies of a report) is looked up in the database
 * once rather than once per copy. Bounded: the most recently used hashes are kept.
 */
final class FirstCopies {

    /** The default bound: about 20 MB. */
    static final int DEFAULT_MAX_HASHES = 100_000;

    /** The first text with a hash: its row id and its place in the order of arrival. */
    record First(long id, long order) {
    }

    private final Map<String, First> firsts;

    FirstCopies(int maxHashes) {
        if (maxHashes < 1) {
            throw new IllegalArgumentException("maxHashes must be at least 1: " + maxHashes);
        }
        this.firsts = new LinkedHashMap<>(1024, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, First> eldest) {
                return size() > maxHashes;
            }
        };
    }

    /** The first text with this hash, or null when it is not known here. */
    synchronized First get(String hash) {
        return firsts.get(hash);
    }

    synchronized void put(String hash, First first) {
        firsts.put(hash, first);
    }
}
