package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.despatch.persist.ArchiveStore;
import org.despatch.runtime.DespatchRuntime;
import org.despatch.testing.Archives;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mailbox whose text is many times what one parse may hold ({@code maxChars}) is read in full: the messages past
 * the budget are deferred by the first parse and read by parses focused on them, a budget's worth each, in the same
 * step; the rows are those of a run whose budget held the whole mailbox, in one partition or two, and after a
 * failure part-way through and a restart.
 */
class DeferredDocumentsJobTest {

    private static final int MESSAGES = 40;
    /** About four of the messages' bodies (about 90 characters each). */
    private static final String SMALL_BUDGET = "400";

    @TempDir
    static Path temp;
    private static Path input;
    private static List<String> whole;

    @BeforeAll
    static void mailboxReadWhole() throws Exception {
        input = Files.createDirectories(temp.resolve("input"));
        Files.write(input.resolve("desk.mbox"), Archives.mbox(messages()));
        try (JobHarness h = JobHarness.start(temp.resolve("whole"))) {
            JobExecution run = h.run(JobHarness.params(input));
            assertEquals(BatchStatus.COMPLETED, run.getBatchStatus());
            assertEquals("EMPTY=1 OK=" + (MESSAGES + 3), run.getExitStatus());
            whole = h.snapshot();
        }
    }

