package org.despatch.cli;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.despatch.control.Executions;
import org.despatch.runtime.DespatchRuntime;
import org.jberet.runtime.JobExecutionImpl;

/**
 * While a command follows an execution, Ctrl-C or a SIGTERM (a service manager stopping the nightly run) stops the
 * execution at its next checkpoint, so that it ends STOPPED and {@code despatch restart} takes it on from there,
 * instead of leaving it marked STARTED by a process that is gone. The database is closed after it, not beside it:
 * neither H2 nor Weld close themselves on exit in this process (see {@code DatabaseConfig}, {@code
 * CdiArtifactFactory}).
 */
final class StopOnSignal implements AutoCloseable {

    /**
     * How long the JVM's exit waits for the execution to reach its checkpoint: each partition finishes the document
     * in hand, which a slow parse can make long. Past it the process exits anyway; the execution is then left
     * STOPPING, and {@code despatch restart} takes it for one whose process died.
     */
    static final long STOP_WAIT_SECONDS = 60;
    /** How long the database stays open after the stop, for the command to print its summary from it. */
    static final long SUMMARY_WAIT_SECONDS = 10;

    private final Thread hook;
    private final CountDownLatch followed = new CountDownLatch(1);

    /** Registers the hook for {@code executionId}; {@link #close()} removes it once the execution has ended. */
    StopOnSignal(long executionId, PrintWriter err) {
        hook = new Thread(() -> stop(executionId, err, followed), "despatch-stop-on-signal");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private static void stop(long executionId, PrintWriter err, CountDownLatch followed) {
        JobOperator operator = DespatchRuntime.jobOperator();
        JobExecution execution = operator.getJobExecution(executionId);
        if (!Executions.isMarkedRunning(execution.getBatchStatus())) {
            return;
        }
        err.println(execution.getJobName() + " execution " + executionId + ": stopping at the next checkpoint "
                + "(up to " + STOP_WAIT_SECONDS + " s); 'despatch restart' goes on from there");
        err.flush();
        try {
            operator.stop(executionId);
            ((JobExecutionImpl) execution).awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            err.println(execution.getJobName() + " execution " + executionId + " could not be stopped: "
                    + DespatchCommand.oneLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            followed.await(SUMMARY_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        DespatchRuntime.stop();
    }

    /** Removes the hook; a no-op once the JVM is already exiting (the hook then runs, and finds nothing to stop). */
    @Override
    public void close() {
        followed.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException exiting) {
            // the hook is running or has run
        }
    }
}
