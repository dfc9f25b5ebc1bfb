package org.despatch.batch;

import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.despatch.classify.DocumentClassifier;
import org.despatch.persist.ArchiveStore;
import org.despatch.persist.Stage;

/**
 * Labels the paragraphs and sections of one document.
 *
 * <pre>{@code
 * <processor ref="classifyProcessor">
 *   <properties><property name="from" value="DEDUPED"/></properties>
 * </processor>
 * }</pre>
 */
@Named
@Dependent
public class ClassifyProcessor extends DocumentProcessor {

    /** The stage of the documents to label: DEDUPED (default) in ingest, DONE to re-label finished documents. */
    @Inject
    @BatchProperty
    String from;

    @Override
    Stage from() {
        return from == null || from.isBlank() ? Stage.DEDUPED : Stage.valueOf(from.strip());
    }

    @Override
    Object process(long documentId, ArchiveStore store) {
        ArchiveStore.StoredDocument stored = store.storedDocument(documentId);
        return new ArchiveStore.Classified(documentId,
                DocumentClassifier.classify(stored.document(), stored.language()), from());
    }
}
