package org.despatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.despatch.persist.Database;
import org.despatch.persist.DatabaseConfig;
import org.despatch.testing.Formats;
import org.despatch.testing.JobHarness;
import org.despatch.testing.PackagedJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar runs the bundled sample archive, as the README's first command does. A jar that lost Tika's
 * parsers (merged service files) would read every document as empty; here each format must give text.
 */
class PackagedJarIT {

    @TempDir
    Path temp;

    @Test
    void sampleArchiveThroughThePackagedJar() throws Exception {
        Path log = temp.resolve("ingest.log");
        String db = "jdbc:h2:file:" + temp.resolve("db/despatch");
        int code = PackagedJar.run(log, "ingest", "src/sample/archive", "--db", db);
        String output = Files.readString(log);
        assertEquals(0, code, output);
        assertTrue(output.contains("COMPLETED") && output.contains("(CORRUPT=1 EMPTY=1 OK=8)"), output);

        try (Connection c = Database.connect(DatabaseConfig.of(db))) {
            List<Map<String, Object>> docs = JobHarness.query(c, "SELECT parser, status, char_count "
                    + "FROM ARCHIVE_DOCUMENT WHERE status = 'OK' ORDER BY parser");
            assertEquals(List.of("JSoupParser", "JSoupParser", "OOXMLParser", "PDFParser", "RFC822Parser",
                    "RTFParser", "TextAndCSVParser", "TextAndCSVParser"),
                    docs.stream().map(d -> d.get("parser")).toList());
            assertTrue(docs.stream().allMatch(d -> ((Number) d.get("char_count")).intValue() > 300), docs.toString());
            assertEquals(1L, JobHarness.query(c, "SELECT COUNT(*) AS n FROM ARCHIVE_DOCUMENT "
                    + "WHERE source_path LIKE '%bundle.zip!/bundle/2012-02-09_homs-copy.html' "
                    + "AND duplicate_of IS NULL").get(0).get("n"));
        }
        assertEquals(0, PackagedJar.run(temp.resolve("help.log"), "--help"));
        assertTrue(Files.readString(temp.resolve("help.log")).contains("ingest"));
    }

    /**
     * Under the C locale of a cron job or a container (the JVM reads file names as ASCII there), a file named in UTF-8
     * beyond ASCII, one named in Latin-1 and an entry of a ZIP so named are read, and the CSV the command writes
     * keeps their letters (in UTF-8, not "?"). Before, the scan failed the whole job on the first such name.
     */
    @Test
    void namesBeyondAsciiUnderTheCLocale() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(Path.of(URI.create(input.toUri() + "Gen%C3%A8ve.txt")),
                "The ambassador in Genève was recalled for consultations on Monday.");
        Files.writeString(Path.of(URI.create(input.toUri() + "M%FCnchen.txt")),
                "The convoy left München before dawn.");
        Files.write(Path.of(URI.create(input.toUri() + "Akten-%E4.zip")), Formats.zip(Map.of("Bericht.txt",
                "Artillery shelled the northern districts overnight.".getBytes(StandardCharsets.UTF_8))));
        String db = "jdbc:h2:file:" + temp.resolve("db/despatch");
        Path log = temp.resolve("ingest.log");
        assertEquals(0, inCLocale(PackagedJar.command(log, "ingest", input.toString(), "--db", db)),
                Files.readString(log));
        assertTrue(Files.readString(log).contains("(OK=3)"), Files.readString(log));
        Path csv = temp.resolve("query.csv");
        assertEquals(0, inCLocale(PackagedJar.command(csv, "query", "--csv", "--limit", "0", "--db", db)));
        String out = Files.readString(csv, StandardCharsets.UTF_8);
        for (String expected : List.of("/Genève.txt", "The ambassador in Genève was recalled", "/München.txt",
                "/Akten-ä.zip!/Bericht.txt")) {
            assertTrue(out.contains(expected), expected + " in " + out);
        }
    }

    private static int inCLocale(ProcessBuilder command) throws Exception {
        command.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.startsWith("LANG"));
        command.environment().put("LC_ALL", "C");
        Process p = command.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "despatch did not finish in 5 minutes");
        return p.exitValue();
    }
}
