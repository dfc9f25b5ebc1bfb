package org.despatch.scan;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * Opens a document by its source path, reading entries straight out of their containers (nested ones in
 * memory, up to a size limit) without writing anything to disk.
 *
 * <p>The container opened last is kept for the next entry, and so is the archive file it lies in: an archive of many
 * entries is opened once, not once per entry, and a tgz of ZIPs is read on from one ZIP to the next, not from its
 * start for each. Entries are best opened in the order {@link #entries} lists them (a tar's own: see
 * {@link Container#sequential}). Not thread-safe: one opener per reader or processor; close it when done.
 */
public final class SourceOpener implements AutoCloseable {

    /** A nested container larger than this is not read into memory. */
    public static final long DEFAULT_MAX_NESTED_BYTES = 256L * 1024 * 1024;

    private final long maxNestedBytes;
    /** The archive file of the container opened last, kept while its entries and the archives in it are read. */
    private String filePath;
    private Container file;
    /** The container opened last: the file's, or one nested in it, held in memory. */
    private String containerPath;
    private Container container;
    /** An entry's reading failed: the containers are let go before the next one. */
    private boolean broken;
    /** The container of the entry opened last; null after a file outside any. */
    private Container openedIn;

    public SourceOpener(long maxNestedBytes) {
        this.maxNestedBytes = maxNestedBytes;
    }

    public InputStream open(String sourcePath) throws IOException {
        if (broken) {
            close();
        }
        openedIn = null;
        List<String> parts = SourcePath.parts(sourcePath);
        if (parts.size() == 1) {
            return Files.newInputStream(FileNames.path(parts.get(0)));
        }
        Container holder = null;
        try {
            holder = container(parts.subList(0, parts.size() - 1));
            InputStream entry = holder.open(parts.get(parts.size() - 1));
            openedIn = holder;
            return holder.failsOnAfterAFailure() ? new Watched(entry) : entry;
        } catch (IOException | RuntimeException | LinkageError e) {
            if (holder != null ? holder.failsOnAfterAFailure() : file != null && file.failsOnAfterAFailure()) {
                close();
            }
            throw e;
        }
    }

    /**
     * As {@link #open(String)}, but an entry of a 7z archive is read with the password {@code password} gives, asked
     * for only there (its AES-encrypted entries: the scan lists them, and a reading without a password refuses
     * them). The archive is opened afresh for it, and closed with the entry; the kept containers stay as they are.
     */
    public InputStream open(String sourcePath, Supplier<String> password) throws IOException {
        List<String> parts = SourcePath.parts(sourcePath);
        int n = parts.size();
        if (n == 1 || ArchiveFormat.of(parts.get(n - 2)) != ArchiveFormat.SEVEN_Z) {
            return open(sourcePath);
        }
        if (broken) {
            close();
        }
        openedIn = null;
        String archive = parts.get(n - 2);
        char[] chars = password.get().toCharArray();
        Container sevenZ;
        if (n == 2) {
            sevenZ = Containers.sevenZ(FileNames.path(archive), null, chars);
        } else {
            byte[] bytes;
            try (InputStream in = container(parts.subList(0, n - 2)).open(archive)) {
                bytes = readBounded(in, sourcePath);
            }
            sevenZ = Containers.sevenZ(null, bytes, chars);
        }
        try {
            return new FilterInputStream(sevenZ.open(parts.get(n - 1))) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        sevenZ.close();
                    }
                }
            };
        } catch (IOException | RuntimeException e) {
            closeQuietly(sevenZ);
            throw e;
        }
    }

    /**
     * Why the document opened last ended before its data did, once read to there (a lone {@code .gz} or {@code .bz2}
     * cut short, its bytes before the cut given as if whole: {@link Container#cutShort}); null otherwise.
     */
    public String cutShort() {
        return openedIn == null ? null : openedIn.cutShort();
    }

    /**
     * An entry's bytes from a container that a failure may leave unable to read on ({@link
     * Container#failsOnAfterAFailure}): a failure makes the opener let go of its containers before the next entry.
     */
    private final class Watched extends FilterInputStream {
        Watched(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException | RuntimeException | LinkageError e) {
                broken = true;
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return super.read(b, off, len);
            } catch (IOException | RuntimeException | LinkageError e) {
                broken = true;
                throw e;
            }
        }
    }

    /**
     * The files inside the container at {@code sourcePath}, in the order to open them: the archive's own where only
     * that order is cheap (a tar), else by name.
     */
    List<Container.Entry> entries(String sourcePath) throws IOException {
        Container c = container(SourcePath.parts(sourcePath));
        List<Container.Entry> entries = c.entries();
        if (c.sequential()) {
            return entries;
        }
        List<Container.Entry> byName = new ArrayList<>(entries);
        byName.sort(Comparator.comparing(Container.Entry::name));
        return byName;
    }

    /** Why the listing of the container at {@code sourcePath} ended before its end, or null ({@link Container#damage}). */
    String damage(String sourcePath) throws IOException {
        return container(SourcePath.parts(sourcePath)).damage();
    }

    /** The innermost container of a chain of names (a file, then entries), kept for the next call. */
    private Container container(List<String> chain) throws IOException {
        String path = String.join(SourcePath.ENTRY_SEPARATOR, chain);
        if (path.equals(containerPath)) {
            return container;
        }
        releaseNested();
        Container current = file(chain.get(0));
        try {
            for (String name : chain.subList(1, chain.size())) {
                byte[] bytes;
                try (InputStream in = current.open(name)) {
                    bytes = readBounded(in, path);
                }
                if (current != file) {
                    current.close();
                }
                current = Containers.open(format(name, path), SourcePath.fileName(name), bytes);
            }
        } catch (IOException | RuntimeException e) {
            if (current != file) {
                current.close();
            }
            throw e;
        }
        containerPath = path;
        container = current;
        return current;
    }

    /** The archive file at {@code path}, the one kept if it is that one. */
    private Container file(String path) throws IOException {
        if (!path.equals(filePath)) {
            close();
            file = Containers.open(format(path, path), FileNames.path(path), SourcePath.fileName(path));
            filePath = path;
        }
        return file;
    }

    /** Releases the container opened last if it is nested in the file (held in memory), keeping the file's. */
    private void releaseNested() {
        Container c = container;
        containerPath = null;
        container = null;
        if (c != null && c != file) {
            closeQuietly(c);
        }
    }

    private static ArchiveFormat format(String name, String path) throws IOException {
        ArchiveFormat f = ArchiveFormat.of(name);
        if (f == null) {
            throw new IOException("not an archive: '" + name + "' in " + path);
        }
        return f;
    }

    /** Releases the kept containers. */
    @Override
    public void close() {
        broken = false;
        openedIn = null;
        releaseNested();
        Container f = file;
        file = null;
        filePath = null;
        if (f != null) {
            closeQuietly(f);
        }
    }

    /** A failure to close a container only read from is of no consequence. */
    private static void closeQuietly(Container c) {
        try {
            c.close();
        } catch (IOException ignored) {
            // read-only: nothing was left unwritten
        }
    }

    private byte[] readBounded(InputStream in, String sourcePath) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxNestedBytes + 1));
        if (bytes.length > maxNestedBytes) {
            throw new IOException("nested archive larger than " + maxNestedBytes + " bytes: " + sourcePath);
        }
        return bytes;
    }
}
