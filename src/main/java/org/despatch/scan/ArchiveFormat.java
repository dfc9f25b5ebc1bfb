package org.despatch.scan;

import java.util.List;
import java.util.Locale;

/**
 * The containers the scanner opens as folders of their entries, told by their file name. A compressed tar is one
 * container (its entries are the tar's), a lone {@code .gz} or {@code .bz2} holds one entry: the file it
 * compresses. Mail folders and Office documents are not here: their parts are embedded documents, found by
 * parsing (see {@code org.despatch.extract.EmbeddedDocuments}).
 */
public enum ArchiveFormat {
    ZIP(".zip"),
    TAR(".tar"),
    TAR_GZ(".tar.gz", ".tgz"),
    TAR_BZ2(".tar.bz2", ".tbz2", ".tbz"),
    GZ(".gz"),
    BZ2(".bz2"),
    SEVEN_Z(".7z");

    private final List<String> suffixes;

    ArchiveFormat(String... suffixes) {
        this.suffixes = List.of(suffixes);
    }

    /** The format a name ends with (the longest suffix wins: {@code a.tar.gz} is TAR_GZ, not GZ), or null. */
    public static ArchiveFormat of(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        ArchiveFormat best = null;
        int bestLength = 0;
        for (ArchiveFormat f : values()) {
            for (String suffix : f.suffixes) {
                if (lower.endsWith(suffix) && suffix.length() > bestLength) {
                    best = f;
                    bestLength = suffix.length();
                }
            }
        }
        return best;
    }

    /** The name of the one entry of a lone compressed file: its own name without the suffix. */
    String singleEntryName(String containerName) {
        String lower = containerName.toLowerCase(Locale.ROOT);
        for (String suffix : suffixes) {
            if (lower.endsWith(suffix) && lower.length() > suffix.length()) {
                return containerName.substring(0, containerName.length() - suffix.length());
            }
        }
        return "data";
    }
}
