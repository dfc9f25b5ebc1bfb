package org.despatch.cli;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import java.io.PrintWriter;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.despatch.control.Executions;
import org.despatch.runtime.DespatchRuntime;
import org.jberet.runtime.JobExecutionImpl;

/**
 * While a command starts and follows an execution, Ctrl-C or a SIGTERM (a service manager stopping the nightly run)
 * stops the execution at its next checkpoint, so that it ends STOPPED and {@code despatch restart} takes it on from
 * there, instead of leaving it marked STARTING or STARTED by a process that is gone. The hook is in place before the
 * execution is started: JBeret's start takes seconds, and the execution exists in its repository before the start
 * returns its id. The database is closed after the stop, not beside it: neither H2 nor Weld close themselves on exit
 * in this process (see {@code DatabaseConfig}, {@code CdiArtifactFactory}).
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

    private final PrintWriter err;
    private final long stopWaitSeconds;
    private final Thread hook;
    private final CountDownLatch followed = new CountDownLatch(1);
    /** Guarded by this: whether a signal came, and the execution once started (0 before). */
    private boolean signalled;
    private long executionId;

    /** Registers the hook; {@link #close()} removes it once the execution has ended. */
    StopOnSignal(PrintWriter err) {
        this(err, STOP_WAIT_SECONDS);
    }

    /** With another wait for the checkpoint: for tests, which cannot wait a minute. */
    StopOnSignal(PrintWriter err, long stopWaitSeconds) {
        this.err = err;
        this.stopWaitSeconds = stopWaitSeconds;
        hook = new Thread(this::onSignal, "despatch-stop-on-signal");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Starts the execution, unless a signal came first. A signal during the start waits for it to return, then
     * stops the execution it started.
     *
     * @return the execution's id, or empty if a signal came before it was started
     */
    synchronized OptionalLong start(LongSupplier starter) {
        if (signalled) {
            return OptionalLong.empty();
        }
        executionId = starter.getAsLong();
        return OptionalLong.of(executionId);
    }

    /** The hook's work: package-private for tests, which cannot send their own JVM a signal. */
    void onSignal() {
        long id;
        synchronized (this) {
            signalled = true;
            id = executionId;
        }
        if (id != 0) {
            stop(id);
        } else {
            err.println("stopped before the execution was started: nothing to restart");
            err.flush();
        }
    }

    private void stop(long id) {
        JobOperator operator = DespatchRuntime.jobOperator();
        JobExecution execution = operator.getJobExecution(id);
        if (!Executions.isMarkedRunning(execution.getBatchStatus())) {
            return;
        }
        err.println(execution.getJobName() + " execution " + id + ": stopping at the next checkpoint "
                + "(up to " + stopWaitSeconds + " s); 'despatch restart' goes on from there");
        err.flush();
        try {
            operator.stop(id);
            ((JobExecutionImpl) execution).awaitTermination(stopWaitSeconds, TimeUnit.SECONDS);
        } catch (RuntimeException e) {
            err.println(execution.getJobName() + " execution " + id + " could not be stopped: "
                    + DespatchCommand.oneLine(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (Executions.isMarkedRunning(execution.getBatchStatus())) {
            // the database stays open under the step that is still at work: closed beneath it, the step would end
            // FAILED inside a STOPPED job; left as a kill leaves it, the restart takes it for one whose process died
            err.println(execution.getJobName() + " execution " + id + " did not reach its checkpoint within "
                    + stopWaitSeconds + " s and is left " + execution.getBatchStatus()
                    + "; 'despatch restart' goes on from its last checkpoint");
            err.flush();
            return;
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
