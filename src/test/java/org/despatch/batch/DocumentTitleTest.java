package org.despatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.despatch.testing.JobHarness;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document's title is its format's own, else the heading its text opens with: a plain text has no place for one,
 * and researchers list documents by title.
 */
class DocumentTitleTest {

    @TempDir
    Path temp;

    @Test
    void aPlainTextTakesTheHeadingItOpensWithAndAWebPageKeepsItsOwnLessTheSiteName() throws Exception {
        Path input = Files.createDirectories(temp.resolve("input"));
        Files.writeString(input.resolve("wire.txt"), """
                Sudan's army and RSF clash in Khartoum as truce talks stall in Jeddah

                KHARTOUM, May 8 (Reuters) - Heavy fighting broke out again in central Khartoum on Monday, residents \
                said, as envoys of the two sides met for a third day of talks in the Saudi city of Jeddah.
                """);
        Files.writeString(input.resolve("cable.txt"), """
                CONFIDENTIAL

                FM AMEMBASSY ANKARA

                TO SECSTATE WASHDC IMMEDIATE 4471

                SUBJECT: TURKISH REACTION TO BORDER SHELLING

                1. FOREIGN MINISTER SUMMONED SYRIAN CHARGE TODAY AND DELIVERED NOTE OF PROTEST.
                """);
        Files.writeString(input.resolve("note.txt"), """
                The delegation will arrive in Geneva on Tuesday and meet the mediator on Wednesday morning.
                """);
        Files.writeString(input.resolve("page.html"), "<html><head><title>Talks resume in Geneva</title></head>"
                + "<body><h1>Envoys meet again</h1><p>The envoys met in Geneva on Tuesday for a second round of "
                + "talks on the ceasefire, the mediator said.</p></body></html>");
        Files.writeString(input.resolve("news.html"), "<html><head><title>Envoys meet again | The Daily Courier"
                + "</title></head><body><h1>Envoys meet again</h1><p>The envoys met in Geneva on Tuesday for a "
                + "second round of talks on the truce, the mediator said.</p></body></html>");
        try (JobHarness harness = JobHarness.start(temp.resolve("db"))) {
            harness.run(JobHarness.params(input));
            Map<String, Object> titles = new HashMap<>();
            for (Map<String, Object> row : harness.query("SELECT source_path, title FROM ARCHIVE_DOCUMENT")) {
                titles.put(Path.of((String) row.get("source_path")).getFileName().toString(), row.get("title"));
            }
            Map<String, Object> expected = new HashMap<>();
            expected.put("wire.txt", "Sudan's army and RSF clash in Khartoum as truce talks stall in Jeddah");
            expected.put("cable.txt", "TURKISH REACTION TO BORDER SHELLING");
            expected.put("note.txt", null);
            expected.put("page.html", "Talks resume in Geneva");
            // the site's name around the page's own headline goes
            expected.put("news.html", "Envoys meet again");
            assertEquals(expected, titles);
        }
    }
}
