package org.despatch.dedupe;

import java.util.List;

/**
 * What duplicate detection reads: the texts stored before a text, found by content hash or by {@link DedupeKeys}.
 * "Before" is the order of arrival, {@link Item#order()}, which the store defines so that it does not depend on
 * how the work was split between threads: a document's id (documents are registered in one thread), a
 * paragraph's document and then its position. The database implements it for paragraphs and for documents.
 */
public interface DuplicateSource {

    /**
     * A stored text.
     *
     * @param id          its row id; cluster ids are row ids
     * @param order       its place in the order of arrival
     * @param text        the text compared
     * @param contentHash the fingerprint of its normalized text
     */
    record Item(long id, long order, String text, String contentHash) {
    }

    Item item(long id);

    /** The earliest item before {@code item} with the same content hash, or null. */
    Long earliestWithSameContent(Item item);

    /**
     * Items before {@code item} filed under any of its keys that could match it, those sharing the most keys
     * first; at most {@code settings.maxCandidates()} (see {@link KeyIndex}).
     */
    List<Long> candidates(Item item, DuplicateSettings settings);

    /** The cluster already decided and stored for an item, or null when it is not decided yet. */
    Long storedCluster(long id);
}
