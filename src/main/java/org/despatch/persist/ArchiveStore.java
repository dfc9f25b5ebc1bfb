package org.despatch.persist;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.despatch.classify.Classification;
import org.despatch.classify.DocumentClassifier;
import org.despatch.classify.ParagraphClassifier;
import org.despatch.dedupe.DedupeKeys;
import org.despatch.dedupe.DuplicateAssignment;
import org.despatch.dedupe.DuplicateFinder;
import org.despatch.dedupe.DuplicateKind;
import org.despatch.dedupe.DuplicateMatch;
import org.despatch.dedupe.DuplicateSettings;
import org.despatch.extract.DocumentDates;
import org.despatch.dedupe.ContentHash;
import org.despatch.extract.EmbeddedResult;
import org.despatch.extract.ExtractionResult;
import org.despatch.extract.ExtractionStatus;
import org.despatch.extract.MediaTypes;
import org.despatch.extract.WaitingDocument;
import org.despatch.normalize.Paragraph;
import org.despatch.normalize.Section;
import org.despatch.normalize.SegmentedDocument;
import org.despatch.scan.SourcePath;

/**
 * The persist stage: every write of the pipeline, each guarded by a stage transition made in the same
 * transaction. Replaying a chunk after a crash finds the documents already moved on and changes nothing.
 */
public final class ArchiveStore {

    /** Values in one {@code IN (...)} list at most: a chunk's documents, or their hashes, go in lists this long. */
    private static final int IN_BATCH = 500;

    private final Database db;
    private final KeyIndexes keyIndexes = new KeyIndexes();

    public ArchiveStore(Database db) {
        this.db = db;
    }

    public Database database() {
        return db;
    }

    /**
     * A document found by the scan, ready to be registered. With a {@code limitReason} (a container the scan
     * stopped at a limit) it is registered as PARTIAL with that reason, done: there is nothing to parse; with an
     * {@code unreadableReason}, as UNREADABLE.
     */
    public record NewDocument(String sourcePath, String sourceKey, String sha256, long sizeBytes,
                              String limitReason, String unreadableReason) {
    }

    /** What {@link #requeue} did: documents put back at PENDING, and others sent back to the dedupe step. */
    public record Requeued(int documents, int reexamined) {
    }

    /**
     * Puts the finished documents under {@code input} whose status is one of {@code statuses} back at PENDING, as
     * documents of the given execution, so that its extract step parses them again. What the earlier run stored of
     * them goes: their text, and the sections, paragraphs, labels, duplicate links and keys of one that has them
     * (PARTIAL, or CRASHED in the dedupe or classify step), which the new run segments afresh; the other texts
     * whose duplicate decisions named them are decided again by its dedupe step ({@link SegmentationRemoval}).
     * A document the scan registered PARTIAL (a container it stopped in) was never parsed and is not taken: a
     * parse would read the archive as one document. All in one transaction.
     * A document embedded in a parsed one (an attachment: it has a parent) is re-queued too: its bytes are reached
     * only by parsing its holder, which the extract step does for it ({@link #source}), keeping the holder's rows.
     */
    public Requeued requeue(String input, Set<String> statuses, long jobExecutionId) {
        return db.inTransaction(em -> {
            List<Long> ids = new ArrayList<>();
            for (Object[] row : em.createQuery("SELECT d.id, d.sourcePath FROM DocumentEntity d WHERE d.stage = :done "
                            + "AND d.status IN :statuses AND NOT (d.status = :partial AND d.charCount IS NULL)",
                            Object[].class)
                    .setParameter("done", Stage.DONE).setParameter("statuses", statuses)
                    .setParameter("partial", ExtractionStatus.PARTIAL.name()).getResultList()) {
                if (SourcePath.isUnder((String) row[1], input)) {
                    ids.add((Long) row[0]);
                }
            }
            em.flush();
            Connection c = em.unwrap(Connection.class);
            try {
                int reexamined = SegmentationRemoval.remove(c, ids);
                try (PreparedStatement reset = c.prepareStatement("UPDATE DSP_DOCUMENT SET STAGE = ?, STATUS = ?, "
                        + "ERROR = NULL, PARSER = NULL, PARSE_MILLIS = NULL, JOB_EXECUTION_ID = ?, LANGUAGE = NULL, "
                        + "CONTENT_HASH = NULL, CREDIT = NULL, LABEL = NULL, MODEL_VERSION = NULL, "
                        + SegmentationRemoval.DECISION_CLEARED + " WHERE ID = ? AND STAGE = ?");
                     PreparedStatement text = c.prepareStatement("DELETE FROM DSP_DOCUMENT_TEXT WHERE DOCUMENT_ID = ?")) {
                    for (long id : ids) {
                        reset.setString(1, Stage.PENDING.name());
                        reset.setString(2, DocumentEntity.STATUS_PENDING);
                        reset.setLong(3, jobExecutionId);
                        reset.setLong(4, id);
                        reset.setString(5, Stage.DONE.name());
                        reset.addBatch();
                        text.setLong(1, id);
                        text.addBatch();
                    }
                    reset.executeBatch();
                    text.executeBatch();
                }
                return new Requeued(ids.size(), reexamined);
            } catch (SQLException e) {
                throw new DatabaseException("re-queueing documents under " + input, e);
            }
        });
    }

