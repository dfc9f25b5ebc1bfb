package org.despatch.cli;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.io.PrintWriter;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.despatch.control.Executions;
import org.despatch.persist.DocumentEntity;
import org.despatch.runtime.DespatchRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code despatch status [ID]}: one execution, its steps with their metrics, and its documents by status. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows an execution (default: the most recent): status, steps and metrics, documents.")
final class StatusCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Parameters(index = "0", arity = "0..1", paramLabel = "EXECUTION_ID")
    Long executionId;

    @Override
    public Integer call() {
        db.startExisting();
        JobOperator operator = DespatchRuntime.jobOperator();
        long id = executionId != null ? executionId : Executions.latest(operator)
                .orElseThrow(() -> new UsageError("no archive-ingest executions in " + db.displayUrl()));
        JobExecution e = operator.getJobExecution(id);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("execution %d (%s, instance %d): %s%n", id, e.getJobName(),
                operator.getJobInstance(id).getInstanceId(), e.getBatchStatus());
        out.printf("  exit status: %s%n  started: %s  ended: %s%n  parameters: %s%n", e.getExitStatus(),
                Times.format(e.getStartTime()), Times.format(e.getEndTime()), new TreeMap<>(e.getJobParameters()));
        out.printf("  %-9s %-10s %6s %6s %6s %7s %9s%n", "step", "status", "read", "write", "filter", "commits",
                "rollbacks");
        for (StepExecution s : operator.getStepExecutions(id)) {
            Map<Metric.MetricType, Long> m = Executions.metrics(s);
            out.printf("  %-9s %-10s %6d %6d %6d %7d %9d%n", s.getStepName(), s.getBatchStatus(),
                    m.getOrDefault(Metric.MetricType.READ_COUNT, 0L), m.getOrDefault(Metric.MetricType.WRITE_COUNT, 0L),
                    m.getOrDefault(Metric.MetricType.FILTER_COUNT, 0L), m.getOrDefault(Metric.MetricType.COMMIT_COUNT, 0L),
                    m.getOrDefault(Metric.MetricType.ROLLBACK_COUNT, 0L));
        }
        Map<String, Long> byStatus = DespatchRuntime.store().statusCounts(Executions.ofInstance(operator, id));
        // PENDING is no way for a document to end but a wait for extraction (a run stopped or failed before it)
        Long pending = byStatus.remove(DocumentEntity.STATUS_PENDING);
        out.printf("  documents of this job instance by status: %s%s%n", byStatus,
                pending == null ? "" : "; not yet extracted: " + pending);
        return 0;
    }
}
