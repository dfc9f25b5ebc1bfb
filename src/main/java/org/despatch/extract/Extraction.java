package org.despatch.extract;

import java.util.ArrayList;
import java.util.List;
import org.despatch.scan.SourcePath;

/**
 * What extraction made of one file and of the documents embedded in it, parents before their children.
 *
 * @param document  the file itself; its text is its own, without the text of the documents embedded in it
 * @param embedded  the embedded documents, each with its own status and text
 * @param stoppedIn where a parse that ran out of time or brought down its worker stopped: the path of the
 *                  embedded document it was reading, or null (the file's own part, or not known)
 * @param budgetSpent a parse for waiting documents ({@link Focus}) stopped once it had read its anchor and spent its
 *                  character budget: the rest of the file is unread, so a waiting document it did not meet may still
 *                  be there (see {@link #decides})
 * @param bytesRead how many bytes of the file this parse read (a seek is no read); 0 where not known
 */
public record Extraction(ExtractionResult document, List<EmbeddedResult> embedded, String stoppedIn,
                         boolean budgetSpent, long bytesRead) {

    public Extraction {
        embedded = List.copyOf(embedded);
    }

    public Extraction(ExtractionResult document, List<EmbeddedResult> embedded, String stoppedIn) {
        this(document, embedded, stoppedIn, false, 0);
    }

    public Extraction(ExtractionResult document, List<EmbeddedResult> embedded) {
        this(document, embedded, null);
    }

    /**
     * What this extraction of a file made of one document embedded in it, as if that document had been parsed on
     * its own: its result, and the documents it holds with their paths taken from below it. This is how a document
     * read only through its holder (an attachment left CRASHED, retried with a larger heap) is read again.
     *
     * @param path   the embedded document's path below the file ({@code 3!/report.docx})
     * @param sha256 the SHA-256 its bytes had when it was registered
     * @return its extraction; when this parse did not reach it, a result without text or media type (the stored one
     *         stands) that says why: still CRASHED, or TIMEOUT where the file ran out of time, so that a later retry
     *         may reach it; UNREADABLE where the file now holds other bytes there
     * @throws IllegalStateException where this parse deferred it (see {@link #find}), or stopped at its budget
     *                               before meeting it
     */
    public Extraction within(String path, String sha256) {
        String below = path + SourcePath.ENTRY_SEPARATOR;
        ExtractionResult found = null;
        List<EmbeddedResult> held = new ArrayList<>();
        for (EmbeddedResult e : embedded) {
            if (e.path().equals(path)) {
                if (e.deferred()) {
                    throw new IllegalStateException(path + " was deferred by this parse: it takes one focused on it");
                }
                if (!e.sha256().equals(sha256)) {
                    return alone(ExtractionResult.failed(ExtractionStatus.UNREADABLE, "its holder no longer holds "
                            + "the bytes it was registered with at " + path, null, document.parseMillis()));
                }
                found = e.result();
            } else if (e.path().startsWith(below)) {  // names never hold the separator, so this is its subtree
                held.add(new EmbeddedResult(e.path().substring(below.length()),
                        e.parentPath().equals(path) ? "" : e.parentPath().substring(below.length()),
                        e.sha256(), e.sizeBytes(), e.result(), e.offset()));  // still a place in the file
            }
        }
        if (found != null) {
            return new Extraction(found, held);
        }
        if (budgetSpent) {
            throw new IllegalStateException(path + " was not reached before this parse spent its budget: it takes "
                    + "one focused on it");
        }
        ExtractionStatus status = document.status() == ExtractionStatus.TIMEOUT ? ExtractionStatus.TIMEOUT
                : ExtractionStatus.CRASHED;
        EmbeddedResult holder = failedHolder(path);
        ExtractionResult why = holder == null ? document : holder.result();
        String reason = why.reason() == null ? "" : ": " + why.reason();
        return alone(ExtractionResult.failed(status, "not reached again in its holder"
                + (holder == null ? "" : " " + holder.path()) + ", whose parse ended " + why.status() + reason,
                null, document.parseMillis()));
    }

    /**
     * The innermost document this parse met that holds the one at {@code path} and did not end OK (an attachment
     * now too large to read, or left out as the culprit of a crash): what kept the parse from it, rather than the
     * file, which may have ended OK. Null where there is none.
     */
    private EmbeddedResult failedHolder(String path) {
        EmbeddedResult innermost = null;
        for (EmbeddedResult e : embedded) {
            if (!e.deferred() && path.startsWith(e.path() + SourcePath.ENTRY_SEPARATOR)
                    && (innermost == null || e.path().length() > innermost.path().length())) {
                innermost = e;
            }
        }
        return innermost == null || innermost.result().status() == ExtractionStatus.OK ? null : innermost;
    }

    /** The embedded document at {@code path} (below the file), or null when this parse did not meet it. */
    public EmbeddedResult find(String path) {
        for (EmbeddedResult e : embedded) {
            if (e.path().equals(path)) {
                return e;
            }
        }
        return null;
    }

    /**
     * Whether this parse, which did not read the embedded document at {@code path}, says all another parse focused
     * on it would: the file was read to its end without it (it is no longer there), or the parse failed in the
     * file's own part, in a document that holds it, or in the document itself. Not where a document that holds it
     * was deferred, where a limit on the count or depth of embedded documents ended the parse early, where the
     * parse stopped at its spent budget before the end of the file, nor where the parse failed in another document,
     * which a parse focused on this one passes over.
     */
    public boolean decides(String path) {
        if (budgetSpent) {
            return false;  // the file was not read to its end: what it did not meet may come after where it stopped
        }
        for (EmbeddedResult e : embedded) {
            if (e.deferred() && atOrBelow(path, e.path())) {
                return false;
            }
        }
        return switch (document.status()) {
            case OK -> true;
            case PARTIAL -> false;
            default -> stoppedIn == null || atOrBelow(stoppedIn, path) || atOrBelow(path, stoppedIn);
        };
    }

    /** Whether the embedded document at {@code path} is the one at {@code holder} or lies inside it. */
    private static boolean atOrBelow(String path, String holder) {
        return path.equals(holder) || path.startsWith(holder + SourcePath.ENTRY_SEPARATOR);
    }

    /** The same parse with the file's own result replaced (its reason told more). */
    Extraction withDocument(ExtractionResult result) {
        return new Extraction(result, embedded, stoppedIn, budgetSpent, bytesRead);
    }

    /** A file that ended before any embedded document was found (a failure, a limit). */
    static Extraction alone(ExtractionResult document) {
        return new Extraction(document, List.of());
    }
}
