package org.despatch.batch;

import jakarta.annotation.PreDestroy;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import jakarta.batch.api.chunk.ItemProcessor;
import org.despatch.dedupe.ContentHash;
import org.despatch.extract.ExtractionLimits;
import org.despatch.persist.ArchiveStore;
import org.despatch.scan.ScannedSource;
import org.despatch.scan.SourceOpener;

/**
 * Fingerprints a scanned document (SHA-256 of its bytes) for registration. A file that cannot be read is still
 * registered, with the fingerprint of no bytes: as UNREADABLE if the scan found why, else extraction records why.
 * So is a file larger than {@code maxFileSizeBytes} (by its recorded size), which extraction will not parse: an
 * archive entry that inflates to gigabytes is not inflated here either. Reading stops one byte past the limit, for an entry
 * whose recorded size is false.
 *
 * <pre>{@code
 * <processor ref="registerProcessor">
 *   <properties>
 *     <property name="maxFileSizeBytes" value="#{jobParameters['maxFileSizeBytes']}?:209715200;"/>
 *     <property name="faultInjection" value="#{jobParameters['faultInjection']}"/>
 *   </properties>
 * </processor>
 * }</pre>
 */
@Named
@Dependent
public class RegisterProcessor implements ItemProcessor {

    /** Default {@value ExtractionLimits#DEFAULT_MAX_FILE_SIZE_BYTES}. */
    @Inject
    @BatchProperty
    Long maxFileSizeBytes;

    /** See {@link IngestParameters#FAULT_INJECTION} ({@code scan:n}); default none. */
    @Inject
    @BatchProperty
    String faultInjection;

    @Inject
    StepContext stepContext;

    private FaultInjection fault;
    private long processed;

    private final SourceOpener opener = new SourceOpener(SourceOpener.DEFAULT_MAX_NESTED_BYTES);
    private final byte[] buffer = new byte[64 * 1024];

    @PreDestroy
    void close() {
        opener.close();
    }

    @Override
    public Object processItem(Object item) {
        if (fault == null) {
            fault = FaultInjection.parse(faultInjection);
        }
        fault.check(stepContext.getStepName(), ++processed, item);
        ScannedSource source = (ScannedSource) item;
        long limit = maxFileSizeBytes == null ? ExtractionLimits.DEFAULT_MAX_FILE_SIZE_BYTES : maxFileSizeBytes;
        MessageDigest digest = ContentHash.newDigest();
        long size = 0;
        if (source.sizeBytes() > limit || source.unreadableReason() != null) {
            size = source.sizeBytes();  // not read: too large, or not to be opened at all
        } else {
            try (InputStream in = opener.open(source.sourcePath())) {
                // an entry that inflates past the limit is counted to one byte beyond it, no further
                for (int n = in.read(buffer, 0, room(limit, size)); n > 0; n = in.read(buffer, 0, room(limit, size))) {
                    digest.update(buffer, 0, n);
                    size += n;
                }
            } catch (IOException | RuntimeException | LinkageError e) {
                // the parse worker meets the same failure and records it (commons-compress also throws unchecked
                // exceptions, and an Error for a compression method whose library is absent: Zstandard)
                digest.reset();
                size = source.sizeBytes();
            }
        }
        return new ArchiveStore.NewDocument(source.sourcePath(), sourceKey(source), ContentHash.hex(digest), size,
                source.limitReason(), source.unreadableReason());
    }

    /** The key a scanned document's row is registered under ({@link ScannedSource#keyText}). */
    static String sourceKey(ScannedSource source) {
        return ContentHash.ofText(source.keyText());
    }

    private int room(long limit, long read) {
        return (int) Math.min(buffer.length, limit + 1 - read);
    }
}
