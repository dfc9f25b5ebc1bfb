package org.despatch.scan;

/**
 * How far documents inside documents are followed, each limit with a named default. One depth for archive entries
 * and embedded documents alike, so a ZIP quine or a mail forwarded inside itself stops at the same place.
 *
 * @param maxDepth         how many containers deep a document may be: {@code a.zip!/b.eml!/c.docx!/d.png} is at
 *                         depth 3; a container at this depth is not opened (its row says so)
 * @param maxEmbeddedCount documents taken from inside one file (archive entries, or embedded documents of one
 *                         parsed file, at every depth); the rest are left out and the row of the container says so
 */
public record ContainerLimits(int maxDepth, int maxEmbeddedCount) {

    public static final int DEFAULT_MAX_DEPTH = 5;
    public static final int DEFAULT_MAX_EMBEDDED_COUNT = 100_000;

    public static final ContainerLimits DEFAULTS = new ContainerLimits(DEFAULT_MAX_DEPTH, DEFAULT_MAX_EMBEDDED_COUNT);

    public ContainerLimits {
        if (maxDepth < 0 || maxEmbeddedCount < 0) {
            throw new IllegalArgumentException("container limits must not be negative: " + maxDepth + ", "
                    + maxEmbeddedCount);
        }
    }

    /** The limits given as (batch) properties, a default for each one not given. */
    public static ContainerLimits of(Integer maxDepth, Integer maxEmbeddedCount) {
        return new ContainerLimits(maxDepth == null ? DEFAULT_MAX_DEPTH : maxDepth,
                maxEmbeddedCount == null ? DEFAULT_MAX_EMBEDDED_COUNT : maxEmbeddedCount);
    }

    /** The reason recorded on a container left unopened at the depth limit. */
    public String depthReason() {
        return "not opened: nested deeper than maxDepth=" + maxDepth;
    }

    /** The reason recorded on a container whose documents beyond the count limit were left out. */
    public String countReason() {
        return "documents after the first maxEmbeddedCount=" + maxEmbeddedCount + " left out";
    }
}
