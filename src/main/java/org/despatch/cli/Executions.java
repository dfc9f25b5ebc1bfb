package org.despatch.cli;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobException;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Looking up archive-ingest executions in the job repository. */
final class Executions {

    static final String JOB = "archive-ingest";

    private Executions() {
    }

    /** The most recent executions, newest first. */
    static List<JobExecution> recent(JobOperator operator, int limit) {
        List<JobExecution> all = new ArrayList<>();
        try {
            for (JobInstance instance : operator.getJobInstances(JOB, 0, limit)) {
                all.addAll(operator.getJobExecutions(instance));
            }
        } catch (NoSuchJobException e) {
            return all;
        }
        all.sort(Comparator.comparingLong(JobExecution::getExecutionId).reversed());
        return all.size() > limit ? all.subList(0, limit) : all;
    }

    static Optional<Long> latest(JobOperator operator) {
        return recent(operator, 1).stream().map(JobExecution::getExecutionId).findFirst();
    }
}
