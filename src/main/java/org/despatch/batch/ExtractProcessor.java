package org.despatch.batch;

import jakarta.annotation.PreDestroy;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.despatch.extract.DocumentDates;
import org.despatch.extract.EmbeddedResult;
import org.despatch.extract.Extraction;
import org.despatch.extract.ExtractionLimits;
import org.despatch.extract.ExtractionResult;
import org.despatch.extract.Focus;
import org.despatch.extract.IsolatedExtractor;
import org.despatch.extract.Passwords;
import org.despatch.extract.WaitingDocument;
import org.despatch.extract.WorkerSettings;
import org.despatch.persist.ArchiveStore;
import org.despatch.persist.Stage;
import org.despatch.scan.ContainerLimits;
import org.despatch.scan.FileNames;
import org.despatch.scan.SourcePath;

/**
 * Extracts the text of one registered document with Tika, within the limits, and finds its date (its language is
 * told from its paragraphs' by the segment step);
 * so too for each document embedded in it (attachments, mbox messages, files inside Office documents and PDFs),
 * which the writer registers as documents of their own. An embedded document queued again (an attachment left
 * CRASHED, retried with a larger heap) is read by parsing its outermost holder again, keeping only its part.
 * Parsing runs in a worker process of this partition's own
 * (see {@link IsolatedExtractor}), with a heap cap.
 *
 * <pre>{@code
 * <processor ref="extractProcessor">
 *   <properties>
 *     <property name="maxFileSizeBytes" value="#{jobParameters['maxFileSizeBytes']}?:209715200;"/>
 *     <property name="maxChars" value="#{jobParameters['maxChars']}?:5000000;"/>
 *     <property name="parseTimeoutSeconds" value="#{jobParameters['parseTimeoutSeconds']}?:120;"/>
 *     <property name="workerHeapMb" value="#{jobParameters['workerHeapMb']}?:512;"/>
 *     <property name="workerRecycleAfter" value="#{jobParameters['workerRecycleAfter']}?:10000;"/>
 *     <property name="ocr" value="#{jobParameters['ocr']}?:false;"/>
 *     <property name="maxDepth" value="#{jobParameters['maxDepth']}?:5;"/>
 *     <property name="maxEmbeddedCount" value="#{jobParameters['maxEmbeddedCount']}?:100000;"/>
 *     <property name="passwordFile" value="#{jobParameters['passwordFile']}"/>
 *   </properties>
 * </processor>
 * }</pre>
 */
@Named
@Dependent
public class ExtractProcessor extends DocumentProcessor {

    /**
     * Larger files and embedded documents are not parsed (TOO_LARGE); an mbox is held to it message by message, not
     * as a whole. Default {@value ExtractionLimits#DEFAULT_MAX_FILE_SIZE_BYTES}.
     */
    @Inject
    @BatchProperty
    Long maxFileSizeBytes;

    /**
     * Characters kept per document (past them it is PARTIAL, and the documents it holds are still read), and the
     * embedded documents' text one parse holds together (see {@link EmbeddedResult#deferred}); default
     * {@value ExtractionLimits#DEFAULT_MAX_CHARS}.
     */
    @Inject
    @BatchProperty
    Integer maxChars;

    /** Default 120. */
    @Inject
    @BatchProperty
    Long parseTimeoutSeconds;

    /** Default {@value WorkerSettings#DEFAULT_HEAP_MB}. */
    @Inject
    @BatchProperty
    Integer workerHeapMb;

    /** Default {@value WorkerSettings#DEFAULT_RECYCLE_AFTER}. */
    @Inject
    @BatchProperty
    Integer workerRecycleAfter;

    /** Read images and image-only PDF pages with tesseract; default false. */
    @Inject
    @BatchProperty
    Boolean ocr;

    /**
     * How many containers deep an embedded document may be, counting the archives around its file; default
     * {@value ContainerLimits#DEFAULT_MAX_DEPTH}.
     */
    @Inject
    @BatchProperty
    Integer maxDepth;

    /**
     * Embedded documents extracted from one file, at all depths; default
     * {@value ContainerLimits#DEFAULT_MAX_EMBEDDED_COUNT}.
     */
    @Inject
    @BatchProperty
    Integer maxEmbeddedCount;

    /**
     * Path of a UTF-8 text file of candidate passwords, one a line, tried in turn on each encrypted document (see
     * {@link Passwords}); default none. Only the path is a job parameter: the passwords stay in the file, read by
     * the parse workers, and a document's reason names the line that opened it. For example
     * {@code <property name="passwordFile" value="#{jobParameters['passwordFile']}"/>}.
     */
    @Inject
    @BatchProperty
    String passwordFile;

    private static final Logger LOG = Logger.getLogger(ExtractProcessor.class.getName());

    /** Documents waiting in one holder that one parse of it may read at most. */
    static final int MAX_FOCUS = 10_000;

    private IsolatedExtractor extractor;
    /** The last parse of a holder for documents waiting in it, kept for the next ones ({@link #throughHolder}). */
    private HolderParse lastHolder;

    private record HolderParse(String path, Focus focus, Extraction extraction) {
    }

    @Override
    Stage from() {
        return Stage.PENDING;
    }

