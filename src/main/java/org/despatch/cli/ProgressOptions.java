package org.despatch.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How a command that runs a job shows its progress. */
final class ProgressOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-q", "--quiet"}, description = "No live progress, only the summary.")
    boolean quiet;

    private int intervalSeconds;

    /** Checked as it is parsed, so that a bad value stops the command before its job starts. */
    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "0",
            description = "Seconds between progress lines (default: 1 on a terminal, 10 otherwise).")
    void setIntervalSeconds(int seconds) {
        if (seconds < 0) {
            throw new ParameterException(spec.commandLine(), "--progress-interval must be 0 (the default) or more: "
                    + seconds);
        }
        intervalSeconds = seconds;
    }

    JobWatcher watcher(PrintWriter out) {
        return new JobWatcher(out, spec.commandLine().getErr(), quiet, intervalSeconds);
    }
}
