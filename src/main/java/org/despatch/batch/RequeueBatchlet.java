package org.despatch.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Set;
import java.util.logging.Logger;
import org.despatch.runtime.DespatchRuntime;

/**
 * Puts the documents under the input that ended with one of the statuses to retry back at PENDING, as this
 * execution's, so that the extract step parses them again: a CRASHED or TIMEOUT document after its limit was raised.
 * Does nothing when no status is given. A thin adapter over {@code ArchiveStore#requeue}.
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
        Set<String> statuses = IngestParameters.retryStatuses(retryStatuses);
        if (statuses.isEmpty()) {
            return "nothing to retry";
        }
        int requeued = DespatchRuntime.store().requeue(input, statuses, jobContext.getExecutionId());
        String done = requeued + " documents " + String.join(",", statuses) + " queued again";
        LOG.info(() -> "archive-ingest " + jobContext.getExecutionId() + ": " + done);
        return done;
    }
}
