package org.despatch.server;

import static org.despatch.testing.ServerApi.OPERATOR;
import static org.despatch.testing.ServerApi.RESEARCHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.despatch.testing.ServerApi;
import org.despatch.testing.TestCorpus;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly timer, on the test schedule (every 10 s over target/it-nightly, arquillian-wildfly.xml): it starts
 * archive-ingest over the configured input; while another archive-ingest execution runs, it starts nothing and
 * logs the skip; once that execution is stopped, the next firing starts a run again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NightlyScheduleIT {

    @ArquillianResource
    ContainerController controller;

    @TempDir
    Path temp;

    final ServerApi api = new ServerApi();

    @Test
    void timerStartsIngestAndNeverOverlapsARunningExecution() throws Exception {
        ServerApi.ensureStarted(controller);
        Instant since = Instant.now();
        JsonNode fired = awaitNightlyRun(since);
        api.awaitEnd(fired.get("executionId").asLong());

        // a long execution started by an operator: chunks of one document, many commits
        Path corpus = temp.resolve("long");
        TestCorpus.write(corpus, 500, 31);
        Path log = ServerApi.serverDir().resolve("standalone/log/server.log");
        long skipsBefore = skips(log);
        long busy = api.startIngest(corpus, "chunkSize", "1");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (skips(log) == skipsBefore) {
            assertEquals("STARTED", api.execution(busy).get("status").asText(),
                    "the execution ended before the timer fired while it ran; give it a larger corpus");
            assertTrue(System.nanoTime() < deadline, "no skip logged within 60 s while execution " + busy + " ran");
            Thread.sleep(500);
        }
        JsonNode started = api.execution(busy);
        assertTrue(nightlyRunsCreatedAfter(Instant.parse(started.get("created").asText())).isEmpty(),
                "no nightly run started while execution " + busy + " ran");

        // stopped by the operator: the next firing starts a nightly run again
        assertEquals(200, api.post(OPERATOR, "executions/" + busy + "/stop", Map.of()).status());
        JsonNode stopped = api.awaitEnd(busy);
        assertEquals("STOPPED", stopped.get("status").asText(), stopped.toString());
        JsonNode next = awaitNightlyRun(Instant.parse(stopped.get("ended").asText()));
        assertEquals("COMPLETED", api.awaitEnd(next.get("executionId").asLong()).get("status").asText());
    }

    /** How many firings the server log says were skipped. */
    private static long skips(Path log) throws java.io.IOException {
        return Files.readString(log).lines().filter(l -> l.contains("nightly archive-ingest skipped: archive-ingest execution "))
                .count();
    }

    /** The first execution over the nightly input created after the instant, waiting up to a minute. */
    private JsonNode awaitNightlyRun(Instant after) throws InterruptedException {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            List<JsonNode> runs = nightlyRunsCreatedAfter(after);
            if (!runs.isEmpty()) {
                return runs.get(runs.size() - 1);
            }
            assertTrue(System.nanoTime() < deadline, "the nightly timer started no run within 60 s of " + after);
            Thread.sleep(500);
        }
    }

    private List<JsonNode> nightlyRunsCreatedAfter(Instant after) {
        String input = ServerApi.nightlyInput().toAbsolutePath().toString();
        List<JsonNode> runs = new ArrayList<>();
        for (JsonNode e : api.get(RESEARCHER, "executions?limit=100").json()) {
            if (input.equals(e.get("parameters").path("input").asText())
                    && Instant.parse(e.get("created").asText()).isAfter(after)) {
                runs.add(e);
            }
        }
        return runs;
    }
}
