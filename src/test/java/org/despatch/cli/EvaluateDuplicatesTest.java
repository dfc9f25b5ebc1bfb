package org.despatch.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.despatch.dedupe.EuroparlSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code evaluate-duplicates} on real Europarl paragraphs through the whole job and holds the aims of the
 * duplicate detection: precision at least 0.95 and recall at least 0.90, for paragraphs and for documents, and
 * every reversed fact kept out of its original's cluster.
 */
class EvaluateDuplicatesTest {

    static final double PRECISION_FLOOR = 0.95;
    static final double RECALL_FLOOR = 0.90;

    @Test
    void meetsThePrecisionAndRecallAims(@TempDir Path work) {
        StringWriter out = new StringWriter();
        int code = DespatchCommand.execute(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                "evaluate-duplicates", EuroparlSource.jar().toString(), "--debates", "120", "--work",
                work.toString(), "-q", "--errors", "10");
        String report = out.toString();
        assertEquals(0, code, report);
        for (String unit : new String[] {"paragraphs", "documents"}) {
            Matcher m = Pattern.compile(unit + " +\\((\\d+)\\): precision ([0-9.]+) +recall ([0-9.]+)").matcher(report);
            assertTrue(m.find(), report);
            assertTrue(Integer.parseInt(m.group(1)) > 100, unit + " evaluated: " + m.group(1));
            assertTrue(Double.parseDouble(m.group(2)) >= PRECISION_FLOOR, unit + " precision\n" + report);
            assertTrue(Double.parseDouble(m.group(3)) >= RECALL_FLOOR, unit + " recall\n" + report);
        }
        Matcher reversed = Pattern.compile("reversed facts: (\\d+) paragraphs; \\d+ linked .*; (\\d+) kept")
                .matcher(report);
        assertTrue(reversed.find(), report);
        assertTrue(Integer.parseInt(reversed.group(1)) >= 10, report);
        assertEquals(reversed.group(1), reversed.group(2), "every reversed fact kept apart\n" + report);
    }

    @Test
    void badSourceIsAUsageError(@TempDir Path work) {
        StringWriter err = new StringWriter();
        int code = DespatchCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "evaluate-duplicates", work.resolve("missing.gz").toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("paragraph source not found"), err.toString());
    }
}
