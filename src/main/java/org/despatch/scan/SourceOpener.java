package org.despatch.scan;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Opens a document by its source path, reading entries straight out of their containers (nested ones in
 * memory, up to a size limit) without writing anything to disk.
 *
 * <p>Documents are opened in path order, so the last container opened (and the last nested container read) is
 * kept for the next entry: a ZIP of many entries is opened once, not once per entry. Not thread-safe: one opener
 * per reader or processor; close it when done.
 */
public final class SourceOpener implements AutoCloseable {

    /** A nested container larger than this is not read into memory. */
    public static final long DEFAULT_MAX_NESTED_BYTES = 256L * 1024 * 1024;

    private final long maxNestedBytes;
    private String zipPath;
    private ZipFile zip;
    private String nestedPath;
    private byte[] nested;

    public SourceOpener(long maxNestedBytes) {
        this.maxNestedBytes = maxNestedBytes;
    }

    public InputStream open(String sourcePath) throws IOException {
        List<String> parts = SourcePath.parts(sourcePath);
        if (parts.size() == 1) {
            return Files.newInputStream(Path.of(parts.get(0)));
        }
        ZipFile outer = zipFile(parts.get(0));
        ZipEntry entry = outer.getEntry(parts.get(1));
        if (entry == null) {
            throw new FileNotFoundException("no entry '" + parts.get(1) + "' in " + parts.get(0));
        }
        if (parts.size() == 2) {
            return outer.getInputStream(entry);
        }
        // the innermost container of this path, read once for all its entries
        String container = String.join(SourcePath.ENTRY_SEPARATOR, parts.subList(0, parts.size() - 1));
        if (!container.equals(nestedPath)) {
            byte[] current;
            try (InputStream in = outer.getInputStream(entry)) {
                current = readBounded(in, sourcePath);
            }
            for (int i = 2; i < parts.size() - 1; i++) {
                current = readEntry(current, parts.get(i), sourcePath);
            }
            nestedPath = container;
            nested = current;
        }
        return new ByteArrayInputStream(readEntry(nested, parts.get(parts.size() - 1), sourcePath));
    }

    private ZipFile zipFile(String path) throws IOException {
        if (!path.equals(zipPath)) {
            close();
            zip = new ZipFile(Path.of(path).toFile());
            zipPath = path;
        }
        return zip;
    }

    /** Releases the kept container; a failure to close a file only read from is of no consequence. */
    @Override
    public void close() {
        nestedPath = null;
        nested = null;
        zipPath = null;
        if (zip != null) {
            ZipFile z = zip;
            zip = null;
            try {
                z.close();
            } catch (IOException ignored) {
                // read-only: nothing was left unwritten
            }
        }
    }

    private byte[] readEntry(byte[] container, String name, String sourcePath) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(container))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return readBounded(zip, sourcePath);
                }
            }
        }
        throw new FileNotFoundException("no entry '" + name + "' in " + sourcePath);
    }

    private byte[] readBounded(InputStream in, String sourcePath) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxNestedBytes + 1));
        if (bytes.length > maxNestedBytes) {
            throw new IOException("entry larger than " + maxNestedBytes + " bytes: " + sourcePath);
        }
        return bytes;
    }
}