    /**
     * Registers the documents not registered before (same path, same bytes); returns how many were new. A file that
     * could not be read before and can be now is registered in its old row, which it would otherwise leave behind
     * as UNREADABLE beside the new one: its row had no text, paragraphs or embedded documents to keep.
     */
    public int register(List<NewDocument> documents, long jobExecutionId) {
        return db.inTransaction(em -> {
            Set<String> known = new HashSet<>();
            Map<String, DocumentEntity> unreadable = new HashMap<>();
            List<String> keys = documents.stream().map(NewDocument::sourceKey).toList();
            boolean anyUnreadable = false;
            for (Object[] row : em.createQuery("SELECT d.sourceKey, d.sha256, d.status FROM DocumentEntity d "
                    + "WHERE d.sourceKey IN :keys", Object[].class).setParameter("keys", keys).getResultList()) {
                known.add(row[0] + "/" + row[1]);
                anyUnreadable |= ExtractionStatus.UNREADABLE.name().equals(row[2]);
            }
            if (anyUnreadable) {  // rarely: only then are the rows themselves loaded
                for (DocumentEntity d : em.createQuery("SELECT d FROM DocumentEntity d WHERE d.sourceKey IN :keys "
                        + "AND d.status = :unreadable", DocumentEntity.class).setParameter("keys", keys)
                        .setParameter("unreadable", ExtractionStatus.UNREADABLE.name()).getResultList()) {
                    unreadable.put(d.getSourceKey(), d);
                }
            }
            LocalDateTime now = LocalDateTime.now();
            int added = 0;
            for (NewDocument n : documents) {
                if (known.add(n.sourceKey() + "/" + n.sha256())) {
                    DocumentEntity old = n.unreadableReason() == null ? unreadable.remove(n.sourceKey()) : null;
                    DocumentEntity d = old != null ? old : new DocumentEntity();
                    d.setSourcePath(n.sourcePath());
                    d.setSourceKey(n.sourceKey());
                    d.setSha256(n.sha256());
                    d.setSizeBytes(n.sizeBytes());
                    String status = n.unreadableReason() != null ? ExtractionStatus.UNREADABLE.name()
                            : n.limitReason() != null ? ExtractionStatus.PARTIAL.name() : null;
                    d.setStage(status == null ? Stage.PENDING : Stage.DONE);
                    d.setStatus(status == null ? DocumentEntity.STATUS_PENDING : status);
                    d.setError(n.unreadableReason() != null ? n.unreadableReason() : n.limitReason());
                    d.setMediaType(status == null ? null : MediaTypes.byName(n.sourcePath()));
                    d.setJobExecutionId(jobExecutionId);
                    d.setIngestedAt(now);
                    if (old == null) {
                        em.persist(d);
                    }
                    added++;
                }
            }
            return added;
        });
    }

    /**
     * Ids of finished, readable documents whose labels did not come from the given model version, in id order,
     * partitioned like {@link #idsAt} (and ordered as it is, for the same reason): what re-classification still
     * has to do.
     */
    public List<Long> idsWithOutdatedLabels(String modelVersion, long afterId, int limit, int partition,
                                            int partitions) {
        return db.read(em -> em.createQuery("SELECT d.id FROM DocumentEntity d WHERE d.stage = :done "
                        + "AND d.status IN ('OK', 'PARTIAL') AND (d.modelVersion IS NULL OR d.modelVersion <> :v) "
                        + "AND d.id > :after AND MOD(d.id, :n) = :k ORDER BY d.stage, d.id", Long.class)
                .setParameter("done", Stage.DONE).setParameter("v", modelVersion).setParameter("after", afterId)
                .setParameter("n", (long) partitions).setParameter("k", (long) partition).setMaxResults(limit)
                .getResultList());
    }

    /** Whether any document with this source key (SHA-256 of the source path) is registered. */
    public boolean isRegistered(String sourceKey) {
        return db.read(em -> !em.createQuery("SELECT d.id FROM DocumentEntity d WHERE d.sourceKey = :key",
                Long.class).setParameter("key", sourceKey).setMaxResults(1).getResultList().isEmpty());
    }

