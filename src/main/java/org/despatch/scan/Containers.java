package org.despatch.scan;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Opens an archive of any {@link ArchiveFormat}, from a file or from bytes already in memory (a nested archive).
 * ZIP files and 7z archives are read by random access; tars and compressed files are streams, read from their
 * start for each entry opened, and so is a ZIP whose central directory is damaged or missing (a truncated download),
 * from its entries' own headers. A ZIP's encrypted entries are listed like the others (the JDK's reader refuses the
 * whole file for one of them); opening one fails with the reason, and its row says ENCRYPTED.
 */
final class Containers {

    /**
     * Memory a 7z decoder may take (its dictionary): a hostile archive can ask for gigabytes; commons-compress
     * refuses the archive instead, and the scan records it as a damaged container.
     */
    static final int SEVEN_Z_MEMORY_LIMIT_KIB = 64 * 1024;

    private Containers() {
    }

    /**
     * The archive at {@code file}, whose name is {@code name} (its text, as {@link FileNames} reads it), each entry
     * under a name of its own ({@link UniqueNames}).
     */
    static Container open(ArchiveFormat format, Path file, String name) throws IOException {
        RawBytes raw = () -> Files.newInputStream(file);
        return new UniqueNames(switch (format) {
            case ZIP -> zip(Files.newByteChannel(file), name, () -> jdkZip(file, name, raw));
            case SEVEN_Z -> sevenZ(Files.newByteChannel(file));
            default -> new StreamedContainer(format, name, raw);
        });
    }

    /** The archive of these bytes (nested in another), each entry under a name of its own. */
    static Container open(ArchiveFormat format, String name, byte[] bytes) throws IOException {
        RawBytes raw = () -> new ByteArrayInputStream(bytes);
        return new UniqueNames(switch (format) {
            // by random access, not from the start for each entry: a nested ZIP of many entries was read n times
            case ZIP -> zip(new SeekableInMemoryByteChannel(bytes), name,
                    () -> new StreamedContainer(ArchiveFormat.ZIP, name, raw));
            case SEVEN_Z -> sevenZ(new SeekableInMemoryByteChannel(bytes));
            default -> new StreamedContainer(format, name, raw);
        });
    }

    /** By its central directory, else as {@code otherwise} reads it. */
    private static Container zip(SeekableByteChannel channel, String name, ContainerSupplier otherwise)
            throws IOException {
        try {
            return new ZipFileContainer(ZipFile.builder().setSeekableByteChannel(channel).get(), name);
        } catch (IOException | RuntimeException e) {
            channel.close();
            return otherwise.get();
        }
    }

    /**
     * A ZIP file whose central directory Commons Compress refuses: the JDK's reader lists what its directory names (a
     * spanned archive's entries in its other parts too, which then fail to open, each with its row and the reason);
     * failing that too, a stream of the entries' own headers.
     */
    private static Container jdkZip(Path file, String name, RawBytes raw) {
        try {
            return new JdkZipContainer(new java.util.zip.ZipFile(file.toFile()));
        } catch (IOException | RuntimeException e) {  // also a name the locale cannot give the JDK's reader
            return new StreamedContainer(ArchiveFormat.ZIP, name, raw);
        }
    }

    @FunctionalInterface
    private interface ContainerSupplier {
        Container get() throws IOException;
    }

    private record JdkZipContainer(java.util.zip.ZipFile zip) implements Container {
        @Override
        public List<Container.Entry> entries() {
            return zip.stream().filter(e -> !e.isDirectory()).map(e -> new Container.Entry(e.getName(), e.getSize()))
                    .toList();
        }

