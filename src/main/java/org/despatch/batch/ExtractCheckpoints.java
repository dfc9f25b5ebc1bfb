package org.despatch.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractCheckpointAlgorithm;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The extract step's checkpoints: every {@code itemCount} documents, as the item-count policy would, and also right
 * after a document whose parse deferred embedded documents ({@link DeferredDocuments}), so that their rows are
 * committed before this partition's reader looks for more: a reader that found nothing more in the chunk that
 * registers them would end the step without them.
 *
 * <pre>{@code
 * <chunk checkpoint-policy="custom">
 *   ...
 *   <checkpoint-algorithm ref="extractCheckpoints">
 *     <properties><property name="itemCount" value="#{jobParameters['chunkSize']}?:20;"/></properties>
 *   </checkpoint-algorithm>
 * </chunk>
 * }</pre>
 */
@Named
@Dependent
public class ExtractCheckpoints extends AbstractCheckpointAlgorithm {

    static final int DEFAULT_ITEM_COUNT = 20;

    /**
     * Documents per chunk (the job parameter chunkSize, checked before the job starts); default
     * {@value #DEFAULT_ITEM_COUNT}.
     */
    @Inject
    @BatchProperty
    Integer itemCount;

    @Inject
    StepContext stepContext;

    private int items;

    @Override
    public void beginCheckpoint() {
        items = 0;
    }

    @Override
    public boolean isReadyToCheckpoint() {
        items++;
        boolean ready = DeferredDocuments.takeCommit(stepContext)
                || items >= (itemCount == null ? DEFAULT_ITEM_COUNT : itemCount);
        if (ready) {
            items = 0;  // as beginCheckpoint does, should a runtime not call it
        }
        return ready;
    }
}
