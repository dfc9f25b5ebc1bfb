package org.despatch.scan;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** An opened archive: its file entries, each readable by name. Not thread-safe. */
interface Container extends Closeable {

    /** A file inside the archive; {@code size} is -1 when the archive does not record it. */
    record Entry(String name, long size) {
    }

    /** The regular files, in the archive's order (folders, links and devices are left out). */
    List<Entry> entries() throws IOException;

    /**
     * Why the listing ended before the archive's end (a tgz cut short by an interrupted copy), the files before the
     * damage listed; null where it was read to its end.
     */
    default String damage() {
        return null;
    }

    /**
     * Why the entry opened last ended before its data did, once it was read to there: the bytes before the cut of a
     * lone compressed file, given as if whole ({@link CutShortStream}); null otherwise.
     */
    default String cutShort() {
        return null;
    }

    /**
     * Whether a failure to read one entry may leave it unable to read the next (a 7z's decoder, after its block asked
     * for more memory than allowed, failed the next entry with a NullPointerException): it is then opened afresh.
     * A ZIP's entries are read independently of one another, and a stream's reader starts again by itself.
     */
    default boolean failsOnAfterAFailure() {
        return false;
    }

    /**
     * Whether its entries are cheap to read only in the archive's order (a tar, a compressed file), so that whoever
     * reads many of them should keep that order; false where any entry is found at once (a ZIP's directory).
     */
    default boolean sequential() {
        return false;
    }

    /**
     * The bytes of one entry (the first of that name).
     *
     * @throws java.io.FileNotFoundException when there is no such entry
     */
    default InputStream open(String name) throws IOException {
        return open(name, 1);
    }

    /**
     * The bytes of the entry that is the {@code occurrence}-th of that name in the archive's order (1 for the first):
     * an archive may hold two entries of one name (a tar appended to, a ZIP updated by a careless tool).
     *
     * @throws java.io.FileNotFoundException when there is no such entry
     */
    InputStream open(String name, int occurrence) throws IOException;
}
