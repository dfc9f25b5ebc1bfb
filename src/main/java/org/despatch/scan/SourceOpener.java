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
 */
public final class SourceOpener {

    /** A nested container larger than this is not read into memory. */
    public static final long DEFAULT_MAX_NESTED_BYTES = 256L * 1024 * 1024;

    private final long maxNestedBytes;

    public SourceOpener(long maxNestedBytes) {
        this.maxNestedBytes = maxNestedBytes;
    }

    public InputStream open(String sourcePath) throws IOException {
        List<String> parts = SourcePath.parts(sourcePath);
        Path file = Path.of(parts.get(0));
        if (parts.size() == 1) {
            return Files.newInputStream(file);
        }
        byte[] current;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(parts.get(1));
            if (entry == null) {
                throw new FileNotFoundException("no entry '" + parts.get(1) + "' in " + file);
            }
            if (parts.size() == 2) {
                // Copy out: the ZipFile is closed when this method returns.
                try (InputStream in = zip.getInputStream(entry)) {
                    return new ByteArrayInputStream(readBounded(in, sourcePath));
                }
            }
            try (InputStream in = zip.getInputStream(entry)) {
                current = readBounded(in, sourcePath);
            }
        }
        for (int i = 2; i < parts.size(); i++) {
            current = readEntry(current, parts.get(i), sourcePath);
        }
        return new ByteArrayInputStream(current);
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
