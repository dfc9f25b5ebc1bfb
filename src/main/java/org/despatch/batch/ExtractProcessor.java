package org.despatch.batch;

import jakarta.annotation.PreDestroy;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.despatch.extract.DocumentDates;
import org.despatch.extract.ExtractionLimits;
import org.despatch.extract.ExtractionResult;
import org.despatch.extract.LanguageGuesser;
import org.despatch.extract.TextExtractor;
import org.despatch.persist.ArchiveStore;
import org.despatch.persist.DocumentEntity;
import org.despatch.persist.Stage;
import org.despatch.scan.SourceOpener;
import org.despatch.scan.SourcePath;

/**
 * Extracts the text of one registered document with Tika, within the limits, and finds its language and date.
 *
 * <pre>{@code
 * <processor ref="extractProcessor">
 *   <properties>
 *     <property name="maxFileSizeBytes" value="#{jobParameters['maxFileSizeBytes']}?:209715200;"/>
 *     <property name="maxChars" value="#{jobParameters['maxChars']}?:5000000;"/>
 *     <property name="parseTimeoutSeconds" value="#{jobParameters['parseTimeoutSeconds']}?:120;"/>
 *   </properties>
 * </processor>
 * }</pre>
 */
@Named
@Dependent
public class ExtractProcessor extends DocumentProcessor {

    /** Default {@value ExtractionLimits#DEFAULT_MAX_FILE_SIZE_BYTES}. */
    @Inject
    @BatchProperty
    Long maxFileSizeBytes;

    /** Default {@value ExtractionLimits#DEFAULT_MAX_CHARS}. */
    @Inject
    @BatchProperty
    Integer maxChars;

    /** Default 120. */
    @Inject
    @BatchProperty
    Long parseTimeoutSeconds;

    private TextExtractor extractor;
    private final SourceOpener opener = new SourceOpener(SourceOpener.DEFAULT_MAX_NESTED_BYTES);

    @Override
    Stage from() {
        return Stage.PENDING;
    }

    @Override
    Object process(long documentId, ArchiveStore store) {
        if (extractor == null) {
            extractor = new TextExtractor(new ExtractionLimits(
                    maxFileSizeBytes == null ? ExtractionLimits.DEFAULT_MAX_FILE_SIZE_BYTES : maxFileSizeBytes,
                    maxChars == null ? ExtractionLimits.DEFAULT_MAX_CHARS : maxChars,
                    parseTimeoutSeconds == null ? ExtractionLimits.DEFAULT_TIMEOUT_MILLIS
                            : parseTimeoutSeconds * 1000));
        }
        DocumentEntity d = store.document(documentId);
        String path = d.getSourcePath();
        ExtractionResult result = extractor.extract(() -> opener.open(path), SourcePath.fileName(path),
                d.getSizeBytes() == null ? 0 : d.getSizeBytes());
        String language = result.status().hasText() ? LanguageGuesser.guess(result.text()) : null;
        DocumentDates.Found date = DocumentDates.find(result.text(), SourcePath.fileName(path), result.created());
        return new ArchiveStore.Extracted(documentId, result, language, date);
    }

    @PreDestroy
    void close() {
        if (extractor != null) {
            extractor.close();
        }
        opener.close();
    }
}