    /**
     * Forty distinct messages of random words (so no two are near duplicates, whose canonical copy would depend on
     * the order rows were registered in); the fifth has an attachment, the twenty-fifth a forwarded mail with one.
     */
    private static List<byte[]> messages() {
        Random random = new Random(42);
        String[] words = ("ambassador minister envoy treaty border garrison harbour convoy talks ceasefire "
                + "parliament embassy consul artillery brigade frontier delegation summit cabinet regiment "
                + "province railway bridge column supply harvest election council mission escort").split(" ");
        List<byte[]> messages = new ArrayList<>();
        for (int k = 1; k <= MESSAGES; k++) {
            StringBuilder body = new StringBuilder("Report " + k + " says the");
            for (int w = 0; w < 11; w++) {
                body.append(' ').append(words[random.nextInt(words.length)]);
            }
            body.append(" were discussed.");
            Map<String, byte[]> attachments = k == 5 ? Map.of("note.txt", utf8("The consul sent a note on the "
                    + "harbour dues and the railway tariffs."))
                    : k == 25 ? Map.of("fwd.eml", Archives.mailWithAttachments("Forwarded", "The envoy forwards "
                    + "the garrison's complaint.", Map.of("deep.txt", utf8("The garrison has had no pay since the "
                    + "spring, the colonel writes."))))
                    : Map.of();
            messages.add(Archives.mailWithAttachments("Report " + k, body.toString(), attachments));
        }
        return messages;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aBudgetOfAFewMessagesGivesTheRowsOfTheWholeMailbox() throws Exception {
        for (String partitions : List.of("1", "2")) {
            try (JobHarness h = JobHarness.start(temp.resolve("budget-" + partitions))) {
                JobExecution run = h.run(JobHarness.params(input, "maxChars", SMALL_BUDGET,
                        "partitions", partitions));
                assertEquals(BatchStatus.COMPLETED, run.getBatchStatus());
                assertEquals("EMPTY=1 OK=" + (MESSAGES + 3), run.getExitStatus());
                assertEquals(whole, h.snapshot(), partitions + " partitions");
                assertEquals(0, h.count("SELECT COUNT(*) FROM ARCHIVE_DOCUMENT WHERE status = 'PENDING'"));
                // the mailbox, then each message past the first three, which took the first parse's budget (an
                // attachment is read with its message, whose parse is focused on it)
                assertEquals(1 + MESSAGES - 3, extractReads(h, run), "documents the extract step read");
            }
        }
    }

    private static long extractReads(JobHarness h, JobExecution run) {
        for (StepExecution step : h.operator().getStepExecutions(run.getExecutionId())) {
            if (step.getStepName().equals("extract")) {
                for (Metric metric : step.getMetrics()) {
                    if (metric.getType() == Metric.MetricType.READ_COUNT) {
                        return metric.getValue();
                    }
                }
            }
        }
        throw new AssertionError("no extract step in execution " + run.getExecutionId());
    }

    @Test
    void aFailureAmongTheDeferredDocumentsThenARestartLosesAndRepeatsNothing() throws Exception {
        try (JobHarness h = JobHarness.start(temp.resolve("fault"))) {
            // the extract step's 7th document is a deferred message, read by a parse focused on it
            JobExecution failed = h.run(JobHarness.params(input, "maxChars", SMALL_BUDGET, "partitions", "1",
                    "chunkSize", "3", "faultInjection", "extract:7"));
            assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
            Properties restart = new Properties();
            restart.setProperty(IngestParameters.FAULT_INJECTION, "");
            assertEquals(BatchStatus.COMPLETED, h.restart(failed.getExecutionId(), restart).getBatchStatus());
            assertEquals(whole, h.snapshot());
        }
    }

    /** A mailbox of ten messages of about 100 to 150 characters each, some with attachments; returns its folder. */
    private static Path tenMessages(String folder, Map<Integer, Map<String, byte[]>> attachments) throws Exception {
        Path dir = Files.createDirectories(temp.resolve(folder));
        List<byte[]> messages = new ArrayList<>();
        for (int k = 1; k <= 10; k++) {
            messages.add(Archives.mailWithAttachments("Report " + k, "Report " + k + " says the envoy, the treaty "
                    + "and the garrison were discussed at length " + "again ".repeat(k) + "today.",
                    attachments.getOrDefault(k, Map.of())));
        }
        Files.write(dir.resolve("desk.mbox"), Archives.mbox(messages));
        return dir;
    }

    private static Map<String, String> statuses(JobHarness h) throws Exception {
        Map<String, String> statuses = new java.util.TreeMap<>();
        for (Map<String, Object> row : h.query("SELECT source_path, status FROM ARCHIVE_DOCUMENT")) {
            String path = (String) row.get("source_path");
            statuses.put(path.substring(path.indexOf("desk.mbox")), (String) row.get("status"));
        }
        return statuses;
    }

    /**
     * A parse focused on messages 5 to 10 runs out of time in message 7's attachment: the messages after it, which
     * that parse never reached, are read by a parse of their own, and only 7 is TIMEOUT (helper-47's case: they
     * were all TIMEOUT, "not reached again in its holder", and stayed so through every retry).
     */
    @Test
    void aSlowDeferredMessageCostsOnlyItself() throws Exception {
        Path dir = tenMessages("slow", Map.of(7, Map.of("slow.sleep", utf8("DESPATCH-SLEEP 10"))));
        try (JobHarness h = JobHarness.start(temp.resolve("slow-db"))) {
            JobExecution run = h.run(JobHarness.params(dir, "maxChars", SMALL_BUDGET, "partitions", "1",
                    "parseTimeoutSeconds", "3"));
            assertEquals(BatchStatus.COMPLETED, run.getBatchStatus());
            Map<String, String> statuses = statuses(h);
            assertEquals("TIMEOUT", statuses.get("desk.mbox!/7"));
            for (String k : List.of("5", "6", "8", "9", "10")) {
                assertEquals("OK", statuses.get("desk.mbox!/" + k), "message " + k + ": " + statuses);
            }
        }
    }

    /**
     * Messages 6 and 8 each hold an attachment that exhausts the worker's heap, and one parse is focused on messages
     * 5 to 10 (1 to 4 are long, and take the first parse's budget): the parse whose worker dies in both does not
     * decide the others, each of which is read by a parse of its own (helper-47's case: all six were CRASHED).
     */
    @Test
    void twoAttachmentsThatExhaustTheHeapCostOnlyThemselves() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("hoard"));
        List<byte[]> messages = new ArrayList<>();
        for (int k = 1; k <= 10; k++) {
            String body = "Report " + k + " says the envoy, the treaty and the garrison were discussed today.";
            messages.add(Archives.mailWithAttachments("Report " + k, k <= 4 ? body.repeat(4) : body,
                    k == 6 || k == 8 ? Map.of("big.hoard", utf8("DESPATCH-HOARD 160")) : Map.of()));
        }
        Files.write(dir.resolve("desk.mbox"), Archives.mbox(messages));
        try (JobHarness h = JobHarness.start(temp.resolve("hoard-db"))) {
            JobExecution run = h.run(JobHarness.params(dir, "maxChars", "1000", "partitions", "1",
                    "workerHeapMb", "96"));
            assertEquals(BatchStatus.COMPLETED, run.getBatchStatus());
            Map<String, String> statuses = statuses(h);
            for (String k : List.of("5", "6", "7", "8", "9", "10")) {
                assertEquals("OK", statuses.get("desk.mbox!/" + k), "message " + k + ": " + statuses);
            }
            assertEquals(List.of("CRASHED", "CRASHED"),
                    List.of(statuses.get("desk.mbox!/6!/big.hoard"), statuses.get("desk.mbox!/8!/big.hoard")));
        }
    }

    /**
     * maxEmbeddedCount counts what one parse finds: a parse focused on several deferred messages finds their
     * attachments too, which the parse that deferred them never opened, and may reach the count before a wanted
     * message; that message is read by a parse of its own (helper-47's case: it was CRASHED, "not reached").
     */
    @Test
    void aFocusedParseThatReachesMaxEmbeddedCountLeavesNoWantedDocumentUnread() throws Exception {
        // the first parse reads 1, spends its budget in 2 and defers 2 to 5 (5 found: within the count); the parse
        // focused on 2 finds 2, 3, 3's two attachments and 4, and so reaches the count before 5
        Path dir = Files.createDirectories(temp.resolve("count"));
        Files.write(dir.resolve("desk.mbox"), Archives.mbox(List.of(
                Archives.mailWithAttachments("One", "The consul wrote about the harbour dues again.", Map.of()),
                Archives.mailWithAttachments("Two", "Long. ".repeat(40), Map.of()),
                Archives.mailWithAttachments("Three", "Short three.", new java.util.TreeMap<>(Map.of(
                        "a.txt", utf8("Note a."), "b.txt", utf8("Note b.")))),
                Archives.mailWithAttachments("Four", "Short four.", Map.of()),
                Archives.mailWithAttachments("Five", "Short five.", Map.of()))));
        try (JobHarness h = JobHarness.start(temp.resolve("count-db"))) {
            JobExecution run = h.run(JobHarness.params(dir, "maxChars", "100", "partitions", "1",
                    "maxEmbeddedCount", "5"));
            assertEquals(BatchStatus.COMPLETED, run.getBatchStatus());
            assertEquals("OK", statuses(h).get("desk.mbox!/5"), "message 5: " + statuses(h));
        }
    }

    /**
     * The mailbox is cut to its first message after the messages were deferred (a failure left them waiting): one
     * parse of it, read to its end without them, decides for all seven, which stay CRASHED with the reason (a later
     * retry may take them). helper-48's case: each cost two parses.
     */
    @Test
    void aHolderThatNoLongerHoldsItsWaitingDocumentsIsParsedOnceForThemAll() throws Exception {
        Path dir = tenMessages("truncated", Map.of());
        try (JobHarness h = JobHarness.start(temp.resolve("truncated-db"))) {
            JobExecution failed = h.run(JobHarness.params(dir, "maxChars", "300", "partitions", "1",
                    "chunkSize", "1", "faultInjection", "extract:2"));
            assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
            List<Long> waiting = new ArrayList<>();
            for (Map<String, Object> row : h.query("SELECT ID FROM DSP_DOCUMENT WHERE STAGE = 'PENDING' ORDER BY ID")) {
                waiting.add((Long) row.get("id"));
            }
            assertEquals(7, waiting.size(), "messages 4 to 10");
            byte[] first = Archives.mailWithAttachments("Report 1", "Only the first report is left.", Map.of());
            Files.write(dir.resolve("desk.mbox"), Archives.mbox(List.of(first)));

            ExtractProcessor processor = new ExtractProcessor();
            processor.maxChars = 300;
            processor.workerRecycleAfter = 1;  // a worker a parse
            List<String> outcomes = new ArrayList<>();
            for (long id : waiting) {
                ArchiveStore.Extracted x = (ArchiveStore.Extracted) processor.process(id, DespatchRuntime.store());
                outcomes.add(x.result().status() + " " + x.result().reason());
            }
            int parses = processor.workersStarted();
            processor.close();
            assertEquals(java.util.Collections.nCopies(7, "CRASHED not reached again in its holder, whose parse "
                    + "ended OK"), outcomes);
            assertEquals(1, parses, "parses of the mailbox for seven waiting messages");
        }
    }

    /**
     * Forty messages of a line of text each, with a scanned page of 30 KB that holds no text (random bytes): the
     * messages past the first parse's budget take about ten parses, each of which read the whole mailbox and
     * fingerprinted every message still waiting after its budget (helper-57's case).
     */
    private static Path heavyMailbox() throws Exception {
        Path dir = temp.resolve("heavy");
        if (Files.exists(dir)) {
            return dir;
        }
        Files.createDirectories(dir);
        Random random = new Random(57);
        List<byte[]> messages = new ArrayList<>();
        for (int k = 1; k <= MESSAGES; k++) {
            byte[] scan = new byte[30_000];
            random.nextBytes(scan);
            messages.add(Archives.mailWithAttachments("Heavy " + k, "Heavy report " + k + " of "
                    + Long.toString(random.nextLong(), 36) + " concerns the convoy at " + random.nextInt(1000)
                    + " and the harbour at " + Long.toString(random.nextLong(), 36) + ".", Map.of("scan.bin", scan)));
        }
        Files.write(dir.resolve("desk.mbox"), Archives.mbox(messages));
        return dir;
    }

    private static List<String> heavyWhole;

    /** The rows of the heavy mailbox read in one parse. */
    private static List<String> heavyWhole(Path dir) throws Exception {
        if (heavyWhole == null) {
            try (JobHarness h = JobHarness.start(temp.resolve("heavy-whole"))) {
                assertEquals(BatchStatus.COMPLETED, h.run(JobHarness.params(dir)).getBatchStatus());
                heavyWhole = h.snapshot();
            }
        }
        return heavyWhole;
    }

    /**
     * The heavy mailbox read with a budget of a few messages (after a failure part-way through its deferred messages
     * and a restart, where asked): the rows are those of a run whose budget held it whole; returns what the parses
     * of all executions cost.
     */
    private static ParseCosts readOnABudget(String db, boolean failPartWay) throws Exception {
        Path dir = heavyMailbox();
        List<String> expected = heavyWhole(dir);
        try (JobHarness h = JobHarness.start(temp.resolve(db)); ParseCosts costs = new ParseCosts()) {
            Properties params = JobHarness.params(dir, "maxChars", "300", "partitions", "1");
            if (failPartWay) {
                params.setProperty("chunkSize", "2");
                params.setProperty(IngestParameters.FAULT_INJECTION, "extract:9");
                JobExecution failed = h.run(params);
                assertEquals(BatchStatus.FAILED, failed.getBatchStatus());
                Properties restart = new Properties();
                restart.setProperty(IngestParameters.FAULT_INJECTION, "");
                assertEquals(BatchStatus.COMPLETED, h.restart(failed.getExecutionId(), restart).getBatchStatus());
            } else {
                assertEquals(BatchStatus.COMPLETED, h.run(params).getBatchStatus());
            }
            assertEquals(expected, h.snapshot());
            return costs;
        }
    }

    /**
     * The parses of a mailbox read a budget's worth of it each: together about one pass over it besides the first
     * parse's, not a pass a parse, and they fingerprint no waiting message but the one each stops at.
     */
    @Test
    void theParsesOfAMailboxReadItAboutTwiceInAll() throws Exception {
        ParseCosts costs = readOnABudget("heavy-budget", false);
        long size = Files.size(heavyMailbox().resolve("desk.mbox"));
        assertTrue(costs.parses > 8, costs + ": a few messages a parse");
        // the first parse's pass, about one more over the waiting messages, and at most one over the attachments
        // deferred with a message that was read; before, a pass a parse (11 times the mailbox)
        assertTrue(costs.bytesRead < 4 * size, costs + ", the mailbox is " + size + " bytes");
        assertTrue(costs.deferred <= MESSAGES + costs.parses, costs + ": the first parse's, and one a parse");
    }

    /** The same after a failure part-way through the deferred messages and a restart, over both executions. */
    @Test
    void aRestartAmongTheDeferredMessagesReadsNoMoreThanOnePassMore() throws Exception {
        ParseCosts costs = readOnABudget("heavy-restart", true);
        long size = Files.size(heavyMailbox().resolve("desk.mbox"));
        assertTrue(costs.bytesRead < 4 * size, costs + ", the mailbox is " + size + " bytes");
    }

    /** What the extract step's parses cost, from what it says of each (at FINE). */
    private static final class ParseCosts extends Handler implements AutoCloseable {
        private final Logger logger = Logger.getLogger(ExtractProcessor.class.getName());
        private final Level level = logger.getLevel();
        int parses;
        long bytesRead;
        long deferred;

        ParseCosts() {
            logger.setLevel(Level.FINE);
            logger.addHandler(this);
        }

        @Override
        public synchronized void publish(LogRecord r) {
            if (r.getMessage().startsWith("parse of ")) {
                parses++;
                bytesRead += (Long) r.getParameters()[2];
                deferred += (Long) r.getParameters()[3];
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
            logger.removeHandler(this);
            logger.setLevel(level);
        }

        @Override
        public synchronized String toString() {
            return parses + " parses read " + bytesRead + " bytes and deferred " + deferred;
        }
    }
}
