package org.despatch.server;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.despatch.batch.IngestParameters;
import org.despatch.control.Executions;

/**
 * Starting and restarting jobs on the server, for the REST API and the nightly timer. An execution still marked
 * running that was started before this server process is one a crash left behind: it runs nowhere, does not block
 * a new run, and can be restarted (JBeret's force mode). With one server per database this is exact; servers
 * sharing a database must not restart each other's executions.
 */
@ApplicationScoped
public class JobControl {

    private static final long PROCESS_STARTED = ManagementFactory.getRuntimeMXBean().getStartTime();

    public JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    /** Refused because an execution of the same job is running: one at a time, for the nightly timer and the API. */
    public static final class AlreadyRunningException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        AlreadyRunningException(JobExecution running) {
            super(running.getJobName() + " execution " + running.getExecutionId() + " is still running (one at a time)");
        }
    }

    /**
     * Starts the job; archive-ingest's parameters are checked first (IllegalArgumentException, one line). Two
     * archive-ingest executions never run at once: they would take the same waiting documents.
     */
    public synchronized long start(String job, Properties params) {
        if (Executions.JOB.equals(job)) {
            IngestParameters.validate(params);
            refuseWhileRunning(job);
        }
        return operator().start(job, params);
    }

    /** Restarts a failed, stopped or crash-abandoned execution with the given parameter overrides. */
    public synchronized long restart(long executionId, Map<String, String> overrides) {
        JobExecution e = operator().getJobExecution(executionId);
        boolean leftByCrash = Executions.isMarkedRunning(e.getBatchStatus()) && !startedByThisProcess(e);
        if (Executions.isMarkedRunning(e.getBatchStatus()) && !leftByCrash) {
            throw new IllegalStateException("execution " + executionId + " is still running; stop it first");
        }
        Properties params = Executions.restartParameters(operator(), executionId, overrides, leftByCrash);
        if (Executions.JOB.equals(e.getJobName())) {
            refuseWhileRunning(e.getJobName());
        }
        return operator().restart(executionId, params);
    }

    private void refuseWhileRunning(String job) {
        List<JobExecution> running = running(job);
        if (!running.isEmpty()) {
            throw new AlreadyRunningException(running.get(0));
        }
    }

    /** The executions of the job that are really running in this server now, newest first. */
    public List<JobExecution> running(String job) {
        return Executions.recent(operator(), job, 50).stream()
                .filter(e -> Executions.isMarkedRunning(e.getBatchStatus()) && startedByThisProcess(e)).toList();
    }

    /** Marked running but started before this server process: abandoned by a crash. */
    public boolean leftByCrash(JobExecution e) {
        return Executions.isMarkedRunning(e.getBatchStatus()) && !startedByThisProcess(e);
    }

    private static boolean startedByThisProcess(JobExecution e) {
        return e.getCreateTime() != null && e.getCreateTime().getTime() >= PROCESS_STARTED;
    }
}
