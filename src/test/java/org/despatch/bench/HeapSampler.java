package org.despatch.bench;

import java.util.concurrent.atomic.AtomicLong;

/** Samples the used heap every 50 ms between begin and end; the peak is what a run needed at most. */
final class HeapSampler extends Thread {
    private final AtomicLong peak = new AtomicLong();
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
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    long end() throws InterruptedException {
        running = false;
        join();
        return peak.get();
    }
}
