package org.despatch.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import java.util.logging.Logger;
import org.despatch.persist.ArchiveStore;
import org.despatch.runtime.DespatchRuntime;

/**
 * Puts the documents under the input that ended with one of the statuses to retry back at PENDING, as this
 * execution's, so that the extract step parses them again: a CRASHED or TIMEOUT document after its limit was raised,
 * a PARTIAL one after raising {@code maxChars}. Does nothing when no status is given. A thin adapter over
 * {@code ArchiveStore#requeue}. Being the job's first step, it also records what earlier runs left waiting, for the
 * summary ({@link SummaryBatchlet}).
 *
 * <pre>{@code
 * <step id="requeue" next="scan">
 *   <batchlet ref="requeueBatchlet">
 *     <properties>
 *       <property name="input" value="#{jobParameters['input']}"/>
 *       <property name="retryStatuses" value="#{jobParameters['retryStatuses']}"/>
 *     </properties>
 *   </batchlet>
 * </step>
 * }</pre>
 */
@Named
@Dependent
public class RequeueBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(RequeueBatchlet.class.getName());

    @Inject
    JobContext jobContext;

    @Inject
    StepContext stepContext;

    /** The folder or archive file of the run (required). */
    @Inject
    @BatchProperty
    String input;

    /** Statuses to retry, comma-separated ({@link IngestParameters#RETRYABLE}); default none. */
    @Inject
    @BatchProperty
    String retryStatuses;

    @Override
    public String process() {
        if (stepContext.getPersistentUserData() == null) {
            // at the instance's first start, before anything is re-queued: what earlier, failed runs left for this
            // one to finish (the documents a retry sends back to the dedupe step are not theirs)
            stepContext.setPersistentUserData(DespatchRuntime.store().waitingFromOtherRuns(
                    SummaryBatchlet.executionsOf(jobContext.getExecutionId())));
        }
        Set<String> statuses = IngestParameters.retryStatuses(retryStatuses);
        if (statuses.isEmpty()) {
            return "nothing to retry";
        }
        ArchiveStore.Requeued requeued = DespatchRuntime.store().requeue(input, statuses, jobContext.getExecutionId());
        String done = requeued.documents() + " documents " + String.join(",", statuses) + " queued again; "
                + requeued.reexamined() + " other documents' duplicate links to them to be decided again";
        LOG.info(() -> "archive-ingest " + jobContext.getExecutionId() + ": " + done);
        return done;
    }
}
