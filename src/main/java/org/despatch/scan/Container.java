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
     * The bytes of one entry.
     *
     * @throws java.io.FileNotFoundException when there is no such entry
     */
    InputStream open(String name) throws IOException;
}
