package org.despatch.scan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Names a document wherever it lives: a file ({@code /archive/a.pdf}) or an entry inside a container, however
 * deep ({@code /archive/outer.zip!/inner/b.tgz!/a.pdf}), or a document embedded in another
 * ({@code /archive/mail.mbox!/3!/report.docx!/image1.png}, registered at extraction, never opened by path).
 * Entry names are only ever used as names: nothing is unpacked to disk, so a hostile name such as
 * {@code ../../etc/passwd} touches nothing.
 */
public final class SourcePath {

    public static final String ENTRY_SEPARATOR = "!/";

    /**
     * Characters of a name inside a file (an archive entry's, an attachment's) that a path keeps: a ZIP entry's name
     * may be 65,535 bytes and an attachment's has no limit, but a path of a few such names must fit its column.
     */
    public static final int MAX_NAME_CHARS = 1000;

    private static final Pattern CONTROLS = Pattern.compile("\\p{Cntrl}");

    private SourcePath() {
    }

    /**
     * A name found inside a file as a path shows it: without control characters (a NUL, which PostgreSQL refuses
     * in text; a terminal's escape sequences) and cut to {@link #MAX_NAME_CHARS} with an ellipsis.
     */
    public static String shownName(String name) {
        String clean = CONTROLS.matcher(name).replaceAll("");
        return clean.length() <= MAX_NAME_CHARS ? clean : clean.substring(0, MAX_NAME_CHARS - 1) + "\u2026";
    }

    /** Whether the document at {@code sourcePath} is {@code input} or lies inside it (a folder's file, an entry). */
    public static boolean isUnder(String sourcePath, String input) {
        return sourcePath.equals(input) || sourcePath.startsWith(input + ENTRY_SEPARATOR)
                || sourcePath.startsWith(input.endsWith("/") ? input : input + "/");
    }

    public static String entry(String container, String entryName) {
        return container + ENTRY_SEPARATOR + entryName;
    }

    /**
     * The file and the chain of entry names below it. Only a separator that follows a container name counts, so
     * a folder or file whose own name holds "!/" ({@code /archive/Yahoo!/memo.txt}) stays one name.
     */
    public static List<String> parts(String sourcePath) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = sourcePath.indexOf(ENTRY_SEPARATOR); i >= 0; i = sourcePath.indexOf(ENTRY_SEPARATOR, i + 1)) {
            if (isArchive(sourcePath.substring(start, i))) {
                parts.add(sourcePath.substring(start, i));
                start = i + ENTRY_SEPARATOR.length();
            }
        }
        parts.add(sourcePath.substring(start));
        return parts;
    }

    /** The last name in the path, for format detection by extension. */
    public static String fileName(String sourcePath) {
        List<String> parts = parts(sourcePath);
        String last = parts.get(parts.size() - 1);
        int slash = Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\'));
        return last.substring(slash + 1);
    }

    /** Containers that the scanner opens as folders of their entries (see {@link ArchiveFormat}). */
    public static boolean isArchive(String name) {
        return ArchiveFormat.of(name) != null;
    }

    /** How many containers hold the document: {@code a.zip!/b.tgz!/c.txt} is at depth 2, a plain file at 0. */
    public static int depth(String sourcePath) {
        return parts(sourcePath).size() - 1;
    }
}
