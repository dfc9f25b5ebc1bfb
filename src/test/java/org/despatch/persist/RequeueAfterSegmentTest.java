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
import org.despatch.dedupe.ContentHash;
import org.despatch.dedupe.DedupeKeys;
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
 * duplicate links may name. retryStatuses=CRASHED used to re-queue it, deleting only its text, and its second
 * segmentation failed on the paragraphs' positions, at every restart (helper-52). Such a document is not re-queued.
 */
class RequeueAfterSegmentTest {

    @TempDir
    Path dir;

    private static final String TEXT = "Report on Homs\n\nArtillery shelled positions near Homs on Saturday, "
            + "officials said.\n\nThe ambassador was recalled for consultations after the talks failed.\n";

    @Test
    void aDocumentCrashedAfterSegmentationKeepsItsParagraphsAndIsNotRequeued() throws Exception {
        Database db = Database.open(DatabaseConfig.h2File(dir.resolve("despatch")));
        try {
            ArchiveStore store = new ArchiveStore(db);
            String path = "/in/a.txt";
            store.register(List.of(new ArchiveStore.NewDocument(path, ContentHash.ofText(path),
                    ContentHash.ofText(TEXT), TEXT.length(), null, null)), 1);
            long id = store.idsAt(Stage.PENDING, 0, 10, 0, 1).get(0);
            extractAndSegment(store, id);
            long paragraphs = count(db, "SELECT COUNT(*) FROM DSP_PARAGRAPH");
            // the dedupe step failed on it with a RuntimeException: DocumentProcessor makes that a Failed item
            store.saveFailures(List.of(new ArchiveStore.Failed(id, Stage.SEGMENTED, "DatabaseException: boom")));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM DSP_DOCUMENT WHERE STATUS = 'CRASHED'"));

            // despatch ingest /in --param retryStatuses=CRASHED
            assertEquals(0, store.requeue("/in", Set.of("CRASHED"), 2));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM DSP_DOCUMENT WHERE STATUS = 'CRASHED' AND STAGE = 'DONE'"));
            assertEquals(paragraphs, count(db, "SELECT COUNT(*) FROM DSP_PARAGRAPH"));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM DSP_DOCUMENT_TEXT"), "its text stays with them");

            // one that crashed in its extraction, without paragraphs, is re-queued as before
            String other = "/in/b.txt";
            store.register(List.of(new ArchiveStore.NewDocument(other, ContentHash.ofText(other),
                    ContentHash.ofText("b"), 1, null, null)), 3);
            long crashed = store.idsAt(Stage.PENDING, 0, 10, 0, 1).get(0);
            store.saveFailures(List.of(new ArchiveStore.Failed(crashed, Stage.PENDING, "worker died")));
            assertEquals(1, store.requeue("/in", Set.of("CRASHED"), 4));
        } finally {
            db.close();
        }
    }

    private static void extractAndSegment(ArchiveStore store, long id) {
        store.saveExtractions(List.of(new ArchiveStore.Extracted(id, new ExtractionResult(ExtractionStatus.OK, null,
                "text/plain", "TXTParser", null, TEXT, 1, null), null, List.of())), 1);
        SegmentedDocument doc = Segmenter.segment(TEXT, p -> "en");
        Map<Integer, DedupeKeys> keys = new HashMap<>();
        for (Paragraph p : doc.paragraphs()) {
            keys.put(p.ordinal(), DedupeKeys.of(p.text()));
        }
        store.saveSegmentations(List.of(new ArchiveStore.Segmented(id, doc, "en", DedupeKeys.of(TEXT), keys)));
    }

    private static long count(Database db, String sql) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