        @Override
        public InputStream open(String name, int occurrence) throws IOException {
            java.util.zip.ZipEntry entry = zip.stream().filter(e -> !e.isDirectory() && e.getName().equals(name))
                    .skip(occurrence - 1L).findFirst().orElse(null);
            if (entry == null) {
                throw new FileNotFoundException("no entry '" + name + "' in " + zip.getName());
            }
            return zip.getInputStream(entry);
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    private static Container sevenZ(SeekableByteChannel channel) throws IOException {
        try {
            return new SevenZContainer(SevenZFile.builder().setSeekableByteChannel(channel)
                    .setMaxMemoryLimitKiB(SEVEN_Z_MEMORY_LIMIT_KIB).get());
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** A ZIP by its central directory, its entries named as {@link EntryNames} reads them. */
    private static final class ZipFileContainer implements Container {
        private final ZipFile zip;
        private final String name;
        /** Its files in the archive's order, each under the name it is read as; made at first need. */
        private List<NamedEntry> files;
        /** The same files by name, those read alike in the archive's order (one name twice, a DOS and a UTF-8 one). */
        private Map<String, List<ZipArchiveEntry>> byName;

        private record NamedEntry(String name, ZipArchiveEntry entry) {
        }

        ZipFileContainer(ZipFile zip, String name) {
            this.zip = zip;
            this.name = name;
        }

        @Override
        public List<Container.Entry> entries() throws IOException {
            return files().stream().map(f -> new Container.Entry(f.name(), f.entry().getSize())).toList();
        }

        @Override
        public InputStream open(String wanted, int occurrence) throws IOException {
            files();
            List<ZipArchiveEntry> alike = byName.getOrDefault(wanted, List.of());
            if (occurrence > alike.size()) {
                throw new FileNotFoundException("no entry '" + wanted + "' in " + name);
            }
            ZipArchiveEntry entry = alike.get(occurrence - 1);
            // an encrypted entry: UnsupportedZipFeatureException, with its name
            InputStream data = zip.getInputStream(entry);
            return entry.getCrc() < 0 ? data : new CrcCheckedStream(data, entry.getCrc(), wanted);
        }

        /**
         * Every name read once, as {@link EntryNames} reads them with one code page for the archive: Commons
         * Compress's own look-up reads them as UTF-8, and gives its own first of two entries of one name.
         */
        private List<NamedEntry> files() throws IOException {
            if (files == null) {
                List<ZipArchiveEntry> all = Collections.list(zip.getEntriesInPhysicalOrder());
                EntryNames names = EntryNames.of(all);
                List<NamedEntry> named = new ArrayList<>();
                Map<String, List<ZipArchiveEntry>> index = new HashMap<>();
                for (ZipArchiveEntry e : all) {
                    if (!e.isDirectory()) {
                        String entryName = names.name(e);
                        named.add(new NamedEntry(entryName, e));
                        index.computeIfAbsent(entryName, n -> new ArrayList<>(1)).add(e);
                    }
                }
                byName = index;
                files = named;
            }
            return files;
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    private record SevenZContainer(SevenZFile sevenZ) implements Container {
        @Override
        public List<Container.Entry> entries() {
            List<Container.Entry> entries = new ArrayList<>();
            for (SevenZArchiveEntry e : sevenZ.getEntries()) {
                if (!e.isDirectory() && !e.isAntiItem()) {
                    entries.add(new Container.Entry(e.getName(), e.getSize()));
                }
            }
            return entries;
        }

        @Override
        public InputStream open(String name, int occurrence) throws IOException {
            int seen = 0;
            for (SevenZArchiveEntry e : sevenZ.getEntries()) {
                if (name.equals(e.getName()) && !e.isDirectory() && !e.isAntiItem() && ++seen == occurrence) {
                    return sevenZ.getInputStream(e);
                }
            }
            throw new FileNotFoundException("no entry '" + name + "' in the 7z archive");
        }

        @Override
        public void close() throws IOException {
            sevenZ.close();
        }
    }

    /** Where a streamed container's raw bytes come from (a file, or bytes in memory), opened afresh each time. */
    @FunctionalInterface
    private interface RawBytes {
        InputStream open() throws IOException;
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

    /** Reads one entry after another from the start; what a stream offers. */
    @FunctionalInterface
    private interface EntryVisitor {
        /** @return true to stop reading: the entry's stream stays open, positioned at its data */
        boolean visit(Container.Entry entry, InputStream data) throws IOException;
    }

    private record StreamedContainer(ArchiveFormat format, String name, RawBytes raw) implements Container {

        @Override
        public List<Container.Entry> entries() throws IOException {
            List<Container.Entry> entries = new ArrayList<>();
            try (InputStream in = walk((entry, data) -> {
                entries.add(entry);
                return false;
            })) {
                return entries;
            }
        }

        @Override
        public InputStream open(String wanted, int occurrence) throws IOException {
            int[] seen = {0};
            InputStream found = walk((entry, data) -> entry.name().equals(wanted) && ++seen[0] == occurrence);
            if (found == null) {
                throw new FileNotFoundException("no entry '" + wanted + "' in " + name);
            }
            return found;
        }

        /** Visits the entries until the visitor stops; returns the stream positioned at that entry, else null. */
        private InputStream walk(EntryVisitor visitor) throws IOException {
            InputStream in = raw.open();
            try {
                switch (format) {
                    case GZ, BZ2 -> {
                        InputStream data = decompress(format, in);
                        in = data;
                        return visitor.visit(new Container.Entry(format.singleEntryName(name), -1), data) ? data : close(data);
                    }
                    case ZIP -> {
                        ZipArchiveInputStream zip = new ZipArchiveInputStream(in);
                        in = zip;
                        for (ZipArchiveEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                            String entryName = EntryNames.EACH_ALONE.name(e);
                            if (!e.isDirectory() && visitor.visit(new Container.Entry(entryName, e.getSize()), zip)) {
                                return zip;
                            }
                        }
                        return close(zip);
                    }
                    default -> {
                        // names in UTF-8 as a PAX header's are, whatever the locale (under the C locale the
                        // default was ASCII, which failed the listing)
                        TarArchiveInputStream tar = new TarArchiveInputStream(decompress(format, in),
                                StandardCharsets.UTF_8.name());
                        in = tar;
                        try (TarNameBytes nameBytes = new TarNameBytes(() -> decompress(format, raw.open()))) {
                            int index = 0;
                            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry(), index++) {
                                // a link names a file elsewhere (commons-compress counts it a file): never followed
                                if (e.isFile() && !e.isLink() && !e.isSymbolicLink() && visitor.visit(
                                        new Container.Entry(tarName(e, index, nameBytes), e.getSize()), tar)) {
                                    return tar;
                                }
                            }
                        }
                        return close(tar);
                    }
                }
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
        }

        /**
         * A tar entry's name: as UTF-8, else as {@link EntryNames#ofTar} reads its bytes. Commons Compress reads a
         * byte that is not UTF-8 as '?', so only a name with one is read a second time.
         */
        private static String tarName(TarArchiveEntry entry, int index, TarNameBytes nameBytes) throws IOException {
            String utf8 = entry.getName();
            if (utf8.indexOf('?') < 0 && utf8.indexOf('\uFFFD') < 0) {
                return utf8;
            }
            byte[] bytes = nameBytes.at(index);
            return FileNames.isUtf8(bytes) ? utf8 : EntryNames.ofTar(utf8, bytes);  // a real '?', or a PAX name
        }

        private static InputStream decompress(ArchiveFormat format, InputStream in) throws IOException {
            return switch (format) {
                case GZ, TAR_GZ -> GzipCompressorInputStream.builder().setInputStream(in)
                        .setDecompressConcatenated(true).get();
                case BZ2, TAR_BZ2 -> new BZip2CompressorInputStream(in, true);
                default -> in;
            };
        }

        private static InputStream close(InputStream in) throws IOException {
            in.close();
            return null;
        }

        @Override
        public void close() {
            // nothing held open between calls
        }
    }
}
