package org.despatch.scan;

/**
 * One document found by the scanner.
 *
 * @param sourcePath where it lives (see {@link SourcePath})
 * @param sizeBytes  its size as recorded by the file system or the container (-1 when unknown)
 * @param limitReason null for a document to parse; for a container the scan stopped at a limit of
 *                   {@link ContainerLimits} (not opened, or entries left out), why: it is registered as PARTIAL
 *                   with this reason and not parsed, since parsing would open it all the same
 */
public record ScannedSource(String sourcePath, long sizeBytes, String limitReason) {

    public ScannedSource(String sourcePath, long sizeBytes) {
        this(sourcePath, sizeBytes, null);
    }
}
