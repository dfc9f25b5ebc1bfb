package org.despatch.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.concurrent.TimeUnit;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TemporaryResources;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.despatch.dedupe.ContentHash;
import org.despatch.scan.ContainerLimits;
import org.despatch.scan.SourcePath;
import org.xml.sax.ContentHandler;

/**
 * Takes the place of Tika's embedded-document handling for one file: each attachment, mbox message or file
 * embedded in an Office document or a PDF is parsed on its own, into its own text, status and fingerprint,
 * instead of being folded into the text of the document that holds it. Parts that are the holder's own text (a
 * mail's inline body, a DOCX's altChunk) still go into the holder's text, though a picture in its text is a file of
 * its own ("report.docx!/image1.png"); thumbnails, renderings, fonts and metadata parts are skipped.
 *
 * <p>Within {@link ContainerLimits}: an embedded document deeper than {@code maxDepth} (counted from the archive
 * the file may sit in) is not parsed and its holder is PARTIAL saying so; after {@code maxEmbeddedCount} embedded
 * documents in one file the rest are left out and the file is PARTIAL. The bytes of each embedded document are
 * read once, counted and fingerprinted (in memory when small, else in Tika's temporary folder), up to
 * {@code maxFileSizeBytes}: a larger one is TOO_LARGE, not parsed.
 *
 * <p>Each embedded document's text has its own limit ({@code maxChars}) and draws on a budget the parse shares
 * (also {@code maxChars}), which bounds the text one parse holds. Once the budget is spent, the documents met are
 * fingerprinted but not parsed, and one whose text it cut is set aside whole, with what it held: each is
 * {@linkplain EmbeddedResult#deferred deferred}, registered and read by a later parse of the file with a
 * {@link Focus} on it. A mailbox of any size is so read in full, a budget's worth a parse.
 *
 * <p>One instance per file, used by the thread that parses it, except {@link #stop}.
 */
final class EmbeddedDocuments implements EmbeddedDocumentExtractor {

    /** Embedded documents up to this size are held in memory; larger ones go to a temporary file. */
    static final int IN_MEMORY_BYTES = 4 * 1024 * 1024;

    private static final Set<String> SKIPPED_TYPES = Set.of(
            TikaCoreProperties.EmbeddedResourceType.THUMBNAIL.name(),
            TikaCoreProperties.EmbeddedResourceType.RENDERING.name(),
            TikaCoreProperties.EmbeddedResourceType.FONT.name(),
            TikaCoreProperties.EmbeddedResourceType.METADATA.name());
    /**
     * Parts that are the holder's own text: a mail's inline body, a DOCX's altChunk (its body, or part of it, in
     * HTML or MHT).
     */
    private static final Set<String> OWN_TEXT_TYPES = Set.of(
            TikaCoreProperties.EmbeddedResourceType.INLINE.name(),
            TikaCoreProperties.EmbeddedResourceType.ALTERNATE_FORMAT_CHUNK.name());

    /** Drawings whose words (a chart's labels) Tika reads as text: they stay the holder's. */
    private static final Set<String> VECTOR_PICTURES = Set.of("image/emf", "image/wmf", "image/x-emf", "image/x-wmf",
            "image/svg+xml");
    private static final Pattern PICTURE_NAME = Pattern.compile("(?i)\\.(png|jpe?g|gif|tiff?|bmp|webp)$");

    private final Parser parser;
    private final ParseContext context;
    private final ExtractionLimits limits;
    private final ContainerLimits containers;
    /** The text all embedded documents of this parse may hold together. */
    private final BlockTextHandler.CharBudget shared;
    private final Outcome outcome;
    private final EmbeddedWatch watch;
    /** Tried on an embedded document that opens with none, as on the file (see {@link PasswordTries}). */
    private final Passwords passwords;
    /** The documents this parse is for; null: the whole file. */
    private final Focus focus;
    /** The file, then the embedded documents being parsed, innermost first. */
    private final Deque<Holder> open = new ArrayDeque<>();
    /** Embedded documents in the order they were met: every holder before what it holds. */
    private final List<Holder> found = new ArrayList<>();
    private final Holder file;
    /** Set when the file's time runs out: what the parse finds after it is not reported (see {@link #stop}). */
    private boolean stopped;
    /** A focused parse has read its anchor: once its budget is spent too, it has done what it was for. */
    private boolean anchorRead;
    /** A focused parse stopped at its spent budget: everything after is passed over unread (see {@link #wantsMore}). */
    private volatile boolean budgetSpent;

