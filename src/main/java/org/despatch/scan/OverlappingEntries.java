package org.despatch.scan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;

/**
 * The entries of a ZIP read by its central directory whose compressed data begin within an earlier entry's. David
 * Fifield's overlapping ZIP bomb points thousands of directory entries at one kernel that inflates to hundreds of
 * MB, each entry under every limit, so that a 150 KB file took 4 minutes and 3.5 GB: such an entry is refused, not
 * read, and the kernel is inflated once. Both readers by directory use it: the scan's, and the parse worker's for a
 * ZIP the scan does not list (an attachment). A reader of the entries' own headers in their order cannot meet it.
 */
public final class OverlappingEntries {

    /** Each overlapping entry, with the entry whose data its own begin within. */
    private final Map<ZipArchiveEntry, ZipArchiveEntry> within;

    private OverlappingEntries(Map<ZipArchiveEntry, ZipArchiveEntry> within) {
        this.within = within;
    }

    /** Among a ZIP file's entries (directories and entries of unknown place or size are not compared). */
    public static OverlappingEntries of(List<ZipArchiveEntry> entries) {
        List<ZipArchiveEntry> placed = new ArrayList<>();
        for (ZipArchiveEntry e : entries) {
            if (!e.isDirectory() && e.getDataOffset() >= 0 && e.getCompressedSize() >= 0) {
                placed.add(e);
            }
        }
        placed.sort(Comparator.comparingLong(ZipArchiveEntry::getDataOffset));
        Map<ZipArchiveEntry, ZipArchiveEntry> within = new IdentityHashMap<>();
        long end = -1;
        ZipArchiveEntry endsThere = null;
        for (ZipArchiveEntry e : placed) {
            if (e.getDataOffset() < end) {
                within.put(e, endsThere);
            } else {
                end = e.getDataOffset() + e.getCompressedSize();
                endsThere = e;
            }
        }
        return new OverlappingEntries(within);
    }

    /** The earlier entry whose data those of {@code entry} begin within, or null: its data are its own. */
    public ZipArchiveEntry within(ZipArchiveEntry entry) {
        return within.get(entry);
    }

    /** Why the entry named {@code entry}, whose data lie within those of the one named {@code within}, is not read. */
    public static String reason(String entry, String within) {
        return "entry '" + entry + "' is not read: its data lie within those of entry '" + within
                + "', as in a ZIP bomb (many entries, one compressed kernel)";
    }
}
