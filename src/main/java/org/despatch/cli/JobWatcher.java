package org.despatch.cli;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.StepExecution;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import org.despatch.persist.ArchiveStore;
import org.despatch.persist.Stage;
import org.despatch.control.Executions;
import org.despatch.runtime.DespatchRuntime;
import org.jberet.runtime.JobExecutionImpl;

/**
 * Follows a running job execution to its end, showing live progress (the current step, how many documents it has
 * taken through of the total, how many are done, elapsed time), then a summary. Waits with {@code awaitTermination}, never by polling the batch status.
 */
final class JobWatcher {

    /** The stage each document step reads from, to show how far the step has come. */
    private static final java.util.Map<String, Stage> STEP_INPUT = java.util.Map.of("extract", Stage.PENDING,
            "segment", Stage.EXTRACTED, "dedupe", Stage.SEGMENTED, "classify", Stage.DEDUPED);

    /** How often the job's end is checked for. */
    static final long TICK_MILLIS = 250;

    private final JobOperator operator = DespatchRuntime.jobOperator();
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;
    private final long intervalMillis;

    /** @param intervalSeconds seconds between progress lines; 0 for the default (1 on a terminal, 10 in a log) */
    JobWatcher(PrintWriter out, PrintWriter err, boolean quiet, int intervalSeconds) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
        this.intervalMillis = 1000L * (intervalSeconds > 0 ? intervalSeconds : System.console() != null ? 1 : 10);
    }

    /**
     * Starts an execution and follows it to its end; a signal meanwhile, from before the start on, stops it at its
     * next checkpoint ({@link StopOnSignal}).
     *
     * @param start   starts the execution and returns its id
     * @param started told the id, to say that the execution started
     * @return 0 when the execution COMPLETED, 1 otherwise (and when a signal came before the start)
     */
    int startAndFollow(LongSupplier start, LongConsumer started) throws InterruptedException {
        try (StopOnSignal stopOnSignal = new StopOnSignal(err)) {
            OptionalLong id = stopOnSignal.start(start);
            if (id.isEmpty()) {
                return DespatchCommand.EXIT_JOB_FAILED;  // the JVM is exiting: nothing was started
            }
            started.accept(id.getAsLong());
            return watch(id.getAsLong());
        }
    }

    private int watch(long executionId) throws InterruptedException {
        JobExecutionImpl execution = (JobExecutionImpl) operator.getJobExecution(executionId);
        long start = System.nanoTime();
        boolean terminal = System.console() != null;
        long nextLine = start + intervalMillis * 1_000_000;
        do {
            execution.awaitTermination(TICK_MILLIS, TimeUnit.MILLISECONDS);
            if (!quiet && System.nanoTime() >= nextLine && isRunning(execution)) {
                out.print((terminal ? "\r" : "") + progressLine(execution, start) + (terminal ? "" : "\n"));
                out.flush();
                nextLine += intervalMillis * 1_000_000;
            }
        } while (isRunning(execution));
        if (terminal && !quiet) {
            out.println();
        }
        out.println(summaryLine(execution, start));
        out.flush();
        return execution.getBatchStatus() == BatchStatus.COMPLETED ? 0 : DespatchCommand.EXIT_JOB_FAILED;
    }

    private static boolean isRunning(JobExecution execution) {
        BatchStatus s = execution.getBatchStatus();
        return s == BatchStatus.STARTING || s == BatchStatus.STARTED || s == BatchStatus.STOPPING;
    }

    private String progressLine(JobExecution execution, long start) {
        double seconds = Math.max(0.001, (System.nanoTime() - start) / 1e9);
        String step = currentStep(execution.getExecutionId());
        if (!Executions.JOB.equals(execution.getJobName())) {
            return String.format(Locale.ROOT, "[%s] %s elapsed   ", step, elapsed(seconds));
        }
        ArchiveStore.Progress p = DespatchRuntime.store().progress(executionsOfInstance(execution));
        Stage input = STEP_INPUT.get(step);
        if (input == null) {
            return String.format(Locale.ROOT, "[%s] %d documents registered, %s elapsed   ", step,
                    p.registered(), elapsed(seconds));
        }
        return String.format(Locale.ROOT, "[%s] %d/%d documents through this step, %d done, %s elapsed   ",
                step, p.past(input), p.registered(), p.past(Stage.DEDUPED), elapsed(seconds));
    }

    private String summaryLine(JobExecution execution, long start) {
        double seconds = (System.nanoTime() - start) / 1e9;
        String counts = "";
        if (Executions.JOB.equals(execution.getJobName())) {
            counts = DespatchRuntime.store().progress(executionsOfInstance(execution)).registered() + " documents ";
        }
        return String.format(Locale.ROOT, "%s execution %d %s in %s: %s(%s)", execution.getJobName(),
                execution.getExecutionId(), execution.getBatchStatus(), elapsed(seconds), counts,
                execution.getExitStatus());
    }

    private List<Long> executionsOfInstance(JobExecution execution) {
        return Executions.ofInstance(operator, execution.getExecutionId());
    }

    private String currentStep(long executionId) {
        List<StepExecution> steps = operator.getStepExecutions(executionId);
        return steps.isEmpty() ? "starting" : steps.get(steps.size() - 1).getStepName();
    }

    static String elapsed(double seconds) {
        Duration d = Duration.ofMillis((long) (seconds * 1000));
        return String.format(Locale.ROOT, "%02d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart());
    }
}
