package org.despatch.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import org.despatch.extract.TextExtractor;
import org.despatch.persist.ArchiveStore;
import org.despatch.persist.Stage;
import org.despatch.runtime.DespatchRuntime;

/**
 * Base of the processors that take a document id at some stage. A document whose processing throws does not stop
 * the job: it ends with status CRASHED and the reason, and the next document goes on. An injected fault
 * ({@link IngestParameters#FAULT_INJECTION}) is the one failure let through, to test recovery.
 */
abstract class DocumentProcessor implements ItemProcessor {

    @Inject
    StepContext stepContext;

    /** See {@link IngestParameters#FAULT_INJECTION}; default none. */
    @Inject
    @BatchProperty
    String faultInjection;

    private FaultInjection fault;
    private long processed;

    @Override
    public final Object processItem(Object item) throws Exception {
        if (fault == null) {
            fault = FaultInjection.parse(faultInjection);
        }
        fault.check(stepContext.getStepName(), ++processed, item);
        long documentId = (Long) item;
        try {
            return process(documentId, DespatchRuntime.store());
        } catch (RuntimeException | StackOverflowError e) {
            return new ArchiveStore.Failed(documentId, from(), TextExtractor.oneLine(e));
        }
    }

    /** The stage the documents of this step wait at. */
    abstract Stage from();

    abstract Object process(long documentId, ArchiveStore store) throws Exception;
}
