package org.despatch.scan;

import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * An archive read as a stream from its start: a tar (plain, gzip or bzip2), a single compressed file, or a ZIP by its
 * entries' own headers (its central directory lost). It reads on from the entry opened last, so the entries opened in
 * the archive's order cost one reading of it in all (and one more where they were listed first); an entry before the
 * last one opened starts a new reading. Each entry used to be found by reading from the start: opening every entry of a tgz
 * once took 15 s for 1,000 entries and 50 s for 2,000, as the scan and each parse worker do. Not thread-safe.
 */
final class StreamedContainer implements Container {

    /** Where the archive's raw bytes come from (a file, or bytes in memory), opened afresh for each reading. */
    @FunctionalInterface
    interface RawBytes {
        InputStream open() throws IOException;
    }

    private final ArchiveFormat format;
    private final String name;
    private final RawBytes raw;
    /** The files seen so far, in the archive's order (all of them once {@link #complete}). */
    private final List<Entry> seen = new ArrayList<>();
    /** Each name's places in {@link #seen}, in the archive's order: an archive may hold one name twice. */
    private final Map<String, List<Integer>> places = new HashMap<>();
    private boolean complete;
    /** Why the listing ended before the archive's end; null where it did not. */
    private String damage;
    /** The reading of the entry opened last, and that entry's place; null when there is none. */
    private Reading reading;
    private int readingAt;

    StreamedContainer(ArchiveFormat format, String name, RawBytes raw) {
        this.format = format;
        this.name = name;
        this.raw = raw;
    }

    /**
     * Read to the archive's end (from the entry opened last), unless an earlier reading got there. An archive damaged
     * after some files (cut short) lists those, and says why it ended ({@link #damage}); one damaged before any fails.
     */
    @Override
    public List<Entry> entries() throws IOException {
        if (!complete && damage == null) {
            try {
                readOn(null, 0);
            } catch (IOException | RuntimeException e) {
                if (seen.isEmpty()) {
                    throw e;
                }
                damage = "ends early, in or after its entry '" + seen.get(seen.size() - 1).name() + "' ("
                        + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                        + "); the entries up to it are read";
            }
        }
        return Collections.unmodifiableList(seen);
    }

    @Override
    public String damage() {
        return damage;
    }

    /** A lone compressed file's cut, once its entry was read to there ({@link CutShortStream}). */
    @Override
    public String cutShort() {
        return reading != null && reading.data() instanceof CutShortStream single ? single.cut() : null;
    }

    /** Its entries are read in the archive's order: any other order reads it again from the start. */
    @Override
    public boolean sequential() {
        return true;
    }

    /**
     * Read on to the entry from the one opened last, or from the start where it is not after it. An entry not seen
     * yet is looked for past those seen, so entries opened in order without a listing cost one reading. (Through
     * {@link UniqueNames}, which lists an archive before it opens an entry, every reader lists it first.)
     */
    @Override
    public InputStream open(String wanted, int occurrence) throws IOException {
        Integer place = placeOf(wanted, occurrence);
        if (place == null) {
            if (complete || !readOn(wanted, occurrence)) {
                throw new FileNotFoundException("no entry '" + wanted + "' in " + name);
            }
        } else {
            if (reading == null || readingAt >= place) {
                start();
            }
            while (readingAt < place) {
                if (!step()) {
                    throw new IOException("'" + name + "' ended before its entry '" + wanted + "' when read again");
                }
            }
        }
        return new KeptOpen(reading.data());
    }

    /**
     * Reads on past the files seen so far until the {@code occurrence}-th named {@code wanted} (any name: null) is
     * seen, or to the end; returns whether it was found, the reading then at it.
     */
    private boolean readOn(String wanted, int occurrence) throws IOException {
        if (reading == null) {
            start();
        }
        while (readingAt < seen.size() - 1) {  // to the last file seen, through those seen before
            if (!step()) {
                return false;  // the archive is shorter than when it was read before
            }
        }
        while (step()) {
            if (wanted != null && Integer.valueOf(readingAt).equals(placeOf(wanted, occurrence))) {
                return true;
            }
        }
        return false;
    }

    /** Moves the reading to the next file, noting it if it was not seen before; false at the archive's end. */
    private boolean step() throws IOException {
        Entry e;
        try {
            e = reading.next();
        } catch (IOException | RuntimeException failure) {
            closeReading();
            throw failure;
        }
        if (e == null) {
            complete = true;
            return false;
        }
        readingAt++;
        if (readingAt == seen.size()) {
            places.computeIfAbsent(e.name(), n -> new ArrayList<>(1)).add(readingAt);
            seen.add(e);
        }
        return true;
    }

    private Integer placeOf(String wanted, int occurrence) {
        List<Integer> at = places.get(wanted);
        return at == null || occurrence > at.size() ? null : at.get(occurrence - 1);
    }

