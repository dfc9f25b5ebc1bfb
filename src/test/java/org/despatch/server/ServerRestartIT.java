package org.despatch.server;

import static org.despatch.testing.ServerApi.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.despatch.control.ViewQuery;
import org.despatch.runtime.DespatchRuntime;
import org.despatch.testing.JobHarness;
import org.despatch.testing.ServerApi;
import org.despatch.testing.TestCorpus;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recovery on the server: an execution that failed, and one whose server was killed with SIGKILL, are restarted
 * over REST, resume from their checkpoint (the restarted extract step reads only what was left), and end with
 * exactly the paragraphs, labels and scores of an uninterrupted run: nothing lost, nothing twice.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerRestartIT {

    /** Paragraph text TestCorpus gives every body paragraph: "... (Item i-j.)". */
    private static final String CORPUS_MARK = "(Item ";

    @ArquillianResource
    ContainerController controller;

    @TempDir
    Path temp;

    final ServerApi api = new ServerApi();

    @BeforeEach
    void server() throws Exception {
        ServerApi.ensureStarted(controller);
    }

    @Test
    void failedExecutionRestartsFromItsCheckpoint() throws Exception {
        Path corpus = temp.resolve("failing");
        TestCorpus.write(corpus, 60, 21);
        long failed = api.startIngest(corpus, "chunkSize", "5", "partitions", "1", "faultInjection", "extract:23");
        JsonNode first = api.awaitEnd(failed);
        assertEquals("FAILED", first.get("status").asText(), first.toString());
        long pending = pending(first);
        assertTrue(pending > 0 && pending <= 40, "four chunks of five committed before the fault: " + first);

        JsonNode done = api.awaitEnd(restart(failed));
        assertEquals("COMPLETED", done.get("status").asText(), done.toString());
        assertEquals("", done.get("parameters").get("faultInjection").asText(), "the fault is not carried over");
        assertResumed(pending, done);
        assertEquals(paragraphs(baseline(corpus)), paragraphs(served(corpus)));
        ServerApi.Reply again = api.postWhenNoneRuns(OPERATOR, "executions/" + done.get("executionId").asLong()
                + "/restart", Map.of());
        assertTrue(again.error(409).contains("COMPLETED: nothing to restart"), again.body());
    }

    @Test
    void executionRunningWhenTheServerIsKilledRestartsAfterTheServerDoes() throws Exception {
        Path corpus = temp.resolve("killed");
        TestCorpus.write(corpus, 400, 22);
        long running = api.startIngest(corpus, "chunkSize", "5");
        // killed once extract has committed some chunks and has more to do
        api.await(running, e -> extracted(e) > 0 && pending(e) > 0, Duration.ofMinutes(5));
        ServerApi.killServer(controller);
        ServerApi.ensureStarted(controller);

        JsonNode left = api.execution(running);
        assertEquals("STARTED", left.get("status").asText(), "the repository still says running: " + left);
        assertTrue(left.get("leftByCrash").asBoolean(), left.toString());
        long pending = pending(left);
        assertTrue(pending > 0 && pending < 400, "extract was under way: " + left);
        JsonNode done = api.awaitEnd(restart(running));
        assertEquals("COMPLETED", done.get("status").asText(), done.toString());
        assertResumed(pending, done);
        assertEquals(paragraphs(baseline(corpus)), paragraphs(served(corpus)));
    }

    /**
     * The restart extracted no document that was extracted before it: at most those still pending (a nightly run
     * on the test schedule may take some of them first; the stage column hands each to one run only).
     */
    private static void assertResumed(long pending, JsonNode restarted) {
        long read = ServerApi.metric(restarted, "extract", "READ_COUNT");
        assertTrue(read <= pending, "resumed from the checkpoint: " + read + " extracted of " + pending
                + " pending: " + restarted);
    }

    private long restart(long executionId) {
        ServerApi.Reply r = api.postWhenNoneRuns(OPERATOR, "executions/" + executionId + "/restart", Map.of());
        assertEquals(200, r.status(), r.body());
        return r.json().get("executionId").asLong();
    }

    /** Documents of the execution's job instance still waiting for extract. */
    private static long pending(JsonNode execution) {
        return execution.get("documentsByStatus").path("PENDING").asLong();
    }

    /** Documents of the execution's job instance extract has finished with. */
    private static long extracted(JsonNode execution) {
        long all = 0;
        for (JsonNode n : execution.get("documentsByStatus")) {
            all += n.asLong();
        }
        return all - pending(execution);
    }

    /** The corpus's body paragraphs as the server's researcher view has them, duplicates included. */
    private List<String> served(Path corpus) {
        return api.rows("paragraphs", "includeDuplicates=true&text=" + ServerApi.encode(CORPUS_MARK)).stream()
                .filter(r -> r.get("source_path").asText().startsWith(corpus.toString()))
                .map(r -> List.of(r.get("source_path").asText(), r.get("label").asText(),
                        score(r.get("diplomatic_score").asDouble()), score(r.get("military_score").asDouble()),
                        r.get("text").asText())
                        .toString())
                .toList();
    }

    /** The same from an uninterrupted standalone run of the same corpus, in this JVM. */
    private List<String> baseline(Path corpus) throws Exception {
        try (JobHarness harness = JobHarness.start(temp.resolve("baseline-" + corpus.getFileName()))) {
            assertEquals("COMPLETED", harness.run(JobHarness.params(corpus, "chunkSize", "20")).getBatchStatus()
                    .name());
            try (Connection c = DespatchRuntime.store().database().connection()) {
                return new ViewQuery(null, CORPUS_MARK, null, null, null, false, true, false, 0, 0).run(c).rows()
                        .stream().map(r -> List.of(r.get("source_path").toString(), r.get("label").toString(),
                                score(((Number) r.get("diplomatic_score")).doubleValue()),
                                score(((Number) r.get("military_score")).doubleValue()),
                                r.get("text").toString()).toString())
                        .toList();
            }
        }
    }

    /** Scores to four places: JSON and JDBC may carry a REAL column with different float-to-double noise. */
    private static String score(double value) {
        return String.format(java.util.Locale.ROOT, "%.4f", value);
    }

    private static List<String> paragraphs(List<String> rows) {
        assertTrue(rows.size() > 50, "the corpus's paragraphs: " + rows.size());
        return rows.stream().sorted().collect(Collectors.toList());
    }
}
