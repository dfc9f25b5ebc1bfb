package org.despatch.scan;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipException;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Opens an archive of any {@link ArchiveFormat}, from a file or from bytes already in memory (a nested archive).
 * ZIP files and 7z archives are read by random access; tars and compressed files are streams
 * ({@link StreamedContainer}), and so is a ZIP whose central directory is damaged or missing (a truncated download),
 * read from its entries' own headers. A ZIP's encrypted entries are listed like the others (the JDK's reader refuses the
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
        StreamedContainer.RawBytes raw = () -> Files.newInputStream(file);
        return new UniqueNames(switch (format) {
            case ZIP -> zip(Files.newByteChannel(file), name, () -> jdkZip(file, name, raw));
            case SEVEN_Z -> sevenZ(Files.newByteChannel(file));
            default -> new StreamedContainer(format, name, raw);
        });
    }

    /** The archive of these bytes (nested in another), each entry under a name of its own. */
    static Container open(ArchiveFormat format, String name, byte[] bytes) throws IOException {
        StreamedContainer.RawBytes raw = () -> new ByteArrayInputStream(bytes);
        return new UniqueNames(switch (format) {
            // by random access, not from the start for each entry: a nested ZIP of many entries was read n times
            case ZIP -> zip(new SeekableInMemoryByteChannel(bytes), name,
                    () -> new StreamedContainer(ArchiveFormat.ZIP, name, raw));
            case SEVEN_Z -> sevenZ(new SeekableInMemoryByteChannel(bytes));
            default -> new StreamedContainer(format, name, raw);
        });
    }

    /**
     * The {@code occurrence}-th entry named {@code name} (1 for the first), from an archive's entries by name, each
     * name's in the archive's order.
     *
     * @throws FileNotFoundException when the archive, called {@code archive} in the message, has no such entry
     */
    static <T> T nth(Map<String, List<T>> byName, String name, int occurrence, String archive)
            throws FileNotFoundException {
        List<T> alike = byName.getOrDefault(name, List.of());
        if (occurrence > alike.size()) {
            throw new FileNotFoundException("no entry '" + name + "' in " + archive);
        }
        return alike.get(occurrence - 1);
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
    private static Container jdkZip(Path file, String name, StreamedContainer.RawBytes raw) {
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

    /**
     * A 7z archive at {@code file}, or of these {@code bytes} (nested in another), read with {@code password}: its
     * AES-encrypted entries, which a reading without one refuses ({@code PasswordRequiredException}).
     */
    static Container sevenZ(Path file, byte[] bytes, char[] password) throws IOException {
        return new UniqueNames(sevenZ(file != null ? Files.newByteChannel(file)
                : new SeekableInMemoryByteChannel(bytes), password));
    }

    private static Container sevenZ(SeekableByteChannel channel) throws IOException {
        return sevenZ(channel, null);
    }

    private static Container sevenZ(SeekableByteChannel channel, char[] password) throws IOException {
        try {
            SevenZFile.Builder builder = SevenZFile.builder().setSeekableByteChannel(channel)
                    .setMaxMemoryLimitKiB(SEVEN_Z_MEMORY_LIMIT_KIB);
            if (password != null) {
                builder.setPassword(password);
            }
            return new SevenZContainer(builder.get());
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
        private Map<String, List<NamedEntry>> byName;

        /** A file, and the name of an entry whose data its own lie within (null: none). */
        private record NamedEntry(String name, ZipArchiveEntry entry, String overlaps) {
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
            NamedEntry file = nth(byName, wanted, occurrence, name);
            if (file.overlaps() != null) {
                throw new ZipException(OverlappingEntries.reason(wanted, file.overlaps()));
            }
            ZipArchiveEntry entry = file.entry();
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
                OverlappingEntries overlapping = OverlappingEntries.of(all);
                List<NamedEntry> named = new ArrayList<>();
                Map<String, List<NamedEntry>> index = new HashMap<>();
                for (ZipArchiveEntry e : all) {
                    if (!e.isDirectory()) {
                        ZipArchiveEntry within = overlapping.within(e);
                        NamedEntry file = new NamedEntry(names.name(e), e, within == null ? null : names.name(within));
                        named.add(file);
                        index.computeIfAbsent(file.name(), n -> new ArrayList<>(1)).add(file);
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

    /**
     * A 7z archive, its entries found by name. Read by name order, a solid block of 3,000 entries took 6.4 s against
     * 5.7 s in the archive's own: Commons Compress reads within a block at little cost, so the order stays the names'.
     */
    private static final class SevenZContainer implements Container {
        private final SevenZFile sevenZ;
        /** Its files in its order, and by name (one name may be there twice). */
        private final List<SevenZArchiveEntry> files = new ArrayList<>();
        private final Map<String, List<SevenZArchiveEntry>> byName = new HashMap<>();

        SevenZContainer(SevenZFile sevenZ) {
            this.sevenZ = sevenZ;
            for (SevenZArchiveEntry e : sevenZ.getEntries()) {
                if (!e.isDirectory() && !e.isAntiItem()) {
                    files.add(e);
                    byName.computeIfAbsent(e.getName(), n -> new ArrayList<>(1)).add(e);
                }
            }
        }

        @Override
        public List<Container.Entry> entries() {
            return files.stream().map(e -> new Container.Entry(e.getName(), e.getSize())).toList();
        }

        @Override
        public boolean failsOnAfterAFailure() {
            return true;
        }

        @Override
        public InputStream open(String name, int occurrence) throws IOException {
            return sevenZ.getInputStream(nth(byName, name, occurrence, "the 7z archive"));
        }

        @Override
        public void close() throws IOException {
            sevenZ.close();
        }
    }
}
