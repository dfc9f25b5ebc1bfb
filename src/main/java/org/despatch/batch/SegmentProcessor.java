package org.despatch.batch;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.despatch.extract.LanguageGuesser;
import org.despatch.normalize.Segmenter;
import org.despatch.persist.ArchiveStore;
import org.despatch.persist.Stage;

/**
 * Normalizes an extracted document and splits it into sections and paragraphs, and tells each paragraph's
 * language where its text is long enough to.
 *
 * <pre>{@code <processor ref="segmentProcessor"/>}</pre>
 */
@Named
@Dependent
public class SegmentProcessor extends DocumentProcessor {

    @Override
    Stage from() {
        return Stage.EXTRACTED;
    }

    @Override
    Object process(long documentId, ArchiveStore store) {
        return new ArchiveStore.Segmented(documentId,
                Segmenter.segment(store.extractedText(documentId), LanguageGuesser::guessParagraph));
    }
}
