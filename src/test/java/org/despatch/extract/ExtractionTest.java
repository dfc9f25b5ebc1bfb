package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Extraction#within}: one embedded document's part of its holder's extraction, for a retry. */
class ExtractionTest {

    private static final ExtractionResult MAIL = ok("The ambassador was recalled.");

    private static ExtractionResult ok(String text) {
        return new ExtractionResult(ExtractionStatus.OK, null, "text/plain", "TXTParser", null, text, 5, null);
    }

    private static EmbeddedResult found(String path, String parentPath, String sha256, String text) {
        return new EmbeddedResult(path, parentPath, sha256, text.length(), ok(text));
    }

    /** A mail holding a forwarded mail that holds a report holding a picture, and a note beside the report. */
    private static final Extraction NESTED = new Extraction(MAIL, List.of(
            found("fwd.eml", "", "a1", "Forwarded."),
            found("fwd.eml!/report.docx", "fwd.eml", "b2", "Report."),
            found("fwd.eml!/report.docx!/image1.png", "fwd.eml!/report.docx", "c3", "Caption."),
            found("fwd.eml!/note.txt", "fwd.eml", "d4", "Note."),
            found("other.txt", "", "e5", "Other.")));

    @Test
    void anEmbeddedDocumentComesWithWhatItHoldsNamedFromBelowIt() {
        assertEquals(new Extraction(ok("Forwarded."), List.of(
                        found("report.docx", "", "b2", "Report."),
                        found("report.docx!/image1.png", "report.docx", "c3", "Caption."),
                        found("note.txt", "", "d4", "Note."))),
                NESTED.within("fwd.eml", "a1"));
    }

    @Test
    void aDocumentTwoLevelsDownComesWithItsOwnOnly() {
        assertEquals(new Extraction(ok("Report."), List.of(found("image1.png", "", "c3", "Caption."))),
                NESTED.within("fwd.eml!/report.docx", "b2"));
        assertEquals(Extraction.alone(ok("Other.")), NESTED.within("other.txt", "e5"));
    }

    @Test
    void otherBytesAtThePathAreNotTakenForIt() {
        assertEquals(Extraction.alone(ExtractionResult.failed(ExtractionStatus.UNREADABLE,
                        "its holder no longer holds the bytes it was registered with at fwd.eml!/note.txt", null, 5)),
                NESTED.within("fwd.eml!/note.txt", "ff"));
    }

    /** Not reached, it stays retryable: TIMEOUT where its holder ran out of time, else CRASHED. */
    @Test
    void aHolderThatFailedGivesItsReason() {
        Extraction timedOut = Extraction.alone(ExtractionResult.failed(ExtractionStatus.TIMEOUT,
                "parse did not finish within 3000 ms", "message/rfc822", 3002));
        assertEquals(Extraction.alone(ExtractionResult.failed(ExtractionStatus.TIMEOUT, "not reached again in its "
                        + "holder, whose parse ended TIMEOUT: parse did not finish within 3000 ms", null, 3002)),
                timedOut.within("fwd.eml", "a1"));
        Extraction corrupt = Extraction.alone(ExtractionResult.failed(ExtractionStatus.CORRUPT,
                "Unexpected end of file", "message/rfc822", 12));
        assertEquals(Extraction.alone(ExtractionResult.failed(ExtractionStatus.CRASHED, "not reached again in its "
                        + "holder, whose parse ended CORRUPT: Unexpected end of file", null, 12)),
                corrupt.within("fwd.eml", "a1"));
    }

    /** The file ended OK, but the attachment holding the wanted document did not: that holder is named. */
    @Test
    void aFailedHolderInsideTheFileIsNamed() {
        Extraction x = new Extraction(MAIL, List.of(
                found("fwd.eml", "", "a1", "Forwarded."),
                new EmbeddedResult("fwd.eml!/cables.zip", "fwd.eml", "b2", 300_000_000L, ExtractionResult.failed(
                        ExtractionStatus.TOO_LARGE, "file is 300000000 bytes, over the limit of 209715200",
                        "application/zip", 1))));
        assertEquals(Extraction.alone(ExtractionResult.failed(ExtractionStatus.CRASHED, "not reached again in its "
                        + "holder fwd.eml!/cables.zip, whose parse ended TOO_LARGE: file is 300000000 bytes, over the "
                        + "limit of 209715200", null, 5)),
                x.within("fwd.eml!/cables.zip!/1.txt", "c3"));
        // a holder read whole names nothing: the file's own verdict stands
        assertEquals(Extraction.alone(ExtractionResult.failed(ExtractionStatus.CRASHED,
                        "not reached again in its holder, whose parse ended OK", null, 5)),
                x.within("fwd.eml!/gone.txt", "c3"));
    }

    @Test
    void aHolderReadWithoutItLeavesItCrashed() {
        ExtractionResult notReached = ExtractionResult.failed(ExtractionStatus.CRASHED,
                "not reached again in its holder, whose parse ended OK", null, 5);
        assertEquals(Extraction.alone(notReached), Extraction.alone(MAIL).within("fwd.eml", "a1"));
        assertEquals(Extraction.alone(notReached), NESTED.within("missing.txt", "a1"));
    }

    /** A document the parse deferred is found as deferred, and has no extraction to give. */
    @Test
    void aDeferredDocumentHasNoExtractionToGive() {
        Extraction x = new Extraction(MAIL, List.of(
                found("note.txt", "", "a1", "Note."),
                EmbeddedResult.deferred("fwd.eml", "", "b2", 40)));
        assertEquals(List.of(false, true), List.of(x.find("note.txt").deferred(), x.find("fwd.eml").deferred()));
        assertEquals(null, x.find("fwd.eml!/report.docx"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> x.within("fwd.eml", "b2"));
    }

    private static Extraction ended(ExtractionStatus status, String stoppedIn, EmbeddedResult... embedded) {
        return new Extraction(status == ExtractionStatus.OK ? MAIL
                : ExtractionResult.failed(status, "why", "application/mbox", 5), List.of(embedded), stoppedIn);
    }

    /** Whether a parse that did not read a document says all a parse focused on it would. */
    @Test
    void aParseDecidesForADocumentItDidNotReadOnlyWhereAnotherWouldFareAlike() {
        assertEquals(true, ended(ExtractionStatus.OK, null).decides("7"), "read to its end without it: gone");
        assertEquals(false, ended(ExtractionStatus.PARTIAL, null).decides("7"), "stopped by maxEmbeddedCount");
        assertEquals(true, ended(ExtractionStatus.TIMEOUT, null).decides("7"), "out of time in the file's own part");
        assertEquals(List.of(true, true, true, false, false),
                List.of(ended(ExtractionStatus.TIMEOUT, "7").decides("7"),
                        ended(ExtractionStatus.TIMEOUT, "7!/slow.pdf").decides("7"),
                        ended(ExtractionStatus.CRASHED, "7").decides("7!/big.zip"),
                        ended(ExtractionStatus.CRASHED, "6!/big.zip").decides("7"),
                        ended(ExtractionStatus.TIMEOUT, "7").decides("70")),
                "in it, in what it holds, in its holder; not in another document");
        assertEquals(false, ended(ExtractionStatus.OK, null, EmbeddedResult.deferred("7", "", "b2", 40))
                .decides("7!/note.txt"), "its holder was deferred");
    }
}
