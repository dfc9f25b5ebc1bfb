package org.despatch.extract;

/** How the extraction of one document ended. Every document ends with exactly one of these. */
public enum ExtractionStatus {
    /** Text was extracted in full. */
    OK,
    /** The document was read but holds no text (for example an image without a text layer). */
    EMPTY,
    /** A limit (characters) was reached: the text up to it is kept. */
    PARTIAL,
    /** The document is password-protected or encrypted. */
    ENCRYPTED,
    /** The bytes do not form a valid document of the detected type (truncated, damaged). */
    CORRUPT,
    /** No parser understands this type. */
    UNSUPPORTED,
    /** Parsing took longer than the time limit: the text read before it is kept. */
    TIMEOUT,
    /** The file is larger than the size limit and was not parsed. */
    TOO_LARGE,
    /** The parser failed in an unexpected way (a bug in it, or the document exhausted memory). */
    CRASHED,
    /**
     * The file could not be read from the file system: permission denied, a named pipe or device, a broken or
     * looping symbolic link, or it vanished. Nothing of it was parsed; a later run reads it once it can be read.
     */
    UNREADABLE;

    /** True when the document has text worth segmenting. */
    public boolean hasText() {
        return this == OK || this == PARTIAL || this == TIMEOUT;
    }
}
