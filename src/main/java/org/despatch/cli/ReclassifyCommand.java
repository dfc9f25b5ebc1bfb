package org.despatch.cli;

import java.util.Properties;
import java.util.concurrent.Callable;
import org.despatch.batch.IngestParameters;
import org.despatch.classify.ParagraphClassifier;
import org.despatch.runtime.DespatchRuntime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code despatch reclassify}: labels the stored paragraphs and sections again with the current classifier
 * (job archive-reclassify), without re-extracting. Documents already labelled by the current model version are
 * skipped, so it can be stopped and run again.
 */
@Command(name = "reclassify", mixinStandardHelpOptions = true,
        description = "Re-labels every readable document whose labels came from another classifier version.")
final class ReclassifyCommand implements Callable<Integer> {

    static final String JOB = "archive-reclassify";

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOption db;

    @Mixin
    ProgressOptions progress;

    @Option(names = "--chunk-size", defaultValue = "20", description = "Documents per chunk (default ${DEFAULT-VALUE}).")
    int chunkSize;

    @Option(names = "--partitions", defaultValue = "0", description = "Parallel partitions; 0: one per processor.")
    int partitions;

    @Override
    public Integer call() throws Exception {
        if (chunkSize <= 0 || partitions < 0) {
            throw new UsageError("--chunk-size must be positive and --partitions 0 or more");
        }
        db.startExisting();
        Properties params = new Properties();
        params.setProperty(IngestParameters.CHUNK_SIZE, Integer.toString(chunkSize));
        params.setProperty(IngestParameters.PARTITIONS, Integer.toString(partitions));
        return progress.watcher(spec.commandLine().getOut()).startAndFollow(
                () -> DespatchRuntime.jobOperator().start(JOB, params),
                id -> spec.commandLine().getErr().println(JOB + " execution " + id + " started: labels from "
                        + ParagraphClassifier.modelVersion()));
    }
}
