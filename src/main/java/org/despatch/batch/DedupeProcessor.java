package org.despatch.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.despatch.dedupe.DuplicateSettings;
import org.despatch.persist.ArchiveStore;
import org.despatch.persist.Stage;

/**
 * Matches a segmented document and each of its paragraphs with everything stored before them: exact copies,
 * near-duplicates and texts contained in one another, and the duplicate cluster of each.
 *
 * <pre>{@code
 * <processor ref="dedupeProcessor">
 *     <properties>
 *         <property name="nearDuplicateThreshold" value="#{jobParameters['nearDuplicateThreshold']}?:0.6;"/>
 *         <property name="containmentThreshold" value="#{jobParameters['containmentThreshold']}?:0.9;"/>
 *     </properties>
 * </processor>
 * }</pre>
 */
@Named
@Dependent
public class DedupeProcessor extends DocumentProcessor {

    /** Default {@value DuplicateSettings#DEFAULT_NEAR_THRESHOLD}. */
    @Inject
    @BatchProperty
    Double nearDuplicateThreshold;

    /** Default {@value DuplicateSettings#DEFAULT_CONTAIN_THRESHOLD}. */
    @Inject
    @BatchProperty
    Double containmentThreshold;

    @Inject
    JobContext jobContext;

    private DuplicateSettings settings;

    @Override
    Stage from() {
        return Stage.SEGMENTED;
    }

    @Override
    Object process(long documentId, ArchiveStore store) {
        if (settings == null) {
            settings = new DuplicateSettings(
                    nearDuplicateThreshold == null ? DuplicateSettings.DEFAULT_NEAR_THRESHOLD : nearDuplicateThreshold,
                    containmentThreshold == null ? DuplicateSettings.DEFAULT_CONTAIN_THRESHOLD : containmentThreshold,
                    DuplicateSettings.DEFAULT_MIN_CONTAIN_CHARS, DuplicateSettings.DEFAULT_MAX_CANDIDATES);
        }
        // the job execution is the generation of the keys: its segment step filed every text before this step
        return store.findDuplicates(documentId, settings, jobContext.getExecutionId());
    }
}
