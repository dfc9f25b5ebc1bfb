package org.despatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code despatch evaluate} on a small labelled file of its own: cross-validation by group and calibration. */
class EvaluateCommandTest {

    private static final String FILE = String.join("\n",
            "label\tstyle\ttext",
            "DIPLOMATIC\twire\tThe foreign ministers held talks on the border dispute.",
            "MILITARY\twire\tArtillery shelled the town overnight.",
            "OTHER\twire\tThe central bank raised interest rates.",
            "DIPLOMATIC\twire\tThe ambassador was recalled in protest.",
            "MILITARY\twire\tTroops stormed the airport at dawn.",
            "OTHER\twire\tVoters went to the polls on Sunday.",
            "DIPLOMATIC\tcable\tMINISTER AGREED TO RESUME NEGOTIATIONS ON THE TREATY.",
            "MILITARY\tcable\tREBELS AMBUSHED AN ARMY CONVOY NEAR THE BORDER.",
            "OTHER\tcable\tTHE BUDGET DEBATE CONTINUES IN PARLIAMENT.",
            "DIPLOMATIC\tcable\tTHE ENVOY DELIVERED A NOTE PROTESTING THE SANCTIONS.",
            "MILITARY\tcable\tTANKS MOVED TOWARD THE FRONT LINE LAST NIGHT.",
            "OTHER\tcable\tTHE HARVEST IS EXPECTED TO BE GOOD THIS YEAR.") + "\n";

    @TempDir
    Path temp;

    private String run(int expectedCode, String... args) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = DespatchCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertEquals(expectedCode, code, out + "\n" + err);
        return out + err.toString();
    }

    @Test
    void leavesOneStyleOutAtATime() throws Exception {
        Path file = Files.writeString(temp.resolve("labelled.tsv"), FILE);
        String out = run(0, "evaluate", file.toString(), "--cross-validate-by", "style");
        assertTrue(out.contains("(cross-validation leaving out one style at a time)"), out);
        assertTrue(out.contains("rows 12 "), out);
        assertTrue(out.contains("calibration of the scores"), out);
    }

    @Test
    void readsTheFileAsASpreadsheetWritesIt() throws Exception {
        // UTF-16 with a byte-order mark, header names capitalised, CRLF, a quoted cell, labels in lower case
        String spreadsheet = "\uFEFFId\tLabel\tText\r\n"
                + "a\tdiplomatic\t\"The ambassador was recalled in protest, \"\"at once\"\".\"\r\n"
                + "b\tMilitary\tArtillery shelled the town overnight.\r\n";
        Path file = Files.write(temp.resolve("export.txt"), spreadsheet.getBytes(StandardCharsets.UTF_16LE));
        Path predictions = temp.resolve("out.tsv");
        String out = run(0, "evaluate", file.toString(), "--out", predictions.toString());
        assertTrue(out.contains("rows 2  accuracy 1.000"), out);
        List<String> written = Files.readAllLines(predictions);
        assertTrue(written.get(1).startsWith("a\tDIPLOMATIC\tDIPLOMATIC\t"), written.get(1));
        assertTrue(written.get(2).startsWith("b\tMILITARY\tMILITARY\t"), written.get(2));
    }

    @Test
    void saysWhichLineAndWhatIsWrongBeforeAnyWork() throws Exception {
        Path badLabel = Files.writeString(temp.resolve("bad.tsv"), "label\ttext\nOTHER\tRain.\nWAR\tShelling.\n");
        assertTrue(run(2, "evaluate", badLabel.toString())
                .contains("line 3: unknown label 'WAR' (DIPLOMATIC, MILITARY or OTHER)"));
        Path headerOnly = Files.writeString(temp.resolve("header.tsv"), "label\ttext\n");
        assertTrue(run(2, "evaluate", headerOnly.toString()).contains("no rows under the header"));
        Path file = Files.writeString(temp.resolve("labelled.tsv"), FILE);
        assertTrue(run(2, "evaluate", file.toString(), "--out", temp.resolve("no/such/out.tsv").toString())
                .contains("--out: no such folder"));
        assertTrue(run(2, "evaluate", file.toString(), "--out", file.toString())
                .contains("--out would overwrite the labelled file itself"));
        Path csv = Files.writeString(temp.resolve("labelled.csv"), "label,text\nOTHER,Rain.\n");
        assertTrue(run(2, "evaluate", csv.toString())
                .contains("(the file looks comma-separated; evaluate reads tab-separated files)"));
        Path twice = Files.writeString(temp.resolve("twice.tsv"), "label\ttext\tText\nOTHER\tRain.\tRain.\n");
        assertTrue(run(2, "evaluate", twice.toString()).contains("two 'text' columns"));
        Path empty = Files.writeString(temp.resolve("empty.tsv"), "label\ttext\nOTHER\t \n");
        assertTrue(run(2, "evaluate", empty.toString()).contains("line 2: the text is empty"));
        assertTrue(run(2, "evaluate", temp.toString()).contains("not a file: "));
    }

    @Test
    void crossValidatesBesideTheProjectsOwnSentences() throws Exception {
        Path file = Files.writeString(temp.resolve("labelled.tsv"), FILE);
        String out = run(0, "evaluate", file.toString(), "--cross-validate", "2", "--with-own-sentences");
        assertTrue(out.contains("(2-fold cross-validation, each fold beside the project's own sentences)"), out);
        // six rows of each fold against thousands of sentences: what the shipped model does, all right
        assertTrue(out.contains("rows 12  accuracy 1.000"), out);
        assertTrue(run(2, "evaluate", file.toString(), "--with-own-sentences")
                .contains("--with-own-sentences goes with --cross-validate or --cross-validate-by"));
    }

    @Test
    void refusesTwoKindsOfCrossValidationAndAMissingColumn() throws Exception {
        Path file = Files.writeString(temp.resolve("labelled.tsv"), FILE);
        assertTrue(run(2, "evaluate", file.toString(), "--cross-validate", "3", "--cross-validate-by", "style")
                .contains("give --cross-validate or --cross-validate-by, not both"));
        assertTrue(run(2, "evaluate", file.toString(), "--cross-validate-by", "decade")
                .contains("no 'decade' column"));
    }
}