    private void start() throws IOException {
        closeReading();
        reading = new Reading();
        readingAt = -1;
    }

    @Override
    public void close() throws IOException {
        closeReading();
    }

    private void closeReading() throws IOException {
        Reading r = reading;
        reading = null;
        if (r != null) {
            r.close();
        }
    }

    /** An entry's bytes; closing them leaves the reading open for the entries after it. */
    private static final class KeptOpen extends FilterInputStream {
        KeptOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the reading is the container's: it reads on from here for the next entry
        }
    }

    /** One reading of the archive from its start, file after file (folders and links passed over). */
    private final class Reading implements Closeable {
        private final InputStream stream;
        private final TarNameBytes tarNames;
        private int tarIndex = -1;
        private boolean singleGiven;

        Reading() throws IOException {
            InputStream in = raw.open();
            try {
                stream = switch (format) {
                    case GZ, BZ2 -> new CutShortStream(format, name, in);
                    case ZIP -> new ZipArchiveInputStream(in);
                    // names in UTF-8 as a PAX header's are, whatever the locale (under the C locale the default
                    // was ASCII, which failed the listing)
                    default -> new TarArchiveInputStream(decompress(format, in), StandardCharsets.UTF_8.name());
                };
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
            tarNames = stream instanceof TarArchiveInputStream
                    ? new TarNameBytes(() -> decompress(format, raw.open())) : null;
        }

        /** The next file, its bytes then at {@link #data}; null at the end. */
        Entry next() throws IOException {
            if (stream instanceof ZipArchiveInputStream zip) {
                for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    if (!e.isDirectory()) {
                        return new Entry(EntryNames.EACH_ALONE.name(e), e.getSize());
                    }
                }
                return null;
            }
            if (stream instanceof TarArchiveInputStream tar) {
                for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                    tarIndex++;
                    // a link names a file elsewhere (commons-compress counts it a file): never followed; a FIFO
                    // or a device holds no bytes of its own
                    if (e.isFile() && !e.isLink() && !e.isSymbolicLink() && !e.isFIFO() && !e.isCharacterDevice()
                            && !e.isBlockDevice()) {
                        return new Entry(tarName(e), e.getSize());
                    }
                }
                return null;
            }
            if (singleGiven) {
                return null;
            }
            singleGiven = true;
            return new Entry(format.singleEntryName(name), -1);
        }

        InputStream data() {
            return stream;
        }

        /**
         * A tar entry's name: as UTF-8, else as {@link EntryNames#ofTar} reads its bytes. Commons Compress reads a
         * byte that is not UTF-8 as '?', so only a name with one is read a second time.
         */
        private String tarName(TarArchiveEntry entry) throws IOException {
            String utf8 = entry.getName();
            if (utf8.indexOf('?') < 0 && utf8.indexOf('\uFFFD') < 0) {
                return utf8;
            }
            byte[] bytes = tarNames.at(tarIndex);
            return StrictDecoding.isUtf8(bytes) ? utf8 : EntryNames.ofTar(utf8, bytes);  // a real '?', or a PAX name
        }

        @Override
        public void close() throws IOException {
            try {
                stream.close();
            } finally {
                if (tarNames != null) {
                    tarNames.close();
                }
            }
        }
    }

    private static InputStream decompress(ArchiveFormat format, InputStream in) throws IOException {
        return switch (format) {
            case TAR_GZ -> GzipCompressorInputStream.builder().setInputStream(in)
                    .setDecompressConcatenated(true).get();
            case TAR_BZ2 -> new BZip2CompressorInputStream(in, true);
            default -> in;
        };
    }

    /**
     * A second reading of a tar's headers, opened at first need, with names in ISO-8859-1: each character one of the
     * name's bytes, for the names that are not UTF-8 (an old Unix's Latin-1).
     */
    private static final class TarNameBytes implements Closeable {
        private final RawBytes source;
        private TarArchiveInputStream tar;
        private int position = -1;
        private TarArchiveEntry entry;

        TarNameBytes(RawBytes source) {
            this.source = source;
        }

        /** The bytes of the name of the entry at that position (positions asked for only increase). */
        byte[] at(int index) throws IOException {
            if (tar == null) {
                tar = new TarArchiveInputStream(source.open(), StandardCharsets.ISO_8859_1.name());
            }
            while (position < index) {
                entry = tar.getNextEntry();
                position++;
                if (entry == null) {
                    throw new IOException("the tar's second reading ended before entry " + index);
                }
            }
            return entry.getName().getBytes(StandardCharsets.ISO_8859_1);
        }

        @Override
        public void close() throws IOException {
            if (tar != null) {
                tar.close();
            }
        }
    }
}
