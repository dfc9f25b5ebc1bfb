package org.despatch.scan;

/**
 * One document found by the scanner.
 *
 * @param sourcePath where it lives (see {@link SourcePath})
 * @param sizeBytes  its size as recorded by the file system or the container (-1 when unknown)
 * @param limitReason null for a document to parse; for a container the scan stopped at a limit of
 *                   {@link ContainerLimits} (not opened, or entries left out), why: it is registered as PARTIAL
 *                   with this reason and not parsed, since parsing would open it all the same
 * @param unreadableReason null for a file that can be read; else why it cannot (permission denied, a named pipe
 *                   or device, a broken or looping symbolic link): it is registered as UNREADABLE with this reason
 *                   and never opened (a named pipe would block the reader for ever)
 * @param ownKey     whether its path, shown escaped, may be another file's text ({@link FileNames#escapedText}):
 *                   then its row is keyed apart ({@link #keyText})
 */
public record ScannedSource(String sourcePath, long sizeBytes, String limitReason, String unreadableReason,
                            boolean ownKey) {

    public ScannedSource(String sourcePath, long sizeBytes) {
        this(sourcePath, sizeBytes, null, null, false);
    }

    public ScannedSource(String sourcePath, long sizeBytes, String limitReason) {
        this(sourcePath, sizeBytes, limitReason, null, false);
    }

    /** A file of the input that is not read, and why. */
    public static ScannedSource unreadable(String sourcePath, long sizeBytes, String reason) {
        return new ScannedSource(sourcePath, sizeBytes, null, reason, false);
    }

    /** A file whose path reads as another file's, shown by its escaped path, not read, and why. */
    public static ScannedSource ambiguous(String escapedPath, long sizeBytes, String reason) {
        return new ScannedSource(escapedPath, sizeBytes, null, reason, true);
    }

    /**
     * What its row's source key is the hash of: its path; for an ambiguous file its path and a NUL, which no path
     * holds, so that a file whose name is that escaped text, or the other file's later versions, are never
     * registered in its row.
     */
    public String keyText() {
        return ownKey ? sourcePath + '\u0000' : sourcePath;
    }
}
