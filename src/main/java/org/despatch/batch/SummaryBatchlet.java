package org.despatch.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
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
 * counts the job's exit status, for example {@code OK=41 EMPTY=2 ENCRYPTED=1}.
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
        JobOperator operator = BatchRuntime.getJobOperator();
        List<Long> executions = operator.getJobExecutions(operator.getJobInstance(jobContext.getExecutionId()))
                .stream().map(JobExecution::getExecutionId).toList();
        Map<String, Long> counts = DespatchRuntime.store().statusCounts(executions);
        String summary = counts.isEmpty() ? "no new documents" : counts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
        jobContext.setExitStatus(summary);
        LOG.info(() -> "archive-ingest " + jobContext.getExecutionId() + ": " + summary);
        return summary;
    }
}
