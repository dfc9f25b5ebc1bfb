package org.despatch.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.despatch.runtime.DespatchRuntime;

/**
 * Counts the documents of this job instance (all its executions, restarts included) by status and makes the
 * counts the job's exit status, for example {@code OK=41 EMPTY=2 ENCRYPTED=1}; when earlier runs had left documents
 * waiting, which this one took through too, it says how many ({@code OK=41; 10 left by earlier runs finished}), so
 * that a run after a failed one does not report "no new documents" alone.
 *
 * <pre>{@code <batchlet ref="summaryBatchlet"/>}</pre>
 */
@Named
@Dependent
public class SummaryBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(SummaryBatchlet.class.getName());

    @Inject
    JobContext jobContext;

    @Override
    public String process() {
        List<Long> executions = executionsOf(jobContext.getExecutionId());
        Map<String, Long> counts = DespatchRuntime.store().statusCounts(executions);
        String summary = counts.isEmpty() ? "no new documents" : counts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        long leftByEarlierRuns = leftByEarlierRuns(executions);
        if (leftByEarlierRuns > 0) {
            summary += "; " + leftByEarlierRuns + " left by earlier runs finished";
        }
        jobContext.setExitStatus(summary);
        String logged = summary;
        LOG.info(() -> "archive-ingest " + jobContext.getExecutionId() + ": " + logged);
        return summary;
    }

    /**
     * The executions of the job instance of the given execution, restarts included: what
     * {@code control.Executions.ofInstance} gives the command line and the server, here on the batch runtime's own
     * operator (the control package builds on this one, not the other way round).
     */
    static List<Long> executionsOf(long executionId) {
        JobOperator operator = BatchRuntime.getJobOperator();
        return operator.getJobExecutions(operator.getJobInstance(executionId)).stream()
                .map(JobExecution::getExecutionId).toList();
    }

    /** What the requeue step recorded at the instance's first start (see {@link RequeueBatchlet}). */
    private static long leftByEarlierRuns(List<Long> executions) {
        JobOperator operator = BatchRuntime.getJobOperator();
        for (long execution : executions) {
            for (StepExecution step : operator.getStepExecutions(execution)) {
                if (step.getPersistentUserData() instanceof Long waiting) {
                    return waiting;
                }
            }
        }
        return 0;
    }
}
