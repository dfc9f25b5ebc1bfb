package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.despatch.scan.ContainerLimits;
import org.junit.jupiter.api.Test;

/** {@link MailboxParser}: an mbox's messages, each whole, split only at separator lines. */
class MailboxParserTest {

    private static Extraction extract(String mbox) {
        byte[] bytes = mbox.getBytes(StandardCharsets.UTF_8);
        try (TextExtractor x = new TextExtractor(ExtractionLimits.DEFAULTS, false, ContainerLimits.DEFAULTS)) {
            return x.extractAll(() -> new ByteArrayInputStream(bytes), "box.mbox", bytes.length, 0);
        }
    }

    private static String message(String from, String subject, String body) {
        return "From: " + from + "\nTo: desk@example.org\nSubject: " + subject
                + "\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n" + body + "\n";
    }

    private static List<String> texts(Extraction x) {
        return x.embedded().stream().map(e -> e.path() + " " + e.result().status() + " "
                + e.result().text().strip().replaceAll("\\s+", " ")).toList();
    }

    /**
     * Body lines beginning "From " stay in their message (Tika's parser began a message at each, and the first
     * message lost "From the embassy..." to a message 2 without text); 8-bit UTF-8 keeps the bytes windows-1252
     * leaves unassigned (Russian "с" is D1 81: Tika's parser wrote '?' for 0x81); a line ending CR LF is read.
     */
    @Test
    void messagesAreSplitAtSeparatorsOnlyAndKeptWhole() {
        String mbox = "From alice@example.org Mon Jan  1 09:30:00 1996\n"
                + message("alice@example.org", "First", "The ambassador was recalled on Monday.\n"
                + "From the embassy we hear nothing more.\nFrom here on the talks are suspended.")
                + "\nFrom - Tue Jan 02 10:00:00 1996\r\n"
                + message("bob@example.org", "Second", "Посол России отозван, сообщает Москва.")
                + "From 3c1f@xxx Wed Jan 03 11:00:00 +0000 1996\n"
                + message("carol@example.org", "Third", "The artillery moved north of Homs overnight.");
        assertEquals(List.of(
                "1 OK The ambassador was recalled on Monday. From the embassy we hear nothing more. From here on "
                        + "the talks are suspended.",
                "2 OK Посол России отозван, сообщает Москва.",
                "3 OK The artillery moved north of Homs overnight."), texts(extract(mbox)));
    }

    /**
     * Each message's bytes are its lines as they are, each ended by one line feed: lines of 512 bytes (a line's
     * start) and around it, a line of 100,000 bytes ended CR LF (pieces of 64 KB), a separator across the 64 KB the
     * parser reads ahead, and a last line without its line feed. Told by each message's fingerprint and size.
     */
    @Test
    void aMessagesBytesAreItsLinesWhateverTheirLengthAndWhereverTheReadsEnd() throws Exception {
        String head = "From: desk@example.org\nSubject: Lines\n\n";
        String first = head + "a".repeat(511) + "\n" + "b".repeat(512) + "\n" + "c".repeat(513) + "\r\n";
        String separator = "From alice@example.org Mon Jan  1 09:30:00 1996\n";
        // the second separator begins 20 bytes before the end of the parser's first 64 KB
        String padding = "p".repeat(65536 - 20 - separator.length() - first.length() - 1) + "\n";
        String second = head + "d".repeat(100_000) + "\r\n" + "short line\r\n";
        String third = head + "the last line, without its line feed";
        String mbox = separator + first + padding + separator + second + separator + third;
        List<String> expected = List.of(first.replace("\r\n", "\n") + padding, second.replace("\r\n", "\n"),
                third + "\n");
        Extraction x = extract(mbox);
        assertEquals(3, x.embedded().size());
        for (int i = 0; i < 3; i++) {
            byte[] bytes = expected.get(i).getBytes(StandardCharsets.UTF_8);
            assertEquals(bytes.length, x.embedded().get(i).sizeBytes(), "message " + (i + 1));
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            digest.update(bytes);
            assertEquals(org.despatch.dedupe.ContentHash.hex(digest), x.embedded().get(i).sha256(),
                    "message " + (i + 1));
        }
    }

    @Test
    void anEmptyMailboxAndOneWithoutSeparatorsHoldNoMessages() {
        assertEquals(List.of(), texts(extract("")));
        assertEquals(List.of(), texts(extract("From the embassy we hear nothing more.\nNo separator here.\n")));
    }

    @Test
    void separatorsAreToldFromBodyLines() {
        for (String line : List.of("From alice@example.org Mon Jan  1 09:30:00 1996",
                "From - Thu Jan 01 00:00:00 2004", "From 1234@xxx Tue Jan 02 03:04:05 +0000 2024",
                "From MAILER-DAEMON Fri Jul  8 12:08:34 2011")) {
            assertTrue(MailboxParser.isSeparator(line.getBytes(StandardCharsets.ISO_8859_1), line.length()), line);
        }
        for (String line : List.of("From the embassy we hear nothing more.", "From here on the talks are suspended.",
                "From: alice@example.org", "From London the consul reports 12 dead in 1916.", "From ")) {
            assertFalse(MailboxParser.isSeparator(line.getBytes(StandardCharsets.ISO_8859_1), line.length()), line);
        }
    }
}
