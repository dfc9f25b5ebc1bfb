package org.despatch.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.despatch.batch.IngestParameters;
import org.despatch.control.Executions;
import org.despatch.runtime.DespatchRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code despatch ingest PATH}: runs archive-ingest and follows it to the end. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Runs the archive-ingest job over a folder (recursively) or an archive",
                "(zip, tar, tgz, gz, bz2, 7z), showing progress; mail attachments and files",
                "embedded in documents get rows of their own.",
                "Exits 0 only when the job COMPLETED; 2 for a bad path, database or parameter;",
                "1 otherwise.",
                "Parameters (--param name=value) and their defaults:",
                "  chunkSize=20, partitions=0 (one per core), scanChunkSize=100, maxDepth=5,",
                "  maxEmbeddedCount=100000, maxFileSizeBytes=209715200, maxChars=5000000,",
                "  parseTimeoutSeconds=120, workerHeapMb=512, workerRecycleAfter=10000,",
                "  ocr=false, nearDuplicateThreshold=0.6, containmentThreshold=0.9,",
                "  passwordFile=FILE (none by default: one password a line, tried on encrypted documents),",
                "  retryStatuses=CRASHED,TIMEOUT,EMPTY,PARTIAL,ENCRYPTED (none by default),",
                "  faultInjection=step:n"})
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Parameters(index = "0", paramLabel = "PATH", description = "Folder or archive file of documents.")
    Path input;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A job parameter; repeatable.")
    List<String> params = new ArrayList<>();

    @Mixin
    ProgressOptions progress;

    @Override
    public Integer call() throws Exception {
        if (input.toString().isBlank()) {
            // an unset variable in a cron line: the working folder is never what was meant
            throw new UsageError("input is empty: give the folder or archive file to ingest");
        }
        if (!Files.exists(input)) {
            throw new UsageError("input not found: " + input);
        }
        Properties jobParams;
        try {
            jobParams = IngestParameters.of(input, JobParameterOptions.parse(params));
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
        db.start();
        for (long dead : DespatchRuntime.failExecutionsOfDeadProcesses(Executions.JOB)) {
            spec.commandLine().getErr().println("archive-ingest execution " + dead + " was left running by a "
                    + "process that died: marked FAILED (an ingest of its input finishes its documents, as does "
                    + "despatch restart " + dead + ")");
        }
        return progress.watcher(spec.commandLine().getOut()).startAndFollow(
                () -> DespatchRuntime.jobOperator().start("archive-ingest", jobParams),
                id -> spec.commandLine().getErr().println("archive-ingest execution " + id + " started on " + input));
    }
}
