package org.despatch.persist;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.despatch.classify.DocumentClassifier;
import org.despatch.dedupe.ContentHash;
import org.despatch.dedupe.DedupeKeys;
import org.despatch.dedupe.DuplicateSettings;
import org.despatch.extract.ExtractionResult;
import org.despatch.extract.ExtractionStatus;
import org.despatch.normalize.Paragraph;
import org.despatch.normalize.SegmentedDocument;
import org.despatch.normalize.Segmenter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document that failed in dedupe or classify (DocumentProcessor turns a RuntimeException into a failure at
 * SEGMENTED or DEDUPED) ends CRASHED with its sections, paragraphs and dedupe keys stored, which other documents'
 * duplicate links may name. Re-queued by retryStatuses=CRASHED, it loses them all (an earlier attempt deleted only
 * its text, and its second segmentation failed on the paragraphs' positions at every restart, helper-52; the next
 * refused to re-queue it), and the later document whose paragraph copied one of its paragraphs is sent back to the
 * dedupe step, undecided, and with its copy's keys filed in place of the removed copy's, which were the only ones.
 */
class RequeueAfterSegmentTest {

    @TempDir
    Path dir;

    private static final String TEXT = "Report on Homs\n\nArtillery shelled positions near Homs on Saturday, "
            + "officials said.\n\nThe ambassador was recalled for consultations after the talks failed.\n";
    private static final String COPY = "Artillery shelled positions near Homs on Saturday, officials said.";
    private static final String LATER = "Weekly digest\n\n" + COPY + "\n\nThe harvest was poor in the north.\n";

