package org.despatch.cli;

import jakarta.batch.operations.JobExecutionAlreadyCompleteException;
import jakarta.batch.operations.JobExecutionNotMostRecentException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.JobRestartException;
import jakarta.batch.runtime.BatchStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.despatch.control.Executions;
import org.despatch.runtime.DespatchRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code despatch restart [ID|--last]}: restarts a failed, stopped or crashed execution from its checkpoint.
 * An execution still marked STARTED in the database is taken to belong to a process that died (an embedded
 * database is used by one process at a time) and is restarted in JBeret's {@code force} mode; with a shared
 * database, make sure no other process is still running it.
 */
@Command(name = "restart", mixinStandardHelpOptions = true,
        description = {"Restarts a failed, stopped or crashed archive-ingest execution from where its rows say.",
                "A fault injected with faultInjection is not carried over."})
final class RestartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXECUTION_ID",
            description = "The execution to restart (default: the most recent).")
    Long executionId;

    @Option(names = "--last", description = "Restart the most recent execution (the default).")
    boolean last;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Override a job parameter; repeatable.")
    List<String> params = new ArrayList<>();

    @Mixin
    ProgressOptions progress;

    @Override
    public Integer call() throws Exception {
        if (executionId != null && last) {
            throw new UsageError("give an EXECUTION_ID or --last, not both");
        }
        db.startExisting();
        JobOperator operator = DespatchRuntime.jobOperator();
        long id = executionId != null ? executionId : Executions.latest(operator)
                .orElseThrow(() -> new UsageError("no archive-ingest execution to restart"));
        BatchStatus status = operator.getJobExecution(id).getBatchStatus();
        // Still marked running, and not by this process (an embedded database has one user): its process died.
        boolean abandonedByDeadProcess = Executions.isMarkedRunning(status);
        Properties restartParams;
        try {
            restartParams = Executions.restartParameters(operator, id, JobParameterOptions.parse(params),
                    abandonedByDeadProcess);
        } catch (IllegalArgumentException | JobRestartException | JobExecutionNotMostRecentException
                | JobExecutionAlreadyCompleteException e) {
            throw new UsageError(e.getMessage());
        }
        return progress.watcher(spec.commandLine().getOut()).startAndFollow(() -> operator.restart(id, restartParams),
                newId -> spec.commandLine().getErr().println("archive-ingest execution " + id + " restarted as "
                        + newId));
    }
}
