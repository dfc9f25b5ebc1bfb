package org.despatch.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** How a command that runs a job shows its progress. */
final class ProgressOptions {

    @Option(names = {"-q", "--quiet"}, description = "No live progress, only the summary.")
    boolean quiet;

    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "0",
            description = "Seconds between progress lines (default: 1 on a terminal, 10 otherwise).")
    int intervalSeconds;

    JobWatcher watcher(PrintWriter out) {
        return new JobWatcher(out, quiet, intervalSeconds);
    }
}
