package org.despatch.server;

import static org.despatch.testing.ServerApi.OPERATOR;
import static org.despatch.testing.ServerApi.RESEARCHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.despatch.classify.Label;
import org.despatch.testing.SeedDocument;
import org.despatch.testing.ServerApi;
import org.despatch.testing.SharedData;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged WAR on the provisioned WildFly: the seed ingested through the REST API, checked through the
 * researcher endpoints against ../shared/seeds/EXPECTED.md; and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ServerRestIT {

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
    void seedIngestedOverRestGivesWhatExpectedMdSays() throws Exception {
        Path input = Files.createDirectories(temp.resolve("seed"));
        Files.copy(SharedData.seed(), input.resolve("a-" + SharedData.SEED_NAME));
        Map<String, byte[]> variants = SeedDocument.variants();
        for (String name : List.of("seed.docx", "seed.html")) {
            Files.write(input.resolve(name), variants.get(name));
        }
        long id = api.startIngest(input, "chunkSize", "2");
        JsonNode done = api.awaitEnd(id);
        assertEquals("COMPLETED", done.get("status").asText(), done.toString());
        assertEquals("OK=3", done.get("exitStatus").asText());
        assertEquals(3, ServerApi.metric(done, "scan", "WRITE_COUNT"));
        assertEquals(3, done.get("documentsByStatus").get("OK").asLong());

        // the seed's document: its two sections, found by the heading of the second
        List<JsonNode> talks = api.rows("sections", "text=" + ServerApi.encode(SeedDocument.HEADING));
        assertEquals(1, talks.size(), "three copies, one section counted: " + talks);
        long seed = talks.get(0).get("document_id").asLong();
        assertTrue(talks.get(0).get("source_path").asText().endsWith("a-" + SharedData.SEED_NAME));
        List<JsonNode> sections = api.rows("sections", "document=" + seed);
        assertEquals(2, sections.size());
        assertTrue(sections.get(0).get("heading").isNull());
        assertEquals("MILITARY", sections.get(0).get("label").asText());
        assertEquals(SeedDocument.HEADING, sections.get(1).get("heading").asText());
        assertEquals("DIPLOMATIC", sections.get(1).get("label").asText());

        // 37 lines stored, 19 distinct blocks, each with an acceptable label; a block is counted in this document
        // unless a document ingested before (by another test on this server) already told it
        List<JsonNode> all = api.rows("paragraphs", "document=" + seed + "&includeDuplicates=true");
        assertEquals(37, all.size());
        long toldBefore = all.subList(0, 19).stream()
                .filter(p -> p.get("cluster_id").asLong() != p.get("paragraph_id").asLong()).count();
        List<JsonNode> distinct = api.rows("paragraphs", "document=" + seed);
        assertEquals(19 - toldBefore, distinct.size());
        for (int line = 1; line <= 19; line++) {
            Label label = Label.valueOf(all.get(line - 1).get("label").asText());
            assertTrue(SeedDocument.EXPECTED_LABELS.get(line).contains(label), "line " + line + ": " + label);
        }
        // the DOCX and HTML copies are duplicates: each block of the seed is counted once in the whole archive
        String district = "&text=" + ServerApi.encode("Khaldiyeh");
        int stored = api.rows("paragraphs", "document=" + seed + "&includeDuplicates=true" + district).size();
        assertTrue(stored >= 2, "line 5 and its repeat");
        assertEquals(3 * stored, api.rows("paragraphs", "includeDuplicates=true" + district).size());
        assertEquals(1, api.rows("paragraphs", district.substring(1)).size());

        // CSV export of the same query: a header and the same rows
        ServerApi.Reply csv = api.get(RESEARCHER, "archive/paragraphs?format=csv&document=" + seed);
        assertEquals(200, csv.status());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        List<String> lines = csv.body().lines().toList();
        assertTrue(lines.get(0).startsWith("paragraph_id,document_id,section_id,label,"), lines.get(0));
        assertEquals(1 + distinct.size(), lines.stream().filter(l -> l.matches("^\\d+,.*|^paragraph_id,.*"))
                .count());
    }

    @Test
    void unauthenticatedCallsGet401AsJson() {
        assertTrue(api.get(null, "jobs").error(401).contains("authentication required"));
        assertTrue(api.get("nobody", "executions").error(401).contains("authentication required"));
        assertTrue(api.post(null, "jobs/archive-ingest", Map.of("input", "/tmp")).error(401)
                .contains("authentication required"));
    }

    @Test
    void researcherReadsButCannotStartStopRestartOrAbandon() throws Exception {
        ServerApi.Reply jobs = api.get(RESEARCHER, "jobs");
        assertEquals(200, jobs.status());
        assertEquals("archive-ingest", jobs.json().get(0).get("job").asText());
        assertEquals(200, api.get(RESEARCHER, "executions").status());
        assertEquals(200, api.get(RESEARCHER, "archive/counts").status());

        String refusal = api.post(RESEARCHER, "jobs/archive-ingest", Map.of("input", temp.toString())).error(403);
        assertTrue(refusal.contains("operator role"), refusal);
        for (String action : List.of("stop", "restart", "abandon")) {
            api.post(RESEARCHER, "executions/1/" + action, Map.of()).error(403);
        }
        assertEquals(0, api.rows("paragraphs", "text=" + ServerApi.encode(temp.toString())).size());
    }

    @Test
    void badRequestsGetClearJsonErrors() {
        assertTrue(api.post(OPERATOR, "jobs/archive-ingest", Map.of("input", "/no/such/folder")).error(400)
                .contains("input not found: /no/such/folder"));
        assertTrue(api.post(OPERATOR, "jobs/archive-ingest", Map.of("input", "/tmp", "chunkSize", "zero")).error(400)
                .contains("chunkSize"));
        assertTrue(api.post(OPERATOR, "jobs/no-such-job", Map.of()).error(404).contains("no-such-job"));
        api.get(RESEARCHER, "executions/987654").error(404);
        assertTrue(api.get(RESEARCHER, "archive/paragraphs?label=NAVAL").error(400).contains("label"));
        assertTrue(api.get(RESEARCHER, "archive/paragraphs?from=yesterday").error(400).contains("from"));
    }
}
