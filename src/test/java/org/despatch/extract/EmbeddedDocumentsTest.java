package org.despatch.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.despatch.scan.ContainerLimits;
import org.despatch.testing.Archives;
import org.despatch.testing.Formats;
import org.junit.jupiter.api.Test;

/** Attachments, mbox messages and files inside files are extracted on their own, within the limits. */
class EmbeddedDocumentsTest {

    /** Long enough for a loaded machine to reach the slow attachment before it: the sleeper takes 10 s. */
    private static final ExtractionLimits THREE_SECONDS = new ExtractionLimits(
            ExtractionLimits.DEFAULT_MAX_FILE_SIZE_BYTES, ExtractionLimits.DEFAULT_MAX_CHARS, 3_000);

    private static Extraction extract(ExtractionLimits limits, ContainerLimits containers, byte[] bytes,
                                      String name) {
        try (TextExtractor x = new TextExtractor(limits, false, containers)) {
            return x.extractAll(() -> new ByteArrayInputStream(bytes), name, bytes.length, 0);
        }
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> paths(Extraction x) {
        return x.embedded().stream().map(e -> e.parentPath() + " > " + e.path() + " "
                + (e.deferred() ? "DEFERRED" : e.result().status())).toList();
    }

    private static Extraction extract(ExtractionLimits limits, byte[] bytes, String name, Focus focus) {
        try (TextExtractor x = new TextExtractor(limits, false, ContainerLimits.DEFAULTS)) {
            return x.extractAll(() -> new ByteArrayInputStream(bytes), name, bytes.length, 0,
                    new EmbeddedWatch(EmbeddedWatch.NONE.listener(), null, null, focus));
        }
    }

    private static ExtractionLimits maxChars(int maxChars) {
        return new ExtractionLimits(1_000_000, maxChars, 10_000);
    }

    /** Five messages of 32 characters each: "The ambassador met the minister." */
    private static byte[] fiveMessages() {
        List<byte[]> messages = new java.util.ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            messages.add(Archives.mailWithAttachments("Message " + k, "The ambassador met the minister.", Map.of()));
        }
        return Archives.mbox(messages);
    }

    private static byte[] forwardedMail() {
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        attachments.put("note.txt", utf8("Artillery shelled the town overnight."));
        attachments.put("fwd.eml", Archives.mailWithAttachments("Forwarded", "The forwarded body.",
                Map.of("deep.txt", utf8("Deep inside the forwarded message."))));
        attachments.put("bundle.zip", Formats.zip(Map.of("in-zip.txt", utf8("A memo inside a zipped attachment."))));
        return Archives.mailWithAttachments("Recall", "The ambassador was recalled.", attachments);
    }

