package org.despatch.extract;

/**
 * How the parse worker processes are run, each with a named default.
 *
 * @param heapMb       heap cap (-Xmx) of each worker; a document that exhausts it ends as CRASHED
 * @param recycleAfter a worker is replaced after this many documents, so leaks in parsers cannot pile up
 */
public record WorkerSettings(int heapMb, int recycleAfter) {

    public static final int DEFAULT_HEAP_MB = 512;
    public static final int DEFAULT_RECYCLE_AFTER = 10000;
    /** Below this a JVM with Tika loaded cannot start. */
    public static final int MIN_HEAP_MB = 48;

    public static final WorkerSettings DEFAULTS = new WorkerSettings(DEFAULT_HEAP_MB, DEFAULT_RECYCLE_AFTER);

    public WorkerSettings {
        if (heapMb < MIN_HEAP_MB || recycleAfter <= 0) {
            throw new IllegalArgumentException("worker heap must be at least " + MIN_HEAP_MB
                    + " MB and recycleAfter positive: " + heapMb + ", " + recycleAfter);
        }
    }
}
