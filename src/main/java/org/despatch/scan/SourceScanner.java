package org.despatch.scan;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists the documents of an input in a stable order: a folder recursively (files in name order), an archive (see
 * {@link ArchiveFormat}) as a folder of its entries, and archives inside either, within the
 * {@link ContainerLimits}. The same input always gives the same list, so a restarted scan can resume by position.
 *
 * <p>An archive nested at the depth limit is listed as a document that is not to be parsed, with the reason; so
 * is an archive file from which more than the count limit of documents would be listed, after its first ones.
 * Symbolic links are followed; a file that cannot be read (permission denied, a named pipe or device, a broken or
 * looping link) is listed with the reason, so that it has a row that says why, and is never opened.
 */
public final class SourceScanner {

    private final ContainerLimits limits;
    private final SourceOpener opener;

    public SourceScanner(ContainerLimits limits, SourceOpener opener) {
        this.limits = limits;
        this.opener = opener;
    }

    /**
     * A path that, read as {@link FileNames} reads names that are not UTF-8, is also the path of another file (both
     * "München.txt" in UTF-8 and in Latin-1 in one folder): that text opens the other one, so this file's row gets
     * its path with the bytes escaped ({@link ScannedSource#ambiguous}).
     */
    public static final String AMBIGUOUS_NAME = "its name, or a folder's above it, is not valid UTF-8, and read as "
            + "windows-1252 it is the path of another file (shown here with its bytes as %XX): rename it (convmv "
            + "converts a folder's names)";

    public List<ScannedSource> scan(Path input) throws IOException {
        if (!Files.exists(input)) {
            throw new IOException("input does not exist: " + input);
        }
        List<ScannedSource> found = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        Map<Path, String> unreadable = new HashMap<>();
        // symbolic links are followed (an accessions folder is often one); a loop is reported, not walked
        Files.walkFileTree(input, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        files.add(file);
                        String reason = attrs.isRegularFile() ? Files.isReadable(file) ? null
                                : "permission denied: the file cannot be read"
                                // a link to itself cannot be resolved either, but its target is not missing
                                : attrs.isSymbolicLink() ? Files.notExists(file)
                                        ? "broken symbolic link: its target does not exist"
                                        : "symbolic link loop: not followed"
                                : "not a regular file (a named pipe, socket or device): not read";
                        if (reason != null) {
                            unreadable.put(file, reason);
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        files.add(file);
                        unreadable.put(file, e instanceof FileSystemLoopException
                                ? "symbolic link loop: not followed"
                                : "cannot be read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
                        return FileVisitResult.CONTINUE;
                    }
                });
        Map<Path, String> texts = new HashMap<>();
        Set<Path> ambiguous = new HashSet<>();
        for (Path file : files) {
            Path absolute = file.toAbsolutePath().normalize();
            FileNames.Reading reading = FileNames.reading(absolute);
            if (reading.legacy() && !FileNames.path(reading.text()).equals(absolute)) {
                texts.put(file, FileNames.escapedText(absolute));
                unreadable.putIfAbsent(file, AMBIGUOUS_NAME);
                ambiguous.add(file);
            } else {
                texts.put(file, reading.text());
            }
        }
        // by text, then by bytes: the order restarts resume by must not depend on the order the folder is read in
        files.sort(Comparator.comparing((Path file) -> texts.get(file)).thenComparing(Comparator.naturalOrder()));
        for (Path file : files) {
            String path = texts.get(file);
            if (ambiguous.contains(file)) {
                found.add(ScannedSource.ambiguous(path, sizeOf(file), unreadable.get(file)));
            } else if (unreadable.containsKey(file)) {
                found.add(ScannedSource.unreadable(path, sizeOf(file), unreadable.get(file)));
            } else if (!SourcePath.isArchive(path)) {
                found.add(new ScannedSource(path, sizeOf(file)));
            } else if (limits.maxDepth() == 0) {
                found.add(new ScannedSource(path, sizeOf(file), limits.depthReason()));
            } else {
                int[] listed = {0};
                if (!addEntries(path, 1, listed, found)) {
                    found.add(new ScannedSource(path, sizeOf(file), limits.countReason()));
                }
            }
        }
        return found;
    }

    private static long sizeOf(Path file) {
        if (!Files.isRegularFile(file)) {
            return -1;  // a named pipe, a broken link: nothing to count
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;  // vanished or unreadable since the walk
        }
    }

    /**
     * Lists the entries of a container whose entries are at {@code depth}, counting them in {@code listed}.
     *
     * @return false when the count limit stopped the listing (nothing more is to be listed from this file)
     */
    private boolean addEntries(String containerPath, int depth, int[] listed, List<ScannedSource> found) {
        List<Container.Entry> entries;
        try {
            entries = opener.entries(containerPath);
            String damage = opener.damage(containerPath);
            if (damage != null) {
                // cut short: its entries before the damage are read, and its own row says what was lost
                found.add(new ScannedSource(containerPath, -1, damage));
            }
        } catch (IOException | RuntimeException e) {
            // A damaged container is itself a document: extraction will record why it cannot be read.
            found.add(new ScannedSource(containerPath, -1));
            return true;
        }
        if (entries.isEmpty()) {
            // nothing listed (an empty or a spanned ZIP): the container is itself a document, so it keeps a row
            found.add(new ScannedSource(containerPath, -1));
            return true;
        }
        for (Container.Entry entry : entries) {
            String path = SourcePath.entry(containerPath, entry.name());
            if (SourcePath.isArchive(entry.name()) && depth < limits.maxDepth()) {
                if (!addEntries(path, depth + 1, listed, found)) {
                    return false;
                }
                continue;
            }
            if (listed[0] >= limits.maxEmbeddedCount()) {
                return false;
            }
            listed[0]++;
            found.add(new ScannedSource(path, entry.size(),
                    SourcePath.isArchive(entry.name()) ? limits.depthReason() : null));
        }
        return true;
    }
}
