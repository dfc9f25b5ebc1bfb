package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