    /**
     * @param context the context of the file's parse; this extractor puts itself in it, so documents embedded in
     *                embedded documents come here too
     * @param depth   how many containers already hold the file (see {@link SourcePath#depth})
     * @param watch   told of each embedded document's parse; names the one not to parse, and the focus
     * @param passwords tried on an embedded document that opens with none
     */
    EmbeddedDocuments(Parser parser, ParseContext context, ExtractionLimits limits, ContainerLimits containers,
                      Outcome outcome, int depth, EmbeddedWatch watch, Passwords passwords) {
        this.parser = parser;
        this.context = context;
        this.limits = limits;
        this.containers = containers;
        this.shared = new BlockTextHandler.CharBudget(limits.maxChars());
        this.outcome = outcome;
        this.watch = watch;
        this.passwords = passwords;
        this.focus = watch.focus();
        this.file = new Holder("", null, depth, Role.FILE, -1);
        open.push(file);
        context.set(EmbeddedDocumentExtractor.class, this);
    }

    /** Where this parse began reading the file (an mbox): 0, or the place of the message it was opened at. */
    private long startOffset;

    /**
     * The file was opened at the message at {@code place}: the messages it meets are numbered on from there, and
     * their offsets counted from the file's start. Called before the parse meets any.
     */
    void resumeAt(MessagePlace place) {
        file.children = place.number() - 1;
        startOffset = place.offset();
    }

    /** Why embedded documents of the file itself were left out, or null. */
    String fileLimitNote() {
        return file.limitNote;
    }

    /** How many documents embedded directly in the file were extracted. */
    int fileHolds() {
        return file.children;
    }

    /**
     * Whether the parse still wants the file's embedded documents: false once a focused parse has read its anchor
     * and spent its budget, when the file's parser may stop reading (an mbox of gigabytes need not be read to its
     * end for the next few messages; what it did not reach stays waiting for a parse of its own).
     */
    boolean wantsMore() {
        return !budgetSpent;
    }

    /** Whether this parse stopped at its spent budget, leaving the rest of the file unread. */
    boolean budgetSpent() {
        return budgetSpent;
    }

    /** The embedded documents extracted or deferred, holders first. */
    synchronized List<EmbeddedResult> results() {
        return reported();
    }

    /**
     * Each embedded document read in full, or deferred, whose holders were read in full too: what a deferred
     * document held, or one still open when time ran out, is found again when it is read.
     */
    private List<EmbeddedResult> reported() {
        Set<Holder> whole = new HashSet<>(Set.of(file));
        List<EmbeddedResult> results = new ArrayList<>();
        for (Holder h : found) {
            if (!whole.contains(h.parent)) {
                continue;
            }
            if (h.role == Role.OPENED) {
                whole.add(h);  // opened only to reach what the parse is for: its own result is not reported
            } else if (h.result != null) {
                results.add(h.result);
                if (!h.result.deferred()) {
                    whole.add(h);
                }
            }
        }
        return results;
    }

    /**
     * What a parse stopped at its time limit leaves: the innermost document it was reading (null: the file itself)
     * and the embedded documents read in full before it.
     */
    record Stopped(String reading, List<EmbeddedResult> results) {
    }

    /**
     * Called at the file's time limit by the thread that waited for the parse, which may run on (a parser that
     * ignores interruption) and finds nothing more that is reported. Keeps each embedded document read in full
     * whose holders were read in full too: one still open is parsed again, with all it holds, by a retry.
     */
    synchronized Stopped stop() {
        stopped = true;
        Holder reading = open.peek();
        return new Stopped(reading == file ? null : reading.path, reported());
    }

