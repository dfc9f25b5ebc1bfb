package org.despatch.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.ContainerController;

/**
 * The provisioned WildFly (target/server, started through Arquillian's managed container, see
 * arquillian-wildfly.xml) and its REST API, as an operator, a researcher or nobody.
 */
public final class ServerApi {

    public static final String CONTAINER = "wildfly";
    public static final String OPERATOR = "it-operator";
    public static final String RESEARCHER = "it-researcher";
    private static final Map<String, String> PASSWORDS = Map.of(OPERATOR, "operator-pw-1", RESEARCHER,
            "researcher-pw-1");
    private static final URI BASE = URI.create("http://127.0.0.1:8180/despatch/api/");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** What the server answered. */
    public record Reply(int status, String contentType, String body) {
        public JsonNode json() {
            assertTrue(contentType.startsWith("application/json"), "JSON expected, got " + contentType + ": " + body);
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(body, e);
            }
        }

        /** An error: JSON with the status and a one-line message, no stack trace. */
        public String error(int expectedStatus) {
            assertEquals(expectedStatus, status, body);
            JsonNode e = json();
            assertEquals(expectedStatus, e.get("status").asInt(), body);
            String message = e.get("error").asText();
            assertFalse(message.isBlank() || message.contains("\n") || body.contains("\tat ")
                    || body.contains("at org."), body);
            return message;
        }
    }

    public static Path serverDir() {
        return Path.of(System.getProperty("despatch.server.dir", "target/server"));
    }

    public static Path nightlyInput() {
        return Path.of(System.getProperty("despatch.it.nightly", "target/it-nightly"));
    }

    /** Starts the server unless it runs, with the test users added to its application realm first. */
    public static void ensureStarted(ContainerController controller) throws IOException, InterruptedException {
        if (!controller.isStarted(CONTAINER)) {
            addUsers();
            Files.createDirectories(nightlyInput());
            controller.start(CONTAINER);
        }
    }

    private static void addUsers() throws IOException, InterruptedException {
        Path users = serverDir().resolve("standalone/configuration/application-users.properties");
        for (String user : List.of(OPERATOR, RESEARCHER)) {
            if (Files.readString(users).contains("\n" + user + "=")) {
                continue;
            }
            String role = user.equals(OPERATOR) ? "operator" : "researcher";
            Process p = new ProcessBuilder(serverDir().resolve("bin/add-user.sh").toString(), "-a", "-s", "-u", user,
                    "-p", PASSWORDS.get(user), "-g", role).inheritIO().start();
            assertTrue(p.waitFor(2, TimeUnit.MINUTES) && p.exitValue() == 0, "add-user.sh " + user);
        }
    }

    /** SIGKILL to the server process: no shutdown hooks, no clean close of anything. */
    public static void killServer(ContainerController controller) throws InterruptedException {
        List<ProcessHandle> servers = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains("jboss-modules.jar")).toList();
        assertEquals(1, servers.size(), "one WildFly process started by this test JVM");
        ProcessHandle server = servers.get(0);
        assertTrue(server.destroyForcibly());
        server.onExit().orTimeout(60, TimeUnit.SECONDS).join();
        controller.kill(CONTAINER); // Arquillian's bookkeeping: the container is down
    }

    public Reply get(String user, String path) {
        return send(user, HttpRequest.newBuilder(BASE.resolve(path)).GET());
    }

    public Reply post(String user, String path, Object body) {
        try {
            return send(user, HttpRequest.newBuilder(BASE.resolve(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reply send(String user, HttpRequest.Builder request) {
        if (user != null) {
            String credentials = user + ":" + PASSWORDS.getOrDefault(user, "wrong-password");
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> r = http.send(request.timeout(Duration.ofMinutes(2)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts archive-ingest as the operator; returns the execution id. */
    public long startIngest(Path input, String... namesAndValues) {
        Map<String, Object> params = new java.util.LinkedHashMap<>();
        params.put("input", input.toAbsolutePath().toString());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        Reply r = postWhenNoneRuns(OPERATOR, "jobs/archive-ingest", params);
        assertEquals(201, r.status(), r.body());
        return r.json().get("executionId").asLong();
    }

    /**
     * Posts, and again while the answer is that another archive-ingest execution runs (a nightly run on the test
     * schedule, a few seconds long), for up to two minutes.
     */
    public Reply postWhenNoneRuns(String user, String path, Object body) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (true) {
            Reply r = post(user, path, body);
            if (r.status() != 409 || !r.body().contains("(one at a time)") || System.nanoTime() > deadline) {
                return r;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return r;
            }
        }
    }

    public JsonNode execution(long id) {
        Reply r = get(RESEARCHER, "executions/" + id);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    /** Polls the execution (over REST, so always fresh from the job repository) until the condition holds. */
    public JsonNode await(long id, Predicate<JsonNode> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode e = execution(id);
            if (condition.test(e)) {
                return e;
            }
            assertTrue(System.nanoTime() < deadline, "timed out waiting on execution " + id + ": " + e);
            Thread.sleep(200);
        }
    }

    public JsonNode awaitEnd(long id) throws InterruptedException {
        return await(id, e -> !List.of("STARTING", "STARTED", "STOPPING").contains(e.get("status").asText()),
                Duration.ofMinutes(10));
    }

    /** A step's metric in an execution's detail. */
    public static long metric(JsonNode execution, String step, String metric) {
        for (JsonNode s : execution.get("steps")) {
            if (s.get("step").asText().equals(step)) {
                return s.get("metrics").get(metric).asLong();
            }
        }
        throw new AssertionError("no step " + step + " in " + execution);
    }

    /** Every row of a researcher query, page by page. */
    public List<JsonNode> rows(String view, String query) {
        List<JsonNode> rows = new ArrayList<>();
        int offset = 0;
        while (true) {
            Reply r = get(RESEARCHER, "archive/" + view + "?limit=1000&offset=" + offset + "&" + query);
            assertEquals(200, r.status(), r.body());
            JsonNode page = r.json();
            page.get("rows").forEach(rows::add);
            if (page.get("nextOffset").isNull()) {
                return rows;
            }
            offset = page.get("nextOffset").asInt();
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
