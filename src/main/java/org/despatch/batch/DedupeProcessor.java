package org.despatch.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.despatch.persist.ArchiveStore;
import org.despatch.persist.Stage;

/**
 * Finds the exact duplicates of a segmented document and of each of its paragraphs among everything stored.
 *
 * <pre>{@code <processor ref="dedupeProcessor"/>}</pre>
 */
@Named
@Dependent
public class DedupeProcessor extends DocumentProcessor {

    @Override
    Stage from() {
        return Stage.SEGMENTED;
    }

    @Override
    Object process(long documentId, ArchiveStore store) {
        return store.findDuplicates(documentId);
    }
}
