package org.despatch.extract;

import java.util.ArrayList;
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
    private final MessagePlace start;
    private final Set<String> wantedSet;
    /** Every document that holds a wanted one, at any depth. */
    private final Set<String> holders = new HashSet<>();

    /**
     * A parse for {@code anchor} and the documents waiting after it (in the order their rows were registered). Where
     * the holder is an mbox whose waiting messages' places are known, the parse begins at the anchor's message and
     * wants only what lies from there on: a document waiting in an earlier message (an attachment deferred by the
     * parse that read its message) is left to a parse of its own, rather than make every parse after it begin there.
     * Where a place is not known (a row registered before places were kept), the file is read from its start.
     */
    public static Focus on(String anchor, List<WaitingDocument> waiting) {
        long from = -1;
        boolean placed = true;
        for (WaitingDocument w : waiting) {
            placed &= w.messageOffset() >= 0;
            if (w.path().equals(anchor)) {
                from = w.messageOffset();
            }
        }
        MessagePlace start = placed && from >= 0 ? MessagePlace.of(from, anchor) : null;
        List<String> wanted = new ArrayList<>();
        wanted.add(anchor);
        for (WaitingDocument w : waiting) {
            if (!w.path().equals(anchor) && (start == null || w.messageOffset() >= from)) {
                wanted.add(w.path());
            }
        }
        return new Focus(anchor, wanted, start);
    }

    /**
     * @param anchor the document the parse is made for, by its path below the file ({@code 3!/report.docx})
     * @param wanted the documents to read, in the order their rows were registered; must hold the anchor
     */
    public Focus(String anchor, List<String> wanted) {
        this(anchor, wanted, null);
    }

    /**
     * @param start where the file (an mbox) may be read from: the message holding the first of the wanted documents
     *              in file order; null: from its start
     */
    public Focus(String anchor, List<String> wanted, MessagePlace start) {
        this.start = start;
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

    /** Where the file may be read from (the parse reads it from its start where no message begins there); or null. */
    public MessagePlace start() {
        return start;
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
        return "focus on " + anchor + " (" + wanted.size() + " wanted" + (start == null ? "" : ", from byte "
                + start.offset()) + ")";
    }
}
