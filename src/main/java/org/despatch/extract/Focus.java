package org.despatch.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.despatch.scan.SourcePath;

/**
 * The embedded documents one parse of a file is for, when it is not for the file itself: documents registered
 * earlier but not yet read (set aside when an earlier parse's character budget was spent, or put back after a crash)
 * and read now through their holder. The parse keeps the text of these and of what they hold, opens the documents
 * that hold them without keeping their text, and passes over everything else unread.
 *
 * <p>The anchor is read whatever the budget, so every parse for a focus reads at least the document it was made
 * for; the others are read while the budget lasts.
 */
public final class Focus {

    private final String anchor;
    private final List<String> wanted;
    private final Set<String> wantedSet;
    /** Every document that holds a wanted one, at any depth. */
    private final Set<String> holders = new HashSet<>();

    /**
     * @param anchor the document the parse is made for, by its path below the file ({@code 3!/report.docx})
     * @param wanted the documents to read, in the order their rows were registered; must hold the anchor
     */
    public Focus(String anchor, List<String> wanted) {
        if (!wanted.contains(anchor)) {
            throw new IllegalArgumentException("the anchor " + anchor + " is not among the wanted documents");
        }
        this.anchor = anchor;
        this.wanted = List.copyOf(wanted);
        this.wantedSet = Set.copyOf(wanted);
        for (String path : wanted) {
            for (int cut = path.lastIndexOf(SourcePath.ENTRY_SEPARATOR); cut > 0;
                 cut = path.lastIndexOf(SourcePath.ENTRY_SEPARATOR, cut - 1)) {
                holders.add(path.substring(0, cut));
            }
        }
    }

    public String anchor() {
        return anchor;
    }

    /** The wanted documents, the anchor among them. */
    public List<String> wanted() {
        return wanted;
    }

    boolean isAnchor(String path) {
        return anchor.equals(path);
    }

    public boolean wants(String path) {
        return wantedSet.contains(path);
    }

    /** Whether the document holds a wanted one: it is opened, its own text is not kept. */
    boolean holdsWanted(String path) {
        return holders.contains(path);
    }

    @Override
    public String toString() {
        return "focus on " + anchor + " (" + wanted.size() + " wanted)";
    }
}
