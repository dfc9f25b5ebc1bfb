package org.despatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.despatch.persist.Database;
import org.despatch.persist.DatabaseConfig;
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
}
