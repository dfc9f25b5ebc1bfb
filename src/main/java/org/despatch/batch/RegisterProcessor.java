package org.despatch.batch;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import jakarta.batch.api.chunk.ItemProcessor;
import org.despatch.dedupe.ContentHash;
import org.despatch.persist.ArchiveStore;
import org.despatch.scan.ScannedSource;
import org.despatch.scan.SourceOpener;

/**
 * Fingerprints a scanned document (SHA-256 of its bytes) for registration. A file that cannot be read is still
 * registered, with the fingerprint of no bytes: extraction then records why it cannot be read.
 *
 * <pre>{@code <processor ref="registerProcessor"/>}</pre>
 */
@Named
@Dependent
public class RegisterProcessor implements ItemProcessor {

    private final SourceOpener opener = new SourceOpener(SourceOpener.DEFAULT_MAX_NESTED_BYTES);
    private final byte[] buffer = new byte[64 * 1024];

    @PreDestroy
    void close() {
        opener.close();
    }

    @Override
    public Object processItem(Object item) {
        ScannedSource source = (ScannedSource) item;
        MessageDigest digest = ContentHash.newDigest();
        long size = 0;
        try (InputStream in = opener.open(source.sourcePath())) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
                size += n;
            }
        } catch (IOException e) {
            digest.reset();
            size = source.sizeBytes();
        }
        return new ArchiveStore.NewDocument(source.sourcePath(), ContentHash.ofText(source.sourcePath()),
                ContentHash.hex(digest), size);
    }
}