    @Test
    void aDocumentCrashedAfterSegmentationIsReplacedAndTheLinksToItAreDecidedAgain() throws Exception {
        Database db = Database.open(DatabaseConfig.h2File(dir.resolve("despatch")));
        try {
            ArchiveStore store = new ArchiveStore(db);
            long crashed = register(store, "/in/a.txt", TEXT, 1);
            extractAndSegment(store, crashed, TEXT);
            // the dedupe step failed on it with a RuntimeException: DocumentProcessor makes that a Failed item
            store.saveFailures(List.of(new ArchiveStore.Failed(crashed, Stage.SEGMENTED, "DatabaseException: boom")));
            long later = register(store, "/in/b.txt", LATER, 1);
            extractAndSegment(store, later, LATER);
            dedupeAndClassify(store, later, 1);
            assertEquals("a.txt 2", copyOf(db), "b's copy names a's paragraph, its earliest");
            assertEquals(0, count(db, "SELECT COUNT(*) FROM DSP_DEDUPE_SIGNATURE s JOIN DSP_PARAGRAPH p ON "
                    + "p.ID = s.ITEM_ID JOIN DSP_DOCUMENT d ON d.ID = p.DOCUMENT_ID WHERE d.SOURCE_PATH = '/in/b.txt' "
                    + "AND p.ORDINAL = 2"), "an exact copy of a stored text is not filed again");

            // despatch ingest /in --param retryStatuses=CRASHED
            store.requeue("/in", Set.of("CRASHED"), 2);
            assertEquals(0, count(db, "SELECT COUNT(*) FROM DSP_PARAGRAPH WHERE DOCUMENT_ID = " + crashed));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM DSP_SECTION WHERE DOCUMENT_ID = " + crashed));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM DSP_DOCUMENT_TEXT WHERE DOCUMENT_ID = " + crashed));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM DSP_DEDUPE_SIGNATURE WHERE ITEM_TYPE = 'D' AND ITEM_ID = "
                    + crashed));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM DSP_DOCUMENT WHERE STAGE = 'PENDING' AND ID = " + crashed));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM DSP_DOCUMENT WHERE STAGE = 'SEGMENTED' AND ID = " + later),
                    "b goes back to the dedupe step");
            assertEquals(null, copyOf(db), "its copy's decision is cleared, naming nothing removed");
            assertEquals(2, count(db, "SELECT COUNT(*) FROM DSP_PARAGRAPH WHERE CLUSTER_ID IS NOT NULL"),
                    "its other paragraphs keep theirs");
            assertEquals(1, count(db, "SELECT COUNT(*) FROM DSP_DEDUPE_SIGNATURE s JOIN DSP_PARAGRAPH p ON "
                    + "p.ID = s.ITEM_ID WHERE p.DOCUMENT_ID = " + later + " AND p.ORDINAL = 2"),
                    "the copy left is filed in place of the removed one");

            // the next run: extract, segment (no clash with old positions), dedupe, classify
            extractAndSegment(store, crashed, TEXT);
            dedupeAndClassify(store, crashed, 3);
            dedupeAndClassify(store, later, 3);
            assertEquals("a.txt 2", copyOf(db), "b's copy names a's new paragraph");
            assertEquals(3, count(db, "SELECT COUNT(*) FROM DSP_PARAGRAPH WHERE DOCUMENT_ID = " + crashed));
            assertEquals(2, count(db, "SELECT COUNT(*) FROM DSP_DOCUMENT WHERE STATUS = 'OK' AND STAGE = 'DONE'"));
            assertEquals(0, count(db, "SELECT COUNT(*) FROM DSP_PARAGRAPH p WHERE p.CLUSTER_ID IS NULL "
                    + "OR NOT EXISTS (SELECT 1 FROM DSP_PARAGRAPH c WHERE c.ID = p.CLUSTER_ID) "
                    + "OR p.MATCH_ID IS NOT NULL AND NOT EXISTS (SELECT 1 FROM DSP_PARAGRAPH m WHERE m.ID = p.MATCH_ID)"),
                    "every paragraph decided, naming rows that exist");
        } finally {
            db.close();
        }
    }

    @Test
    void aContainerTheScanStoppedInIsNotRetried() throws Exception {
        Database db = Database.open(DatabaseConfig.h2File(dir.resolve("despatch")));
        try {
            ArchiveStore store = new ArchiveStore(db);
            store.register(List.of(new ArchiveStore.NewDocument("/in/deep.zip", ContentHash.ofText("/in/deep.zip"),
                    ContentHash.ofText("zip"), 3, "not opened: nested deeper than maxDepth=5", null)), 1);
            // registered PARTIAL and done, never parsed: parsing it would read the archive as one document
            store.requeue("/in", Set.of("PARTIAL"), 2);
            assertEquals(1, count(db, "SELECT COUNT(*) FROM DSP_DOCUMENT WHERE STATUS = 'PARTIAL' AND STAGE = 'DONE' "
                    + "AND ERROR LIKE 'not opened%'"));
        } finally {
            db.close();
        }
    }

    /** The path's last part and position of the paragraph b's copy of a's first body paragraph names, or null. */
    private static String copyOf(Database db) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT o.ORDINAL, od.SOURCE_PATH, p.CLUSTER_ID, p.MATCH_ID FROM DSP_PARAGRAPH p "
                        + "JOIN DSP_DOCUMENT d ON d.ID = p.DOCUMENT_ID "
                        + "LEFT JOIN DSP_PARAGRAPH o ON o.ID = p.DUPLICATE_OF "
                        + "LEFT JOIN DSP_DOCUMENT od ON od.ID = o.DOCUMENT_ID "
                        + "WHERE d.SOURCE_PATH = '/in/b.txt' AND p.ORDINAL = 2")) {
            r.next();
            String path = r.getString(2);
            if (path == null) {
                assertEquals(null, r.getObject(3));
                assertEquals(null, r.getObject(4));
                return null;
            }
            return path.substring(path.lastIndexOf('/') + 1) + " " + r.getInt(1);
        }
    }

    private static long register(ArchiveStore store, String path, String text, long execution) {
        store.register(List.of(new ArchiveStore.NewDocument(path, ContentHash.ofText(path), ContentHash.ofText(text),
                text.length(), null, null)), execution);
        return store.idsAt(Stage.PENDING, 0, 10, 0, 1).get(0);
    }

    private static void extractAndSegment(ArchiveStore store, long id, String text) {
        store.saveExtractions(List.of(new ArchiveStore.Extracted(id, new ExtractionResult(ExtractionStatus.OK, null,
                "text/plain", "TXTParser", null, text, 1, null), null, List.of())), 1);
        SegmentedDocument doc = Segmenter.segment(text, p -> "en");
        Map<Integer, DedupeKeys> keys = new HashMap<>();
        for (Paragraph p : doc.paragraphs()) {
            keys.put(p.ordinal(), DedupeKeys.of(p.text()));
        }
        store.saveSegmentations(List.of(new ArchiveStore.Segmented(id, doc, "en", DedupeKeys.of(String.join("\n",
                doc.paragraphs().stream().map(Paragraph::text).toList())), keys)));
    }

    private static void dedupeAndClassify(ArchiveStore store, long id, long generation) {
        store.saveDeduplications(List.of(store.findDuplicates(id, DuplicateSettings.DEFAULTS, generation)));
        ArchiveStore.StoredDocument stored = store.storedDocument(id);
        store.saveClassifications(List.of(new ArchiveStore.Classified(id,
                DocumentClassifier.classify(stored.document(), stored.language()), Stage.DEDUPED)));
    }

    private static long count(Database db, String sql) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