    @Override
    public boolean shouldParseEmbedded(Metadata metadata) {
        String type = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE);
        return type == null || !SKIPPED_TYPES.contains(type);
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws IOException {
        if (!shouldParseEmbedded(metadata) || budgetSpent) {
            return;
        }
        String type = metadata.get(TikaCoreProperties.EMBEDDED_RESOURCE_TYPE);
        if (type != null && OWN_TEXT_TYPES.contains(type) && !isPicture(metadata)) {
            parseInline(stream, handler, metadata);
            return;
        }
        Holder holder = open.peek();
        if (holder.depth + 1 > containers.maxDepth()) {
            holder.note("embedded documents not extracted: nested deeper than maxDepth=" + containers.maxDepth());
            return;
        }
        if (found.size() >= containers.maxEmbeddedCount()) {
            file.note("embedded documents after the first maxEmbeddedCount=" + containers.maxEmbeddedCount()
                    + " left out");
            return;
        }
        String path = holder.childPath(metadata);
        Role role = roleOf(path, holder);
        if (role == null) {
            return;  // neither wanted by this parse's focus nor holding a wanted one: passed over unread
        }
        if (endsFocusedParse(role, holder)) {
            budgetSpent = true;  // it and all after it stay waiting, unread and not fingerprinted
            return;
        }
        Holder embedded = new Holder(path, holder, holder.depth + 1, role, offsetOf(metadata, holder));
        // guarded: stop() reads what was found from another thread
        synchronized (this) {
            if (stopped) {
                return;
            }
            found.add(embedded);
            open.push(embedded);
        }
        try {
            watch.listener().started(embedded.path);
            EmbeddedResult result = extract(stream, metadata, embedded).at(embedded.offset);
            synchronized (this) {
                embedded.result = result;
            }
            anchorRead |= role == Role.ANCHOR;
        } finally {
            synchronized (this) {
                open.pop();
            }
            watch.listener().ended(embedded.path);
        }
    }

    /**
     * A picture in the holder's text, which Tika marks inline too: a file of its own ("report.docx!/image1.png", a
     * scanned page pasted in, read by OCR where it is on), not the holder's text.
     */
    private static boolean isPicture(Metadata metadata) {
        String mediaType = metadata.get(Metadata.CONTENT_TYPE);
        String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
        return mediaType != null ? mediaType.startsWith("image/") && !VECTOR_PICTURES.contains(mediaType)
                : name != null && PICTURE_NAME.matcher(name).find();
    }

    /** A part that is its holder's own text, parsed into the holder's text as Tika would. */
    private void parseInline(InputStream stream, ContentHandler handler, Metadata metadata) {
        try {
            parser.parse(stream, new EmbeddedContentHandler(new BodyContentHandler(handler)), metadata, context);
        } catch (Exception e) {
            // A damaged inline part costs its own text only; the holder's status comes from the holder's parse.
        }
    }

