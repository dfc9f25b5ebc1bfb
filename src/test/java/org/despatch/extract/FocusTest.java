package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Focus#on}: what a parse for waiting documents wants, and where in the file it begins. */
class FocusTest {

    /**
     * The attachment of message 2, deferred by the parse that read 2, waits after messages 5 to 7 (its row came
     * later): a parse for 5 begins at 5 and leaves it to a parse of its own, which begins at 2.
     */
    @Test
    void aParseBeginsAtItsAnchorsMessageAndWantsWhatComesAfter() {
        List<WaitingDocument> waiting = List.of(new WaitingDocument("5", 500), new WaitingDocument("6", 600),
                new WaitingDocument("7", 700), new WaitingDocument("2!/scan.bin", 200));
        Focus five = Focus.on("5", waiting);
        assertEquals(List.of("5", "6", "7"), five.wanted());
        assertEquals(new MessagePlace(500, 5), five.start());

        Focus scan = Focus.on("2!/scan.bin", waiting.subList(3, 4));
        assertEquals(new MessagePlace(200, 2), scan.start());
    }

    /** Rows registered before places were kept: the file is read from its start, for all of them. */
    @Test
    void withoutTheirPlacesTheWholeFileIsRead() {
        List<WaitingDocument> waiting = List.of(new WaitingDocument("5", 500), new WaitingDocument("6", -1),
                new WaitingDocument("2!/scan.bin", 200));
        Focus five = Focus.on("5", waiting);
        assertEquals(List.of("5", "6", "2!/scan.bin"), five.wanted());
        assertNull(five.start());
        assertEquals(List.of("5"), Focus.on("5", List.of()).wanted(), "the anchor, waiting or not");
        assertNull(Focus.on("report.docx", List.of(new WaitingDocument("report.docx", -1))).start());
    }
}
