package org.despatch.scan;

/**
 * One document found by the scanner.
 *
 * @param sourcePath where it lives (see {@link SourcePath})
 * @param sizeBytes  its size as recorded by the file system or the container
 */
public record ScannedSource(String sourcePath, long sizeBytes) {
}
