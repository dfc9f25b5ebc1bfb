package org.despatch.server.rest;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.despatch.control.Executions;
import org.despatch.runtime.DespatchRuntime;

/**
 * A job execution as the API shows it.
 *
 * @param leftByCrash       marked running, but its server process died: restart it
 * @param steps             null in lists, each step with its metrics in a single execution
 * @param documentsByStatus archive-ingest only, and only for a single execution: the documents registered by its
 *                          job instance (restarts included) by status
 */
public record ExecutionView(long executionId, long instanceId, String job, String status, String exitStatus,
        String created, String started, String ended, Map<String, String> parameters, boolean leftByCrash,
        List<StepView> steps, Map<String, Long> documentsByStatus) {

    /** A step execution with its read, write, filter, commit, rollback... counts. */
    public record StepView(long stepExecutionId, String step, String status, String exitStatus, String started,
            String ended, Map<String, Long> metrics) {

        static StepView of(StepExecution s) {
            Map<String, Long> metrics = new LinkedHashMap<>();
            Executions.metrics(s).forEach((type, value) -> metrics.put(type.name(), value));
            return new StepView(s.getStepExecutionId(), s.getStepName(), s.getBatchStatus().name(), s.getExitStatus(),
                    iso(s.getStartTime()), iso(s.getEndTime()), metrics);
        }
    }

    static ExecutionView summary(JobOperator operator, JobExecution e, boolean leftByCrash) {
        return of(operator, e, leftByCrash, null, null);
    }

    static ExecutionView detail(JobOperator operator, JobExecution e, boolean leftByCrash) {
        List<StepView> steps = operator.getStepExecutions(e.getExecutionId()).stream().map(StepView::of).toList();
        Map<String, Long> documents = null;
        if (Executions.JOB.equals(e.getJobName())) {
            documents = DespatchRuntime.store().statusCounts(Executions.ofInstance(operator, e.getExecutionId()));
        }
        return of(operator, e, leftByCrash, steps, documents);
    }

    private static ExecutionView of(JobOperator operator, JobExecution e, boolean leftByCrash, List<StepView> steps,
            Map<String, Long> documents) {
        Map<String, String> params = new TreeMap<>();
        Executions.effectiveParameters(operator, e.getExecutionId())
                .forEach((k, v) -> params.put(k.toString(), v.toString()));
        return new ExecutionView(e.getExecutionId(), operator.getJobInstance(e.getExecutionId()).getInstanceId(),
                e.getJobName(), e.getBatchStatus().name(), e.getExitStatus(), iso(e.getCreateTime()),
                iso(e.getStartTime()), iso(e.getEndTime()), params, leftByCrash, steps, documents);
    }

    private static String iso(Date d) {
        return d == null ? null : d.toInstant().toString();
    }
}
