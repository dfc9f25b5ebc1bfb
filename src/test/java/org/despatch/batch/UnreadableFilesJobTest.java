package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.despatch.scan.FileNames;
import org.despatch.scan.SourceScanner;
import org.despatch.testing.ByteNames;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the file system will not give is explained, not lost: symbolic links are followed, the input itself
 * included; a broken link, a link loop and a named pipe each get a row that says why and are never opened (a named
 * pipe would block the reader for ever); a file that could not be read is read by a later run in the same row.
 */
class UnreadableFilesJobTest {

    private static final String TEXT = "The foreign minister met his counterpart in Geneva to discuss a ceasefire and "
            + "the resumption of peace talks between the two governments.";

    @TempDir
    Path temp;

    @Test
    void linksArePipesAreExplainedAndALaterRunReadsWhatItCanNowRead() throws Exception {
        Path real = Files.createDirectories(temp.resolve("real"));
        Files.writeString(real.resolve("a.txt"), TEXT);
        Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("b.txt"), TEXT.replace("Geneva", "Vienna"));
        Files.createSymbolicLink(real.resolve("linked.txt"), elsewhere.resolve("b.txt"));
        Files.createSymbolicLink(real.resolve("broken.txt"), temp.resolve("not-yet.txt"));
        Files.createSymbolicLink(real.resolve("loop"), real);
        Files.createSymbolicLink(real.resolve("self.txt"), real.resolve("self.txt"));
        boolean fifo = new ProcessBuilder("mkfifo", real.resolve("pipe").toString()).start().waitFor() == 0;
        // the input is a link to the folder, as an accessions folder often is
        Path input = Files.createSymbolicLink(temp.resolve("accessions"), real);

