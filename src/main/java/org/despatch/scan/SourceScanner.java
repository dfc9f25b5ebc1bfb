package org.despatch.scan;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Lists the documents of an input in a stable order: a folder recursively (files in name order), a ZIP file as
 * a folder of its entries, and ZIP files inside either, down to a depth limit. The same input always gives the
 * same list, so a restarted scan can resume by position.
 */
public final class SourceScanner {

    /** How many containers deep the scanner goes ({@code a.zip!/b.zip!/c.txt} is depth 2). */
    public static final int DEFAULT_MAX_DEPTH = 5;

    private final int maxDepth;
    private final SourceOpener opener;

    public SourceScanner(int maxDepth, SourceOpener opener) {
        if (maxDepth < 0) {
            throw new IllegalArgumentException("maxDepth must be >= 0: " + maxDepth);
        }
        this.maxDepth = maxDepth;
        this.opener = opener;
    }

    public List<ScannedSource> scan(Path input) throws IOException {
        if (!Files.exists(input)) {
            throw new IOException("input does not exist: " + input);
        }
        List<ScannedSource> found = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(input, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile()) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // an unreadable folder or file is still a document: extraction records why it cannot be read
                files.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(Path::toString));
        for (Path file : files) {
            String path = file.toAbsolutePath().normalize().toString();
            if (SourcePath.isArchive(path) && maxDepth > 0) {
                addEntries(path, 1, found);
            } else {
                found.add(new ScannedSource(path, sizeOf(file)));
            }
        }
        return found;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;  // vanished or unreadable since the walk
        }
    }

    private void addEntries(String containerPath, int depth, List<ScannedSource> found) {
        List<ScannedSource> entries = new ArrayList<>();
        try (InputStream in = opener.open(containerPath); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory()) {
                    entries.add(new ScannedSource(SourcePath.entry(containerPath, e.getName()), e.getSize()));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // A damaged container is itself a document: extraction will record why it cannot be read.
            found.add(new ScannedSource(containerPath, -1));
            return;
        }
        if (entries.isEmpty()) {
            // nothing listed (an empty or a spanned ZIP): the container is itself a document, so it keeps a row
            found.add(new ScannedSource(containerPath, -1));
            return;
        }
        entries.sort(Comparator.comparing(ScannedSource::sourcePath));
        for (ScannedSource entry : entries) {
            if (SourcePath.isArchive(entry.sourcePath()) && depth < maxDepth) {
                addEntries(entry.sourcePath(), depth + 1, found);
            } else {
                found.add(entry);
            }
        }
    }
}