    private EmbeddedResult extract(InputStream stream, Metadata metadata, Holder embedded) throws IOException {
        long start = System.nanoTime();
        MessageDigest digest = ContentHash.newDigest();
        long declared = declaredSize(metadata);
        String refused = metadata.get(OverlapRefusingPackageParser.REFUSED);
        if (refused != null) {
            // not read at all (an overlapping ZIP entry): the fingerprint of no bytes, as the scan registers it
            return new EmbeddedResult(embedded.path, embedded.parent.path, ContentHash.hex(digest),
                    Math.max(declared, 0), ExtractionResult.failed(ExtractionStatus.CORRUPT, refused,
                    MediaTypes.byName(embedded.path), millisSince(start)));
        }
        if (declared > limits.maxFileSizeBytes()) {
            // not even read (an archive entry that inflates to gigabytes): the fingerprint of no bytes, as the scan
            // registers an archive entry over the limit
            return tooLarge(embedded, ContentHash.hex(digest), declared, start);
        }
        try (TemporaryResources temporary = new TemporaryResources()) {
            byte[] head = stream.readNBytes(IN_MEMORY_BYTES + 1);
            digest.update(head);
            long size = head.length;
            Path spooled = null;
            if (head.length > IN_MEMORY_BYTES) {
                spooled = temporary.createTempFile();
                size = spool(head, stream, digest, spooled);
            }
            String sha = ContentHash.hex(digest);
            // known once its bytes are read to their end, as they now are: the parse may rewrite the metadata
            String cut = metadata.get(CutShortCompressorParser.CUT_SHORT);
            if (size > limits.maxFileSizeBytes()) {
                return tooLarge(embedded, sha, size, start);
            }
            if (watch.skips(embedded.path)) {
                // it brought down a worker before: read for its fingerprint, not parsed again
                return new EmbeddedResult(embedded.path, embedded.parent.path, sha, size, ExtractionResult.failed(
                        ExtractionStatus.CRASHED, watch.skipReason(), MediaTypes.byName(embedded.path),
                        millisSince(start)));
            }
            if (embedded.role == Role.KEPT && shared.remaining() <= 0) {
                return EmbeddedResult.deferred(embedded.path, embedded.parent.path, sha, size);
            }
            Metadata given = new Metadata();
            copy(metadata, given);
            Path bytes = spooled;
            int foundBefore = found.size();
            Read read = PasswordTries.open(passwords, password -> {
                if (password != PasswordTry.NONE) {
                    forget(embedded, foundBefore);  // what the try before found inside it, found again by this one
                    copy(given, metadata);
                }
                return parse(head, bytes, metadata, embedded, password, start);
            }, Read::result, Read::withResult);
            if (read.budgetSpent()) {
                return EmbeddedResult.deferred(embedded.path, embedded.parent.path, sha, size);
            }
            return new EmbeddedResult(embedded.path, embedded.parent.path, sha, size,
                    cut == null ? read.result() : Outcome.cutShort(read.result(), cut));
        }
    }

    /** One parse of an embedded document, and whether it spent the budget the parse's embedded documents share. */
    private record Read(ExtractionResult result, boolean budgetSpent) {
        Read withResult(ExtractionResult changed) {
            return new Read(changed, budgetSpent);
        }
    }

    /** One parse of an embedded document's bytes (in memory, or spooled to {@code spooled}) with {@code password}. */
    private Read parse(byte[] head, Path spooled, Metadata metadata, Holder embedded, PasswordTry password,
                       long start) {
        BlockTextHandler text = switch (embedded.role) {
            case OPENED -> BlockTextHandler.discarding();
            case ANCHOR -> new BlockTextHandler(limits.maxChars());
            default -> new BlockTextHandler(new BlockTextHandler.CharBudget(limits.maxChars()), shared);
        };
        text.readingOnPastLimitFor(metadata);
        Throwable error = null;
        PasswordTry.Restore restore = password.apply(context);
        try (InputStream in = spooled == null ? TikaInputStream.get(head, metadata)
                : TikaInputStream.get(spooled, metadata)) {
            parser.parse(in, text, metadata, context);
        } catch (Exception | StackOverflowError e) {
            error = e;
        } finally {
            restore.undo();  // the holder's own try, and what a sibling's first parse must not see
        }
        return new Read(outcome.of(metadata, text, error, embedded.limitNote, embedded.children, millisSince(start)),
                text.budgetSpent());
    }

    /** A try that did not open an embedded document: what it found inside it is forgotten. */
    private synchronized void forget(Holder embedded, int foundBefore) {
        found.subList(foundBefore, found.size()).clear();
        embedded.children = 0;
        embedded.childNames.clear();
        embedded.limitNote = null;
    }

    private static void copy(Metadata from, Metadata to) {
        for (String name : to.names()) {
            to.remove(name);
        }
        for (String name : from.names()) {
            for (String value : from.getValues(name)) {
                to.add(name, value);
            }
        }
    }

    private EmbeddedResult tooLarge(Holder embedded, String sha, long size, long start) {
        return new EmbeddedResult(embedded.path, embedded.parent.path, sha, size,
                ExtractionResult.failed(ExtractionStatus.TOO_LARGE, "embedded document is over the limit of "
                        + limits.maxFileSizeBytes() + " bytes", MediaTypes.byName(embedded.path), millisSince(start)));
    }

