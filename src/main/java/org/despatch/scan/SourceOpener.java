package org.despatch.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;

/**
 * Opens a document by its source path, reading entries straight out of their containers (nested ones in
 * memory, up to a size limit) without writing anything to disk.
 *
 * <p>Documents are opened in path order, so the innermost container opened last is kept for the next entry: an
 * archive of many entries is opened once, not once per entry. Not thread-safe: one opener per reader or
 * processor; close it when done.
 */
public final class SourceOpener implements AutoCloseable {

    /** A nested container larger than this is not read into memory. */
    public static final long DEFAULT_MAX_NESTED_BYTES = 256L * 1024 * 1024;

    private final long maxNestedBytes;
    private String containerPath;
    private Container container;

    public SourceOpener(long maxNestedBytes) {
        this.maxNestedBytes = maxNestedBytes;
    }

    public InputStream open(String sourcePath) throws IOException {
        List<String> parts = SourcePath.parts(sourcePath);
        if (parts.size() == 1) {
            return Files.newInputStream(FileNames.path(parts.get(0)));
        }
        return container(parts.subList(0, parts.size() - 1)).open(parts.get(parts.size() - 1));
    }

    /** The files inside the container at {@code sourcePath}, in the container's order. */
    List<Container.Entry> entries(String sourcePath) throws IOException {
        return container(SourcePath.parts(sourcePath)).entries();
    }

    /** The innermost container of a chain of names (a file, then entries), kept for the next call. */
    private Container container(List<String> chain) throws IOException {
        String path = String.join(SourcePath.ENTRY_SEPARATOR, chain);
        if (path.equals(containerPath)) {
            return container;
        }
        close();
        Container current = Containers.open(format(chain.get(0), path), FileNames.path(chain.get(0)),
                SourcePath.fileName(chain.get(0)));
        try {
            for (String name : chain.subList(1, chain.size())) {
                byte[] bytes;
                try (InputStream in = current.open(name)) {
                    bytes = readBounded(in, path);
                }
                current.close();
                current = Containers.open(format(name, path), SourcePath.fileName(name), bytes);
            }
        } catch (IOException | RuntimeException e) {
            current.close();
            throw e;
        }
        containerPath = path;
        container = current;
        return current;
    }

    private static ArchiveFormat format(String name, String path) throws IOException {
        ArchiveFormat f = ArchiveFormat.of(name);
        if (f == null) {
            throw new IOException("not an archive: '" + name + "' in " + path);
        }
        return f;
    }

    /** Releases the kept container; a failure to close a file only read from is of no consequence. */
    @Override
    public void close() {
        containerPath = null;
        if (container != null) {
            Container c = container;
            container = null;
            try {
                c.close();
            } catch (IOException ignored) {
                // read-only: nothing was left unwritten
            }
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
