package org.despatch.control;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.despatch.batch.IngestParameters;

/**
 * Looking up and restarting job executions in the job repository; shared by the command line and the server's
 * REST API.
 */
public final class Executions {

    public static final String JOB = "archive-ingest";

    private Executions() {
    }

    /** The most recent archive-ingest executions, newest first. */
    public static List<JobExecution> recent(JobOperator operator, int limit) {
        return recent(operator, JOB, limit);
    }

    /** The most recent executions of the job, newest first. */
    public static List<JobExecution> recent(JobOperator operator, String job, int limit) {
        List<JobExecution> all = new ArrayList<>();
        try {
            for (JobInstance instance : operator.getJobInstances(job, 0, limit)) {
                all.addAll(operator.getJobExecutions(instance));
            }
        } catch (NoSuchJobException e) {
            return all;
        }
        all.sort(Comparator.comparingLong(JobExecution::getExecutionId).reversed());
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    public static Optional<Long> latest(JobOperator operator) {
        return recent(operator, 1).stream().map(JobExecution::getExecutionId).findFirst();
    }

    /** STARTING, STARTED or STOPPING: marked as running in the repository. */
    public static boolean isMarkedRunning(BatchStatus status) {
        return status == BatchStatus.STARTING || status == BatchStatus.STARTED || status == BatchStatus.STOPPING;
    }

    /** A step's metrics by type. */
    public static Map<Metric.MetricType, Long> metrics(StepExecution step) {
        Map<Metric.MetricType, Long> m = new EnumMap<>(Metric.MetricType.class);
        for (Metric metric : step.getMetrics()) {
            m.put(metric.getType(), metric.getValue());
        }
        return m;
    }

    /** The executions of the job instance of the given execution, restarts included. */
    public static List<Long> ofInstance(JobOperator operator, long executionId) {
        return operator.getJobExecutions(operator.getJobInstance(executionId)).stream()
                .map(JobExecution::getExecutionId).toList();
    }

    /**
     * The parameters an execution ran with: its job instance's first execution's, with the overrides of each
     * restart up to this one laid over them (on WildFly a restarted execution records only its overrides).
     * JBeret's own entries ({@code jberet.*}) are left out.
     */
    public static Properties effectiveParameters(JobOperator operator, long executionId) {
        List<JobExecution> chain = new ArrayList<>(operator.getJobExecutions(operator.getJobInstance(executionId)));
        chain.sort(Comparator.comparingLong(JobExecution::getExecutionId));
        Properties merged = new Properties();
        for (JobExecution e : chain) {
            if (e.getExecutionId() <= executionId && e.getJobParameters() != null) {
                merged.putAll(e.getJobParameters());
            }
        }
        merged.stringPropertyNames().stream().filter(n -> n.startsWith("jberet.")).forEach(merged::remove);
        return merged;
    }

    /**
     * Refuses, in words that say what to do, the executions JBeret would refuse with its own codes ("JBERET000609:
     * Job execution 1 has already completed ..."): one that COMPLETED, one an operator ABANDONED, and one that was
     * already restarted, whose job is now the later execution's. The exceptions are Jakarta Batch's own, so the
     * server answers them as conflicts with the execution's state (409), as it did JBeret's.
     *
     * @throws jakarta.batch.operations.BatchRuntimeException with a one-line message
     */
    static void checkRestartable(JobOperator operator, long executionId) {
        BatchStatus status = operator.getJobExecution(executionId).getBatchStatus();
        long latest = ofInstance(operator, executionId).stream().mapToLong(Long::longValue).max().orElse(executionId);
        if (latest > executionId) {
            BatchStatus later = operator.getJobExecution(latest).getBatchStatus();
            throw new JobExecutionNotMostRecentException("execution " + executionId + " was restarted as execution "
                    + latest + (later == BatchStatus.COMPLETED ? ", which COMPLETED: nothing to restart"
                    : " (" + later + "): restart " + latest + " instead"));
        }
        if (status == BatchStatus.COMPLETED) {
            throw new JobExecutionAlreadyCompleteException("execution " + executionId
                    + " COMPLETED: nothing to restart");
        }
        if (status == BatchStatus.ABANDONED) {
            throw new JobRestartException("execution " + executionId + " was ABANDONED, and an abandoned "
                    + "execution is never restarted: start a new ingest");
        }
    }

    /**
     * The parameters to restart an execution with: the overrides, and an injected fault cleared (restart() merges
     * these over the original parameters). For archive-ingest the merged parameters are checked before any work.
     *
     * @param abandonedByDeadProcess the execution is still marked running, but the process that ran it has died
     *        (kill -9, power cut): JBeret's {@code force} mode lets it be restarted anyway
     * @throws IllegalArgumentException with a one-line message for a bad parameter
     * @throws jakarta.batch.operations.BatchRuntimeException for an execution not to be restarted
     *         ({@link #checkRestartable})
     */
    public static Properties restartParameters(JobOperator operator, long executionId, Map<String, String> overrides,
            boolean abandonedByDeadProcess) {
        checkRestartable(operator, executionId);
        if (overrides.containsKey(IngestParameters.INPUT)) {
            throw new IllegalArgumentException("a restart continues the same input; start a new ingest for another one");
        }
        Properties restart = new Properties();
        restart.setProperty(IngestParameters.FAULT_INJECTION, "");
        restart.putAll(overrides);
        restart.replaceAll((name, value) -> value.toString().strip());  // as validate strips a new run's
        if (JOB.equals(operator.getJobExecution(executionId).getJobName())) {
            Properties merged = effectiveParameters(operator, executionId);
            merged.putAll(restart);
            IngestParameters.validate(merged);
        }
        if (abandonedByDeadProcess) {
            restart.setProperty(IngestParameters.RESTART_MODE, "force");
        }
        return restart;
    }
}