        try (JobHarness harness = JobHarness.start(temp.resolve("db"))) {
            harness.run(JobHarness.params(input));
            String rows = "SELECT source_path, status, error FROM ARCHIVE_DOCUMENT ORDER BY source_path";
            Map<String, List<Object>> byName = byName(harness.query(rows));
            assertEquals(List.of("OK"), byName.get("a.txt").subList(0, 1));
            assertEquals(List.of("OK"), byName.get("linked.txt").subList(0, 1));
            assertEquals(List.of("UNREADABLE", "broken symbolic link: its target does not exist"),
                    byName.get("broken.txt"));
            assertEquals(List.of("UNREADABLE", "symbolic link loop: not followed"), byName.get("loop"));
            // a link to itself is a loop too, not a broken link
            assertEquals(List.of("UNREADABLE", "symbolic link loop: not followed"), byName.get("self.txt"));
            if (fifo) {
                assertEquals(List.of("UNREADABLE", "not a regular file (a named pipe, socket or device): not read"),
                        byName.get("pipe"));
            }
            assertEquals(fifo ? 6 : 5, byName.size());

            // the link's target appears: the next run reads it, in the row that said it could not
            Files.writeString(temp.resolve("not-yet.txt"), TEXT.replace("Geneva", "Oslo"));
            harness.run(JobHarness.params(input));
            byName = byName(harness.query(rows));
            assertEquals(List.of("OK"), byName.get("broken.txt").subList(0, 1));
            assertEquals(fifo ? 6 : 5, byName.size());
            assertEquals(List.of("OK"), harness.query("SELECT status FROM ARCHIVE_DOCUMENT d JOIN ARCHIVE_PARAGRAPH p "
                    + "ON p.document_id = d.document_id WHERE p.text LIKE '%Oslo%'").stream().map(r -> r.get("status"))
                    .toList());
        }
    }

    @Test
    void aFileTheUserMayNotReadIsUnreadableNotCorrupt() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Path locked = Files.writeString(input.resolve("locked.txt"), TEXT);
        assumeTrue(locked.toFile().setReadable(false, false) && !Files.isReadable(locked),
                "the file stays readable (the tests run as root)");
        try (JobHarness harness = JobHarness.start(temp.resolve("db"))) {
            harness.run(JobHarness.params(input));
            assertEquals(List.of("UNREADABLE", "permission denied: the file cannot be read"),
                    byName(harness.query("SELECT source_path, status, error FROM ARCHIVE_DOCUMENT")).get("locked.txt"));
        } finally {
            locked.toFile().setReadable(true, false);
        }
    }

    /**
     * helper-37: a name in Latin-1 bytes, which the JVM reads with U+FFFD under a UTF-8 locale (and any name beyond
     * ASCII under the C locale): it is read, and its row names it in windows-1252, in a folder so named too. A
     * Latin-1 name that reads as a UTF-8 name beside it cannot be opened by that text: its row shows its bytes
     * escaped and says why, and keeps that row when its twin changes (helper-45), or a file whose name is that escaped
     * text (helper-46): the row has a key of its own. Names are written as bytes,
     * through URIs: Java writes every name it is given as text in the locale's encoding.
     */
    @Test
    void filesWhoseNamesAreNotUtf8AreRead() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("a.txt"), TEXT);
        ByteNames.write(input, "M%FCnchen.txt", "The convoy crossed at dawn.");
        ByteNames.write(input, "Akten-%E4/memo.txt", "The envoy left for Vienna.");
        ByteNames.write(input, "Z%C3%BCrich.txt", "The talks resumed in the afternoon.");
        ByteNames.write(input, "Z%FCrich.txt", "The garrison was relieved.");
        ByteNames.write(input, "Z%25FCrich.txt", "A name with a percent sign.");  // reads as the twin's escaped path
        String base = FileNames.text(input.toAbsolutePath());
        List<List<Object>> expected = new java.util.ArrayList<>(List.of(
                List.of(base + "/Akten-ä/memo.txt", "OK", "-", "The envoy left for Vienna."),
                List.of(base + "/München.txt", "OK", "-", "The convoy crossed at dawn."),
                List.of(base + "/Z%FCrich.txt", "OK", "-", "A name with a percent sign."),
                List.of(base + "/Z%FCrich.txt", "UNREADABLE", SourceScanner.AMBIGUOUS_NAME, "-"),
                List.of(base + "/Zürich.txt", "OK", "-", "The talks resumed in the afternoon."),
                List.of(base + "/a.txt", "OK", "-", TEXT)));
        try (JobHarness harness = JobHarness.start(temp.resolve("db"))) {
            harness.run(JobHarness.params(input));
            assertEquals(expected, rowsWithText(harness));
            ByteNames.write(input, "Z%C3%BCrich.txt", "The talks resumed in the evening.");
            ByteNames.write(input, "Z%25FCrich.txt", "A name with a percent sign, changed.");
            harness.run(JobHarness.params(input));
            expected.add(2, List.of(base + "/Z%FCrich.txt", "OK", "-", "A name with a percent sign, changed."));
            expected.add(6, List.of(base + "/Zürich.txt", "OK", "-", "The talks resumed in the evening."));
            assertEquals(expected, rowsWithText(harness));
        }
    }

    private static List<List<Object>> rowsWithText(JobHarness harness) throws java.sql.SQLException {
        return harness.query("SELECT d.source_path, d.status, d.error, p.text FROM ARCHIVE_DOCUMENT d "
                        + "LEFT JOIN ARCHIVE_PARAGRAPH p ON p.document_id = d.document_id "
                        + "ORDER BY d.source_path, d.status, p.text").stream()
                .map(r -> List.of(r.get("source_path"), r.get("status"), r.get("error") == null ? "-" : r.get("error"),
                        r.get("text") == null ? "-" : r.get("text")))
                .toList();
    }

    /** Status and reason by the file's name. */
    private static Map<String, List<Object>> byName(List<Map<String, Object>> rows) {
        Map<String, List<Object>> out = new java.util.TreeMap<>();
        for (Map<String, Object> r : rows) {
            String path = (String) r.get("source_path");
            Object error = r.get("error");
            out.put(path.substring(path.lastIndexOf('/') + 1), error == null ? List.of(r.get("status"))
                    : List.of(r.get("status"), error));
        }
        return out;
    }
}
