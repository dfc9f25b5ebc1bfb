package org.despatch.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.despatch.persist.Database;
import org.despatch.persist.DatabaseConfig;
import org.despatch.testing.Archives;
import org.despatch.testing.ByteNames;
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

    private boolean cLocaleChecked;

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
     * keeps their letters (in UTF-8, not "?"). Before, the scan failed the whole job on the first such name. A tar's
     * entry named in UTF-8 and a DOS ZIP's named in code page 437 are listed as entries too: the tar's names had been
     * read in the locale's ASCII, which failed its listing, and the tar was parsed as one document.
     */
    @Test
    void namesBeyondAsciiUnderTheCLocale() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        ByteNames.write(input, "Gen%C3%A8ve.txt",
                "The ambassador in Genève was recalled for consultations on Monday.");
        ByteNames.write(input, "M%FCnchen.txt", "The convoy left München before dawn.");
        ByteNames.write(input, "Akten-%E4.zip", Formats.zip(Map.of("Bericht.txt",
                "Artillery shelled the northern districts overnight.".getBytes(StandardCharsets.UTF_8))));
        ByteNames.write(input, "Akten.tar", Archives.tar(Map.of("Lagebericht-Z\u00fcrich.txt",
                "The consul in Zurich reported on the talks.".getBytes(StandardCharsets.UTF_8)), Archives.NONE));
        ByteNames.write(input, "Akten-DOS.zip", Archives.zipWithLegacyNames(Map.of("Au\u00dfenamt.txt",
                "The foreign office recalled its envoy.".getBytes(StandardCharsets.UTF_8)),
                Charset.forName("IBM437"), false));
        String db = "jdbc:h2:file:" + temp.resolve("db/despatch");
        Path log = temp.resolve("ingest.log");
        assertEquals(0, inCLocale(PackagedJar.command(log, "ingest", input.toString(), "--db", db)),
                Files.readString(log));
        assertTrue(Files.readString(log).contains("(OK=5)"), Files.readString(log));
        Path csv = temp.resolve("query.csv");
        assertEquals(0, inCLocale(PackagedJar.command(csv, "query", "--csv", "--limit", "0", "--db", db)));
        String out = Files.readString(csv, StandardCharsets.UTF_8);
        for (String expected : List.of("/Genève.txt", "The ambassador in Genève was recalled", "/München.txt",
                "/Akten-ä.zip!/Bericht.txt", "/Akten.tar!/Lagebericht-Zürich.txt", "/Akten-DOS.zip!/Außenamt.txt")) {
            assertTrue(out.contains(expected), expected + " in " + out);
        }
    }

    /**
     * Run from a folder named beyond ASCII under the C locale, the JVM names its working folder with "?" and every
     * relative path would name nothing: the command says so, and to run with a UTF-8 locale, before any work.
     */
    @Test
    void aWorkingFolderTheCLocaleCannotNameIsRefused() throws Exception {
        assumeTrue("UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding")),
                "the test's own JVM must name the folder to start the command in it");
        Path folder = ByteNames.write(temp, "cwd-Gen%C3%A8ve/x.txt", "").getParent();
        Path log = temp.resolve("cwd.log");
        assertEquals(2, inCLocale(PackagedJar.command(log, "status").directory(folder.toFile())));
        String output = Files.readString(log);
        assertTrue(output.startsWith("despatch: the working folder '") && output.contains("LC_ALL=C.UTF-8"), output);
    }

    /** Runs the command to its end with the locale's variables replaced by LC_ALL=C; its exit code. */
    private int inCLocale(ProcessBuilder command) throws Exception {
        cLocale(command);
        Process p = command.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "despatch did not finish in 5 minutes");
        return p.exitValue();
    }

    /** The environment of the C locale, checked once: a JVM started in it reads file names as ASCII. */
    private void cLocale(ProcessBuilder command) throws Exception {
        command.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.startsWith("LANG"));
        command.environment().remove("JAVA_TOOL_OPTIONS");
        command.environment().put("LC_ALL", "C");
        if (!cLocaleChecked) {
            Path settings = temp.resolve("settings.log");
            ProcessBuilder java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-XshowSettings:properties", "-version").redirectErrorStream(true)
                    .redirectOutput(settings.toFile());
            java.environment().clear();
            java.environment().putAll(command.environment());
            assertEquals(0, java.start().waitFor());
            assertTrue(Files.readString(settings).contains("sun.jnu.encoding = ANSI_X3.4-1968"),
                    Files.readString(settings));
            cLocaleChecked = true;
        }
    }
}