    /**
     * Ids of documents at a stage, after the given id, in id order: how every step's reader pages. With
     * {@code partitions > 1}, only the ids whose remainder modulo {@code partitions} is {@code partition} (at
     * PENDING, the remainder of the id of the file a document was found in).
     */
    public List<Long> idsAt(Stage stage, long afterId, int limit, int partition, int partitions) {
        // ordered by the stage too, though it is fixed: so H2 reads the (STAGE, ID) index in order and stops at
        // the page's end; ordered by id alone it read and sorted every later document at the stage for each page.
        // Waiting to be extracted, a document found by a parse goes by the file it was found in: what a parse defers
        // is registered during the step, and only the partition that deferred it is sure to read on after it.
        String partitionKey = stage == Stage.PENDING ? "COALESCE(d.rootId, d.id)" : "d.id";
        return db.read(em -> em.createQuery("SELECT d.id FROM DocumentEntity d WHERE d.stage = :stage "
                        + "AND d.id > :after AND MOD(" + partitionKey + ", :n) = :k ORDER BY d.stage, d.id",
                        Long.class)
                .setParameter("stage", stage).setParameter("after", afterId).setParameter("n", (long) partitions)
                .setParameter("k", (long) partition).setMaxResults(limit).getResultList());
    }

    /**
     * Where a document's bytes are read from: its own file or archive entry, or, for a document embedded in a parsed
     * one (an attachment re-queued for another attempt), the outermost such holder and the path below it.
     *
     * @param path         the file or archive entry to parse
     * @param sizeBytes    its size
     * @param embeddedPath null, or the document's path below {@code path} ({@code 3!/report.docx})
     * @param sha256       the document's own SHA-256 as registered
     * @param rootId       the outermost document whose parse found the document (its {@code ROOT_ID}; its own id
     *                     where it has none: a file, or a document registered before the column was added), which
     *                     the documents waiting to be read with it share ({@link #waitingIn})
     */
    public record Source(String path, long sizeBytes, String embeddedPath, String sha256, long rootId) {
    }

    private record SourceRow(String path, long sizeBytes, Long parentId, String sha256, Long rootId) {
    }

    /**
     * Read by plain JDBC, once per document in the extract step: an entity manager for it cost the job's JVM a
     * sixth of its time during extraction, time the parse workers share the cores with.
     */
    public Source source(long documentId) {
        SourceRow document = sourceRow(documentId);
        long rootId = document.rootId() != null ? document.rootId() : documentId;
        SourceRow holder = document;
        while (holder.parentId() != null) {  // as deep as maxDepth: a query a level, for embedded documents only
            holder = sourceRow(holder.parentId());
        }
        if (holder == document) {
            return new Source(document.path(), document.sizeBytes(), null, document.sha256(), rootId);
        }
        String embeddedPath = document.path().substring(holder.path().length() + SourcePath.ENTRY_SEPARATOR.length());
        return new Source(holder.path(), holder.sizeBytes(), embeddedPath, document.sha256(), rootId);
    }