    /**
     * A ZIP attached to a mail is parsed by Tika, which read a DOS archiver's names as windows-1252
     * ("Au\u00e1enamt.txt"): they are read in their OEM code page, as the scan reads them, and Chinese ones as Tika
     * tells.
     */
    @Test
    void anAttachedZipsDosNamesAreReadInTheirCodePage() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("Au\u00dfenamt.txt", utf8("The foreign office recalled its envoy."));
        entries.put("Kj\u00f8benhavn.txt", utf8("Talks in Copenhagen."));
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        attachments.put("dos.zip", Archives.zipWithLegacyNames(entries, Charset.forName("IBM850"), false));
        attachments.put("gbk.zip", Archives.zipWithLegacyNames(Map.of("\u5916\u4ea4\u90e8\u62a5\u544a.txt",
                utf8("Talks in Beijing.")), Charset.forName("GBK"), false));
        byte[] mail = Archives.mailWithAttachments("Files", "Two archives attached.", attachments);
        Extraction x = extract(ExtractionLimits.DEFAULTS, ContainerLimits.DEFAULTS, mail, "mail.eml");
        assertEquals(List.of(" > dos.zip EMPTY", "dos.zip > dos.zip!/Au\u00dfenamt.txt OK",
                "dos.zip > dos.zip!/Kj\u00f8benhavn.txt OK", " > gbk.zip EMPTY",
                "gbk.zip > gbk.zip!/\u5916\u4ea4\u90e8\u62a5\u544a.txt OK"), paths(x));
    }

    /**
     * David Fifield's overlapping ZIP bomb attached to a mail, over the 4 MB held in memory: Tika's detector opens the
     * spooled file by its central directory, and its package parser inflated, hashed and parsed every one of the 12
     * entries pointing at the one kernel of 1 MB (the full-size bomb: 30 entries of 150 MB from 154 KB). The entries
     * after the first are CORRUPT with the scan's reason, read not at all (the fingerprint of no bytes).
     */
    @Test
    void anAttachedZipsOverlappingEntriesAreRefusedAndItsKernelReadOnce() {
        byte[] bomb = Archives.overlappingZip(12, 1024 * 1024, EmbeddedDocuments.IN_MEMORY_BYTES);
        byte[] mail = Archives.mailWithAttachments("Bomb", "See the attached archive.", Map.of("bomb.zip", bomb));
        Extraction x = extract(ExtractionLimits.DEFAULTS, ContainerLimits.DEFAULTS, mail, "mail.eml");
        List<EmbeddedResult> entries = x.embedded().stream().filter(e -> e.path().matches("bomb\\.zip!/\\d+\\.txt"))
                .toList();
        assertEquals(12, entries.size(), paths(x).toString());
        assertEquals(ExtractionStatus.OK, entries.get(0).result().status(), paths(x).toString());
        assertEquals(1024 * 1024 - 1, entries.get(0).result().text().length(), "the kernel is read, once");
        String noBytes = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        for (EmbeddedResult refused : entries.subList(1, entries.size())) {
            String name = refused.path().substring("bomb.zip!/".length());
            assertEquals(ExtractionStatus.CORRUPT, refused.result().status(), paths(x).toString());
            assertEquals("entry '" + name + "' is not read: its data lie within those of entry '0.txt', as in a ZIP "
                    + "bomb (many entries, one compressed kernel)", refused.result().reason());
            assertEquals(noBytes, refused.sha256(), "not read");
            assertEquals(1024 * 1024, refused.sizeBytes(), "the size its entry records");
        }
    }

    /**
     * A ZIP named like an Office or OpenDocument file, which it is not (no content-type part, no manifest): Tika
     * takes the name's type over the bytes', so a ".docx" or ".xlsx" went to the Office parser and was CORRUPT
     * ("Package should contain a content type part"), an ".odt" was EMPTY and its entry lost. Each is read as the
     * ZIP it is, its entry a document of its own; a real DOCX is still read as one.
     */
    @Test
    void aZipNamedLikeAnOfficeDocumentIsReadAsTheZipItIs() {
        byte[] zip = Formats.zip(Map.of("memo.txt", utf8("The consul reported troop movements.")));
        for (String name : List.of("fake.docx", "fake.xlsx", "fake.odt")) {
            Extraction x = extract(ExtractionLimits.DEFAULTS, ContainerLimits.DEFAULTS, zip, name);
            assertEquals("application/zip", x.document().mediaType(), name + ": " + x.document().reason());
            assertEquals(List.of(" > memo.txt OK"), paths(x), name);
            assertEquals("The consul reported troop movements.", x.embedded().get(0).result().text(), name);
        }
        byte[] docx = Formats.docx("Recall", List.of(Formats.Block.p("The ambassador was recalled.")));
        Extraction real = extract(ExtractionLimits.DEFAULTS, ContainerLimits.DEFAULTS, docx, "real.docx");
        assertEquals(ExtractionStatus.OK, real.document().status());
        assertTrue(real.document().mediaType().contains("wordprocessingml"), real.document().mediaType());
    }

    /**
     * An attached gzip or bzip2 file cut short (an interrupted upload) keeps its text before the cut, PARTIAL with
     * the reason the scan gives a lone one; it was CORRUPT ("EOFException") with no document inside. Whole ones are
     * named as Tika names them: the name a gzip header stores, else the attachment's name without its suffix.
     */
    @Test
    void aCompressedAttachmentCutShortKeepsItsTextBeforeTheCut() throws Exception {
        String words = Archives.wordsInNoOrder(60_000);  // about 400 KB: bzip2 blocks of 100 KB, one kept whole
        byte[] gz = Archives.compressed(utf8(words), Archives.GZIP);
        byte[] bz2 = Archives.compressed(utf8(words),
                out -> new org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream(out, 1));
        java.io.ByteArrayOutputStream named = new java.io.ByteArrayOutputStream();
        org.apache.commons.compress.compressors.gzip.GzipParameters header =
                new org.apache.commons.compress.compressors.gzip.GzipParameters();
        header.setFileName("inner-name.txt");
        try (var out = new org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream(named, header)) {
            out.write(utf8("The envoy left the capital."));
        }
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        attachments.put("memo.txt.gz", java.util.Arrays.copyOf(gz, gz.length / 2));
        attachments.put("notes.txt.bz2", java.util.Arrays.copyOf(bz2, bz2.length * 3 / 4));
        attachments.put("whole.txt.gz", gz);
        attachments.put("named.gz", named.toByteArray());
        attachments.put("logs.tgz", gz);
        java.io.ByteArrayOutputStream members = new java.io.ByteArrayOutputStream();
        members.writeBytes(Archives.compressed(utf8("The first dispatch. "), Archives.GZIP));
        members.writeBytes(Archives.compressed(utf8("The second dispatch."), Archives.GZIP));
        attachments.put("two.txt.gz", members.toByteArray());
        byte[] mail = Archives.mailWithAttachments("Files", "Archives attached.", attachments);
        Extraction x = extract(ExtractionLimits.DEFAULTS, ContainerLimits.DEFAULTS, mail, "mail.eml");
        assertEquals(List.of(" > memo.txt.gz EMPTY", "memo.txt.gz > memo.txt.gz!/memo.txt PARTIAL",
                " > notes.txt.bz2 EMPTY", "notes.txt.bz2 > notes.txt.bz2!/notes.txt PARTIAL",
                " > whole.txt.gz EMPTY", "whole.txt.gz > whole.txt.gz!/whole.txt OK",
                " > named.gz EMPTY", "named.gz > named.gz!/inner-name.txt OK",
                " > logs.tgz EMPTY", "logs.tgz > logs.tgz!/logs.tar OK",
                " > two.txt.gz EMPTY", "two.txt.gz > two.txt.gz!/two.txt OK"), paths(x));
        for (int i : new int[] {1, 3}) {
            ExtractionResult cut = x.embedded().get(i).result();
            String holder = x.embedded().get(i - 1).path();
            assertTrue(cut.reason().contains(holder + " ends early, cut short"), cut.reason());
            assertTrue(cut.text().length() > 100_000, holder + ": " + cut.text().length());
            assertTrue(words.startsWith(cut.text().strip()), holder + ": the text before the cut");
        }
        assertEquals(words.strip(), x.embedded().get(5).result().text().strip());
        assertEquals("The envoy left the capital.", x.embedded().get(7).result().text());
        assertEquals("The first dispatch. The second dispatch.", x.embedded().get(11).result().text(),
                "every member of a gzip file made of several, as gunzip reads it");
    }

    @Test
    void aMailKeepsItsBodyAndEachAttachmentIsADocumentOfItsOwn() {
        Extraction x = extract(ExtractionLimits.DEFAULTS, ContainerLimits.DEFAULTS, forwardedMail(), "mail.eml");
        assertEquals(ExtractionStatus.OK, x.document().status());
        assertEquals("The ambassador was recalled.", x.document().text(), "the attachments' text is not repeated");
        assertEquals(List.of(" > note.txt OK", " > fwd.eml OK", "fwd.eml > fwd.eml!/deep.txt OK",
                " > bundle.zip EMPTY", "bundle.zip > bundle.zip!/in-zip.txt OK"), paths(x));
        EmbeddedResult note = x.embedded().get(0);
        assertEquals("Artillery shelled the town overnight.", note.result().text());
        assertEquals("text/plain", note.result().mediaType());
        assertEquals("TextAndCSVParser", note.result().parser());
        assertEquals(37, note.sizeBytes());
        assertEquals("fdb976fa0586e1febfe1abeba80e669f2df8bd8f02c3ebc7aa17763fef0d4294", note.sha256(),
                "SHA-256 of the attachment's bytes");
        assertEquals("The forwarded body.", x.embedded().get(1).result().text());
        assertEquals("no text of its own; the 1 documents embedded in it have rows of their own",
                x.embedded().get(3).result().reason());
    }

    @Test
    void aPictureInAnOfficeDocumentIsADocumentOfItsOwn() {
        Extraction x = extract(ExtractionLimits.DEFAULTS, ContainerLimits.DEFAULTS,
                Formats.docxWithPicture("The attache's report on the harbour."), "report.docx");
        assertEquals(ExtractionStatus.OK, x.document().status());
        assertEquals("The attache's report on the harbour.", x.document().text().strip());
        assertEquals(List.of(" > image1.png EMPTY"), paths(x));
        assertEquals("image/png", x.embedded().get(0).result().mediaType());
        assertEquals("no text layer; OCR disabled", x.embedded().get(0).result().reason());
    }

    @Test
    void anMboxHoldsItsMessagesNumberedFromOne() {
        byte[] mbox = Archives.mbox(List.of(forwardedMail(),
                Archives.mailWithAttachments("Two", "Second message.", Map.of()),
                Archives.mailWithAttachments("Three", "Third message.", Map.of())));
        Extraction x = extract(ExtractionLimits.DEFAULTS, ContainerLimits.DEFAULTS, mbox, "mail.mbox");
        assertEquals(ExtractionStatus.EMPTY, x.document().status());
        assertEquals("no text of its own; the 3 documents embedded in it have rows of their own",
                x.document().reason());
        assertEquals(List.of(" > 1 OK", "1 > 1!/note.txt OK", "1 > 1!/fwd.eml OK", "1!/fwd.eml > 1!/fwd.eml!/deep.txt OK",
                "1 > 1!/bundle.zip EMPTY", "1!/bundle.zip > 1!/bundle.zip!/in-zip.txt OK", " > 2 OK", " > 3 OK"),
                paths(x));
        assertEquals("Second message.", x.embedded().get(6).result().text());
        assertEquals("Third message.", x.embedded().get(7).result().text());
    }

    @Test
    void deeperThanMaxDepthIsNotExtractedAndTheHolderSaysSo() {
        // the file sits in one archive already (depth 1): with maxDepth 2 its attachments are taken, theirs not
        byte[] mail = forwardedMail();
        Extraction x;
        try (TextExtractor extractor = new TextExtractor(ExtractionLimits.DEFAULTS, false, new ContainerLimits(2, 1000))) {
            x = extractor.extractAll(() -> new ByteArrayInputStream(mail), "mail.eml", mail.length, 1);
        }
        assertEquals(List.of(" > note.txt OK", " > fwd.eml PARTIAL", " > bundle.zip PARTIAL"), paths(x));
        assertEquals("embedded documents not extracted: nested deeper than maxDepth=2",
                x.embedded().get(1).result().reason());
        assertEquals("The forwarded body.", x.embedded().get(1).result().text(), "its own text is kept");
        assertEquals(ExtractionStatus.OK, x.document().status(), "the mail itself lost nothing");
    }

    @Test
    void moreThanMaxEmbeddedCountAreLeftOutAndTheFileSaysSo() {
        Extraction x = extract(ExtractionLimits.DEFAULTS, new ContainerLimits(5, 3), forwardedMail(), "mail.eml");
        assertEquals(List.of(" > note.txt OK", " > fwd.eml OK", "fwd.eml > fwd.eml!/deep.txt OK"), paths(x));
        assertEquals(ExtractionStatus.PARTIAL, x.document().status());
        assertEquals("embedded documents after the first maxEmbeddedCount=3 left out", x.document().reason());
        assertEquals("The ambassador was recalled.", x.document().text());
    }

    @Test
    void eachDocumentHasItsOwnCharacterLimit() {
        byte[] mail = Archives.mailWithAttachments("Long", "Short body.",
                Map.of("long.txt", utf8("word ".repeat(100))));
        Extraction x = extract(maxChars(60), ContainerLimits.DEFAULTS, mail, "m.eml");
        assertEquals(ExtractionStatus.OK, x.document().status());
        EmbeddedResult attachment = x.embedded().get(0);
        assertEquals(ExtractionStatus.PARTIAL, attachment.result().status());
        assertEquals("text truncated at the limit of 60 characters", attachment.result().reason());
        assertTrue(attachment.result().text().length() <= 60 && attachment.result().text().length() > 52,
                "the attachment's own 60 characters, the body's taking none of them: "
                        + attachment.result().text().length());
    }

    /**
     * A document past its own limit keeps the text so far and still gives the documents it holds: a mail's
     * attachments come after its body, and the parse used to stop at the limit, losing them (Tika's
     * test-outlook2003.msg lost its 11 pictures at maxChars=2000).
     */
    @Test
    void aDocumentPastItsOwnLimitStillGivesTheDocumentsItHolds() {
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        attachments.put("note.txt", utf8("Artillery shelled the town."));
        attachments.put("fwd.eml", Archives.mailWithAttachments("Forwarded", "The forwarded body.",
                Map.of("deep.txt", utf8("Deep inside the forwarded."))));
        byte[] mail = Archives.mailWithAttachments("Long", "body ".repeat(100), attachments);
        Extraction x = extract(maxChars(100), ContainerLimits.DEFAULTS, mail, "m.eml");
        assertEquals(ExtractionStatus.PARTIAL, x.document().status());
        assertEquals("text truncated at the limit of 100 characters", x.document().reason());
        assertEquals("body ".repeat(20).strip(), x.document().text());
        assertEquals(List.of(" > note.txt OK", " > fwd.eml OK", "fwd.eml > fwd.eml!/deep.txt OK"), paths(x));
        assertEquals("Artillery shelled the town.", x.embedded().get(0).result().text());
        assertEquals("Deep inside the forwarded.", x.embedded().get(2).result().text());
    }

    /**
     * The size limit holds for each message of an mbox, not for the mbox as a whole, which is read a message at a
     * time: an exported mail archive of gigabytes was TOO_LARGE at the default limit.
     */
    @Test
    void anMboxOverTheSizeLimitIsReadAndEachMessageHeldToIt() {
        List<byte[]> messages = new java.util.ArrayList<>();
        for (int k = 1; k <= 5; k++) {
            messages.add(Archives.mailWithAttachments("Message " + k, "The ambassador met the minister.", Map.of()));
        }
        messages.add(Archives.mailWithAttachments("Long", "word ".repeat(400), Map.of()));
        byte[] mbox = Archives.mbox(messages);
        ExtractionLimits limits = new ExtractionLimits(1_000, ExtractionLimits.DEFAULT_MAX_CHARS, 10_000);
        assertTrue(mbox.length > 3_000, "the mbox is over the limit: " + mbox.length);
        Extraction x = extract(limits, ContainerLimits.DEFAULTS, mbox, "box.mbox");
        assertEquals(ExtractionStatus.EMPTY, x.document().status(), x.document().reason());
        assertEquals(List.of(" > 1 OK", " > 2 OK", " > 3 OK", " > 4 OK", " > 5 OK", " > 6 TOO_LARGE"), paths(x));
        assertEquals("The ambassador met the minister.", x.embedded().get(4).result().text());
        assertEquals("embedded document is over the limit of 1000 bytes", x.embedded().get(5).result().reason());
        Extraction unnamed = extract(limits, ContainerLimits.DEFAULTS, mbox, "Inbox");
        assertEquals(6, unnamed.embedded().size(), "an mbox is told by its bytes, a Thunderbird folder's name aside");
        Extraction text = extract(limits, ContainerLimits.DEFAULTS, utf8("word ".repeat(400)), "long.txt");
        assertEquals(ExtractionStatus.TOO_LARGE, text.document().status());
        assertEquals("file is 2000 bytes, over the limit of 1000", text.document().reason());
    }

    @Test
    void onlyTextIsKnownToHoldNoDocuments() {
        assertFalse(MediaTypes.mayHoldDocuments("text/plain; charset=UTF-8"));
        assertFalse(MediaTypes.mayHoldDocuments("text/html"));
        assertFalse(MediaTypes.mayHoldDocuments("text/csv"));
        assertTrue(MediaTypes.mayHoldDocuments("application/x-fictionbook+xml"), "a FictionBook holds its pictures");
        assertTrue(MediaTypes.mayHoldDocuments("message/rfc822"));
        assertTrue(MediaTypes.mayHoldDocuments("application/pdf"));
        assertTrue(MediaTypes.mayHoldDocuments("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertTrue(MediaTypes.mayHoldDocuments((String) null));
    }

    /**
     * A parse holds at most maxChars of embedded text: the message that would go past it, and every one after it,
     * are deferred, fingerprinted but not kept, to be read by parses of the mailbox focused on them.
     */
    @Test
    void whenTheParsesBudgetIsSpentTheDocumentsLeftAreDeferred() {
        Extraction x = extract(maxChars(80), ContainerLimits.DEFAULTS, fiveMessages(), "mail.mbox");
        assertEquals(List.of(" > 1 OK", " > 2 OK", " > 3 DEFERRED", " > 4 DEFERRED", " > 5 DEFERRED"), paths(x));
        assertEquals(List.of("EMPTY", "no text of its own; the 5 documents embedded in it have rows of their own"),
                List.of(x.document().status().name(), x.document().reason()));
        EmbeddedResult third = x.embedded().get(2);
        assertEquals(64, third.sha256().length(), "a deferred one is fingerprinted");
        assertTrue(third.sizeBytes() > 32);
    }

    /**
     * A parse focused on messages 3 to 5 reads the anchor (3) whatever the budget, then the others while it lasts;
     * messages 1 and 2 are passed over, and the mailbox's own text is not kept.
     */
    @Test
    void aFocusedParseReadsItsAnchorAndThenWhatTheBudgetAllows() {
        Focus focus = new Focus("3", List.of("3", "4", "5"));
        Extraction x = extract(maxChars(80), fiveMessages(), "mail.mbox", focus);
        assertEquals(List.of(" > 3 OK", " > 4 OK", " > 5 OK"), paths(x));
        assertEquals("The ambassador met the minister.", x.within("5", x.find("5").sha256()).document().text());
        assertEquals("", x.document().text());

        x = extract(maxChars(40), fiveMessages(), "mail.mbox", focus);
        assertEquals(List.of(" > 3 OK", " > 4 OK", " > 5 DEFERRED"), paths(x),
                "the anchor draws on no budget; 4 leaves 8 of 40 characters, too few for 5");
        Extraction deferred = x;
        assertThrows(IllegalStateException.class, () -> deferred.within("5", deferred.find("5").sha256()));

        x = extract(maxChars(10), fiveMessages(), "mail.mbox", new Focus("5", List.of("5")));
        assertEquals(List.of(" > 5 PARTIAL"), paths(x), "the anchor within its own limit only");
    }

    /**
     * A focused parse stops once its anchor is read and its budget spent: the waiting messages after it are neither
     * read nor fingerprinted, and are left to a parse of their own, not taken as gone from the mailbox.
     */
    @Test
    void aFocusedParseStopsWhereItsBudgetIsSpent() {
        Extraction x = extract(maxChars(40), fiveMessages(), "mail.mbox", new Focus("1", List.of("1", "2", "3", "4",
                "5")));
        assertEquals(List.of(" > 1 OK", " > 2 OK", " > 3 DEFERRED"), paths(x), "3 cut the budget: 4 and 5 not met");
        assertTrue(x.budgetSpent());
        assertFalse(x.decides("4"), "4 may be there still");
        assertThrows(IllegalStateException.class, () -> x.within("5", "any"));
        assertEquals(ExtractionStatus.OK, x.document().status());

        Extraction whole = extract(maxChars(40), fiveMessages(), "mail.mbox", new Focus("4", List.of("4", "5")));
        assertEquals(List.of(" > 4 OK", " > 5 OK"), paths(whole));
        assertFalse(whole.budgetSpent(), "read to its end within the budget");
    }

    /** What a parse made of each embedded document, but the time it took. */
    private static List<String> seen(Extraction x) {
        return x.embedded().stream().map(e -> String.join(" ", e.path(), e.sha256(), Long.toString(e.offset()),
                e.result().status().name(), e.result().text())).toList();
    }

    /** Where each message begins in a mailbox the tests write: its separator line's first byte. */
    private static List<Long> separators(byte[] mbox) {
        List<Long> offsets = new java.util.ArrayList<>();
        String text = new String(mbox, StandardCharsets.ISO_8859_1);
        for (int at = text.indexOf("From sender@"); at >= 0; at = text.indexOf("\nFrom sender@", at + 1)) {
            offsets.add((long) (text.charAt(at) == '\n' ? at + 1 : at));
        }
        return offsets;
    }

    /**
     * Each message says where in the mailbox it begins, and so does what it holds; a parse for waiting messages
     * begins at the place of the first, numbers the messages on from there and reads no byte before it.
     */
    @Test
    void aFocusedParseBeginsAtItsFirstMessagesPlace() {
        byte[] mbox = Archives.mbox(List.of(Archives.mailWithAttachments("One", "First.", Map.of()),
                forwardedMail(), Archives.mailWithAttachments("Three", "Third.", Map.of())));
        List<Long> places = separators(mbox);
        Extraction whole = extract(ExtractionLimits.DEFAULTS, ContainerLimits.DEFAULTS, mbox, "mail.mbox");
        List<Long> expected = new java.util.ArrayList<>(List.of(places.get(0)));
        expected.addAll(java.util.Collections.nCopies(6, places.get(1)));
        expected.add(places.get(2));
        assertEquals(expected, whole.embedded().stream().map(EmbeddedResult::offset).toList(),
                "1, 2 and the five documents it holds, 3");

        Focus focus = new Focus("2!/fwd.eml!/deep.txt", List.of("2!/fwd.eml!/deep.txt", "3"),
                new MessagePlace(places.get(1), 2));
        Extraction x = extract(ExtractionLimits.DEFAULTS, mbox, "mail.mbox", focus);
        assertEquals(List.of("2!/fwd.eml > 2!/fwd.eml!/deep.txt OK", " > 3 OK"), paths(x));
        assertEquals(seen(whole).get(7), seen(x).get(1), "the same message, at the same place");
        assertTrue(x.bytesRead() <= mbox.length - places.get(1), x.bytesRead() + " bytes read");
    }

    /** Where no message begins at the place (the mailbox changed since), the parse reads it from its start. */
    @Test
    void aFocusedParseWhosePlaceHoldsNoSeparatorReadsFromTheStart() {
        byte[] mbox = fiveMessages();
        List<Long> places = separators(mbox);
        Extraction whole = extract(maxChars(1000), fiveMessages(), "mail.mbox", new Focus("4", List.of("4")));
        for (long offset : List.of(places.get(3) + 3, places.get(3) - 1, mbox.length + 100L)) {
            Extraction x = extract(maxChars(1000), mbox, "mail.mbox", new Focus("4", List.of("4"),
                    new MessagePlace(offset, 4)));
            assertEquals(seen(whole), seen(x), "offset " + offset);
            assertTrue(x.bytesRead() >= mbox.length, "offset " + offset + ": " + x.bytesRead() + " bytes read");
        }
    }

    /** To reach a wanted document, its holders are opened, their text not kept, their other contents passed over. */
    @Test
    void aFocusedParseOpensTheHoldersOfAWantedDocument() {
        byte[] mbox = Archives.mbox(List.of(forwardedMail(),
                Archives.mailWithAttachments("Two", "Second message.", Map.of())));
        Extraction x = extract(ExtractionLimits.DEFAULTS, mbox, "mail.mbox",
                new Focus("1!/fwd.eml!/deep.txt", List.of("1!/fwd.eml!/deep.txt")));
        assertEquals(List.of("1!/fwd.eml > 1!/fwd.eml!/deep.txt OK"), paths(x));
        Extraction deep = x.within("1!/fwd.eml!/deep.txt", x.find("1!/fwd.eml!/deep.txt").sha256());
        assertEquals("Deep inside the forwarded message.", deep.document().text());
    }

    @Test
    void anEmbeddedDocumentOverTheSizeLimitIsTooLargeAndNotParsed() {
        // a small attachment that inflates past the size limit: the pattern of a zip bomb, in miniature
        byte[] mail = Archives.mailWithAttachments("Big", "Body.",
                Map.of("bomb.zip", Formats.zip(Map.of("big.txt", utf8("x".repeat(50_000))))));
        Extraction x = extract(new ExtractionLimits(4000, 100_000, 10_000), ContainerLimits.DEFAULTS, mail, "m.eml");
        assertEquals(List.of(" > bomb.zip EMPTY", "bomb.zip > bomb.zip!/big.txt TOO_LARGE"), paths(x));
        EmbeddedResult big = x.embedded().get(1);
        assertEquals(ExtractionStatus.TOO_LARGE, big.result().status());
        assertEquals("embedded document is over the limit of 4000 bytes", big.result().reason());
        assertEquals("", big.result().text());
        assertTrue(big.sizeBytes() > 4000);
        assertFalse(x.document().text().contains("xxxx"));
    }

    /**
     * Time runs out in an attachment (a parser that takes 10 s, with a limit of 3 s): the attachments read before it
     * are kept, the one being read and what comes after it are not, and neither is a forwarded mail still being
     * read, with the attachment of it that was done.
     */
    @Test
    void whenTimeRunsOutTheEmbeddedDocumentsReadBeforeItAreKept() {
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        attachments.put("note.txt", utf8("Artillery shelled the town overnight."));
        attachments.put("slow.sleep", utf8("DESPATCH-SLEEP 10"));
        attachments.put("after.txt", utf8("Talks resumed in Geneva."));
        Extraction x = extract(THREE_SECONDS, ContainerLimits.DEFAULTS,
                Archives.mailWithAttachments("Recall", "The ambassador was recalled.", attachments), "mail.eml");
        assertEquals(List.of("TIMEOUT", "parse did not finish within 3000 ms, in slow.sleep; the 28 characters of its "
                + "text read before it are kept; the 1 embedded document read before it is kept"),
                List.of(x.document().status().name(), x.document().reason()));
        assertEquals("The ambassador was recalled.", x.document().text());
        assertEquals(List.of(" > note.txt OK"), paths(x));

        Map<String, byte[]> inner = new LinkedHashMap<>();
        inner.put("deep.txt", utf8("Deep inside the forwarded message."));
        inner.put("slow.sleep", utf8("DESPATCH-SLEEP 10"));
        Map<String, byte[]> outer = new LinkedHashMap<>();
        outer.put("note.txt", utf8("Artillery shelled the town overnight."));
        outer.put("fwd.eml", Archives.mailWithAttachments("Forwarded", "The forwarded body.", inner));
        x = extract(THREE_SECONDS, ContainerLimits.DEFAULTS,
                Archives.mailWithAttachments("Recall", "The ambassador was recalled.", outer), "mail.eml");
        assertEquals("parse did not finish within 3000 ms, in fwd.eml!/slow.sleep; the 28 characters of its text "
                + "read before it are kept; the 1 embedded document read before it is kept", x.document().reason());
        assertEquals(List.of(" > note.txt OK"), paths(x));
    }

    @Test
    void whenTimeRunsOutBeforeAnyEmbeddedDocumentOnlyTheMailsOwnTextIsKept() {
        Map<String, byte[]> attachments = new LinkedHashMap<>();
        attachments.put("slow.sleep", utf8("DESPATCH-SLEEP 10"));
        attachments.put("after.txt", utf8("Talks resumed in Geneva."));
        Extraction x = extract(THREE_SECONDS, ContainerLimits.DEFAULTS,
                Archives.mailWithAttachments("Recall", "The ambassador was recalled.", attachments), "mail.eml");
        assertEquals("parse did not finish within 3000 ms, in slow.sleep; the 28 characters of its text read before "
                + "it are kept", x.document().reason());
        assertEquals("The ambassador was recalled.", x.document().text());
        assertEquals(List.of(), paths(x));
    }

    /**
     * Two attachments never share a path, which the job skips or keeps them by ("x.txt", "3-x.txt", "x.txt" once
     * gave "3-x.txt" twice), and a lone surrogate in a name (an OLE2 entry's raw name) is replaced, as it would not
     * survive UTF-8.
     */
    @Test
    void siblingsNeverShareAPathAndALoneSurrogateIsReplaced() throws Exception {
        EmbeddedDocuments docs = new EmbeddedDocuments(new org.apache.tika.parser.AutoDetectParser(),
                new org.apache.tika.parser.ParseContext(), ExtractionLimits.DEFAULTS, ContainerLimits.DEFAULTS,
                new Outcome(false, 10_000), 0, EmbeddedWatch.NONE, Passwords.NONE);
        for (String name : List.of("x.txt", "3-x.txt", "x.txt", "_\uD800obj.txt")) {
            org.apache.tika.metadata.Metadata metadata = new org.apache.tika.metadata.Metadata();
            metadata.set(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY, name);
            docs.parseEmbedded(new ByteArrayInputStream(utf8("A note.")), new org.xml.sax.helpers.DefaultHandler(),
                    metadata, false);
        }
        assertEquals(List.of("x.txt", "3-x.txt", "3.2-x.txt", "_\uFFFDobj.txt"),
                docs.results().stream().map(EmbeddedResult::path).toList());
    }
}
