package org.despatch.batch;

import jakarta.batch.runtime.context.StepContext;

/**
 * Word, within one partition of the extract step, that a parse deferred embedded documents (see
 * {@link org.despatch.extract.EmbeddedResult#deferred}): they are registered waiting, by the writer, and this
 * partition's reader must read on after them. So the chunk is committed right after that document
 * ({@link ExtractCheckpoints}), and the reader looks again once it has read everything it had found
 * ({@link DocumentStageReader}). Kept as the step context's transient user data, which is the partition's own.
 */
final class DeferredDocuments {

    private boolean toCommit;
    private boolean toRead;

    private DeferredDocuments() {
    }

    /** The document being processed deferred embedded documents. */
    static void registered(StepContext step) {
        DeferredDocuments word = of(step);
        word.toCommit = true;
        word.toRead = true;
    }

    /** Whether the chunk is to be committed now; asking clears it. */
    static boolean takeCommit(StepContext step) {
        DeferredDocuments word = of(step);
        boolean now = word.toCommit;
        word.toCommit = false;
        return now;
    }

    /** Whether documents were deferred since the reader last asked; asking clears it. */
    static boolean takeUnread(StepContext step) {
        DeferredDocuments word = of(step);
        boolean unread = word.toRead;
        word.toRead = false;
        return unread;
    }

    private static DeferredDocuments of(StepContext step) {
        if (step.getTransientUserData() instanceof DeferredDocuments word) {
            return word;
        }
        DeferredDocuments word = new DeferredDocuments();
        step.setTransientUserData(word);
        return word;
    }
}
