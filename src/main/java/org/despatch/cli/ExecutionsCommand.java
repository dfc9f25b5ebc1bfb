package org.despatch.cli;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.despatch.persist.ArchiveStore;
import org.despatch.control.Executions;
import org.despatch.runtime.DespatchRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code despatch executions}: recent archive-ingest executions with status and document counts. */
@Command(name = "executions", mixinStandardHelpOptions = true,
        description = "Lists recent archive-ingest executions: status, exit status, times, documents.")
final class ExecutionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Option(names = "--limit", defaultValue = "20", description = "How many (default ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new UsageError("--limit must be 1 or more: " + limit);
        }
        db.startExisting();
        JobOperator operator = DespatchRuntime.jobOperator();
        PrintWriter out = spec.commandLine().getOut();
        List<JobExecution> executions = Executions.recent(operator, limit);
        if (executions.isEmpty()) {
            out.println("no archive-ingest executions in " + db.displayUrl());
            return 0;
        }
        out.printf("%-9s %-9s %-10s %-19s %-19s %9s  %s%n", "execution", "instance", "status", "started",
                "ended", "documents", "exit status");
        for (JobExecution e : executions) {
            long instance = operator.getJobInstance(e.getExecutionId()).getInstanceId();
            // a restart registers nothing new: its count is its instance's, up to and including it
            List<Long> upToThis = Executions.ofInstance(operator, e.getExecutionId()).stream()
                    .filter(id -> id <= e.getExecutionId()).toList();
            ArchiveStore.Progress p = DespatchRuntime.store().progress(upToThis);
            out.printf("%-9d %-9d %-10s %-19s %-19s %9d  %s%n", e.getExecutionId(), instance, e.getBatchStatus(),
                    Times.format(e.getStartTime()), Times.format(e.getEndTime()), p.registered(),
                    e.getExitStatus() == null ? "" : e.getExitStatus());
        }
        return 0;
    }
}
