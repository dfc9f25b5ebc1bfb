package org.despatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.despatch.runtime.DespatchRuntime;
import org.despatch.testing.SampleArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in this JVM: one clear line and exit 2 for bad input, before any work starts. */
class CommandLineTest {

    @TempDir
    Path temp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void stop() {
        DespatchRuntime.stop();
    }

    private int run(String... args) {
        return DespatchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private String db() {
        return "jdbc:h2:file:" + temp.resolve("db/despatch");
    }

    private void assertOneLineError(int code, String expectedStart) {
        assertEquals(DespatchCommand.EXIT_USAGE, code, err.toString());
        String text = err.toString().strip();
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.startsWith(expectedStart), text);
    }

    @Test
    void missingInputPath() {
        assertOneLineError(run("ingest", temp.resolve("nowhere").toString(), "--db", db()),
                "ingest: input not found: ");
        assertTrue(Files.notExists(temp.resolve("db")), "no database was created");
    }

    @Test
    void aNamedPipeIsNoInput() throws Exception {
        Path pipe = temp.resolve("pipe");
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0,
                "mkfifo is needed to make a named pipe");
        assertOneLineError(run("ingest", pipe.toString(), "--db", db()),
                "ingest: input is neither a folder nor a file: ");
        assertTrue(Files.notExists(temp.resolve("db")), "no database was created");
    }

    @Test
    void notAJdbcUrl() throws Exception {
        Path input = Files.createDirectories(temp.resolve("in"));
        assertOneLineError(run("ingest", input.toString(), "--db", "postgres://localhost/x"),
                "ingest: not a JDBC URL (it must start with 'jdbc:'): postgres://localhost/x");
    }

    @Test
    void unusableDatabase() throws Exception {
        Path input = Files.createDirectories(temp.resolve("in"));
        Path notADir = Files.writeString(temp.resolve("file"), "x");
        assertOneLineError(run("ingest", input.toString(), "--db", "jdbc:h2:file:" + notADir + "/sub/db"),
                "ingest: cannot use database jdbc:h2:file:");
    }

    @Test
    void unknownParameter() throws Exception {
        Path input = Files.createDirectories(temp.resolve("in"));
        assertOneLineError(run("ingest", input.toString(), "--db", db(), "--param", "chunksize=5"),
                "ingest: unknown parameter 'chunksize'");
    }

    @Test
    void aParameterGivenTwiceOrWithoutAValueOrWithAnUnknownRestartMode() throws Exception {
        String input = Files.createDirectories(temp.resolve("in")).toString();
        assertOneLineError(run("ingest", input, "--db", db(), "--param", "chunkSize=5", "--param", "chunkSize=10"),
                "ingest: --param chunkSize is given twice ('5' and '10')");
        err.getBuffer().setLength(0);
        assertOneLineError(run("ingest", input, "--db", db(), "--param", "chunkSize"),
                "ingest: --param must be NAME=VALUE: chunkSize");
        err.getBuffer().setLength(0);
        assertOneLineError(run("ingest", input, "--db", db(), "--param", "jberet.restart.mode=garbage"),
                "ingest: parameter 'jberet.restart.mode' must be one of detect, force, strict: garbage");
    }

    @Test
    void unknownOption() {
        assertOneLineError(run("ingest", ".", "--frobnicate"), "ingest: Unknown option: '--frobnicate'");
    }

    /** Ingests the sample archive with a fault in the segment step: the run fails, exit 1; returns the archive. */
    private Path failedSampleRun() throws Exception {
        Path archive = temp.resolve("sample");
        SampleArchive.write(archive);
        assertEquals(DespatchCommand.EXIT_JOB_FAILED, run("ingest", archive.toString(), "--db", db(), "--quiet",
                "--param", "faultInjection=segment:3", "--param", "partitions=1", "--param", "chunkSize=2"));
        assertTrue(out.toString().contains("FAILED"), out.toString());
        return archive;
    }

    @Test
    void aFailedIngestExitsOneAndRestartCompletesIt() throws Exception {
        failedSampleRun();
        assertOnlyJobLinesOnTheErrorStream();
        assertEquals(2, run("restart", "--last", "--db", db(), "--param", "chunkSize=0"), "checked before work");
        err.getBuffer().setLength(0);
        assertEquals(0, run("restart", "--last", "--db", db(), "--quiet"), err.toString());
        assertTrue(out.toString().contains("(CORRUPT=1 EMPTY=1 OK=8)"), out.toString());
        // the restart registered nothing new: its count is its instance's
        out.getBuffer().setLength(0);
        assertEquals(0, run("executions", "--db", db()), err.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.matches("2 +1 +COMPLETED .* 10  CORRUPT=1 EMPTY=1 OK=8")),
                out.toString());
        err.getBuffer().setLength(0);
        assertOneLineError(run("restart", "--last", "--db", db()), "restart: execution 2 COMPLETED: nothing to restart");
        err.getBuffer().setLength(0);
        assertOneLineError(run("restart", "1", "--db", db()),
                "restart: execution 1 was restarted as execution 2, which COMPLETED: nothing to restart");
    }

    @Test
    void statusTellsTheDocumentsNotYetExtractedFromHowDocumentsEnded() throws Exception {
        Path archive = temp.resolve("sample");
        SampleArchive.write(archive);
        assertEquals(DespatchCommand.EXIT_JOB_FAILED, run("ingest", archive.toString(), "--db", db(), "--quiet",
                "--param", "faultInjection=extract:4", "--param", "partitions=1", "--param", "chunkSize=1"));
        out.getBuffer().setLength(0);
        assertEquals(0, run("status", "--db", db()), err.toString());
        String line = out.toString().lines().filter(l -> l.contains("documents of this job instance by status"))
                .findFirst().orElseThrow();
        assertTrue(line.matches(".*: \\{[^}]+\\}; not yet extracted: \\d+") && !line.contains("PENDING"), line);
    }

    @Test
    void aNewIngestAfterAFailedOneSaysItFinishedWhatThatOneLeft() throws Exception {
        Path archive = failedSampleRun();
        out.getBuffer().setLength(0);
        assertEquals(0, run("ingest", archive.toString(), "--db", db(), "--quiet"), err.toString());
        // nothing new to register, but the failed run's documents went through this one
        assertTrue(out.toString().matches("(?s).*COMPLETED.*\\(no new documents; \\d+ left by earlier runs "
                + "finished\\).*"), out.toString());
    }

    /** A kill -9 leaves its execution STARTED; an ingest on the embedded database, which had it alone, fails it. */
    @Test
    void anIngestAfterAKilledOneMarksTheKilledOneFailed() throws Exception {
        Path archive = failedSampleRun();
        DespatchRuntime.stop();
        try (Connection c = DriverManager.getConnection(db(), "sa", "");
                Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE JOB_EXECUTION SET BATCHSTATUS = 'STARTED', EXITSTATUS = NULL"
                    + ", ENDTIME = NULL WHERE JOBEXECUTIONID = 1"));
        }
        err.getBuffer().setLength(0);
        assertEquals(0, run("ingest", archive.toString(), "--db", db(), "--quiet"), err.toString());
        assertTrue(err.toString().startsWith("archive-ingest execution 1 was left running by a process that died: "
                + "marked FAILED"), err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("executions", "--db", db()), err.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.matches("1 +1 +FAILED .*")), out.toString());
        assertTrue(out.toString().lines().noneMatch(l -> l.contains("STARTED")), out.toString());
        err.getBuffer().setLength(0);
        assertEquals(0, run("ingest", archive.toString(), "--db", db(), "--quiet"), err.toString());
        assertOnlyJobLinesOnTheErrorStream();  // nothing left marked running
    }

    private void assertOnlyJobLinesOnTheErrorStream() {
        assertTrue(err.toString().lines().allMatch(l -> l.startsWith("archive-ingest execution")), err.toString());
    }

    @Test
    void ingestStatusExecutionsAndQueryOnTheSampleArchive() throws Exception {
        Path archive = temp.resolve("sample");
        SampleArchive.write(archive);
        assertEquals(0, run("ingest", archive.toString(), "--db", db(), "--quiet"), err.toString());
        assertTrue(out.toString().contains("COMPLETED"), out.toString());
        assertTrue(out.toString().contains("(CORRUPT=1 EMPTY=1 OK=8)"), out.toString());
        assertTrue(Files.notExists(temp.resolve("db/despatch.trace.db")), "no H2 trace of JBeret's table probe");

        assertEquals(0, run("status", "--db", db()), err.toString());
        assertTrue(out.toString().contains("classify  COMPLETED"), out.toString());

        assertEquals(0, run("executions", "--db", db()), err.toString());
        assertTrue(out.toString().lines().anyMatch(l -> l.startsWith("1 ") && l.contains("COMPLETED")));

        out.getBuffer().setLength(0);
        assertEquals(0, run("query", "--db", db(), "--label", "MILITARY", "--text", "artillery", "--csv"));
        String csv = out.toString();
        assertTrue(csv.startsWith("paragraph_id,document_id,section_id,label,"), csv);
        assertEquals(3, csv.lines().count(), "header, the Homs report's lead and the situation report: " + csv);

        out.getBuffer().setLength(0);
        assertEquals(0, run("query", "--db", db(), "--label", "MILITARY", "--text", "homs", "--from", "2012-02-01",
                "--to", "2012-02-29", "--csv"));
        assertEquals(2, out.toString().lines().count(), "the Homs report, dated by its file name: " + out);
        assertTrue(out.toString().contains(",2012-02-09,"), out.toString());

        out.getBuffer().setLength(0);
        assertEquals(0, run("query", "--db", db(), "--sections", "--label", "DIPLOMATIC", "--text", "ambassador"));
        assertEquals(2, out.toString().lines().count(), out.toString());

        // words in any order, as copied from the source (a curly quote, a dash); a quoted phrase as written
        for (String words : new String[] {"homs bab amr", "\u201CHoms \u2013 artillery", "\"bab amr district\""}) {
            out.getBuffer().setLength(0);
            assertEquals(0, run("query", "--db", db(), "--text", words, "--csv"));
            assertEquals(2, out.toString().lines().count(), words + ": " + out);
        }
        out.getBuffer().setLength(0);
        assertEquals(0, run("query", "--db", db(), "--text", "\"amr bab\"", "--csv"));
        assertEquals(1, out.toString().lines().count(), out.toString());
    }

    @Test
    void aLineBreakInAPathKeepsTheTableOneRowALine() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("in/a\nb"));
        Files.writeString(folder.resolve("x.txt"), "The foreign minister met his counterpart in Geneva to discuss a "
                + "ceasefire and the resumption of peace talks between the two governments.");
        assertEquals(0, run("ingest", temp.resolve("in").toString(), "--db", db(), "--quiet"), err.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("query", "--db", db()));
        assertEquals(2, out.toString().lines().count(), out.toString());
        assertTrue(out.toString().contains("/a b/x.txt"), out.toString());
    }

    @Test
    void accentsOnLettersDoNotCountInATextQuery() throws Exception {
        Files.createDirectories(temp.resolve("in"));
        Files.writeString(temp.resolve("in/a.txt"), "The French envoy left Genève for talks with Señor Núñez and "
                + "the Polish minister from Łódź on the release of the prisoners held since the border clash.");
        Files.writeString(temp.resolve("in/b.txt"), "Troops crossed the river near Geneve at dawn and shelled the "
                + "positions held by the rebels in the hills above the town for the third day running.");
        assertEquals(0, run("ingest", temp.resolve("in").toString(), "--db", db(), "--quiet"), err.toString());
        for (String words : new String[] {"geneve", "GENÈVE", "Genéve"}) {
            out.getBuffer().setLength(0);
            assertEquals(0, run("query", "--db", db(), "--text", words, "--csv"));
            assertEquals(3, out.toString().lines().count(), words + ": " + out);
        }
        for (String words : new String[] {"nunez lodz", "\"señor nuñez\""}) {
            out.getBuffer().setLength(0);
            assertEquals(0, run("query", "--db", db(), "--sections", "--text", words, "--csv"));
            assertEquals(2, out.toString().lines().count(), words + ": " + out);
        }
    }

    @Test
    void readingCommandsWantADatabaseThatExists() {
        for (String command : new String[] {"status", "executions", "query", "restart", "reclassify"}) {
            err.getBuffer().setLength(0);
            assertOneLineError(run(command, "--db", db()), command + ": no Despatch database at ");
        }
        assertTrue(Files.notExists(temp.resolve("db")), "no database was created");
    }

    @Test
    void mistakesExitTwo() throws Exception {
        assertOneLineError(run("ingest", "", "--db", db()), "ingest: input is empty");
        err.getBuffer().setLength(0);
        Path input = Files.createDirectories(temp.resolve("in"));
        assertOneLineError(run("ingest", input.toString(), "--db", "jdbc:h2:mem:x"),
                "ingest: an in-memory database ends with the command");
        err.getBuffer().setLength(0);
        assertOneLineError(run("ingest", input.toString(), "--db", db(), "--progress-interval", "-1"),
                "ingest: --progress-interval must be 0 (the default) or more: -1");
        err.getBuffer().setLength(0);
        assertOneLineError(run("query", "--db", db(), "--from", "2012-13-01"),
                "query: Invalid value for option '--from': not a date (yyyy-mm-dd): 2012-13-01");
        err.getBuffer().setLength(0);
        assertOneLineError(run("query", "--db", db(), "--from", "2013-01-01", "--to", "2012-01-01"),
                "query: --from 2013-01-01 is after --to 2012-01-01");
        err.getBuffer().setLength(0);
        assertEquals(DespatchCommand.EXIT_USAGE, run());
        assertTrue(err.toString().contains("Usage: despatch"), err.toString());
    }
}
