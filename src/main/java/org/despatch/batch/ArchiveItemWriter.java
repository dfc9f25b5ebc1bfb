package org.despatch.batch;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.despatch.persist.ArchiveStore;
import org.despatch.runtime.DespatchRuntime;

/**
 * Writes a chunk of any step's output through the {@link ArchiveStore}, in one transaction per kind of item.
 * Each write moves the documents on to their next stage in the same transaction, which is what makes a replayed
 * chunk harmless.
 *
 * <pre>{@code <writer ref="archiveItemWriter"/>}</pre>
 */
@Named
@Dependent
public class ArchiveItemWriter extends AbstractItemWriter {

    @Inject
    JobContext jobContext;

    @Override
    public void writeItems(List<Object> items) {
        ArchiveStore store = DespatchRuntime.store();
        List<ArchiveStore.NewDocument> registered = new ArrayList<>();
        List<ArchiveStore.Extracted> extracted = new ArrayList<>();
        List<ArchiveStore.Segmented> segmented = new ArrayList<>();
        List<ArchiveStore.Deduplicated> deduped = new ArrayList<>();
        List<ArchiveStore.Classified> classified = new ArrayList<>();
        List<ArchiveStore.Failed> failed = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof ArchiveStore.NewDocument x) {
                registered.add(x);
            } else if (item instanceof ArchiveStore.Extracted x) {
                extracted.add(x);
            } else if (item instanceof ArchiveStore.Segmented x) {
                segmented.add(x);
            } else if (item instanceof ArchiveStore.Deduplicated x) {
                deduped.add(x);
            } else if (item instanceof ArchiveStore.Classified x) {
                classified.add(x);
            } else if (item instanceof ArchiveStore.Failed x) {
                failed.add(x);
            } else {
                throw new IllegalArgumentException("archiveItemWriter cannot write " + item.getClass().getName());
            }
        }
        if (!registered.isEmpty()) {
            store.register(registered, jobContext.getExecutionId());
        }
        store.saveExtractions(extracted, jobContext.getExecutionId());
        store.saveSegmentations(segmented);
        store.saveDeduplications(deduped);
        store.saveClassifications(classified);
        store.saveFailures(failed);
    }
}