    /**
     * The documents waiting to be extracted with {@code document} (found in the parse of the same file, {@link
     * Source#rootId}), from id {@code fromId} on, in id order (the order their holder's parse met them), at most
     * {@code limit}: what one more parse of the holder may read.
     */
    public List<WaitingDocument> waitingIn(Source document, long fromId, int limit) {
        String prefix = document.path() + SourcePath.ENTRY_SEPARATOR;
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement("SELECT SOURCE_PATH, "
                + "MESSAGE_OFFSET FROM DSP_DOCUMENT WHERE ROOT_ID = ? AND ID >= ? AND STAGE = ? ORDER BY ROOT_ID, ID")) {
            s.setLong(1, document.rootId());
            s.setLong(2, fromId);
            s.setString(3, Stage.PENDING.name());
            s.setMaxRows(limit);
            List<WaitingDocument> waiting = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String path = r.getString(1);
                    long offset = r.getLong(2);
                    if (path.startsWith(prefix)) {
                        waiting.add(new WaitingDocument(path.substring(prefix.length()), r.wasNull() ? -1 : offset));
                    }
                }
            }
            return waiting;
        } catch (SQLException e) {
            throw new DatabaseException("reading the documents waiting in " + document.path(), e);
        }
    }

    private SourceRow sourceRow(long documentId) {
        SourceRow row = readById("SELECT SOURCE_PATH, SIZE_BYTES, PARENT_ID, SHA256, ROOT_ID FROM DSP_DOCUMENT "
                + "WHERE ID = ?", documentId, r -> {
                    long parentId = r.getLong(3);
                    Long parent = r.wasNull() ? null : parentId;  // before the next column is read
                    String sha256 = r.getString(4);
                    long rootId = r.getLong(5);
                    return new SourceRow(r.getString(1), r.getLong(2), parent, sha256, r.wasNull() ? null : rootId);
                });
        if (row == null) {
            throw new DatabaseException("no document with id " + documentId, null);
        }
        return row;
    }

    /** A document's extracted text, "" when none was kept; by plain JDBC, as {@link #source}. */
    public String extractedText(long documentId) {
        String text = readById("SELECT CONTENT FROM DSP_DOCUMENT_TEXT WHERE DOCUMENT_ID = ?", documentId,
                r -> r.getString(1));
        return text == null ? "" : text;
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The first row a one-parameter query gives for an id, read; null when there is none. */
    private <T> T readById(String sql, long id, RowReader<T> reader) {
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? reader.read(r) : null;
            }
        } catch (SQLException e) {
            throw new DatabaseException("reading document " + id, e);
        }
    }

    /**
     * Moves a chunk's documents on ({@link #advance}) and loads those moved, before anything is written: a query
     * between writes makes JPA flush what is pending, so writes interleaved with the moves went out as one small
     * batch per document. Returns the documents moved, by id; those another run already moved are left out.
     */
    private static <T> Map<Long, DocumentEntity> moveOn(EntityManager em, Collection<T> items, ToLongFunction<T> idOf,
                                                        Function<T, Stage> from, Function<T, Stage> to) {
        List<Long> moved = new ArrayList<>();
        for (T item : items) {
            if (advance(em, idOf.applyAsLong(item), from.apply(item), to.apply(item))) {
                moved.add(idOf.applyAsLong(item));
            }
        }
        Map<Long, DocumentEntity> documents = new HashMap<>();
        for (DocumentEntity d : selectIn(em, "SELECT d FROM DocumentEntity d WHERE d.id IN :values",
                DocumentEntity.class, moved)) {
            documents.put(d.getId(), d);
        }
        return documents;
    }

    /** Moves a document on; false when another run already did, so the caller writes nothing. */
    private static boolean advance(EntityManager em, long id, Stage from, Stage to) {
        return em.createQuery("UPDATE DocumentEntity d SET d.stage = :to WHERE d.id = :id AND d.stage = :from")
                .setParameter("to", to).setParameter("id", id).setParameter("from", from).executeUpdate() == 1;
    }

    // ---------------------------------------------------------------- extract

    /**
     * The extract stage's output for one document and the documents embedded in it (holders first);
     * {@code date} may be null.
     */
    public record Extracted(long documentId, ExtractionResult result, DocumentDates.Found date,
                            List<Embedded> embedded) {
    }

    /** A document found inside another while extracting it, with its date (may be null). */
    public record Embedded(EmbeddedResult found, DocumentDates.Found date) {
    }

    /**
     * Stores each document's extraction and registers the documents embedded in it, in the transaction that
     * moves it on: a replayed chunk finds it moved and registers nothing twice. An embedded document is keyed like
     * a scanned one (source path and SHA-256): one already registered (the same file ingested before under a new
     * fingerprint of its holder) is not registered again, nor what it holds.
     */
    public void saveExtractions(Collection<Extracted> items, long jobExecutionId) {
        if (items.isEmpty()) {
            return;
        }
        db.inTransaction(em -> {
            LocalDateTime now = LocalDateTime.now();
            Map<Long, DocumentEntity> moved = moveOn(em, items, Extracted::documentId, x -> Stage.PENDING,
                    x -> stageAfterExtraction(x.result()));
            for (Extracted x : items) {
                DocumentEntity d = moved.get(x.documentId());
                if (d == null) {
                    continue;
                }
                store(em, d, x.result(), x.date());
                registerEmbedded(em, d, x.embedded(), jobExecutionId, now);
            }
        });
    }

    /** A document with text goes on to be segmented; one without (or whose limit left it none) is done. */
    private static Stage stageAfterExtraction(ExtractionResult r) {
        return r.status().hasText() && !r.text().isBlank() ? Stage.EXTRACTED : Stage.DONE;
    }

    private static void store(EntityManager em, DocumentEntity d, ExtractionResult r, DocumentDates.Found date) {
        d.setStatus(r.status().name());
        d.setError(r.reason());
        if (r.mediaType() != null) {  // none where a retry did not reach the document: the stored one stands
            d.setMediaType(r.mediaType());
        }
        d.setParser(r.parser());
        d.setParseMillis(r.parseMillis());
        d.setTitle(r.title());
        if (date != null) {
            d.setDocumentDate(date.date());
            d.setDateSource(date.source().name());
        }
        d.setCharCount(r.text().length());
        if (stageAfterExtraction(r) == Stage.EXTRACTED) {
            em.persist(new DocumentTextEntity(d.getId(), r.text()));
        }
    }

    private static void registerEmbedded(EntityManager em, DocumentEntity holder, List<Embedded> embedded,
                                         long jobExecutionId, LocalDateTime now) {
        if (embedded.isEmpty()) {
            return;
        }
        Map<String, String> keys = new HashMap<>();
        for (Embedded e : embedded) {
            keys.put(e.found().path(), ContentHash.ofText(SourcePath.entry(holder.getSourcePath(), e.found().path())));
        }
        Set<String> known = new HashSet<>();
        for (Object[] row : selectIn(em, "SELECT d.sourceKey, d.sha256 FROM DocumentEntity d "
                + "WHERE d.sourceKey IN :values", Object[].class, keys.values())) {
            known.add(row[0] + "/" + row[1]);
        }
        Map<String, Long> ids = new HashMap<>();
        ids.put("", holder.getId());
        Long rootId = holder.getRootId() != null ? holder.getRootId() : holder.getId();
        for (Embedded e : embedded) {
            EmbeddedResult found = e.found();
            Long parentId = ids.get(found.parentPath());
            String key = keys.get(found.path());
            if (parentId == null || !known.add(key + "/" + found.sha256())) {
                continue;  // registered before, or held by a document registered before
            }
            DocumentEntity d = new DocumentEntity();
            d.setSourcePath(SourcePath.entry(holder.getSourcePath(), found.path()));
            d.setSourceKey(key);
            d.setSha256(found.sha256());
            d.setSizeBytes(found.sizeBytes());
            d.setParentId(parentId);
            d.setRootId(rootId);
            d.setMessageOffset(found.offset() < 0 ? null : found.offset());
            d.setJobExecutionId(jobExecutionId);
            d.setIngestedAt(now);
            if (found.deferred()) {  // to be read by a later parse of its holder, this step or the next run's
                d.setStage(Stage.PENDING);
                d.setStatus(DocumentEntity.STATUS_PENDING);
                em.persist(d);
                continue;  // it holds nothing registered yet
            }
            d.setStage(stageAfterExtraction(found.result()));
            em.persist(d);
            store(em, d, found.result(), e.date());
            ids.put(found.path(), d.getId());
        }
    }

    // ---------------------------------------------------------------- segment

    /**
     * The normalize stage's output for one document: its language (told from its paragraphs'), and the keys
     * duplicate detection files it and its paragraphs under (by paragraph ordinal; repeats inside the document have
     * none).
     */
    public record Segmented(long documentId, SegmentedDocument document, String language, DedupeKeys documentKeys,
                            Map<Integer, DedupeKeys> paragraphKeys) {
    }

    public void saveSegmentations(Collection<Segmented> items) {
        if (items.isEmpty()) {
            return;
        }
        db.inTransaction(em -> {
            Set<String> storedTexts = storedHashes(em, "SELECT DISTINCT TEXT_HASH FROM DSP_PARAGRAPH WHERE TEXT_HASH",
                    items.stream().flatMap(s -> s.document().paragraphs().stream().map(Paragraph::hash)).toList());
            Set<String> storedContents = storedHashes(em, "SELECT DISTINCT CONTENT_HASH FROM DSP_DOCUMENT WHERE "
                    + "CONTENT_HASH", items.stream().map(s -> s.document().contentHash()).toList());
            List<StoredDuplicates.Filing> keys = new ArrayList<>();
            Map<Long, DocumentEntity> moved = moveOn(em, items, Segmented::documentId, s -> Stage.EXTRACTED,
                    s -> s.document().paragraphs().isEmpty() ? Stage.DONE : Stage.SEGMENTED);
            for (Segmented s : items) {
                SegmentedDocument doc = s.document();
                DocumentEntity d = moved.get(s.documentId());
                if (d == null) {
                    continue;
                }
                if (doc.paragraphs().isEmpty()) {
                    d.setStatus("EMPTY");
                    d.setError("no text after normalization");
                    continue;
                }
                Map<Integer, Long> sectionIds = new HashMap<>();
                for (Section section : doc.sections()) {
                    SectionEntity e = new SectionEntity(s.documentId(), section.ordinal(), section.heading());
                    em.persist(e);
                    sectionIds.put(section.ordinal(), e.getId());
                }
                for (Paragraph p : doc.paragraphs()) {
                    ParagraphEntity e = new ParagraphEntity(s.documentId(), sectionIds.get(p.section()), p);
                    em.persist(e);
                    DedupeKeys k = s.paragraphKeys().get(p.ordinal());
                    if (k != null && !storedTexts.contains(p.hash())) {
                        keys.add(new StoredDuplicates.Filing(StoredDuplicates.Kind.PARAGRAPH, e.getId(),
                                StoredDuplicates.paragraphOrder(s.documentId(), p.ordinal()), k));
                    }
                }
                if (!storedContents.contains(doc.contentHash())) {
                    keys.add(new StoredDuplicates.Filing(StoredDuplicates.Kind.DOCUMENT, s.documentId(), s.documentId(),
                            s.documentKeys()));
                }
                d.setLanguage(s.language());
                d.setCharCount(doc.charCount());
                d.setContentHash(doc.contentHash());
                d.setCredit(doc.credit());
                d.setTitle(doc.title(d.getTitle()));
            }
            fileKeys(em, keys);
        });
    }

    /**
     * Keys of a text whose exact copy is already stored are not filed: exact copies are found by hash, and a
     * boilerplate paragraph repeated ten thousand times would otherwise fill its buckets with ten thousand ids.
     */
    private static Set<String> storedHashes(EntityManager em, String selectWhereColumn, List<String> hashes) {
        Set<String> stored = new HashSet<>();
        for (List<String> batch : batches(new ArrayList<>(new HashSet<>(hashes)))) {
            String in = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
            jakarta.persistence.Query q = em.createNativeQuery(selectWhereColumn + " IN (" + in + ")");
            for (int i = 0; i < batch.size(); i++) {
                q.setParameter(i + 1, batch.get(i));
            }
            for (Object h : q.getResultList()) {
                stored.add(((String) h).trim());
            }
        }
        return stored;
    }

    private static void fileKeys(EntityManager em, List<StoredDuplicates.Filing> keys) {
        em.flush();
        try {
            StoredDuplicates.file(em.unwrap(Connection.class), keys);
        } catch (SQLException e) {
            throw new DatabaseException("filing duplicate-detection keys", e);
        }
    }

    // ---------------------------------------------------------------- dedupe

    /** Where a document and each of its paragraphs not decided before stand among their duplicates. */
    public record Deduplicated(long documentId, DuplicateAssignment document, List<DuplicateAssignment> paragraphs) {
    }

    /**
     * Matches a segmented document and its paragraphs with everything stored before them ({@link DuplicateFinder}).
     * Reads only: the decisions are stored by {@link #saveDeduplications}. Calls with the same {@code generation}
     * share the keys loaded by the first, the first copies found and what their finders worked out (see {@link
     * KeyIndexes}): texts filed after it are not seen.
     */
    public Deduplicated findDuplicates(long documentId, DuplicateSettings settings, long generation) {
        try (Connection c = db.connection()) {
            KeyIndexes.Loaded documentKeys = keyIndexes.of(generation, c, StoredDuplicates.Kind.DOCUMENT);
            KeyIndexes.Loaded paragraphKeys = keyIndexes.of(generation, c, StoredDuplicates.Kind.PARAGRAPH);
            try (StoredDuplicates documents = new StoredDuplicates(c, StoredDuplicates.Kind.DOCUMENT, documentKeys);
                 StoredDuplicates paragraphs = new StoredDuplicates(c, StoredDuplicates.Kind.PARAGRAPH,
                         paragraphKeys)) {
                // the generation's finders share what they worked out: a near copy's candidates are mostly the
                // same texts, read and decided once rather than once per document
                // a document sent back by a retry had its own decision cleared with it (SegmentationRemoval), and
                // only the paragraphs that named a retried text: the others keep theirs
                DuplicateAssignment document = new DuplicateFinder(documents, settings, documentKeys.finders())
                        .assign(documents.item(documentId));
                DuplicateFinder paragraphFinder = new DuplicateFinder(paragraphs, settings, paragraphKeys.finders());
                List<DuplicateAssignment> out = new ArrayList<>();
                for (long id : undecidedParagraphIds(c, documentId)) {
                    out.add(paragraphFinder.assign(paragraphs.item(id)));
                }
                return new Deduplicated(documentId, document, out);
            }
        } catch (SQLException e) {
            throw new DatabaseException("finding duplicates of document " + documentId, e);
        }
    }

    private static List<Long> undecidedParagraphIds(Connection c, long documentId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        // the decided ones are left out here, not in the query: "CLUSTER_ID IS NULL" led H2 to the cluster index,
        // whose null entries are every paragraph not deduped yet, a scan of them all for each document (the dedupe
        // step of the 5,000-document benchmark took 19.7 s instead of 5.3 s)
        try (PreparedStatement s = c.prepareStatement(
                "SELECT ID, CLUSTER_ID FROM DSP_PARAGRAPH WHERE DOCUMENT_ID = ? ORDER BY ORDINAL")) {
            s.setLong(1, documentId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long id = r.getLong(1);
                    r.getLong(2);
                    if (r.wasNull()) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    public void saveDeduplications(Collection<Deduplicated> items) {
        if (items.isEmpty()) {
            return;
        }
        db.inTransaction(em -> {
            List<Deduplicated> moved = new ArrayList<>();
            for (Deduplicated d : items) {
                if (advance(em, d.documentId(), Stage.SEGMENTED, Stage.DEDUPED)) {
                    moved.add(d);
                }
            }
            inBatches(em, "storing duplicate clusters", updateDuplicates("DSP_DOCUMENT"),
                    updateDuplicates("DSP_PARAGRAPH"), (documents, paragraphs) -> {
                        for (Deduplicated d : moved) {
                            addUpdate(documents, d.document());
                            for (DuplicateAssignment p : d.paragraphs()) {
                                addUpdate(paragraphs, p);
                            }
                        }
                    });
        });
    }

    private interface BatchFiller {
        void fill(PreparedStatement first, PreparedStatement second) throws SQLException;
    }

    /**
     * Two statements on the transaction's connection, after what EclipseLink holds is flushed: {@code filler} adds
     * their batches, which run in order.
     */
    private static void inBatches(EntityManager em, String what, String firstSql, String secondSql,
                                  BatchFiller filler) {
        em.flush();
        Connection c = em.unwrap(Connection.class);
        try (PreparedStatement first = c.prepareStatement(firstSql);
             PreparedStatement second = c.prepareStatement(secondSql)) {
            filler.fill(first, second);
            first.executeBatch();
            second.executeBatch();
        } catch (SQLException e) {
            throw new DatabaseException(what, e);
        }
    }

    private static String updateDuplicates(String table) {
        return "UPDATE " + table + " SET CLUSTER_ID = ?, SIMILARITY = ?, DUPLICATE_KIND = ?, MATCH_ID = ?, "
                + "MATCH_SIMILARITY = ?, CONTAINS_MATCH = ?, DIFFERS = ?, DUPLICATE_OF = ? WHERE ID = ?";
    }

    private static void addUpdate(PreparedStatement s, DuplicateAssignment a) throws SQLException {
        DuplicateMatch m = a.match();
        s.setLong(1, a.clusterId());
        s.setDouble(2, a.similarity());
        s.setObject(3, m == null ? null : m.kind().name(), Types.VARCHAR);
        s.setObject(4, m == null ? null : m.matchId(), Types.BIGINT);
        s.setObject(5, m == null ? null : m.similarity(), Types.DOUBLE);
        s.setObject(6, m == null ? null : m.containsMatch(), Types.BOOLEAN);
        s.setObject(7, m == null ? null : Columns.fit(m.differs(), 1000), Types.VARCHAR);
        // duplicate_of keeps its first meaning: the earliest text exactly like this one
        s.setObject(8, m != null && m.kind() == DuplicateKind.EXACT ? m.matchId() : null, Types.BIGINT);
        s.setLong(9, a.id());
        s.addBatch();
    }

    // ---------------------------------------------------------------- classify

    /** A document rebuilt from its stored sections and paragraphs, ready to classify. */
    public record StoredDocument(long documentId, String language, SegmentedDocument document) {
    }

    public StoredDocument storedDocument(long documentId) {
        return db.read(em -> {
            DocumentEntity d = em.find(DocumentEntity.class, documentId);
            List<SectionEntity> sections = sections(em, documentId);
            Map<Long, Integer> sectionOrdinal = new HashMap<>();
            List<Section> outSections = new ArrayList<>();
            for (SectionEntity s : sections) {
                sectionOrdinal.put(s.getId(), s.getOrdinal());
                outSections.add(new Section(s.getOrdinal(), s.getHeading()));
            }
            List<Paragraph> outParagraphs = new ArrayList<>();
            for (ParagraphEntity p : paragraphs(em, documentId)) {
                int section = p.getSectionId() == null ? 0 : sectionOrdinal.get(p.getSectionId());
                outParagraphs.add(new Paragraph(p.getOrdinal(), p.getText(), p.getTextHash(), p.getKind(), section,
                        p.getRepeatOfOrdinal(), p.getLanguage()));
            }
            return new StoredDocument(documentId, d.getLanguage(),
                    new SegmentedDocument(outSections, outParagraphs));
        });
    }

    /** The classify stage's output for one document. */
    public record Classified(long documentId, DocumentClassifier.Result result, Stage from) {
    }

    /**
     * Stores labels. {@code from} is DEDUPED in the ingest job; re-classification passes DONE to relabel
     * finished documents, whose stage then stays DONE.
     */
    public void saveClassifications(Collection<Classified> items) {
        if (items.isEmpty()) {
            return;
        }
        String version = ParagraphClassifier.modelVersion();
        db.inTransaction(em -> {
            Map<Long, DocumentEntity> moved = moveOn(em, items, Classified::documentId, Classified::from,
                    c -> Stage.DONE);
            // labels are written by position, without loading the rows (and their texts) back as entities
            inBatches(em, "storing labels", updateLabels("DSP_SECTION"), updateLabels("DSP_PARAGRAPH"),
                    (sections, paragraphs) -> {
                        for (Classified item : items) {
                            DocumentEntity d = moved.get(item.documentId());
                            if (d == null) {
                                continue;
                            }
                            DocumentClassifier.Result r = item.result();
                            for (Map.Entry<Integer, Classification> s : r.sections().entrySet()) {
                                addLabels(sections, item.documentId(), s.getKey(), s.getValue(), version);
                            }
                            for (Map.Entry<Integer, Classification> p : r.paragraphs().entrySet()) {
                                addLabels(paragraphs, item.documentId(), p.getKey(), p.getValue(), version);
                            }
                            d.setLabel(r.documentLabel().name());
                            d.setModelVersion(version);
                        }
                    });
        });
    }

    private static String updateLabels(String table) {
        return "UPDATE " + table + " SET LABEL = ?, DIPLOMATIC_SCORE = ?, MILITARY_SCORE = ?, EVIDENCE = ?, "
                + "MODEL_VERSION = ? WHERE DOCUMENT_ID = ? AND ORDINAL = ?";
    }

    private static void addLabels(PreparedStatement s, long documentId, int ordinal, Classification c,
                                  String version) throws SQLException {
        s.setString(1, c.label().name());
        s.setDouble(2, c.diplomaticScore());
        s.setDouble(3, c.militaryScore());
        s.setString(4, Columns.fit(c.evidence(), LabelColumns.EVIDENCE_CHARS));
        s.setString(5, version);
        s.setLong(6, documentId);
        s.setInt(7, ordinal);
        s.addBatch();
    }

    // ---------------------------------------------------------------- failures

    /**
     * A document whose processing failed at some stage: it ends there with status CRASHED and the reason (a
     * failed re-classification only records the reason).
     */
    public record Failed(long documentId, Stage from, String reason) {
    }

    public void saveFailures(Collection<Failed> items) {
        if (items.isEmpty()) {
            return;
        }
        db.inTransaction(em -> {
            Map<Long, DocumentEntity> moved = moveOn(em, items, Failed::documentId, Failed::from, f -> Stage.DONE);
            for (Failed f : items) {
                DocumentEntity d = moved.get(f.documentId());
                if (d == null) {
                    continue;
                }
                if (f.from() == Stage.DONE) {
                    // re-classification failed: the document and its earlier labels stand
                    d.setError("re-classification failed: " + f.reason());
                } else {
                    d.setStatus("CRASHED");
                    d.setError("failed at stage " + f.from() + ": " + f.reason());
                }
            }
        });
    }

    // ---------------------------------------------------------------- helpers

    private static List<SectionEntity> sections(EntityManager em, long documentId) {
        return em.createQuery("SELECT s FROM SectionEntity s WHERE s.documentId = :doc ORDER BY s.ordinal",
                SectionEntity.class).setParameter("doc", documentId).getResultList();
    }

    private static List<ParagraphEntity> paragraphs(EntityManager em, long documentId) {
        return em.createQuery("SELECT p FROM ParagraphEntity p WHERE p.documentId = :doc ORDER BY p.ordinal",
                ParagraphEntity.class).setParameter("doc", documentId).getResultList();
    }

    /** What a JPQL query with the collection parameter {@code :values} gives, run per {@value #IN_BATCH} values. */
    private static <R, V> List<R> selectIn(EntityManager em, String jpql, Class<R> type, Collection<V> values) {
        List<R> results = new ArrayList<>();
        for (List<V> batch : batches(new ArrayList<>(values))) {
            results.addAll(em.createQuery(jpql, type).setParameter("values", batch).getResultList());
        }
        return results;
    }

    private static <T> List<List<T>> batches(List<T> items) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i += IN_BATCH) {
            out.add(items.subList(i, Math.min(items.size(), i + IN_BATCH)));
        }
        return out;
    }

    /** Progress of one job instance: documents registered by its executions, and how many of them are done. */
    public record Progress(Map<Stage, Long> byStage) {

        public long registered() {
            return byStage.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Documents that have left the given stage: how far the step that reads that stage has come. */
        public long past(Stage stage) {
            return byStage.entrySet().stream().filter(e -> e.getKey().compareTo(stage) > 0)
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    public Progress progress(Collection<Long> jobExecutionIds) {
        return db.read(em -> {
            Map<Stage, Long> byStage = new java.util.EnumMap<>(Stage.class);
            for (Object[] r : em.createQuery("SELECT d.stage, COUNT(d) FROM DocumentEntity d "
                            + "WHERE d.jobExecutionId IN :jobs GROUP BY d.stage", Object[].class)
                    .setParameter("jobs", jobExecutionIds).getResultList()) {
                byStage.put((Stage) r[0], ((Number) r[1]).longValue());
            }
            return new Progress(byStage);
        });
    }

    /**
     * How many documents registered by other job instances still wait at a stage: what a run left when it failed,
     * and this one's steps will take through, since every step reads documents by the stage they wait at.
     */
    public long waitingFromOtherRuns(Collection<Long> jobExecutionIds) {
        return db.read(em -> em.createQuery("SELECT COUNT(d) FROM DocumentEntity d WHERE d.stage <> :done "
                + "AND d.jobExecutionId NOT IN :jobs", Long.class).setParameter("done", Stage.DONE)
                .setParameter("jobs", jobExecutionIds).getSingleResult());
    }

    /** Documents registered by the given job executions (one job instance), by status. */
    public Map<String, Long> statusCounts(Collection<Long> jobExecutionIds) {
        return db.read(em -> {
            Map<String, Long> counts = new java.util.TreeMap<>();
            for (Object[] r : em.createQuery("SELECT d.status, COUNT(d) FROM DocumentEntity d WHERE "
                            + "d.jobExecutionId IN :jobs GROUP BY d.status", Object[].class)
                    .setParameter("jobs", jobExecutionIds).getResultList()) {
                counts.put((String) r[0], (Long) r[1]);
            }
            return counts;
        });
    }
}
