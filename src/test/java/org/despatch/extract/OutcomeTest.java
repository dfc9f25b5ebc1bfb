package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import org.apache.commons.compress.PasswordRequiredException;
import org.junit.jupiter.api.Test;

/** What a failure says about the document. */
class OutcomeTest {

    @Test
    void anArchiveEntryThatNeedsAPasswordIsEncryptedNotCorrupt() {
        // thrown while opening an entry of a password-protected 7z, before Tika sees any byte (found in Tika's corpus)
        assertEquals(ExtractionStatus.ENCRYPTED, Outcome.classify(new PasswordRequiredException("protected.7z")));
        assertEquals(ExtractionStatus.CORRUPT, Outcome.classify(new IOException("truncated")));
    }
}