    @Override
    Object process(long documentId, ArchiveStore store) throws java.io.IOException {
        if (extractor == null) {
            extractor = new IsolatedExtractor(new ExtractionLimits(
                    maxFileSizeBytes == null ? ExtractionLimits.DEFAULT_MAX_FILE_SIZE_BYTES : maxFileSizeBytes,
                    maxChars == null ? ExtractionLimits.DEFAULT_MAX_CHARS : maxChars,
                    parseTimeoutSeconds == null ? ExtractionLimits.DEFAULT_TIMEOUT_MILLIS
                            : parseTimeoutSeconds * 1000),
                    ContainerLimits.of(maxDepth, maxEmbeddedCount),
                    new WorkerSettings(workerHeapMb == null ? WorkerSettings.DEFAULT_HEAP_MB : workerHeapMb,
                            workerRecycleAfter == null ? WorkerSettings.DEFAULT_RECYCLE_AFTER : workerRecycleAfter),
                    Boolean.TRUE.equals(ocr), passwords());
        }
        ArchiveStore.Source source = store.source(documentId);
        String path = source.path();
        Extraction extraction;
        if (source.embeddedPath() == null) {
            extraction = told(path, null, extractor.extract(path, SourcePath.fileName(path), source.sizeBytes()));
            lastHolder = null;
        } else {  // deferred by its holder's parse, or a retried attachment: read through its holder
            extraction = throughHolder(documentId, source, store);
            path = SourcePath.entry(path, source.embeddedPath());
        }
        ExtractionResult result = extraction.document();
        List<ArchiveStore.Embedded> embedded = new ArrayList<>();
        boolean deferred = false;
        for (EmbeddedResult e : extraction.embedded()) {
            deferred |= e.deferred();
            embedded.add(new ArchiveStore.Embedded(e, e.deferred() ? null
                    : date(e.result(), SourcePath.fileName(e.path()))));
        }
        if (deferred) {
            DeferredDocuments.registered(stepContext);
        }
        return new ArchiveStore.Extracted(documentId, result, date(result, SourcePath.fileName(path)), embedded);
    }

    /**
     * A document found in the parse of another (its holder) and registered to be read later: its holder is parsed
     * again with a focus on it and on the documents waiting in the holder after it, as many as the character budget
     * lets one parse read; the next ones take what that parse read while it lasts. Ids follow the order a parse met
     * its documents, so a mailbox's deferred messages are read a budget's worth a parse, not a parse each.
     *
     * <p>A waiting document that parse did not read takes its verdict from it where it {@linkplain Extraction#decides
     * decides} for it (the holder no longer holds it, or fails before it), and otherwise gets a parse of its own:
     * one that ran out of time or brought down its worker in another waiting document must not decide its status.
     * For the same reason a parse that did not reach its anchor because it failed in another document is made
     * again for the anchor alone. In an mbox the parse begins at the anchor's message ({@link Focus#on}), and one
     * that has spent its budget stops, so a mailbox is read about once in all, not once a parse.
     */
    private Extraction throughHolder(long documentId, ArchiveStore.Source source, ArchiveStore store)
            throws java.io.IOException {
        String path = source.embeddedPath();
        if (lastHolder != null && lastHolder.path().equals(source.path()) && lastHolder.focus().wants(path)) {
            Extraction cached = lastHolder.extraction();
            EmbeddedResult read = cached.find(path);
            if (read != null ? !read.deferred() : cached.decides(path)) {
                return cached.within(path, source.sha256());
            }
        }
        List<WaitingDocument> waiting = store.waitingIn(source, documentId, MAX_FOCUS);
        Focus focus = Focus.on(path, waiting);
        Extraction parse = parse(source, focus);
        lastHolder = new HolderParse(source.path(), focus, parse);  // kept for what it read of the others
        if (parse.find(path) == null && focus.wanted().size() > 1 && !parse.decides(path)) {
            parse = parse(source, Focus.on(path, waiting.stream().filter(w -> w.path().equals(path)).toList()));
        }
        return parse.within(path, source.sha256());
    }

    /**
     * The password file, read here once so that one gone or emptied since the job was started fails the step with
     * the reason, rather than each worker failing to start without it; null for none.
     */
    private Path passwords() {
        if (passwordFile == null || passwordFile.isBlank()) {
            return null;
        }
        Path file = FileNames.path(passwordFile.strip());
        Passwords.read(file);
        return file;
    }

    /** Parse workers this processor started (with workerRecycleAfter=1, its parses). */
    int workersStarted() {
        return extractor == null ? 0 : extractor.workersStarted();
    }

    private Extraction parse(ArchiveStore.Source source, Focus focus) throws java.io.IOException {
        return told(source.path(), focus, extractor.extract(source.path(), SourcePath.fileName(source.path()),
                source.sizeBytes(), focus));
    }

    /**
     * Says (at FINE) what a parse cost: the bytes of the file it read and the embedded documents it fingerprinted
     * without reading them (deferred), which a mailbox of gigabytes read a budget's worth a parse must keep small.
     */
    private static Extraction told(String path, Focus focus, Extraction x) {
        if (LOG.isLoggable(Level.FINE)) {
            long deferred = x.embedded().stream().filter(EmbeddedResult::deferred).count();
            LOG.log(Level.FINE, "parse of {0} ({1}): {2} bytes read, {3} embedded documents deferred",
                    new Object[] {path, focus == null ? "whole" : focus, x.bytesRead(), deferred});
        }
        return x;
    }

    private static DocumentDates.Found date(ExtractionResult result, String fileName) {
        return DocumentDates.find(result.text(), result.title(), fileName, result.created(), result.mediaType());
    }

    @PreDestroy
    void close() {
        if (extractor != null) {
            extractor.close();
        }
    }
}