    /** The size its holder records for it (an archive entry's), else -1. */
    private static long declaredSize(Metadata metadata) {
        try {
            String length = metadata.get(Metadata.CONTENT_LENGTH);
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Writes the head and the rest of the stream to a file, up to one byte past the size limit; returns the count. */
    private long spool(byte[] head, InputStream rest, MessageDigest digest, Path file) throws IOException {
        long size = head.length;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            for (int n = rest.read(buffer); n >= 0 && size <= limits.maxFileSizeBytes(); n = rest.read(buffer)) {
                out.write(buffer, 0, n);
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return size;
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    /**
     * What this parse does with an embedded document: {@code null} from {@link #roleOf} passes it over unread.
     * {@code KEPT}: read, drawing on the shared budget, deferred once it is spent; {@code ANCHOR}: read whatever the
     * budget (the document a focused parse is made for); {@code OPENED}: parsed only to reach the wanted documents
     * it holds, its own text not kept and its result not reported.
     */
    private enum Role { FILE, KEPT, ANCHOR, OPENED }

    private Role roleOf(String path, Holder holder) {
        if (focus == null) {
            return Role.KEPT;
        }
        if (focus.isAnchor(path)) {
            return Role.ANCHOR;
        }
        if (focus.wants(path) || holder.role == Role.KEPT || holder.role == Role.ANCHOR) {
            return Role.KEPT;  // a wanted document, or one held by a wanted document
        }
        return focus.holdsWanted(path) ? Role.OPENED : null;
    }

    /**
     * Where in the file the message holding a document begins: a message of the file's own (an mbox) says where
     * it begins, and what it holds is found there too; -1 elsewhere (a mailbox inside an attachment counts from
     * its own start, not the file's).
     */
    private long offsetOf(Metadata metadata, Holder holder) {
        if (holder != file) {
            return holder.offset;
        }
        String offset = metadata.get(MailboxParser.OFFSET);
        return offset == null ? -1 : startOffset + Long.parseLong(offset);
    }

    /**
     * A wanted document met after the anchor was read, with the budget spent: a focused parse would only
     * fingerprint and defer it and every wanted one after it, which are waiting already. Not one held by a document
     * being read (its holder's result would lack it).
     */
    private boolean endsFocusedParse(Role role, Holder holder) {
        return anchorRead && role == Role.KEPT && (holder.role == Role.FILE || holder.role == Role.OPENED)
                && shared.remaining() <= 0;
    }

    /** The file or an embedded document, as a holder of embedded documents. */
    private static final class Holder {
        final String path;
        final Holder parent;
        final int depth;
        final Role role;
        /** See {@link #offsetOf}. */
        final long offset;
        final Set<String> childNames = new HashSet<>();
        int children;
        String limitNote;
        EmbeddedResult result;

        Holder(String path, Holder parent, int depth, Role role, long offset) {
            this.path = path;
            this.parent = parent;
            this.depth = depth;
            this.role = role;
            this.offset = offset;
        }

        void note(String reason) {
            if (limitNote == null) {
                limitNote = reason;
            }
        }

        /**
         * The path of the next document embedded here: its name as the holder gives it, else its number among the
         * holder's embedded documents (an mbox's messages are 1, 2, 3...); a name given twice gets its number too.
         */
        String childPath(Metadata metadata) {
            children++;
            String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
            // a lone surrogate (an OLE2 entry's raw name) would not survive UTF-8, in the database or to the job
            name = name == null ? "" : SourcePath.shownName(name.replaceAll("\\p{Cs}", "\uFFFD")
                    .replace(SourcePath.ENTRY_SEPARATOR, "!_")).strip();
            if (name.isEmpty()) {
                name = Integer.toString(children);
            }
            // unique among its siblings: "x.txt", "3-x.txt", "x.txt" gives "3-x.txt" only once
            String unique = name;
            for (int k = 1; !childNames.add(unique); k++) {
                unique = children + (k == 1 ? "" : "." + k) + "-" + name;
            }
            name = unique;
            return path.isEmpty() ? name : path + SourcePath.ENTRY_SEPARATOR + name;
        }
    }
}
