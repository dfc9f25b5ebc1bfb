package org.despatch.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples used heap every 50 ms, and the resident memory of this JVM plus its child processes (the parse
 * workers; Linux /proc only); the peaks of a sampled interval.
 */
final class HeapSampler extends Thread {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakResidentTree = new AtomicLong();
    private volatile boolean running = true;

    static HeapSampler begin() {
        System.gc();
        HeapSampler s = new HeapSampler();
        s.setDaemon(true);
        s.start();
        return s;
    }

    @Override
    public void run() {
        Runtime rt = Runtime.getRuntime();
        while (running) {
            peak.accumulateAndGet(rt.totalMemory() - rt.freeMemory(), Math::max);
            long rss = residentBytes(ProcessHandle.current().pid()) + ProcessHandle.current().descendants()
                    .mapToLong(p -> residentBytes(p.pid())).sum();
            peakResidentTree.accumulateAndGet(rss, Math::max);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long peakResidentTree() {
        return peakResidentTree.get();
    }

    private static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return 1024 * Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process just ended
        }
        return 0;
    }

    long end() throws InterruptedException {
        running = false;
        join();
        return peak.get();
    }
}
