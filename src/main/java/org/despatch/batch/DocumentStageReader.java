package org.despatch.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.enterprise.context.Dependent;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import org.despatch.classify.ParagraphClassifier;
import org.despatch.persist.ArchiveStore;
import org.despatch.persist.Stage;
import org.despatch.runtime.DespatchRuntime;

/**
 * Reads the ids of the documents waiting at one stage, in id order, a page at a time.
 *
 * <p>It positions itself from the application tables, not from the checkpoint: a document is read while its
 * stage says it is waiting, and the writer moves it on in the transaction that stores the output. After a crash
 * the checkpoint may be behind or ahead of the rows; the stage column is not. The checkpoint (the last id handed
 * out) is kept only to show progress.
 *
 * <p>In a partitioned step it reads only its share: the documents whose id modulo {@code partitions} is
 * {@code partition} (see {@link DocumentPartitionMapper}); waiting to be extracted, the id of the file a document
 * was found in ({@link ArchiveStore#idsAt}). In the extract step it looks again, once it has read all it found,
 * when a parse has deferred documents since ({@link DeferredDocuments}).
 *
 * <pre>{@code
 * <reader ref="documentStageReader">
 *   <properties>
 *     <property name="stage" value="PENDING"/>
 *     <property name="partition" value="#{partitionPlan['partition']}"/>
 *     <property name="partitions" value="#{partitionPlan['partitions']}"/>
 *   </properties>
 * </reader>
 * }</pre>
 */
@Named
@Dependent
public class DocumentStageReader extends AbstractItemReader {

    /** Ids fetched per query. */
    static final int PAGE_SIZE = 500;

    /** The stage whose documents this step processes (a {@link Stage} name). Required. */
    @Inject
    @BatchProperty
    String stage;

    /** This reader's partition, 0-based; default 0. */
    @Inject
    @BatchProperty
    Integer partition;

    /** How many partitions share the step; default 1 (no partitioning). */
    @Inject
    @BatchProperty
    Integer partitions;

    /**
     * With stage DONE: read only readable documents whose labels came from another model version than the
     * current one (re-classification). Default false.
     */
    @Inject
    @BatchProperty
    Boolean outdatedLabelsOnly;

    @Inject
    StepContext stepContext;

    private Stage waitingAt;
    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;
    private boolean exhausted;

    @Override
    public void open(Serializable checkpoint) {
        if (stage == null || stage.isBlank()) {
            throw new IllegalArgumentException("documentStageReader needs the property 'stage'");
        }
        waitingAt = Stage.valueOf(stage.strip());
        if (partitions == null || partitions < 1) {
            partitions = 1;
        }
        if (partition == null || partition < 0 || partition >= partitions) {
            partition = 0;
        }
        lastId = 0;
    }

    @Override
    public Object readItem() {
        // documents a parse deferred are registered after this partition's last look (extract only)
        if (page.isEmpty() && (!exhausted || DeferredDocuments.takeUnread(stepContext))) {
            ArchiveStore store = DespatchRuntime.store();
            page.addAll(Boolean.TRUE.equals(outdatedLabelsOnly)
                    ? store.idsWithOutdatedLabels(ParagraphClassifier.modelVersion(), lastId, PAGE_SIZE, partition,
                            partitions)
                    : store.idsAt(waitingAt, lastId, PAGE_SIZE, partition, partitions));
            exhausted = page.size() < PAGE_SIZE;
        }
        Long next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
